"""Synchronous ``POST /tokens``: Create an API token"""

import datetime
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from ..._client import Client
from ..._operations.tokens import create_token as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.token_create import TokenCreate
from ...models.token_scope import TokenScope
from ...models.token_with_secret import TokenWithSecret
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
]

Args = _operation.Args


def call_detailed(
    client: Client,
    *,
    body: TokenCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    scopes: Sequence[TokenScope | Literal["read", "ingest", "query", "admin"]] | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[TokenWithSecret]:
    """Create an API token

    Creates an API token. The response is the only time the token's `secret` is returned: store it
    safely.

    ``POST /tokens``; authenticated.

    Args:
        body (TokenCreate): The settings of a new API token.
        name (str): Required unless body is given. A name to recognise the token by.
        scopes (list[TokenScope] of TokenScope members or their values): Required unless body is
            given. The permissions to grant.
        expires_at (datetime.datetime | None): When the token should stop working; null for never.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[TokenWithSecret]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        body=body,
        name=name,
        scopes=scopes,
        expires_at=expires_at,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    body: TokenCreate | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    scopes: Sequence[TokenScope | Literal["read", "ingest", "query", "admin"]] | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> TokenWithSecret:
    """Create an API token

    Creates an API token. The response is the only time the token's `secret` is returned: store it
    safely.

    ``POST /tokens``; authenticated.

    Args:
        body (TokenCreate): The settings of a new API token.
        name (str): Required unless body is given. A name to recognise the token by.
        scopes (list[TokenScope] of TokenScope members or their values): Required unless body is
            given. The permissions to grant.
        expires_at (datetime.datetime | None): When the token should stop working; null for never.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        TokenWithSecret
    """

    response = call_detailed(
        client,
        body=body,
        name=name,
        scopes=scopes,
        expires_at=expires_at,
        request_options=request_options,
    )
    return response.parsed


def batch(
    client: Client,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    request_options: RequestOptions | None = None,
) -> BatchResult[TokenWithSecret]:
    """Call ``create_token`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> TokenWithSecret:
        return call(
            client,
            body=item.body,
            request_options=request_options,
        )

    return run_batch(
        one, args, max_concurrency=max_concurrency, fail_fast=fail_fast, on_progress=on_progress, progress=progress
    )


def batch_iter(
    client: Client,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    request_options: RequestOptions | None = None,
) -> Iterator[Ok[TokenWithSecret] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> TokenWithSecret:
        return call(
            client,
            body=item.body,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)
