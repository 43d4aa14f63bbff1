"""A client library for accessing Hostile names

Sync: ``Client`` and ``hostile_names_client.api.<tag>.<operation>.call(client, ...)``.
Async: ``AsyncClient`` and ``hostile_names_client.aio.<tag>.<operation>.call(client, ...)``.
"""

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
    UnauthorizedError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._runtime.options import RequestOptions
from ._runtime.pagination import AsyncPaginator, Page, PaginationError, Paginator, Position
from ._runtime.ratelimit import RateLimit
from ._runtime.response import Response
from .types import UNSET, Unset

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPaginator",
    "BadRequestError",
    "Client",
    "ConflictError",
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
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "Unset",
]
__version__ = "1.0"
