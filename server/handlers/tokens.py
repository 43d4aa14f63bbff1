"""``tokens``: page/per_page pagination with an RFC 8288 ``Link`` header; secrets shown only once."""

from __future__ import annotations

import json
import secrets
import uuid
from typing import Any

import aiosqlite
from starlette.responses import Response

from ..db import hash_secret
from ..problems import ApiError
from ..timeutil import now_iso, now_ts
from ..validation import MAX_SQL_INT, path_uuid
from ..web import Ctx, json_response, not_found

__all__ = ["create_token", "delete_token", "get_token", "list_tokens", "regenerate_token"]

SCOPES = ("read", "ingest", "query", "admin")


def token_json(row: aiosqlite.Row) -> dict[str, Any]:
    """A ``Token`` (never the secret)."""
    return {
        "id": row["id"],
        "name": row["name"],
        "scopes": json.loads(row["scopes"]),
        "prefix": row["prefix"],
        "created_at": row["created_at"],
        "expires_at": row["expires_at"],
        "last_used_at": row["last_used_at"],
    }


def _new_secret() -> str:
    return "lbk_" + secrets.token_hex(16)


async def _token_row(ctx: Ctx) -> aiosqlite.Row:
    token_id = path_uuid("token_id", ctx.path("token_id"))
    row = await ctx.db.fetchone("SELECT * FROM tokens WHERE id = ?", (token_id,))
    if row is None:
        raise not_found(f"Token {token_id}")
    return row


async def list_tokens(ctx: Ctx) -> Response:
    """``GET /tokens``: newest first; a plain array, the next page's URL in ``Link: <...>; rel="next"``."""
    query = ctx.query()
    page = query.int_or("page", 1, minimum=1, from_text=True)
    per_page = query.int_or("per_page", 30, minimum=1, maximum=100, from_text=True)
    query.check()
    rows = await ctx.db.fetchall(
        "SELECT * FROM tokens ORDER BY seq DESC LIMIT ? OFFSET ?",
        (per_page + 1, min((page - 1) * per_page, MAX_SQL_INT)),
    )
    links = []
    url = ctx.request.url
    if len(rows) > per_page:
        links.append(f'<{url.include_query_params(page=page + 1, per_page=per_page)}>; rel="next"')
    if page > 1:
        links.append(f'<{url.include_query_params(page=page - 1, per_page=per_page)}>; rel="prev"')
    links.append(f'<{url.include_query_params(page=1, per_page=per_page)}>; rel="first"')
    return json_response([token_json(row) for row in rows[:per_page]], headers={"Link": ", ".join(links)})


async def create_token(ctx: Ctx) -> Response:
    """``POST /tokens``: 201 with the secret, the only time it is returned."""
    body = await ctx.body_fields()
    name = body.str_or_none("name", required=True, min_length=1, max_length=100)
    scopes = body.data.get("scopes", None)
    if "scopes" not in body.data:
        body.error("scopes", "is required")
    elif not isinstance(scopes, list) or not scopes:
        body.error("scopes", "must be a non-empty array")
    elif any(scope not in SCOPES for scope in scopes):
        body.error("scopes", f"every scope must be one of {', '.join(SCOPES)}")
    elif len(set(scopes)) != len(scopes):
        body.error("scopes", "must not repeat a scope")
    expires = body.time_or_none("expires_at", nullable=True)
    if expires is not None and expires[1] <= now_ts():
        body.error("expires_at", "must be in the future")
    body.check()
    secret = _new_secret()
    token_id = str(uuid.uuid4())
    async with ctx.db.transaction() as conn:
        await conn.execute(
            "INSERT INTO tokens (id, user_id, name, scopes, prefix, secret_hash, created_at, expires_ts, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                token_id,
                ctx.principal.user_id,
                name,
                json.dumps(scopes),
                secret[:8],
                hash_secret(secret),
                now_iso(),
                expires[1] if expires else None,
                expires[0] if expires else None,
            ),
        )
    row = await ctx.db.fetchone("SELECT * FROM tokens WHERE id = ?", (token_id,))
    assert row is not None
    return json_response({**token_json(row), "secret": secret}, 201, {"Location": f"/tokens/{token_id}"})


async def get_token(ctx: Ctx) -> Response:
    """``GET /tokens/{token_id}``."""
    return json_response(token_json(await _token_row(ctx)))


async def delete_token(ctx: Ctx) -> Response:
    """``DELETE /tokens/{token_id}``: requests with it fail from then on."""
    row = await _token_row(ctx)
    async with ctx.db.transaction() as conn:
        await conn.execute("DELETE FROM tokens WHERE id = ?", (row["id"],))
    return Response(status_code=204)


async def regenerate_token(ctx: Ctx) -> Response:
    """``POST /tokens/{token_id}/regenerate``: a new secret; the old one stops working at once."""
    row = await _token_row(ctx)
    secret = _new_secret()
    async with ctx.db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE tokens SET secret_hash = ?, prefix = ? WHERE id = ?", (hash_secret(secret), secret[:8], row["id"])
        )
        if cursor.rowcount != 1:
            raise ApiError(404, f"Token {row['id']} does not exist.")
    fresh = await ctx.db.fetchone("SELECT * FROM tokens WHERE id = ?", (row["id"],))
    assert fresh is not None
    return json_response({**token_json(fresh), "secret": secret})
