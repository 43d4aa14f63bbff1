"""The generator's own config file (YAML or JSON): settings for a spec the user may not own."""

from __future__ import annotations

import json
import keyword
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import GenerationError
from .render.http_library import check_http_library
from .render.versions import normalized

__all__ = ["AuthSettings", "GeneratorConfig", "auth_settings", "load_config", "package_name_problem"]

_PACKAGE_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
_ENV_RE = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_PROJECT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
#: Top-level modules the generated package imports (its dependencies and theirs): a package of the same name
#: would shadow them, or be shadowed.
_DEPENDENCY_MODULES = frozenset(
    {
        "httpx",
        "httpcore",
        "httpx2",
        "httpcore2",
        "truststore",
        "attrs",
        "attr",
        "anyio",
        "idna",
        "certifi",
        "h11",
        "sniffio",
    }
)


def package_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the import name of a generated package, or None when it can."""
    if not _PACKAGE_RE.match(name):
        return "is not a lower-case Python package name"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or (name.startswith("__") and name.endswith("__")):
        return "is a Python keyword or a dunder name, which cannot be imported as a package"
    if name in sys.stdlib_module_names or name in _DEPENDENCY_MODULES:
        return "is the name of a standard-library or dependency module, which it would shadow or be shadowed by"
    return None


@dataclass(frozen=True)
class GeneratorConfig:
    """Settings of one generation. Every field is optional; defaults come from the spec.

    - ``package_name``: the import name (default: the spec title in snake case + ``_client``).
    - ``project_name``: the distribution name (default: the package name with dashes).
    - ``package_version``: the distribution version, PEP 440 (default: derived from ``info.version``, see
      ``versions.py``).
    - ``env_prefix``: prefix of the ``<PREFIX>_BASE_URL``/``<PREFIX>_TOKEN`` fallbacks (default: the package name
      without ``_client``, upper case).
    - ``base_url``: the default base URL (default: the spec's first server).
    - ``extensions``: a folder of hand-written modules, relative to the config file, copied into the package as
      ``<package>/lib/`` on every generation (default: none).
    - ``pagination``: operationId or ``METHOD /path`` -> an ``x-pagination`` declaration (or ``false``), which
      wins over the spec's own ``x-pagination`` and over detection (README: "Pagination").
    - ``detect_pagination``: guess the pagination of undeclared list operations (default: true).
    - ``operations``: operationId or ``METHOD /path`` -> ``{name: method_name, resource: resource_name}`` (either
      or both): renames an operation's method or moves it to another resource (``client.<resource>.<name>``).
    - ``overlays``: OpenAPI Overlay 1.0 files, relative to the config file, applied to the spec before anything
      else reads it, in order.
    - ``http_library``: ``httpx`` (default) or ``httpx2``, the maintained fork of httpx with the same API: the
      library the generated package imports and depends on (README: "HTTP library").
    - ``auth``: ``{scheme, env_token, env_base_url}`` (each optional): how a client's token is sent (``bearer``,
      ``basic``, ``{header: NAME}``, ``{query: NAME}`` or ``{cookie: NAME}``, in place of the spec's schemes) and
      the environment variables read for the token and the base URL (README: "Credentials").
    """

    package_name: str | None = None
    project_name: str | None = None
    package_version: str | None = None
    env_prefix: str | None = None
    base_url: str | None = None
    extensions: str | None = None
    pagination: Mapping[str, Any] | None = None
    operations: Mapping[str, Any] | None = None
    detect_pagination: bool = True
    overlays: tuple[str, ...] = ()
    http_library: str = "httpx"
    auth: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        check_http_library(self.http_library)
        auth_settings(self.auth)
        problem = package_name_problem(self.package_name) if self.package_name is not None else None
        if problem:
            raise GenerationError(f"package_name: {self.package_name!r} {problem}")
        if self.env_prefix is not None and not _ENV_RE.match(self.env_prefix):
            raise GenerationError(f"env_prefix: {self.env_prefix!r} must be upper-case letters, digits and _")
        if self.project_name is not None and not _PROJECT_RE.match(self.project_name):
            raise GenerationError(f"project_name: {self.project_name!r} is not a valid distribution name")
        if self.package_version is not None and normalized(self.package_version) is None:
            raise GenerationError(
                f"package_version: {self.package_version!r} is not a valid PEP 440 version (e.g. 1.2.0)"
            )

    @property
    def auth_settings(self) -> AuthSettings:
        """The ``auth`` section, checked."""
        return auth_settings(self.auth)


_HEADER_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP token (RFC 9110 5.6.2)
_PARAMETER_RE = re.compile(r"^[^\s\x00-\x1f\x7f&=#?]+$")
_AUTH_KEYS = ("scheme", "env_token", "env_base_url")
_SCHEME_GRAMMAR = "bearer, basic, {header: NAME}, {query: NAME} or {cookie: NAME}"


@dataclass(frozen=True)
class AuthSettings:
    """The config's ``auth`` section, checked: how the token is sent and the environment variables read.

    ``kind`` is ``""`` (as the spec says), ``bearer``, ``basic`` or ``api_key`` (then ``location`` is ``header``,
    ``query`` or ``cookie`` and ``parameter`` its name). Empty environment variable names mean the defaults,
    ``<PREFIX>_TOKEN`` and ``<PREFIX>_BASE_URL``.
    """

    kind: str = ""
    location: str = ""
    parameter: str = ""
    env_token: str = ""
    env_base_url: str = ""


def auth_settings(raw: object) -> AuthSettings:
    """Check the config's ``auth`` section; every problem is a ``GenerationError`` naming the key."""
    if raw is None:
        return AuthSettings()
    if not isinstance(raw, Mapping):
        raise GenerationError(f"auth: expected a mapping with {', '.join(_AUTH_KEYS)}, got {type(raw).__name__}")
    unknown = [str(key) for key in raw if key not in _AUTH_KEYS]
    if unknown:
        raise GenerationError(f"auth: unknown setting {unknown[0]!r} (known: {', '.join(_AUTH_KEYS)})")
    env: dict[str, str] = {}
    for key in ("env_token", "env_base_url"):
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not _ENV_RE.match(value):
            raise GenerationError(
                f"auth.{key}: {value!r} must be an environment variable name: upper-case letters, digits and _"
            )
        env[key] = value
    return AuthSettings(*_scheme(raw.get("scheme")), **env)


def _scheme(value: object) -> tuple[str, str, str]:
    if value is None:
        return "", "", ""
    if value in ("bearer", "basic"):
        return str(value), "", ""
    if isinstance(value, Mapping) and len(value) == 1:
        ((location, name),) = value.items()
        if location in ("header", "query", "cookie"):
            pattern = _HEADER_RE if location == "header" else _PARAMETER_RE
            if not isinstance(name, str) or not pattern.match(name):
                raise GenerationError(f"auth.scheme.{location}: {name!r} is not a valid {location} name")
            return "api_key", str(location), name
    raise GenerationError(f"auth.scheme: expected {_SCHEME_GRAMMAR}, got {value!r}")


def load_config(path: Path) -> GeneratorConfig:
    """Read a config file; unknown keys and wrong types are errors that name the key."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise GenerationError(f"cannot read config {path}: {err.strerror or err}") from None
    try:
        data: Any = json.loads(text) if path.suffix == ".json" else YAML(typ="safe", pure=True).load(text)
    except (ValueError, YAMLError) as err:
        raise GenerationError(f"{path}: invalid config file: {err}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GenerationError(f"{path}: the config must be a mapping of settings")
    known = {f.name for f in fields(GeneratorConfig)}
    settings: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise GenerationError(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        if value is None:
            continue
        if key == "auth":
            pass  # checked by GeneratorConfig, naming the key at fault (auth.scheme, auth.env_token...)
        elif key in ("pagination", "operations"):
            if not isinstance(value, dict) or not all(isinstance(name, str) for name in value):
                raise GenerationError(f"{path}: {key}: expected a mapping of operationId or 'METHOD /path'")
        elif key == "detect_pagination":
            if not isinstance(value, bool):
                raise GenerationError(f"{path}: detect_pagination: expected true or false, got {value!r}")
        elif key == "overlays":
            if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
                raise GenerationError(f"{path}: overlays: expected a list of file paths")
            value = tuple(value)
        elif not isinstance(value, str):
            raise GenerationError(f"{path}: {key}: expected a string, got {type(value).__name__}")
        settings[key] = value
    return GeneratorConfig(**settings)
