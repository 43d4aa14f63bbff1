"""``tail``: a live tail of a dataset as Server-Sent Events, resumable with ``Last-Event-ID``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from starlette.responses import Response, StreamingResponse

from ..problems import ApiError
from ..validation import path_dataset_name
from ..web import Ctx
from .datasets import dataset_row

__all__ = ["tail_events"]

#: How often the store is read for new events, and how long a quiet stream waits before a keep-alive comment.
POLL_SECONDS = 0.05
KEEPALIVE_SECONDS = 15.0
#: The reconnection delay announced to clients (ms): a dropped tail is resumed quickly.
RETRY_MS = 100


async def tail_events(ctx: Ctx) -> Response:
    """``GET /datasets/{dataset_name}/tail``: each ingested event as one SSE event whose ``id`` is its store id.

    Without ``Last-Event-ID`` the tail starts with the ``backlog`` most recent events (default none), then every
    event ingested afterwards; with it, right after that event, so a resumed client neither loses nor repeats one.
    The stream ends after ``limit`` events.
    """
    name = path_dataset_name(ctx.path("dataset_name"))
    query = ctx.query()
    limit = query.int_or("limit", 100, minimum=1, maximum=10_000, from_text=True)
    backlog = query.int_or("backlog", 0, minimum=0, maximum=1000, from_text=True)
    query.check()
    resume = ctx.request.headers.get("last-event-id")
    if resume is not None and not (resume.isascii() and resume.isdigit()):
        raise ApiError.for_field("Last-Event-ID", "must be the id of an event this stream sent")
    await dataset_row(ctx, name)
    db = ctx.db
    if resume is not None:
        after = int(resume)
    else:
        row = await db.fetchone(
            "SELECT coalesce(min(id), 0) FROM (SELECT id FROM events WHERE dataset = ? ORDER BY id DESC LIMIT ?)",
            (name, backlog),
        )
        newest = await db.fetchone("SELECT coalesce(max(id), 0) FROM events WHERE dataset = ?", (name,))
        after = int(row[0]) - 1 if backlog and row and row[0] else int(newest[0]) if newest else 0

    async def events() -> AsyncIterator[bytes]:
        nonlocal after
        yield f"retry: {RETRY_MS}\n\n".encode()
        sent, quiet = 0, 0.0
        while sent < limit:
            rows = await db.fetchall(
                "SELECT id, data FROM events WHERE dataset = ? AND id > ? ORDER BY id LIMIT ?",
                (name, after, min(500, limit - sent)),
            )
            for row in rows:
                yield f"id: {row['id']}\ndata: {row['data']}\n\n".encode()
                after = row["id"]
            sent += len(rows)
            if rows:
                quiet = 0.0
                continue
            await asyncio.sleep(POLL_SECONDS)
            quiet += POLL_SECONDS
            if quiet >= KEEPALIVE_SECONDS:
                quiet = 0.0
                yield b": keep-alive\n\n"

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)
