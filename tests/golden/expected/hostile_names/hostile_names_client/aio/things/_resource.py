"""Asynchronous resource for the ``things`` operations: ``client.things.<operation>(...)``."""

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..._runtime.batch import BatchResult, ProgressCallback
from ..._runtime.options import RequestOptions
from ...models.client_model import ClientModel
from ...models.response_model import ResponseModel
from ...types import UNSET, Unset
from . import get_thing as _get_thing
from . import put_thing as _put_thing

if TYPE_CHECKING:
    from ..._client import AsyncClient

__all__ = ["AsyncThingsResource"]


class AsyncThingsResource:
    """The ``things`` operations, bound to one AsyncClient."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def get_thing(
        self,
        *,
        id: str,
        headers_: str | Unset = UNSET,
        cookies_: int | Unset = UNSET,
        body_: str | Unset = UNSET,
        request_options_: str | Unset = UNSET,
        client_query: str | Unset = UNSET,
        cast_: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        json_since_: str | Unset = UNSET,
        params_: str | Unset = UNSET,
        session: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """``GET /things/{id}``

        ``GET /things/{id}``.

        Args:
            id (str):
            headers_ (str | Unset):
            cookies_ (int | Unset):
            body_ (str | Unset):
            request_options_ (str | Unset):
            client_query (str | Unset):
            cast_ (str | Unset):
            since (datetime.datetime | Unset):
            json_since_ (str | Unset):
            params_ (str | Unset):
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

        return await _get_thing.call(
            self._client,
            id=id,
            headers_=headers_,
            cookies_=cookies_,
            body_=body_,
            request_options_=request_options_,
            client_query=client_query,
            cast_=cast_,
            since=since,
            json_since_=json_since_,
            params_=params_,
            session=session,
            request_options=request_options,
        )

    async def get_thing_many(
        self,
        *,
        id: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[ResponseModel]:
        """``get_thing`` once per ``id``, concurrently; outcomes in input order (see ``batch``)."""
        return await _get_thing.batch(
            self._client,
            (_get_thing.Args(id=value) for value in id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    async def put_thing(
        self,
        *,
        id: str,
        body: ClientModel,
        request_options: RequestOptions | None = None,
    ) -> ClientModel:
        """``PUT /things/{id}``

        ``PUT /things/{id}``.

        Args:
            id (str):
            body (ClientModel):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            hostile_names_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            hostile_names_client.errors.ResponseDecodingError: The response body does not match the spec.
            hostile_names_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            ClientModel
        """

        return await _put_thing.call(
            self._client,
            id=id,
            body=body,
            request_options=request_options,
        )
