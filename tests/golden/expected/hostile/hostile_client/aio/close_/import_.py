"""Asynchronous ``GET /items/{class_}/"quoted"``: Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}"""

from collections.abc import AsyncIterator, Iterable

from ..._client import AsyncClient
from ..._operations.close_ import import_ as _operation
from ..._runtime.batch import BatchResult, Err, Ok, ProgressCallback, aiter_batch, arun_batch
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.import_item import ImportItem
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
    class_: str,
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #",
    id: int | Unset = UNSET,
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET,
    x: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ImportItem]:
    """Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}

    Line one.\\
    \"\"\"
    __import__('builtins').__setattr__('PWNED', 1)
    \"\"\"
    Ends with a backslash \\

    ``GET /items/{class_}/"quoted"``; authenticated.

    Args:
        class_ (str):
        from_ (str | Unset):  Default: '\\\\"\\\\"\\\\";
            __import__(\\'builtins\\').__setattr__(\\'PWNED\\', 1) #'.
        id (int | Unset):
        x_import_builtins_setattr_pwned_1 (str | Unset):
        x (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[ImportItem]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        class_=class_,
        from_=from_,
        id=id,
        x_import_builtins_setattr_pwned_1=x_import_builtins_setattr_pwned_1,
        x=x,
    )
    return await client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


async def call(
    client: AsyncClient,
    *,
    class_: str,
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #",
    id: int | Unset = UNSET,
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET,
    x: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ImportItem:
    """Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}

    Line one.\\
    \"\"\"
    __import__('builtins').__setattr__('PWNED', 1)
    \"\"\"
    Ends with a backslash \\

    ``GET /items/{class_}/"quoted"``; authenticated.

    Args:
        class_ (str):
        from_ (str | Unset):  Default: '\\\\"\\\\"\\\\";
            __import__(\\'builtins\\').__setattr__(\\'PWNED\\', 1) #'.
        id (int | Unset):
        x_import_builtins_setattr_pwned_1 (str | Unset):
        x (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ImportItem
    """

    response = await call_detailed(
        client,
        class_=class_,
        from_=from_,
        id=id,
        x_import_builtins_setattr_pwned_1=x_import_builtins_setattr_pwned_1,
        x=x,
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
) -> BatchResult[ImportItem]:
    """Call ``import_`` once per ``Args``, at most ``max_concurrency`` at a time.

    Inputs are consumed lazily. Returns one ``Ok(value)`` or ``Err(exception)`` per input, in input order;
    ``.values()``, ``.errors()`` and ``.raise_for_errors()`` summarise them. ``fail_fast`` stops starting new calls
    after the first error. ``on_progress(done, total, failures)`` is called after each call; ``progress=True``
    shows a tqdm bar when tqdm is installed. Retries and the client's rate limiter apply to every call.
    """

    async def one(item: Args) -> ImportItem:
        return await call(
            client,
            class_=item.class_,
            from_=item.from_,
            id=item.id,
            x_import_builtins_setattr_pwned_1=item.x_import_builtins_setattr_pwned_1,
            x=item.x,
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
) -> AsyncIterator[Ok[ImportItem] | Err]:
    """Like ``batch``, but yield each outcome as soon as its call completes (``.index`` is its input position)."""

    async def one(item: Args) -> ImportItem:
        return await call(
            client,
            class_=item.class_,
            from_=item.from_,
            id=item.id,
            x_import_builtins_setattr_pwned_1=item.x_import_builtins_setattr_pwned_1,
            x=item.x,
            request_options=request_options,
        )

    async for outcome in aiter_batch(one, args, max_concurrency=max_concurrency, fail_fast=fail_fast):
        yield outcome
