"""``datasets``: opaque query cursors, ETag/If-Match, Idempotency-Key replays, trim."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
from typing import Any

import aiosqlite
from starlette.responses import Response

from ..problems import ApiError, problem_response
from ..timeutil import now_iso, now_ts
from ..validation import DATASET_NAME, parse_duration, path_dataset_name
from ..web import Ctx, json_response, not_found

__all__ = [
    "create_dataset",
    "delete_dataset",
    "get_dataset",
    "list_datasets",
    "trim_dataset",
    "update_dataset",
]

_IDEMPOTENCY_TTL_US = 24 * 3600 * 1_000_000
_REPLAYED_HEADERS = ("etag", "location")


def dataset_json(row: aiosqlite.Row) -> dict[str, Any]:
    """A ``Dataset``."""
    return {
        "name": row["name"],
        "description": row["description"],
        "retention_days": row["retention_days"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "event_count": row["event_count"],
        "size_bytes": row["size_bytes"],
    }


def etag(row: aiosqlite.Row) -> str:
    """The strong entity tag of this version of a dataset's settings."""
    digest = hashlib.sha256(f"{row['name']}|{row['created_at']}|{row['version']}".encode()).hexdigest()
    return f'"{digest[:16]}"'


async def dataset_row(ctx: Ctx, name: str | None = None) -> aiosqlite.Row:
    """The dataset named in the path (or ``name``); 422 for a malformed name, 404 if it does not exist."""
    name = name if name is not None else path_dataset_name(ctx.path("dataset_name"))
    row = await ctx.db.fetchone("SELECT * FROM datasets WHERE name = ?", (name,))
    if row is None:
        raise not_found(f"Dataset {name!r}")
    return row


def _encode_cursor(name: str) -> str:
    return base64.urlsafe_b64encode(f"dataset:{name}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    kind, _, name = text.partition(":")
    return name if kind == "dataset" and DATASET_NAME.match(name) else None


async def list_datasets(ctx: Ctx) -> Response:
    """``GET /datasets``: ordered by name; ``next_cursor`` is an opaque token, null on the last page."""
    query = ctx.query()
    size = query.int_or("limit", 100, minimum=1, maximum=1000, from_text=True)
    cursor = query.str_or_none("cursor")
    after = ""
    if cursor:  # an empty cursor is the first page, like none
        decoded = _decode_cursor(cursor)
        if decoded is None:
            query.error("cursor", "is not a cursor returned by this API")
        else:
            after = decoded
    query.check()
    rows = await ctx.db.fetchall("SELECT * FROM datasets WHERE name > ? ORDER BY name LIMIT ?", (after, size + 1))
    page = rows[:size]
    next_cursor = _encode_cursor(page[-1]["name"]) if len(rows) > size else None
    return json_response({"items": [dataset_json(row) for row in page], "next_cursor": next_cursor})


async def create_dataset(ctx: Ctx) -> Response:
    """``POST /datasets``: 409 if the name is taken; an ``Idempotency-Key`` replays the first response."""
    key = ctx.request.headers.get("idempotency-key")
    if key is None:
        return await _create_dataset(ctx)
    if not 1 <= len(key) <= 255:
        raise ApiError.for_field("Idempotency-Key", "must be 1 to 255 characters long")
    raw = await ctx.request.body()
    fingerprint = hashlib.sha256(raw).hexdigest()
    lock_id = (ctx.principal.token_id, key)
    lock = ctx.state.key_locks.setdefault(lock_id, asyncio.Lock())
    try:
        async with lock:
            now = now_ts()
            stored = await ctx.db.fetchone(
                "SELECT * FROM idempotency WHERE token_id = ? AND key = ? AND created_ts > ?",
                (ctx.principal.token_id, key, now - _IDEMPOTENCY_TTL_US),
            )
            if stored is not None:
                if stored["fingerprint"] != fingerprint:
                    raise ApiError.for_field("Idempotency-Key", "was already used with a different request body")
                headers = {**json.loads(stored["headers"]), "Idempotent-Replayed": "true"}
                return Response(stored["body"], status_code=stored["status"], headers=headers)
            try:
                response = await _create_dataset(ctx)
            except ApiError as error:
                response = problem_response(error)
            if response.status_code < 500:
                kept = {k: v for k, v in response.headers.items() if k in _REPLAYED_HEADERS or k == "content-type"}
                async with ctx.db.transaction() as conn:
                    await conn.execute(
                        "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            ctx.principal.token_id,
                            key,
                            fingerprint,
                            now,
                            response.status_code,
                            json.dumps(kept),
                            response.body,
                        ),
                    )
            return response
    finally:
        if not lock.locked():  # a request still waiting holds this lock object and will find the stored response
            ctx.state.key_locks.pop(lock_id, None)


async def _create_dataset(ctx: Ctx) -> Response:
    body = await ctx.body_fields()
    name = body.str_or_none("name", required=True, pattern=DATASET_NAME)
    description = body.str_or_none("description", nullable=True, max_length=1000)
    retention = body.int_or("retention_days", 30, minimum=1, maximum=3650)
    body.check()
    now = now_iso()
    async with ctx.db.transaction() as conn:
        try:
            await conn.execute(
                "INSERT INTO datasets (name, description, retention_days, created_at, updated_at, version)"
                " VALUES (?, ?, ?, ?, ?, 1)",
                (name, description, retention, now, now),
            )
        except aiosqlite.IntegrityError:
            raise ApiError(409, f"A dataset named {name!r} already exists.") from None
    row = await dataset_row(ctx, name)
    return json_response(dataset_json(row), 201, {"ETag": etag(row), "Location": f"/datasets/{name}"})


async def get_dataset(ctx: Ctx) -> Response:
    """``GET /datasets/{dataset_name}``, with its ``ETag``."""
    row = await dataset_row(ctx)
    return json_response(dataset_json(row), headers={"ETag": etag(row)})


def _matches(if_match: str, current: str) -> bool:
    if if_match.strip() == "*":
        return True
    # Strong comparison (RFC 9110 13.1.1): weak tags never match.
    return any(tag.strip() == current for tag in if_match.split(","))


async def update_dataset(ctx: Ctx) -> Response:
    """``PATCH /datasets/{dataset_name}``: only with ``If-Match`` equal to the current ``ETag``, else 412."""
    name = path_dataset_name(ctx.path("dataset_name"))
    if_match = ctx.request.headers.get("if-match")
    body = await ctx.body_fields()
    if if_match is None:
        body.error("If-Match", "is required")
    if not body.data:
        body.error("body", "must set at least one field")
    changes: dict[str, Any] = {}
    if "description" in body.data:
        changes["description"] = body.str_or_none("description", nullable=True, max_length=1000)
    if "retention_days" in body.data:
        changes["retention_days"] = body.int_or("retention_days", 0, minimum=1, maximum=3650)
    body.check()
    assert if_match is not None
    async with ctx.db.transaction() as conn:
        async with conn.execute("SELECT * FROM datasets WHERE name = ?", (name,)) as cursor:
            row = await cursor.fetchone()
        if row is None:
            raise not_found(f"Dataset {name!r}")
        if not _matches(if_match, etag(row)):
            raise ApiError(412, f"If-Match {if_match} does not match the dataset's current ETag {etag(row)}.")
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            await conn.execute(
                f"UPDATE datasets SET {assignments}, updated_at = ?, version = version + 1 WHERE name = ?",
                (*changes.values(), now_iso(), name),
            )
    row = await dataset_row(ctx, name)
    return json_response(dataset_json(row), headers={"ETag": etag(row)})


async def delete_dataset(ctx: Ctx) -> Response:
    """``DELETE /datasets/{dataset_name}``: the dataset and its events."""
    row = await dataset_row(ctx)
    async with ctx.db.transaction() as conn:
        await conn.execute("DELETE FROM events WHERE dataset = ?", (row["name"],))
        await conn.execute("DELETE FROM datasets WHERE name = ?", (row["name"],))
    return Response(status_code=204)


async def trim_dataset(ctx: Ctx) -> Response:
    """``POST /datasets/{dataset_name}/trim``: delete events older than ``max_age`` or ``before``."""
    name = path_dataset_name(ctx.path("dataset_name"))
    body = await ctx.body_fields()
    cutoff: int | None = None
    for key in body.data:
        if key not in ("max_age", "before"):
            body.error(key, "is not allowed (give exactly one of max_age and before)")
    if "max_age" in body.data and "before" in body.data:
        body.error("max_age", "give exactly one of max_age and before")
    elif "max_age" in body.data:
        text = body.str_or_none("max_age")
        seconds = parse_duration(text) if text is not None else None
        if text is not None and seconds is None:
            body.error("max_age", "must be an ISO 8601 duration, e.g. P30D")
        elif seconds is not None:
            cutoff = now_ts() - seconds * 1_000_000
    elif "before" in body.data:
        before = body.time_or_none("before")
        cutoff = before[1] if before else None
    elif not body.errors:
        body.error("max_age", "give exactly one of max_age and before")
    body.check()
    assert cutoff is not None
    async with ctx.db.transaction() as conn:
        async with conn.execute("SELECT 1 FROM datasets WHERE name = ?", (name,)) as cursor:
            if await cursor.fetchone() is None:
                raise not_found(f"Dataset {name!r}")
        async with conn.execute(
            "SELECT count(*), coalesce(sum(length(CAST(data AS BLOB))), 0) FROM events WHERE dataset = ? AND ts < ?",
            (name, cutoff),
        ) as cursor:
            count, size = await cursor.fetchone() or (0, 0)
        await conn.execute("DELETE FROM events WHERE dataset = ? AND ts < ?", (name, cutoff))
        await conn.execute(
            "UPDATE datasets SET event_count = event_count - ?, size_bytes = size_bytes - ? WHERE name = ?",
            (count, size, name),
        )
    return json_response({"deleted": count})
