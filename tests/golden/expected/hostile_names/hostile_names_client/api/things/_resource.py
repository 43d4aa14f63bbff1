"""Synchronous resource for the ``things`` operations: ``client.things.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable

    from ..._client import Client
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.client_model import ClientModel
    from ...models.response_model import ResponseModel
    from ...types import Unset

__all__ = ["ThingsResource"]


class ThingsResource:
    """The ``things`` operations, bound to one Client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_thing(
        self,
        *,
        id: str,
        headers_query: str | Unset = UNSET,
        cookies_query: int | Unset = UNSET,
        body_query: str | Unset = UNSET,
        request_options_query: str | Unset = UNSET,
        client_query: str | Unset = UNSET,
        cast_query: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        json_since_: str | Unset = UNSET,
        params_header: str | Unset = UNSET,
        session: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResponseModel:
        """``GET /things/{id}``

        ``GET /things/{id}``; authenticated.

        Args:
            id (str):
            headers_query (str | Unset):
            cookies_query (int | Unset):
            body_query (str | Unset):
            request_options_query (str | Unset):
            client_query (str | Unset):
            cast_query (str | Unset):
            since (datetime.datetime | Unset):
            json_since_ (str | Unset):
            params_header (str | Unset):
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

        from . import get_thing as _get_thing

        return _get_thing.call(
            self._client,
            id=id,
            headers_query=headers_query,
            cookies_query=cookies_query,
            body_query=body_query,
            request_options_query=request_options_query,
            client_query=client_query,
            cast_query=cast_query,
            since=since,
            json_since_=json_since_,
            params_header=params_header,
            session=session,
            request_options=request_options,
        )

    def get_thing_many(
        self,
        *,
        id: Iterable[str],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[ResponseModel]:
        """``get_thing`` once per ``id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_thing as _get_thing

        return _get_thing.batch(
            self._client,
            (_get_thing.Args(id=value) for value in id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    def put_thing(
        self,
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

        from . import put_thing as _put_thing

        return _put_thing.call(
            self._client,
            id=id,
            body=body,
            name=name,
            files_=files_,
            src_dict_=src_dict_,
            request_options=request_options,
        )
