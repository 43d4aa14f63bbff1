"""Synchronous resource for the ``import_builtins_setattr_pwned_1`` operations: ``client.import_builtins_setattr_pwned_1.<operation>(...)``."""

from typing import TYPE_CHECKING

from ..._runtime.options import RequestOptions
from ...models.class_body import ClassBody
from ...types import UNSET, Unset
from . import class_ as _class_

if TYPE_CHECKING:
    from ..._client import Client

__all__ = ["ImportBuiltinsSetattrPwned1Resource"]


class ImportBuiltinsSetattrPwned1Resource:
    """The ``import_builtins_setattr_pwned_1`` operations, bound to one Client."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def class_(
        self,
        *,
        body: ClassBody | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """
        line separator
         and NUL-free text

        ``POST /items2``; authenticated.

        Args:
            body (ClassBody | Unset):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
            hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            None
        """

        return _class_.call(
            self._client,
            body=body,
            request_options=request_options,
        )
