"""``ingest`` and ``query``: JSON or NDJSON in, cursor-in-body queries, NDJSON streaming out."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from ..filters import FilterError, compile_filter
from ..problems import ApiError
from ..timeutil import format_ts, now_ts, parse_rfc3339
from ..validation import path_dataset_name
from ..web import Ctx, json_response
from .datasets import dataset_row

__all__ = ["ingest_events", "query_dataset", "stream_events"]

MAX_EVENTS = 10_000
_HOUR_US = 3600 * 1_000_000
_STREAM_BATCH = 500


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_events(raw: bytes, content_type: str) -> list[tuple[int, Any, str | None]]:
    """(index, event or None, error) for each event of a JSON array or NDJSON body (empty NDJSON: no events)."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/x-ndjson":
        items: list[tuple[int, Any, str | None]] = []
        for index, line in enumerate(raw.split(b"\n")):
            if not line.strip():
                continue
            try:
                items.append((index, json.loads(line, parse_constant=_reject_constant), None))
            except (ValueError, UnicodeDecodeError) as exc:
                items.append((index, None, f"line {index + 1} is not valid JSON: {exc}"))
        return items
    if not raw.strip():
        raise ApiError.for_field("body", "is required")
    if media != "application/json":
        raise ApiError(415, f"Send events as application/json or application/x-ndjson, not {media or 'nothing'!r}.")
    try:
        body = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"The body is not valid JSON: {exc}") from None
    if not isinstance(body, list):
        raise ApiError.for_field("body", "must be a JSON array of events")
    return [(index, event, None) for index, event in enumerate(body)]


async def ingest_events(ctx: Ctx) -> Response:
    """``POST /datasets/{dataset_name}/ingest``: each event accepted or rejected on its own."""
    name = path_dataset_name(ctx.path("dataset_name"))
    items = _parse_events(await ctx.request.body(), ctx.request.headers.get("content-type", ""))
    if len(items) > MAX_EVENTS:
        raise ApiError.for_field("body", f"must hold at most {MAX_EVENTS} events, got {len(items)}")
    await dataset_row(ctx, name)
    rows: list[tuple[str, int, str]] = []
    failures: list[dict[str, Any]] = []
    for index, event, error in items:
        if error is None and not isinstance(event, dict):
            error = "an event must be a JSON object"
        if error is None:
            assert isinstance(event, dict)
            stamp = event.get("_time")
            if stamp is None and "_time" not in event:
                ts = now_ts()
                event = {"_time": format_ts(ts), **event}
            elif not isinstance(stamp, str) or (parsed := parse_rfc3339(stamp)) is None:
                error = "_time: not a valid RFC 3339 date-time"
            else:
                ts = parsed
        if error is not None:
            failures.append({"index": index, "error": error})
            continue
        rows.append((name, ts, json.dumps(event, separators=(",", ":"), ensure_ascii=False)))
    size = sum(len(data.encode()) for _, _, data in rows)
    async with ctx.db.transaction() as conn:
        async with conn.execute("SELECT 1 FROM datasets WHERE name = ?", (name,)) as cursor:
            if await cursor.fetchone() is None:
                raise ApiError(404, f"Dataset {name!r} does not exist.")
        await conn.executemany("INSERT INTO events (dataset, ts, data) VALUES (?, ?, ?)", rows)
        await conn.execute(
            "UPDATE datasets SET event_count = event_count + ?, size_bytes = size_bytes + ? WHERE name = ?",
            (len(rows), size, name),
        )
    return json_response({"ingested": len(rows), "failed": len(failures), "failures": failures})


def _query_hash(filter_text: str | None, start: str | None, end: str | None, order: str) -> str:
    return hashlib.sha256(json.dumps([filter_text, start, end, order]).encode()).hexdigest()[:16]


def _encode_cursor(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> dict[str, Any] | None:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    keys = {"q": str, "s": int, "e": int, "t": int, "i": int}
    if not isinstance(data, dict) or any(not isinstance(data.get(k), kind) for k, kind in keys.items()):
        return None
    return data


async def query_dataset(ctx: Ctx) -> Response:
    """``POST /datasets/{dataset_name}/query``: the next page comes from the body's ``cursor``."""
    started = time.perf_counter()
    name = path_dataset_name(ctx.path("dataset_name"))
    body = await ctx.body_fields()
    filter_text = body.str_or_none("filter", nullable=True)
    start = body.time_or_none("start_time", nullable=True)
    end = body.time_or_none("end_time", nullable=True)
    order = body.enum("order", ("asc", "desc"))
    order = order if isinstance(order, str) else "desc"
    limit = body.int_or("limit", 100, minimum=1, maximum=10_000)
    cursor_text = body.str_or_none("cursor", nullable=True)
    try:
        condition = compile_filter(filter_text)
    except FilterError as exc:
        body.error("filter", str(exc))
    query_id = _query_hash(filter_text, start[0] if start else None, end[0] if end else None, order)
    cursor = None
    if cursor_text:  # an empty cursor is the first page, like null
        cursor = _decode_cursor(cursor_text)
        if cursor is None:
            body.error("cursor", "is not a cursor returned by this API")
        elif cursor["q"] != query_id:
            body.error("cursor", "belongs to a different query (filter, times and order must not change)")
    body.check()
    await dataset_row(ctx, name)
    if cursor is not None:
        window = (cursor["s"], cursor["e"])
    else:
        end_ts = end[1] if end else now_ts()
        window = (start[1] if start else end_ts - _HOUR_US, end_ts)
    where = "dataset = ? AND ts >= ? AND ts < ?"
    params: tuple[Any, ...] = (name, *window)
    examined = await ctx.db.fetchone(f"SELECT count(*) FROM events WHERE {where}", params)
    matched = await ctx.db.fetchone(
        f"SELECT count(*) FROM events WHERE {where} AND ({condition.sql})", (*params, *condition.params)
    )
    page_sql = f"SELECT id, ts, data FROM events WHERE {where} AND ({condition.sql})"
    page_params: tuple[Any, ...] = (*params, *condition.params)
    direction = "DESC" if order == "desc" else "ASC"
    if cursor is not None:
        compare = "<" if order == "desc" else ">"
        page_sql += f" AND (ts {compare} ? OR (ts = ? AND id {compare} ?))"
        page_params += (cursor["t"], cursor["t"], cursor["i"])
    rows = await ctx.db.fetchall(
        f"{page_sql} ORDER BY ts {direction}, id {direction} LIMIT ?", (*page_params, limit + 1)
    )
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        last = page[-1]
        next_cursor = _encode_cursor({"q": query_id, "s": window[0], "e": window[1], "t": last["ts"], "i": last["id"]})
    return json_response(
        {
            "matches": [json.loads(row["data"]) for row in page],
            "next_cursor": next_cursor,
            "stats": {
                "rows_examined": examined[0] if examined else 0,
                "rows_matched": matched[0] if matched else 0,
                "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
            },
        }
    )


async def stream_events(ctx: Ctx) -> Response:
    """``GET /datasets/{dataset_name}/events``: NDJSON in time order, read from the store batch by batch."""
    name = path_dataset_name(ctx.path("dataset_name"))
    query = ctx.query()
    since = query.time_or_none("since")
    until = query.time_or_none("until")
    limit = query.int_or("limit", 100, minimum=1, maximum=1000, from_text=True)
    query.check()
    await dataset_row(ctx, name)
    low = since[1] if since else -(2**62)
    high = until[1] if until else 2**62
    db = ctx.db

    async def lines() -> AsyncIterator[bytes]:
        last = (low - 1, 0)
        sent = 0
        while sent < limit:
            rows = await db.fetchall(
                "SELECT id, ts, data FROM events WHERE dataset = ? AND ts >= ? AND ts < ?"
                " AND (ts > ? OR (ts = ? AND id > ?)) ORDER BY ts, id LIMIT ?",
                (name, low, high, last[0], last[0], last[1], min(_STREAM_BATCH, limit - sent)),
            )
            if not rows:
                return
            yield b"".join(row["data"].encode() + b"\n" for row in rows)
            sent += len(rows)
            last = (rows[-1]["ts"], rows[-1]["id"])

    accept = ctx.request.headers.get("accept", "")
    media = "text/plain" if "text/plain" in accept and "ndjson" not in accept else "application/x-ndjson"
    return StreamingResponse(lines(), media_type=media)
