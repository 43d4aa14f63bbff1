"""``python -m generator names SPEC``: where every operation lands, ``resource.method <- METHOD /path (operationId)``.

It parses the spec as ``generate`` does (normalisation, opc's parse, the fixups) and names the operations with the
same rules (``opnames``), writing nothing: a quick look at how a client will read before generating it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import _upstream
from ..config import GeneratorConfig, load_config
from ..errors import GenerationError, SpecError, json_pointer
from ..plan.fixups import apply_fixups
from ..plan.names import ClassNames, class_overrides
from ..plan.operations import _raw_operation, build_tags
from ..plan.unions import tag_union
from ..spec.loader import load_document
from ..spec.normalize import normalize
from ..spec.overlay import apply_overlay, load_overlay
from ..spec.validate import check_structure

__all__ = ["NamedOperation", "render_names", "spec_names"]


@dataclass(frozen=True)
class NamedOperation:
    """One operation: ``client.<resource>.<method>``, and what the spec calls it."""

    resource: str
    method: str
    http_method: str
    path: str
    operation_id: str | None

    def line(self) -> str:
        return f"{self.resource}.{self.method} <- {self.http_method} {self.path} ({self.operation_id or '-'})"


def spec_names(spec: Path, config: Path | None = None) -> tuple[list[NamedOperation], list[str]]:
    """Every operation of ``spec`` with its name in the client, and the clash reports."""
    settings = load_config(config) if config is not None else GeneratorConfig()
    document = load_document(spec)
    check_structure(document.data)
    data = document.data
    warnings: list[str] = []
    for overlay in settings.overlays:
        data = apply_overlay(data, load_overlay((config.parent if config else Path.cwd()) / overlay), warnings)
    normalization = normalize(data)
    problems = _upstream.validation_problems(data)
    if problems:
        loc, message = problems[0]
        raise SpecError(json_pointer(loc), message)
    with tempfile.TemporaryDirectory(prefix=".sdkgen-names-") as tmp:
        opc_config = _upstream.make_config(
            document=spec,
            output=Path(tmp) / "out",
            package_name="names_report",
            project_name="names-report",
            version="0",
            content_type_overrides=normalization.content_type_overrides,
        )
    opc_config.class_overrides = ClassNames(class_overrides(), opc_config.field_prefix)
    openapi = _upstream.parse_document(data, opc_config, tag_union=tag_union)
    if isinstance(openapi, _upstream.GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail or ''}".strip())
    apply_fixups(openapi, normalization, opc_config)
    reports: list[str] = []
    tags = build_tags(openapi, data, opc_config.field_prefix, names=settings.operations, reports=reports)
    rows = []
    for tag in tags:
        for op in tag.operations:
            raw = _raw_operation(data, op.spec_path, op.endpoint.method).get("operationId")
            rows.append(
                NamedOperation(tag.name, op.module, op.method, op.spec_path, raw if isinstance(raw, str) else None)
            )
    return rows, reports


def render_names(spec: Path, config: Path | None = None) -> str:
    """The report as text: one line per operation, then the clashes resolved by number."""
    rows, reports = spec_names(spec, config)
    lines = [row.line() for row in rows]
    lines += [f"renamed: {report}" for report in reports]
    return "\n".join(lines) + "\n"
