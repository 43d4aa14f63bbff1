"""A client library for accessing Hostile \"\"\" API (API version 1.0"; import os #)

Sync: ``Client`` and ``hostile_client.api.<tag>.<operation>.call(client, ...)``.
Async: ``AsyncClient`` and ``hostile_client.aio.<tag>.<operation>.call(client, ...)``.
"""

from typing import TYPE_CHECKING

from ._client import AsyncClient, Client
from ._runtime.auth import OAuth2ClientCredentials
from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    RateLimitedError,
    ResponseDecodingError,
    ServerError,
    StreamEventError,
    UnauthorizedError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._runtime.options import RequestOptions
from ._runtime.ratelimit import RateLimit
from ._runtime.response import Response
from ._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from ._runtime.pagination import AsyncPaginator, Page, PaginationError, Paginator, Position
    from ._runtime.sse import AsyncEventStream, EventStream, ServerSentEvent

#: Names loaded on first use, and the module of this package that holds each.
_MODULES: dict[str, str] = {
    "AsyncPaginator": "_runtime.pagination",
    "Page": "_runtime.pagination",
    "PaginationError": "_runtime.pagination",
    "Paginator": "_runtime.pagination",
    "Position": "_runtime.pagination",
    "AsyncEventStream": "_runtime.sse",
    "EventStream": "_runtime.sse",
    "ServerSentEvent": "_runtime.sse",
}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Import the module of a name loaded on first use, the first time the name is asked for."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncPaginator",
    "BadRequestError",
    "Client",
    "ConflictError",
    "EventStream",
    "ForbiddenError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "Page",
    "PaginationError",
    "Paginator",
    "Position",
    "PreconditionFailedError",
    "RateLimit",
    "RateLimitedError",
    "RequestOptions",
    "Response",
    "ResponseDecodingError",
    "ServerError",
    "ServerSentEvent",
    "StreamEventError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "Unset",
]
__version__ = "1.0"
