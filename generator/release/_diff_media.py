"""Media types as the package treats them (json, ndjson, form, multipart, text, binary), for bodies and responses."""

from __future__ import annotations

from typing import Any

from ..plan.operations import NDJSON_TYPES
from ._diff_schema import as_dict, escape

__all__ = ["contents", "media_kind", "media_types"]


def media_kind(media_type: str) -> str:
    """How the package treats a media type: json / ndjson (typed lines) / form / multipart / text / binary."""
    media = media_type.split(";")[0].strip().lower()
    if media in NDJSON_TYPES:
        return "ndjson"
    if media == "application/json" or media.endswith("+json"):
        return "json"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media == "multipart/form-data":
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def contents(node: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """The schema (and its pointer) per media kind (json, form, multipart, text, binary)."""
    content = node.get("content") if isinstance(node, dict) else None
    out: dict[str, tuple[Any, str]] = {}
    if isinstance(content, dict):
        for media_type, media in content.items():
            kind = media_kind(str(media_type))
            media = as_dict(media)
            # NDJSON: the schema of one line (OpenAPI 3.2 ``itemSchema``, or ``x-item-schema``) is what is typed
            key = next((k for k in ("itemSchema", "x-item-schema") if k in media), "itemSchema")
            key = key if kind == "ndjson" else "schema"
            out.setdefault(kind, (media.get(key), f"{pointer}/content/{escape(str(media_type))}/{key}"))
    return out


def media_types(node: Any, kind: str) -> list[str]:
    content = node.get("content") if isinstance(node, dict) else None
    return sorted(str(m) for m in content if media_kind(str(m)) == kind) if isinstance(content, dict) else []
