"""Asynchronous ``PUT /things/{id}``"""

from collections.abc import AsyncIterator, Iterable
from typing import Any

from ..._client import AsyncClient
from ..._operations.things import put_thing as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.client_model import ClientModel
from ...types import UNSET, Unset

__all__ = [
    "Args",
    "batch",
    "batch_iter",
    "call",
    "call_detailed",
]

Args = _operation.Args


async def call_detailed(
    client: AsyncClient,
    *,
    id: str,
    body: ClientModel | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    files_: str | Unset = UNSET,
    src_dict_: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ClientModel]:
    """``PUT /things/{id}``

    ``PUT /things/{id}``; authenticated.

    Args:
        id (str):
        body (ClientModel):
        name (str):
        files_ (str):
        src_dict_ (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ClientModel]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        id=id,
        body=body,
        name=name,
        files_=files_,
        src_dict_=src_dict_,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    id: str,
    body: ClientModel | dict[str, Any] | Unset = UNSET,
    name: str | Unset = UNSET,
    files_: str | Unset = UNSET,
    src_dict_: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ClientModel:
    """``PUT /things/{id}``

    ``PUT /things/{id}``; authenticated.

    Args:
        id (str):
        body (ClientModel):
        name (str):
        files_ (str):
        src_dict_ (str):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ClientModel
    """

    response = await call_detailed(
        client,
        id=id,
        body=body,
        name=name,
        files_=files_,
        src_dict_=src_dict_,
        request_options=request_options,
    )
    return response.parsed


async def batch(
    client: AsyncClient,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    request_options: RequestOptions | None = None,
) -> BatchResult[ClientModel]:
    """Call ``put_thing`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> ClientModel:
        return await call(
            client,
            id=item.id,
            body=item.body,
            request_options=request_options,
        )

    return await arun_batch(
        one, args, max_concurrency=max_concurrency, fail_fast=fail_fast, on_progress=on_progress, progress=progress
    )


async def batch_iter(
    client: AsyncClient,
    args: Iterable[Args],
    *,
    max_concurrency: int = 32,
    fail_fast: bool = False,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[Ok[ClientModel] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> ClientModel:
        return await call(
            client,
            id=item.id,
            body=item.body,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
