"""Synchronous ``GET /annotations``: List annotations"""

import datetime

from ..._client import Client
from ..._operations.annotations import list_annotations as _operation
from ..._runtime.options import RequestOptions
from ..._runtime.response import Response
from ...models.annotation_list import AnnotationList
from ...types import UNSET, Unset

__all__ = ["call", "call_detailed"]


def call_detailed(
    client: Client,
    *,
    dataset: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> Response[AnnotationList]:
    """List annotations

    Lists annotations, most recent first, optionally restricted to one dataset and to a time range.
    Paginated by `offset` and `limit`; the body gives the `total` number of matching annotations.

    ``GET /annotations``; authenticated.

    Args:
        dataset (str | Unset): A dataset name: lower-case letters, digits, `_` and `-`, starting
            with a letter or digit, at most 63 characters.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        Response[AnnotationList]: the parsed value with the status, headers, raw response and
        the number of retries taken.
    """

    request = _operation.build_request(
        dataset=dataset,
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    return client._execute(request, _operation.OPERATION, _operation.parse_response, request_options)


def call(
    client: Client,
    *,
    dataset: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    request_options: RequestOptions | None = None,
) -> AnnotationList:
    """List annotations

    Lists annotations, most recent first, optionally restricted to one dataset and to a time range.
    Paginated by `offset` and `limit`; the body gives the `total` number of matching annotations.

    ``GET /annotations``; authenticated.

    Args:
        dataset (str | Unset): A dataset name: lower-case letters, digits, `_` and `-`, starting
            with a letter or digit, at most 63 characters.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        request_options: Per-call overrides (timeout, retries, headers, idempotency key).

    Raises:
        logbook_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
            e.g. NotFoundError), carrying the status, headers, problem details and raw response.
        logbook_client.errors.ResponseDecodingError: The response body does not match the spec.
        logbook_client.errors.APIConnectionError: The request could not be sent or timed out.

    Returns:
        AnnotationList
    """

    response = call_detailed(
        client,
        dataset=dataset,
        since=since,
        until=until,
        offset=offset,
        limit=limit,
        request_options=request_options,
    )
    return response.parsed
