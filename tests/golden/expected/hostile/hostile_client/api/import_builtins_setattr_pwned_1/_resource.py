"""Synchronous resource for the ``import_builtins_setattr_pwned_1`` operations: ``client.import_builtins_setattr_pwned_1.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    from ..._client import Client
    from ..._runtime.options import RequestOptions
    from ...models.class_body import ClassBody
    from ...types import Unset

__all__ = ["ImportBuiltinsSetattrPwned1Resource"]


class ImportBuiltinsSetattrPwned1Resource:
    """The ``import_builtins_setattr_pwned_1`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def class_(
        self,
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

        from . import class_ as _class_

        return _class_.call(
            self._client,
            body=body,
            def_=def_,
            request_options=request_options,
        )
