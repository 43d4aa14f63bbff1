"""Asynchronous ``POST /items2``: line separator and NUL-free text"""

from collections.abc import AsyncIterator, Iterable
from typing import Any

from ..._client import AsyncClient
from ..._operations.import_builtins_setattr_pwned_1 import class_ as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.class_body import ClassBody
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
    body: ClassBody | dict[str, Any] | Unset = UNSET,
    def_: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[None]:
    """
    line separator
     and NUL-free text

    ``POST /items2``; authenticated.

    Args:
        body (ClassBody | Unset):
        def_ (str): \"\"\"\\
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[None]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        body=body,
        def_=def_,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    body: ClassBody | dict[str, Any] | Unset = UNSET,
    def_: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> None:
    """
    line separator
     and NUL-free text

    ``POST /items2``; authenticated.

    Args:
        body (ClassBody | Unset):
        def_ (str): \"\"\"\\
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        None
    """

    response = await call_detailed(
        client,
        body=body,
        def_=def_,
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
) -> BatchResult[None]:
    """Call ``class_`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> None:
        return await call(
            client,
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
) -> AsyncIterator[Ok[None] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> None:
        return await call(
            client,
            body=item.body,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
