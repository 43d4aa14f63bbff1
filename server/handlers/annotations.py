"""``annotations`` (offset/limit pagination with ``total``) and ``attachments`` (multipart upload)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.datastructures import UploadFile
from starlette.responses import Response

from ..filters import FilterError, compile_filter
from ..problems import ApiError
from ..timeutil import now_iso
from ..validation import DATASET_NAME, Fields, path_uuid
from ..web import Ctx, json_response, not_found

__all__ = [
    "create_annotation",
    "delete_annotation",
    "get_annotation",
    "list_annotations",
    "update_annotation",
    "upload_attachment",
]

CATEGORIES = ("deploy", "incident", "maintenance", "note")
MAX_UPLOAD = 32 * 1024 * 1024


async def _read_input(ctx: Ctx) -> tuple[dict[str, Any], int]:
    """The annotation's writable fields with defaults applied, and its start time in microseconds."""
    body = await ctx.body_fields()
    title = body.str_or_none("title", required=True, min_length=1, max_length=200)
    description = body.str_or_none("description", nullable=True)
    category = body.enum("category", CATEGORIES)
    url = body.uri("url", nullable=True)
    start = body.time_or_none("time", required=True)
    end = body.time_or_none("end_time", nullable=True)
    if start and end and end[1] < start[1]:
        body.error("end_time", "must not be before time")
    target_fields = body.object("target", required=True)
    target: dict[str, Any] = {}
    if target_fields is not None:
        kind = target_fields.enum("kind", ("dataset", "query"), required=True)
        dataset = target_fields.str_or_none("dataset", required=True, pattern=DATASET_NAME)
        target = {"kind": kind, "dataset": dataset}
        if kind == "query":
            text = target_fields.str_or_none("filter", required=True)
            if text is not None:
                try:
                    compile_filter(text)
                except FilterError as exc:
                    target_fields.error("filter", str(exc))
            target["filter"] = text
    body.check()
    assert start is not None
    fields = {
        "title": title,
        "description": description,
        "category": category if isinstance(category, str) else "note",
        "url": url if isinstance(url, str) else None,
        "time": start[0],
        "end_time": end[0] if end else None,
        "target": target,
    }
    return fields, start[1]


async def _annotation(ctx: Ctx) -> dict[str, Any]:
    annotation_id = path_uuid("annotation_id", ctx.path("annotation_id"))
    row = await ctx.db.fetchone("SELECT doc FROM annotations WHERE id = ?", (annotation_id,))
    if row is None:
        raise not_found(f"Annotation {annotation_id}")
    doc: dict[str, Any] = json.loads(row["doc"])
    return doc


async def list_annotations(ctx: Ctx) -> Response:
    """``GET /annotations``: most recent first; ``offset``/``limit`` with the ``total`` count."""
    query = ctx.query()
    dataset = query.str_or_none("dataset", pattern=DATASET_NAME)
    since = query.time_or_none("since")
    until = query.time_or_none("until")
    offset = query.int_or("offset", 0, minimum=0, from_text=True)
    limit = query.int_or("limit", 100, minimum=1, maximum=1000, from_text=True)
    query.check()
    where = ["1"]
    params: list[Any] = []
    if dataset is not None:
        where.append("dataset = ?")
        params.append(dataset)
    if since is not None:
        where.append("time_ts >= ?")
        params.append(since[1])
    if until is not None:
        where.append("time_ts < ?")
        params.append(until[1])
    condition = " AND ".join(where)
    total = await ctx.db.fetchone(f"SELECT count(*) FROM annotations WHERE {condition}", params)
    rows = await ctx.db.fetchall(
        f"SELECT doc FROM annotations WHERE {condition} ORDER BY time_ts DESC, seq DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return json_response(
        {
            "annotations": [json.loads(row["doc"]) for row in rows],
            "total": total[0] if total else 0,
            "offset": offset,
            "limit": limit,
        }
    )


async def create_annotation(ctx: Ctx) -> Response:
    """``POST /annotations``: 201 and ``Location``."""
    fields, time_ts = await _read_input(ctx)
    now = now_iso()
    doc = {"id": str(uuid.uuid4()), **fields, "created_at": now, "updated_at": now}
    async with ctx.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO annotations (id, seq, dataset, time_ts, doc)"
            " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM annotations), ?, ?, ?)",
            (doc["id"], fields["target"]["dataset"], time_ts, json.dumps(doc)),
        )
    return json_response(doc, 201, {"Location": f"/annotations/{doc['id']}"})


async def get_annotation(ctx: Ctx) -> Response:
    """``GET /annotations/{annotation_id}``."""
    return json_response(await _annotation(ctx))


async def update_annotation(ctx: Ctx) -> Response:
    """``PUT /annotations/{annotation_id}``: every writable field replaced; left-out ones take defaults."""
    current = await _annotation(ctx)
    fields, time_ts = await _read_input(ctx)
    doc = {**current, **fields, "updated_at": now_iso()}
    async with ctx.db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE annotations SET dataset = ?, time_ts = ?, doc = ? WHERE id = ?",
            (fields["target"]["dataset"], time_ts, json.dumps(doc), current["id"]),
        )
        if cursor.rowcount != 1:
            raise not_found(f"Annotation {current['id']}")
    return json_response(doc)


async def delete_annotation(ctx: Ctx) -> Response:
    """``DELETE /annotations/{annotation_id}``: with its attachments."""
    current = await _annotation(ctx)
    async with ctx.db.transaction() as conn:
        await conn.execute("DELETE FROM attachments WHERE annotation_id = ?", (current["id"],))
        await conn.execute("DELETE FROM annotations WHERE id = ?", (current["id"],))
    return Response(status_code=204)


async def upload_attachment(ctx: Ctx) -> Response:
    """``POST /annotations/{annotation_id}/attachments``: a ``multipart/form-data`` upload, stored in the DB."""
    annotation = await _annotation(ctx)
    media = ctx.request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if not media and not (await ctx.request.body()).strip():
        raise ApiError.for_field("file", "is required")
    if media != "multipart/form-data":
        raise ApiError(415, f"Upload the file as multipart/form-data, not {media or 'nothing'!r}.")
    try:
        form = await ctx.request.form(max_files=1, max_fields=100)
    except Exception as exc:  # python-multipart's and Starlette's parse errors have no common base
        raise ApiError(400, f"The multipart body could not be read: {exc}") from None
    fields = Fields({key: value for key, value in form.items() if not isinstance(value, UploadFile)})
    description = fields.str_or_none("description", max_length=1000)
    part = form.get("file")
    content = b""
    filename, content_type = "upload", "application/octet-stream"
    if part is None:
        fields.error("file", "is required")
    elif isinstance(part, UploadFile):
        content = await part.read(MAX_UPLOAD + 1)
        filename = part.filename or filename
        content_type = part.content_type or content_type
    else:  # a part sent without a filename arrives as text
        content = part.encode()
    if len(content) > MAX_UPLOAD:
        fields.error("file", f"must be at most {MAX_UPLOAD} bytes")
    await form.close()
    fields.check()
    attachment = {
        "id": str(uuid.uuid4()),
        "annotation_id": annotation["id"],
        "filename": filename,
        "content_type": content_type,
        "size": len(content),
        "created_at": now_iso(),
    }
    async with ctx.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO attachments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment["id"],
                annotation["id"],
                filename,
                content_type,
                len(content),
                description,
                content,
                attachment["created_at"],
            ),
        )
    location = f"/annotations/{annotation['id']}/attachments/{attachment['id']}"
    return json_response(attachment, 201, {"Location": location})
