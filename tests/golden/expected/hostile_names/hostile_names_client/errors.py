"""The exceptions raised by hostile_names_client: one base class, one class per HTTP status family."""

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    FieldError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
    Problem,
    RateLimitedError,
    ResponseDecodingError,
    ServerError,
    UnauthorizedError,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from ._runtime.pagination import PaginationError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "ForbiddenError",
    "NotFoundError",
    "PaginationError",
    "PreconditionFailedError",
    "Problem",
    "RateLimitedError",
    "ResponseDecodingError",
    "ServerError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
]
