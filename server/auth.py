"""Bearer-token authentication and scope checks."""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.requests import Request

from .db import Database, hash_secret
from .problems import ApiError
from .timeutil import now_iso, now_ts

__all__ = ["Principal", "authenticate"]


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token and the user owning it."""

    token_id: str
    user_id: str
    scopes: frozenset[str]


def _unauthorized(detail: str, error: str | None = None) -> ApiError:
    challenge = "Bearer" if error is None else f'Bearer error="{error}"'
    return ApiError(401, detail, headers={"WWW-Authenticate": challenge})


async def authenticate(request: Request, db: Database, scope: str | None) -> Principal:
    """The caller of ``request``; 401 without a valid token, 403 if the token lacks ``scope`` (admin has all)."""
    header = request.headers.get("authorization")
    if not header:
        raise _unauthorized("This operation needs an `Authorization: Bearer <token>` header.")
    kind, _, secret = header.strip().partition(" ")
    secret = secret.strip()
    if kind.lower() != "bearer" or not secret:
        raise _unauthorized("The Authorization header must be `Bearer <token>`.", "invalid_request")
    async with db.transaction() as conn:
        async with conn.execute(
            "SELECT id, user_id, scopes, expires_ts FROM tokens WHERE secret_hash = ?", (hash_secret(secret),)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            raise _unauthorized("The token is invalid or has been revoked.", "invalid_token")
        if row["expires_ts"] is not None and row["expires_ts"] <= now_ts():
            raise _unauthorized("The token has expired.", "invalid_token")
        await conn.execute("UPDATE tokens SET last_used_at = ? WHERE id = ?", (now_iso(), row["id"]))
    scopes = frozenset(json.loads(row["scopes"]))
    if scope is not None and scope not in scopes and "admin" not in scopes:
        raise ApiError(403, f"This operation needs a token with the `{scope}` scope.")
    return Principal(token_id=row["id"], user_id=row["user_id"], scopes=scopes)
