"""Asynchronous resource for the ``widgets`` operations: ``client.widgets.<operation>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime.unset import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable

    from ..._client import AsyncClient
    from ..._runtime.batch import BatchResult, ProgressCallback
    from ..._runtime.options import RequestOptions
    from ...models.color import Color
    from ...models.widget import Widget
    from ...models.widget_input import WidgetInput
    from ...types import Unset

__all__ = ["AsyncWidgetsResource"]


class AsyncWidgetsResource:
    """The ``widgets`` operations, bound to one AsyncClient."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_widget(
        self,
        *,
        widget_id: int,
        fields: list[str] | Unset = UNSET,
        color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
        since: datetime.date | Unset = UNSET,
        x_trace: str | Unset = UNSET,
        prefs: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Get a widget

        ``GET /widgets/{widget_id}``; authenticated.

        Args:
            widget_id (int):
            fields (list[str] | Unset):
            color (Color | Unset):
            since (datetime.date | Unset):
            x_trace (str | Unset):
            prefs (str | Unset):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Widget
        """

        from . import get_widget as _get_widget

        return await _get_widget.call(
            self._client,
            widget_id=widget_id,
            fields=fields,
            color=color,
            since=since,
            x_trace=x_trace,
            prefs=prefs,
            request_options=request_options,
        )

    async def get_widget_many(
        self,
        *,
        widget_id: Iterable[int],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[Widget]:
        """``get_widget`` once per ``widget_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import get_widget as _get_widget

        return await _get_widget.batch(
            self._client,
            (_get_widget.Args(widget_id=value) for value in widget_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    async def replace_widget(
        self,
        *,
        widget_id: int,
        body: WidgetInput | dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        color: Color | Literal["red", "green", "blue"] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """``PUT /widgets/{widget_id}``

        ``PUT /widgets/{widget_id}``; authenticated.

        Args:
            widget_id (int):
            body (WidgetInput):
            name (str): Required unless body is given.
            color (Color or a Color value):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Widget
        """

        from . import replace_widget as _replace_widget

        return await _replace_widget.call(
            self._client,
            widget_id=widget_id,
            body=body,
            name=name,
            color=color,
            request_options=request_options,
        )

    async def delete_widget(
        self,
        *,
        widget_id: int,
        request_options: RequestOptions | None = None,
    ) -> None:
        """``DELETE /widgets/{widget_id}``

        ``DELETE /widgets/{widget_id}``; authenticated.

        Args:
            widget_id (int):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            None
        """

        from . import delete_widget as _delete_widget

        return await _delete_widget.call(
            self._client,
            widget_id=widget_id,
            request_options=request_options,
        )

    async def delete_widget_many(
        self,
        *,
        widget_id: Iterable[int],
        max_concurrency: int = 32,
        fail_fast: bool = False,
        on_progress: ProgressCallback | None = None,
        request_options: RequestOptions | None = None,
    ) -> BatchResult[None]:
        """``delete_widget`` once per ``widget_id``, concurrently; outcomes in input order (see ``batch``)."""
        from . import delete_widget as _delete_widget

        return await _delete_widget.batch(
            self._client,
            (_delete_widget.Args(widget_id=value) for value in widget_id),
            max_concurrency=max_concurrency,
            fail_fast=fail_fast,
            on_progress=on_progress,
            request_options=request_options,
        )

    async def create_widget_form(
        self,
        *,
        body: WidgetInput | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """``POST /widgets``

        ``POST /widgets``; authenticated.

        Args:
            body (WidgetInput | Unset):
            request_options: Per-call overrides (timeout, retries, headers, idempotency key).

        Raises:
            features_client.errors.APIStatusError: The server answered with an error status (a subclass per status,
                e.g. NotFoundError), carrying the status, headers, problem details and raw response.
            features_client.errors.ResponseDecodingError: The response body does not match the spec.
            features_client.errors.APIConnectionError: The request could not be sent or timed out.

        Returns:
            Widget
        """

        from . import create_widget_form as _create_widget_form

        return await _create_widget_form.call(
            self._client,
            body=body,
            request_options=request_options,
        )
