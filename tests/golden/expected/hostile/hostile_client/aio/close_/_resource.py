"""Asynchronous resource for the ``close_`` operations: ``client.close_.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..._client import AsyncClient
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.import_item import ImportItem
    from ...types import Unset

__all__ = ["AsyncCloseResource"]


class AsyncCloseResource:
    """The ``close_`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def import_(
        self,
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

        from . import import_ as _import_

        return await _import_.call(
            self._client,
            class_=class_,
            from_=from_,
            id=id,
            x_import_builtins_setattr_pwned_1=x_import_builtins_setattr_pwned_1,
            x=x,
            request_options=request_options,
        )

    async def import__many(
        self,
        *,
        class_: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[ImportItem]:
        """``import_`` once per ``class_``, concurrently; outcomes in input order (see ``batch``)."""
        from . import import_ as _import_

        return await _import_.batch(
            self._client,
            (_import_.Args(class_=value) for value in class_),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )
