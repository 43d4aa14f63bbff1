"""``health`` and ``users``: get_health, get_current_user, list_users (Stripe-style ``starting_after``)."""

from __future__ import annotations

import re

import aiosqlite
from starlette.requests import Request
from starlette.responses import Response

from ..timeutil import now_iso
from ..web import AppState, Ctx, json_response, not_found

__all__ = ["get_current_user", "get_health", "list_users"]

VERSION = "1.0.0"
_USER_ID = re.compile(r"^usr_[A-Za-z0-9]+$")


def user_json(row: aiosqlite.Row) -> dict[str, str]:
    """A ``User``."""
    return {
        "id": row["id"],
        "email": row["email"],
        "name": row["name"],
        "role": row["role"],
        "created_at": row["created_at"],
    }


async def get_health(request: Request, state: AppState) -> Response:
    """``GET /health``: no authentication; ``degraded`` while server-wide faults are switched on."""
    status = "degraded" if state.config.faults.active else "ok"
    return json_response({"status": status, "version": VERSION, "time": now_iso()})


async def get_current_user(ctx: Ctx) -> Response:
    """``GET /users/me``."""
    row = await ctx.db.fetchone("SELECT * FROM users WHERE id = ?", (ctx.principal.user_id,))
    if row is None:
        raise not_found("The token's user")
    return json_response(user_json(row))


async def list_users(ctx: Ctx) -> Response:
    """``GET /users``: ordered by id; ``starting_after`` an id, ``has_more`` while more follow."""
    query = ctx.query()
    size = query.int_or("limit", 100, minimum=1, maximum=1000, from_text=True)
    after = query.str_or_none("starting_after", pattern=_USER_ID)
    query.check()
    rows = await ctx.db.fetchall("SELECT * FROM users WHERE id > ? ORDER BY id LIMIT ?", (after or "", size + 1))
    return json_response({"data": [user_json(row) for row in rows[:size]], "has_more": len(rows) > size})
