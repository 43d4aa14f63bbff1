"""``exports``: a background job per export; the file is streamed from the store with ``Range`` support."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any

import aiosqlite
from starlette.responses import Response, StreamingResponse

from ..db import Database
from ..filters import FilterError, compile_filter
from ..problems import ApiError
from ..timeutil import now_iso, now_ts
from ..validation import path_dataset_name, path_uuid
from ..web import AppState, Ctx, json_response, not_found
from .datasets import dataset_row

__all__ = ["create_export", "download_export", "get_export"]

FORMATS = ("ndjson", "csv", "parquet")
_CHUNK = 64 * 1024
logger = logging.getLogger("server")
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def export_json(row: aiosqlite.Row) -> dict[str, Any]:
    """An ``Export``."""
    return {
        "id": row["id"],
        "dataset": row["dataset"],
        "status": row["status"],
        "format": row["format"],
        "created_at": row["created_at"],
        "finished_at": row["finished_at"],
        "size_bytes": row["size_bytes"],
        "error": row["error"],
    }


async def create_export(ctx: Ctx) -> Response:
    """``POST /datasets/{dataset_name}/exports``: 202; the export runs in the background."""
    name = path_dataset_name(ctx.path("dataset_name"))
    body = await ctx.body_fields()
    fmt = body.enum("format", FORMATS)
    filter_text = body.str_or_none("filter", nullable=True)
    start = body.time_or_none("start_time", nullable=True)
    end = body.time_or_none("end_time", nullable=True)
    try:
        compile_filter(filter_text)
    except FilterError as exc:
        body.error("filter", str(exc))
    body.check()
    await dataset_row(ctx, name)
    request = {"filter": filter_text, "start": start[1] if start else None, "end": end[1] if end else now_ts()}
    export_id = str(uuid.uuid4())
    async with ctx.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO exports (id, dataset, status, format, request, created_at) VALUES (?, ?, 'pending', ?, ?, ?)",
            (export_id, name, fmt if isinstance(fmt, str) else "ndjson", json.dumps(request), now_iso()),
        )
    row = await ctx.db.fetchone("SELECT * FROM exports WHERE id = ?", (export_id,))
    assert row is not None
    _start_job(ctx.state, export_id)
    return json_response(export_json(row), 202, {"Location": f"/exports/{export_id}"})


def _start_job(state: AppState, export_id: str) -> None:
    task = asyncio.get_running_loop().create_task(_run_export(state.db, export_id, state.config.export_delay))
    state.tasks.add(task)
    task.add_done_callback(state.tasks.discard)


async def _run_export(db: Database, export_id: str, delay: float) -> None:
    try:
        await _export(db, export_id, delay)
    except asyncio.CancelledError:
        raise
    except Exception:
        logger.exception("export %s failed", export_id)
        await _finish(db, export_id, None, "the export failed on the server")


async def _export(db: Database, export_id: str, delay: float) -> None:
    await asyncio.sleep(delay)
    async with db.transaction() as conn:
        await conn.execute("UPDATE exports SET status = 'running' WHERE id = ?", (export_id,))
    await asyncio.sleep(delay)
    row = await db.fetchone("SELECT * FROM exports WHERE id = ?", (export_id,))
    if row is None:
        return
    if row["format"] == "parquet":
        await _finish(db, export_id, None, "parquet exports are not supported by the reference server")
        return
    request = json.loads(row["request"])
    condition = compile_filter(request["filter"])
    events = await db.fetchall(
        f"SELECT data FROM events WHERE dataset = ? AND ts >= ? AND ts < ? AND ({condition.sql}) ORDER BY ts, id",
        (
            row["dataset"],
            request["start"] if request["start"] is not None else -(2**62),
            request["end"],
            *condition.params,
        ),
    )
    if row["format"] == "ndjson":
        content = b"".join(event["data"].encode() + b"\n" for event in events)
    else:
        content = _to_csv([json.loads(event["data"]) for event in events])
    await _finish(db, export_id, content, None)


def _to_csv(events: list[dict[str, Any]]) -> bytes:
    """One column per field seen (``_time`` first); values that are not strings are written as JSON."""
    columns: dict[str, None] = {"_time": None}
    for event in events:
        columns.update(dict.fromkeys(event))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for event in events:
        writer.writerow(
            "" if key not in event else event[key] if isinstance(event[key], str) else json.dumps(event[key])
            for key in columns
        )
    return out.getvalue().encode()


async def _finish(db: Database, export_id: str, content: bytes | None, error: str | None) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE exports SET status = ?, finished_at = ?, size_bytes = ?, error = ?, content = ? WHERE id = ?",
            (
                "failed" if error else "done",
                now_iso(),
                None if content is None else len(content),
                error,
                content,
                export_id,
            ),
        )


async def _export_row(ctx: Ctx) -> aiosqlite.Row:
    export_id = path_uuid("export_id", ctx.path("export_id"))
    row = await ctx.db.fetchone(
        "SELECT id, dataset, status, format, created_at, finished_at, size_bytes, error FROM exports WHERE id = ?",
        (export_id,),
    )
    if row is None:
        raise not_found(f"Export {export_id}")
    return row


async def get_export(ctx: Ctx) -> Response:
    """``GET /exports/{export_id}``."""
    return json_response(export_json(await _export_row(ctx)))


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The inclusive byte range asked for, ``None`` to send everything; 416 when it cannot be satisfied."""
    if header is None:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        raise ApiError.for_field("Range", "must be a single byte range such as bytes=0-1023")
    first, last = match.group(1), match.group(2)
    if not first and not last:
        return None  # syntactically empty: ignored, as RFC 9110 asks for an invalid range
    if not first:
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise _unsatisfiable(size)
        return max(size - suffix, 0), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        raise _unsatisfiable(size)
    return start, min(end, size - 1)


def _unsatisfiable(size: int) -> ApiError:
    return ApiError(416, f"The export is {size} bytes long.", headers={"Content-Range": f"bytes */{size}"})


async def download_export(ctx: Ctx) -> Response:
    """``GET /exports/{export_id}/download``: 409 until ``done``; ``Range`` gives 206 with ``Content-Range``, unless
    an ``If-Range`` does not match the ``ETag`` (then the whole file, 200)."""
    row = await _export_row(ctx)
    if row["status"] != "done":
        raise ApiError(409, f"Export {row['id']} is {row['status']}; it can be downloaded once it is done.")
    size = int(row["size_bytes"] or 0)
    etag = f'"{row["id"]}-{size}"'  # a finished export never changes: its id and size name its one version
    if_range = ctx.request.headers.get("if-range")
    # RFC 9110 13.1.5: a Range with an If-Range that does not match is ignored, and the whole file sent (200).
    asked = ctx.request.headers.get("range") if if_range is None or if_range.strip() == etag else None
    byte_range = _byte_range(asked, size)
    start, end = byte_range if byte_range is not None else (0, size - 1)
    length = end - start + 1 if size else 0
    db = ctx.db
    export_id = row["id"]

    async def chunks() -> AsyncIterator[bytes]:
        position = start
        while position <= end:
            count = min(_CHUNK, end - position + 1)
            piece = await db.fetchone(
                "SELECT substr(content, ?, ?) FROM exports WHERE id = ?", (position + 1, count, export_id)
            )
            if piece is None or not piece[0]:
                return
            yield bytes(piece[0])
            position += count

    extension = {"ndjson": "ndjson", "csv": "csv"}.get(row["format"], "bin")
    headers = {
        "Content-Length": str(length),
        "Accept-Ranges": "bytes",
        "ETag": etag,
        "Content-Disposition": f'attachment; filename="export-{export_id}.{extension}"',
    }
    status = 200
    if byte_range is not None:
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return StreamingResponse(chunks(), status_code=status, headers=headers, media_type="application/octet-stream")
