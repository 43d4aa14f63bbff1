"""Synchronous ``GET /items/{class_}/"quoted"``: Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}"""

from ..._client import Client
from ..._operations.close_ import import_ as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.import_item import ImportItem
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    class_: str,
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #",
    id: int | Unset = UNSET,
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ImportItem]:
    """Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}

    Line one.\\
    \"\"\"
    __import__('builtins').__setattr__('PWNED', 1)
    \"\"\"
    Ends with a backslash \\

    ``GET /items/{class_}/"quoted"``.

    Args:
        class_ (str):
        from_ (str | Unset):  Default: '\\\\"\\\\"\\\\";
            __import__(\\'builtins\\').__setattr__(\\'PWNED\\', 1) #'.
        id (int | Unset):
        x_import_builtins_setattr_pwned_1 (str | Unset):
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
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    class_: str,
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #",
    id: int | Unset = UNSET,
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ImportItem:
    """Summary with \"\"\" triple quotes and a backslash \\ and {{ jinja }} and ${shell}

    Line one.\\
    \"\"\"
    __import__('builtins').__setattr__('PWNED', 1)
    \"\"\"
    Ends with a backslash \\

    ``GET /items/{class_}/"quoted"``.

    Args:
        class_ (str):
        from_ (str | Unset):  Default: '\\\\"\\\\"\\\\";
            __import__(\\'builtins\\').__setattr__(\\'PWNED\\', 1) #'.
        id (int | Unset):
        x_import_builtins_setattr_pwned_1 (str | Unset):
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        hostile_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        hostile_client.errors.ResponseDecodingError: The response body does not match the spec.
        hostile_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        ImportItem
    """

    response = call_detailed(
        client,
        class_=class_,
        from_=from_,
        id=id,
        x_import_builtins_setattr_pwned_1=x_import_builtins_setattr_pwned_1,
        request_options=request_options,
    )
    return response.parsed
