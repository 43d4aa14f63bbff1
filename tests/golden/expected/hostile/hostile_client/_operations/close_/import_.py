"""Request building and response parsing for ``GET /items/{class_}/"quoted"``.

Shared by ``hostile_client.api.close_.import_`` and its async twin; it does no I/O.
"""

from typing import Any

import httpx
from attrs import define as _define

from ..._runtime.decoding import loads as _loads
from ..._runtime.errors import UnexpectedStatusError
from ..._runtime.operation import Operation
from ..._runtime.urls import path_segment as _path_segment
from ...models.import_item import ImportItem
from ...types import UNSET, Unset

OPERATION = Operation(
    name="import_",
    method="GET",
    path='/items/{class_}/"quoted"',
    security=("token",),
    accept="application/json",
)


@_define(frozen=True, kw_only=True)
class Args:
    """The arguments of one ``import_`` call, for batches: ``batch(client, [Args(...), ...])``."""

    class_: str
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #"
    id: int | Unset = UNSET
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET
    x: str | Unset = UNSET


def build_request(
    *,
    class_: str,
    from_: str | Unset = "\\\"\\\"\\\"; __import__('builtins').__setattr__('PWNED', 1) #",
    id: int | Unset = UNSET,
    x_import_builtins_setattr_pwned_1: str | Unset = UNSET,
    x: str | Unset = UNSET,
) -> dict[str, Any]:
    """Build the keyword arguments of ``httpx.Client.build_request`` for this operation."""
    headers: dict[str, Any] = {}
    if not isinstance(x, Unset):
        headers["x'|`$#~"] = x

    params: dict[str, Any] = {}

    params["from"] = from_

    params["id"] = id

    params["x\"); __import__('builtins').__setattr__('PWNED', 1); (\""] = x_import_builtins_setattr_pwned_1

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": f"/items/{_path_segment(class_)}/%22quoted%22",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ImportItem:
    """Turn a successful (2xx) response into its typed value.

    The runtime turns a ``KeyError``/``TypeError``/``ValueError`` raised here into ``ResponseDecodingError``.
    """
    if response.status_code == 200:
        response_200 = ImportItem.from_dict(_loads(response.content))

        return response_200

    raise UnexpectedStatusError.from_response(response)
