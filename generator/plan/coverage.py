"""Which operations of the spec made it into the package, typed and without warnings.

One operation = one method of one path in the (normalised) spec, named ``"METHOD /path"`` as written there.

- *generated*: the package has its functions;
- *typed*: generated, and nothing it declares was dropped: every request body media type and every 2xx
  response is in the signature and the return type;
- *clean*: generated, and no warning names it;
- *degraded*: generated, but a body, parameter or response is typed ``Any`` (or read as raw text/bytes) because
  its schema could not be generated (``degrade.py``). Degraded operations are not typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .._upstream import Endpoint, GeneratorData
from ..spec.normalize import iter_operations, resolve
from .fixups import operation_key

__all__ = ["Coverage", "measure", "readable"]

_HEADER = re.compile(r"WARNING parsing (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (\S+) within")
# opc 0.29.1 formats some spec strings with their repr: "<...UntrustedString object at 0x7f...>"
_UNTRUSTED_REPR = re.compile(
    r"<openapi_python_client\.schema\.untrusted_string\.UntrustedString object at 0x[0-9a-f]+>"
)


def readable(text: str) -> str:
    """opc's message with its object reprs replaced, on one line."""
    return " ".join(_UNTRUSTED_REPR.sub("(unnamed)", text).split())


@dataclass
class Coverage:
    """Counts and per-operation findings of one generation."""

    spec_operations: list[str] = field(default_factory=list)
    generated: set[str] = field(default_factory=set)
    untyped: set[str] = field(default_factory=set)
    warned: dict[str, list[str]] = field(default_factory=dict)  # operation -> warnings naming it
    unsupported: dict[str, str] = field(default_factory=dict)  # operation -> why it was left out
    degraded: dict[str, list[str]] = field(default_factory=dict)  # operation -> what lost its type, and why
    schema_warnings: list[str] = field(default_factory=list)  # warnings that name no operation

    @property
    def typed(self) -> int:
        """Operations generated with nothing dropped."""
        return sum(1 for op in self.spec_operations if op in self.generated and op not in self.untyped)

    @property
    def clean(self) -> int:
        """Operations generated without any warning."""
        return sum(1 for op in self.spec_operations if op in self.generated and op not in self.warned)


def _shape(operation: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", operation)


def measure(
    document: dict[str, Any],
    openapi: GeneratorData,
    endpoints: list[Endpoint],
    left_out: dict[str, str],
    warnings: dict[str, list[str]] | None = None,
    degraded: dict[str, list[str]] | None = None,
) -> Coverage:
    """Account for every operation of ``document``: generated (``endpoints``), untyped, warned, left out.

    Typed is decided on structure, not on warning text: the endpoint's parsed 2xx responses and request bodies
    are compared with what the (normalised) document declares.
    """
    operations = {f"{at[2].upper()} {at[1]}": operation for at, operation in iter_operations(document)}
    coverage = Coverage(spec_operations=list(operations))
    by_shape = {_shape(op): op for op in coverage.spec_operations}
    for endpoint in endpoints:
        key = by_shape.get(_shape(operation_key(endpoint)), operation_key(endpoint))
        coverage.generated.add(key)
        for error in endpoint.errors:
            coverage.warned.setdefault(key, []).append(readable(error.detail or error.header or ""))
        for warning in (warnings or {}).get(operation_key(endpoint), []):
            coverage.warned.setdefault(key, []).append(warning)
        for reason in (degraded or {}).get(operation_key(endpoint), []):
            coverage.degraded.setdefault(key, []).append(reason)
            coverage.warned.setdefault(key, []).append(f"degraded: {reason}")
            coverage.untyped.add(key)
        declared = operations.get(key, {})
        success = {str(code) for code in (declared.get("responses") or {}) if str(code).startswith("2")}
        parsed = {response.status_code.pattern for response in endpoint.responses.patterns}
        media_types = resolve(document, declared.get("requestBody"), "requestBodies").get("content") or {}
        if not success <= parsed or len(endpoint.bodies) < len(media_types):
            coverage.untyped.add(key)
    for collection in openapi.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            match = _HEADER.search(error.header or "")
            if match is None or "Endpoint will not be generated" not in (error.header or ""):
                continue
            key = by_shape.get(_shape(f"{match.group(1)} {match.group(2)}"), f"{match.group(1)} {match.group(2)}")
            coverage.unsupported.setdefault(key, readable(error.detail or error.header or "cannot be parsed"))
    for key, reason in left_out.items():
        coverage.unsupported.setdefault(key, reason)
    for key in coverage.unsupported:
        coverage.generated.discard(key)
    coverage.schema_warnings = [readable(f"{error.header or ''}: {error.detail or ''}") for error in openapi.errors]
    return coverage
