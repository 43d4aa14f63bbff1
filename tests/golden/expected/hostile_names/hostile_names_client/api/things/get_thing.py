"""Synchronous ``GET /things/{id}``"""

import datetime
from collections.abc import Iterable, Iterator

from ..._client import Client
from ..._operations.things import get_thing as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, iter_batch, run_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.response_model import ResponseModel
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
    id: str,
    headers_query: str | Unset = UNSET,
    cookies_query: int | Unset = UNSET,
    body_query: str | Unset = UNSET,
    request_options_query: str | Unset = UNSET,
    client_query: str | Unset = UNSET,
    cast_query: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    json_since_: str | Unset = UNSET,
    params_header: str | Unset = UNSET,
    session: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ResponseModel]:
    """``GET /things/{id}``

    ``GET /things/{id}``; authenticated.

    Args:
        id (str):
        headers_query (str | Unset):
        cookies_query (int | Unset):
        body_query (str | Unset):
        request_options_query (str | Unset):
        client_query (str | Unset):
        cast_query (str | Unset):
        since (datetime.datetime | Unset):
        json_since_ (str | Unset):
        params_header (str | Unset):
        session (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ResponseModel]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        id=id,
        headers_query=headers_query,
        cookies_query=cookies_query,
        body_query=body_query,
        request_options_query=request_options_query,
        client_query=client_query,
        cast_query=cast_query,
        since=since,
        json_since_=json_since_,
        params_header=params_header,
        session=session,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    id: str,
    headers_query: str | Unset = UNSET,
    cookies_query: int | Unset = UNSET,
    body_query: str | Unset = UNSET,
    request_options_query: str | Unset = UNSET,
    client_query: str | Unset = UNSET,
    cast_query: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    json_since_: str | Unset = UNSET,
    params_header: str | Unset = UNSET,
    session: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ResponseModel:
    """``GET /things/{id}``

    ``GET /things/{id}``; authenticated.

    Args:
        id (str):
        headers_query (str | Unset):
        cookies_query (int | Unset):
        body_query (str | Unset):
        request_options_query (str | Unset):
        client_query (str | Unset):
        cast_query (str | Unset):
        since (datetime.datetime | Unset):
        json_since_ (str | Unset):
        params_header (str | Unset):
        session (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ResponseModel
    """

    response = call_detailed(
        client,
        id=id,
        headers_query=headers_query,
        cookies_query=cookies_query,
        body_query=body_query,
        request_options_query=request_options_query,
        client_query=client_query,
        cast_query=cast_query,
        since=since,
        json_since_=json_since_,
        params_header=params_header,
        session=session,
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
) -> BatchResult[ResponseModel]:
    """Call ``get_thing`` once per ``Args``, at most ``max_concurrency`` at a time (threads sharing the
    client's connection pool).

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    def one(item: Args) -> ResponseModel:
        return call(
            client,
            id=item.id,
            headers_query=item.headers_query,
            cookies_query=item.cookies_query,
            body_query=item.body_query,
            request_options_query=item.request_options_query,
            client_query=item.client_query,
            cast_query=item.cast_query,
            since=item.since,
            json_since_=item.json_since_,
            params_header=item.params_header,
            session=item.session,
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
) -> Iterator[Ok[ResponseModel] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    def one(item: Args) -> ResponseModel:
        return call(
            client,
            id=item.id,
            headers_query=item.headers_query,
            cookies_query=item.cookies_query,
            body_query=item.body_query,
            request_options_query=item.request_options_query,
            client_query=item.client_query,
            cast_query=item.cast_query,
            since=item.since,
            json_since_=item.json_since_,
            params_header=item.params_header,
            session=item.session,
            request_options=request_options,
        )

    yield from iter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast)
