"""``sdkgen init SPEC``: the files a repository needs to keep a client generated from SPEC.

It writes, beside nothing it would overwrite:

- ``generator.yaml``: every setting, commented, with the values the generator would use today (package name,
  environment-variable prefix, base URL) and the pagination it detected, written out as editable config;
- a ``.gitignore`` entry for the generator's scratch folders;
- ``.github/workflows/sdk.yml``: a CI job that regenerates, posts what changed to the job summary and fails on
  drift (the reusable action in this repository's ``action.yml``).

Spec text reaches these files only as JSON-quoted YAML scalars (valid YAML, never a key or a comment that could
end early): a title or operationId cannot inject settings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._upstream import untrusted
from ..errors import GenerationError
from ..plan.pagination import Declaration, plan_pagination, show_path
from ..spec.loader import load_document
from ..spec.validate import check_structure

__all__ = ["ACTION", "Scaffold", "init_project"]

#: Where users reference the reusable action from; a fork or mirror replaces it (README: "In your CI").
ACTION = "openapi-sdk-generator/openapi-sdk-generator@v0"
GITIGNORE_ENTRY = ".sdkgen-*/"


@dataclass
class Scaffold:
    """What ``init`` wrote and what it left alone (a file that already existed)."""

    written: list[Path]
    kept: list[Path]
    package: str
    out: str


def _q(text: object) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)


def _comment(text: str) -> str:
    """Spec-derived text made safe for a YAML ``#`` comment: one line, printable."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", text).strip()[:200]


def _declaration(declaration: Declaration) -> dict[str, Any]:
    """A detected declaration in the x-pagination grammar (README: "Pagination")."""
    raw: dict[str, Any] = {"items": show_path(declaration.items)}
    if declaration.kind == "cursor" or (declaration.style.endswith("cursor") and declaration.param):
        cursor: dict[str, Any] = {"param": declaration.param, "from": show_path(declaration.source)}
        if declaration.location == "body":
            cursor["in"] = "body"
        raw["cursor"] = cursor
    elif declaration.kind == "offset" or (declaration.style == "offset" and declaration.param):
        offset: dict[str, Any] = {"param": declaration.param}
        if declaration.size_param:
            offset["limit"] = declaration.size_param
        if declaration.total is not None:
            offset["total"] = show_path(declaration.total)
        raw["offset"] = offset
    elif declaration.kind == "page" or (declaration.style == "page" and declaration.param):
        page: dict[str, Any] = {"param": declaration.param}
        if declaration.size_param:
            page["size"] = declaration.size_param
        if declaration.first_page != 1:
            page["first"] = declaration.first_page
        raw["page"] = page
    if declaration.kind == "link":
        raw["link"] = declaration.rel
    elif declaration.kind == "url":
        raw["url"] = show_path(declaration.source)
    if declaration.has_more is not None:
        raw["has_more"] = show_path(declaration.has_more)
    return raw


def _flow(value: object) -> str:
    """A YAML flow value: mappings as ``{key: value}``, strings JSON-quoted, numbers as they are."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return _q(value)


def config_text(spec: Path, data: dict[str, Any], out: str) -> tuple[str, str]:
    """The commented ``generator.yaml`` for ``data`` (and the package name it chose)."""
    from ..pipeline import _default_base_url, _default_env_prefix, _default_package

    title = untrusted(data.get("info", {}).get("title")) if isinstance(data.get("info"), dict) else ""
    package = _default_package(title or "api")
    lines = [
        f"# Generator settings for {_comment(spec.name)} (every key: `sdkgen generate --help` and the README).",
        "# Paths are relative to this file. Delete a line to get the default back.",
        "",
        "# The import name of the package, and its distribution name (default: the package name with dashes).",
        f"package_name: {package}",
        f"# project_name: {package.replace('_', '-')}",
        "# The package's own version; default: derived from info.version, else 0.1.0. `--changelog` bumps it.",
        "# package_version: 0.1.0",
        "# Clients read <PREFIX>_BASE_URL and <PREFIX>_TOKEN when not given a base URL or token.",
        f"env_prefix: {_default_env_prefix(package)}",
        "# How a token is sent (default: as the spec's security schemes say; as a bearer token when it declares",
        "# none): bearer, basic, {header: NAME}, {query: NAME} or {cookie: NAME}; and the variables read for it.",
        f"# auth: {{scheme: bearer, env_token: {_default_env_prefix(package)}_API_KEY}}",
    ]
    base_url = _default_base_url(data)
    lines.append("# The default base URL (the spec's first server).")
    lines.append(f"base_url: {_q(base_url)}" if base_url else "# base_url: https://api.example.com")
    lines += [
        "# Hand-written modules copied into the package as <package>/lib/ on every generation.",
        f"# extensions: extensions/{package}",
        "# OpenAPI Overlay 1.0 files applied to the spec first (fix a spec you do not own without editing it).",
        "# overlays: [overlays/fixes.yaml]",
        "# The HTTP library the package imports and depends on: httpx, or httpx2, its maintained fork (README).",
        "# http_library: httpx",
        "# Guess the pagination of list operations not declared below or in x-pagination.",
        "detect_pagination: true",
    ]
    plan = plan_pagination(data, detect_conventions=True)
    detected = [(key, d) for key, d in plan.declarations.items() if d.origin == "detected"]
    if detected:
        lines += [
            "# The pagination detected today, written out so that you can edit it (false: not paginated).",
            "# Keys are operationIds or 'METHOD /path'; the grammar is x-pagination's (README: Pagination).",
            "pagination:",
        ]
        ids = _operation_ids(data)
        for (method, path), declaration in sorted(detected, key=lambda item: (item[0][1], item[0][0])):
            key = ids.get((method.upper(), path)) or f"{method.upper()} {path}"
            lines.append(f"  # {_comment(declaration.describe())} ({_comment(declaration.reason)})")
            lines.append(f"  {_q(key)}: {_flow(_declaration(declaration))}")
    else:
        lines += ["# pagination:", '#   "listThings": {items: data, cursor: {param: after, from: next_cursor}}']
    return "\n".join(lines) + "\n", package


def _operation_ids(data: dict[str, Any]) -> dict[tuple[str, str], str]:
    ids: dict[tuple[str, str], str] = {}
    paths = data.get("paths")
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        for method, operation in (item or {}).items() if isinstance(item, dict) else ():
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                ids[(str(method).upper(), str(path))] = operation["operationId"]
    return ids


def workflow_text(spec: str, out: str, package: str) -> str:
    """A CI workflow for the user's repository, calling the reusable action."""
    return f"""# Keep the generated client in step with the spec (written by `sdkgen init`; edit freely).
# On every change it regenerates, posts what changed for Python callers to the job summary, and fails when the
# committed client is stale. Set fail-on-breaking to "true" to also fail on a breaking change (a release gate).
name: sdk

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  client:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: {ACTION}
        with:
          spec: {_q(spec)}
          out: {_q(out)}
          package: {package}
          config: generator.yaml
          fail-on-breaking: "false"
"""


def init_project(spec: Path, folder: Path, *, out: str = "client") -> Scaffold:
    """Write the config, the .gitignore entry and the CI workflow for ``spec`` into ``folder``.

    Existing files are never overwritten (the .gitignore gets the entry appended when it lacks it).
    """
    document = load_document(spec)
    check_structure(document.data)
    try:
        relative_spec = spec.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        relative_spec = str(spec)
    config, package = config_text(Path(relative_spec), document.data, out)
    written: list[Path] = []
    kept: list[Path] = []

    def write(path: Path, text: str) -> None:
        if path.exists():
            kept.append(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    write(folder / "generator.yaml", config)
    write(folder / ".github" / "workflows" / "sdk.yml", workflow_text(relative_spec, out, package))
    gitignore = folder / ".gitignore"
    existing = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    if GITIGNORE_ENTRY not in existing.splitlines():
        prefix = "" if not existing or existing.endswith("\n") else "\n"
        entry = f"{prefix}# sdkgen's scratch folders (a generation renders beside its output, then swaps it in)\n"
        gitignore.write_text(existing + entry + GITIGNORE_ENTRY + "\n", encoding="utf-8")
        written.append(gitignore)
    if not written:
        raise GenerationError(f"nothing to do: {folder} already has generator.yaml, the workflow and the entry")
    return Scaffold(written=written, kept=kept, package=package, out=out)
