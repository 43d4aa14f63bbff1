"""What every handler shares: the application state, the request context and JSON responses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .auth import Principal
from .config import ServerConfig
from .db import Database
from .problems import ApiError
from .validation import Fields, parse_json_body

__all__ = ["AppState", "Ctx", "Handler", "json_response", "not_found"]


@dataclass
class AppState:
    """The server's long-lived state, kept on ``app.state.logbook``."""

    config: ServerConfig
    db: Database
    tasks: set[asyncio.Task[None]] = field(default_factory=set)
    key_locks: dict[tuple[str, str], asyncio.Lock] = field(default_factory=dict)


@dataclass
class Ctx:
    """One request: the Starlette request, the server state and the authenticated caller."""

    request: Request
    state: AppState
    principal: Principal

    @property
    def db(self) -> Database:
        """The store."""
        return self.state.db

    def path(self, name: str) -> str:
        """A path parameter."""
        return str(self.request.path_params[name])

    def query(self) -> Fields:
        """The query parameters, as ``Fields`` (the last value wins when one is repeated)."""
        return Fields(dict(self.request.query_params))

    async def json(self) -> Any:
        """The JSON body: 415 for another media type, 400 if malformed."""
        return parse_json_body(await self.request.body(), self.request.headers.get("content-type", ""))

    async def body_fields(self) -> Fields:
        """The JSON body, which must be an object, as ``Fields``."""
        return Fields.body(await self.json())


Handler = Callable[[Ctx], Awaitable[Response]]


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A compact ``application/json`` response."""
    content = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(content, status_code=status, headers=headers, media_type="application/json")


def not_found(what: str) -> ApiError:
    """A 404 naming what is missing."""
    return ApiError(404, f"{what} does not exist.")
