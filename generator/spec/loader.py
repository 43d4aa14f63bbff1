"""Reading a spec file into plain Python data, with errors that say where the file is broken."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent
from ruamel.yaml.parser import Parser as PureParser

from ..errors import GenerationError, SpecError

__all__ = ["MAX_SPEC_BYTES", "Document", "load_document"]

#: A ``%YAML 1.1`` (or any version) directive: the C parser does not pass it on, so such a file is read by the pure one.
_VERSION_DIRECTIVE = re.compile(r"^%YAML", re.MULTILINE)

#: The largest spec file read. The biggest public specs we know (Stripe, GitHub) are 4-12 MiB.
MAX_SPEC_BYTES = 64 * 2**20


@dataclass(frozen=True)
class Document:
    """A loaded spec: its parsed data, raw bytes and where it came from."""

    path: Path
    data: dict[str, Any]
    raw: bytes

    @property
    def sha256(self) -> str:
        """The sha256 of the file's bytes, recorded in GENERATED.json for drift checks."""
        return hashlib.sha256(self.raw).hexdigest()


#: The C composer recurses on the C stack, once per level, and crashes the interpreter on a hostile ``[[[[...``:
#: deeper documents (refused later anyway, see validate.MAX_DEPTH) go to the pure parser, which stops cleanly.
_C_COMPOSER_MAX_DEPTH = 1_000

#: libyaml's parser (ruamel.yaml.clib) under ruamel's own YAML 1.2 resolver and constructor: the same data as the
#: pure-Python parser, 3-4x sooner with the depth check below (DigitalOcean's 3 MB spec: 5.0 s -> 1.5 s). Absent,
#: the pure parser does it all.
_SAFE_PARSER: Any = YAML(typ="safe").Parser
_HAS_C_PARSER = _SAFE_PARSER is not PureParser


def load_document(path: Path) -> Document:
    """Load a YAML or JSON OpenAPI document from a local path.

    Only local files are read: generation never fetches a URL.
    """
    try:
        size = path.stat().st_size
        if size > MAX_SPEC_BYTES:
            raise GenerationError(
                f"{path}: {size / 2**20:.0f} MiB is more than the {MAX_SPEC_BYTES // 2**20} MiB a spec may have"
            )
        raw = path.read_bytes()
    except OSError as err:
        raise GenerationError(f"cannot read spec {path}: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise GenerationError(f"{path}: not UTF-8 text (byte {err.start})") from None
    data = _parse_text(path, text)
    if not isinstance(data, dict):
        raise SpecError("#", f"the document must be a mapping (an OpenAPI object), got {type(data).__name__}")
    version = data.get("openapi")
    if not isinstance(version, str):
        if "swagger" in data:
            raise SpecError("#/swagger", "Swagger 2.0 is not supported; convert the document to OpenAPI 3.0 or 3.1")
        raise SpecError("#/openapi", "missing or not a string: an OpenAPI 3.0 or 3.1 version is required")
    if not version.startswith(("3.0", "3.1", "3.2")):
        raise SpecError("#/openapi", f"unsupported OpenAPI version {version!r}: 3.0.x, 3.1.x and 3.2.x are supported")
    return Document(path=path, data=data, raw=raw)


def _parse_text(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise GenerationError(f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
        except RecursionError:
            raise GenerationError(f"{path}: invalid JSON: nested too deeply to read") from None
    if _HAS_C_PARSER and not _VERSION_DIRECTIVE.search(text):
        try:
            if _nesting_within(text, _C_COMPOSER_MAX_DEPTH):
                return YAML(typ="safe").load(text)
        except (YAMLError, ValueError, RecursionError):
            pass  # libyaml refuses some YAML 1.2 the pure parser reads (`[1:20]`); the pure parser's verdict counts
    try:
        return YAML(typ="safe", pure=True).load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        raise GenerationError(f"{where}: invalid YAML: {err.problem or err}") from None
    except (YAMLError, ValueError, RecursionError) as err:
        raise GenerationError(f"{path}: invalid YAML: {err}") from None


def _nesting_within(text: str, limit: int) -> bool:
    """Whether the YAML in ``text`` nests no more than ``limit`` collections deep (libyaml's event stream, no tree).

    About a seventh of the cost of loading (0.16 s for DigitalOcean's 155,000 events); libyaml's parser keeps its
    own stack.
    """
    parser = _SAFE_PARSER(text)
    depth = 0
    while (event := parser.get_event()) is not None and not isinstance(event, StreamEndEvent):
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > limit:
                return False
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return True
