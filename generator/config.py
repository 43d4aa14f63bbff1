"""The generator's own config file (YAML or JSON): settings for a spec the user may not own."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import GenerationError

__all__ = ["GeneratorConfig", "load_config"]

_PACKAGE_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
_ENV_RE = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_PROJECT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class GeneratorConfig:
    """Settings of one generation. Every field is optional; defaults come from the spec.

    - ``package_name``: the import name (default: the spec title in snake case + ``_client``).
    - ``project_name``: the distribution name (default: the package name with dashes).
    - ``package_version``: the distribution version (default: ``info.version``).
    - ``env_prefix``: prefix of the ``<PREFIX>_BASE_URL``/``<PREFIX>_TOKEN`` fallbacks (default: the package name
      without ``_client``, upper case).
    - ``base_url``: the default base URL (default: the spec's first server).
    - ``extensions``: a folder of hand-written modules, relative to the config file, copied into the package as
      ``<package>/lib/`` on every generation (default: none).
    """

    package_name: str | None = None
    project_name: str | None = None
    package_version: str | None = None
    env_prefix: str | None = None
    base_url: str | None = None
    extensions: str | None = None

    def __post_init__(self) -> None:
        if self.package_name is not None and not _PACKAGE_RE.match(self.package_name):
            raise GenerationError(f"package_name: {self.package_name!r} is not a lower-case Python package name")
        if self.env_prefix is not None and not _ENV_RE.match(self.env_prefix):
            raise GenerationError(f"env_prefix: {self.env_prefix!r} must be upper-case letters, digits and _")
        if self.project_name is not None and not _PROJECT_RE.match(self.project_name):
            raise GenerationError(f"project_name: {self.project_name!r} is not a valid distribution name")


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
    for key, value in data.items():
        if key not in known:
            raise GenerationError(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        if value is not None and not isinstance(value, str):
            raise GenerationError(f"{path}: {key}: expected a string, got {type(value).__name__}")
    return GeneratorConfig(**data)
