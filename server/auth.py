"""Bearer-token authentication and scope checks."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass

from starlette.requests import Request

from .db import ADMIN_USER_ID, Database, hash_secret
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


#: The token id of the root credential (``--token``), which is not one of the API tokens.
ROOT_TOKEN_ID = "root"
_ALL_SCOPES = frozenset({"read", "ingest", "query", "admin"})


async def authenticate(request: Request, db: Database, scope: str | None, root_token: str) -> Principal:
    """The caller of ``request``; 401 without a valid token, 403 if the token lacks ``scope`` (admin has all).

    ``root_token`` (the server's ``--token``) is a root credential of the admin user, configured out of band: it
    is not stored among the API tokens, so it can be neither listed, regenerated nor deleted through the API.
    """
    header = request.headers.get("authorization")
    if not header:
        raise _unauthorized("This operation needs an `Authorization: Bearer <token>` header.")
    kind, _, secret = header.strip().partition(" ")
    secret = secret.strip()
    if kind.lower() != "bearer" or not secret:
        raise _unauthorized("The Authorization header must be `Bearer <token>`.", "invalid_request")
    if hmac.compare_digest(secret.encode(), root_token.encode()):
        return Principal(token_id=ROOT_TOKEN_ID, user_id=ADMIN_USER_ID, scopes=_ALL_SCOPES)
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
