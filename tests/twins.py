"""Drive the sync and async twins of the generated package through one code path.

One parametrised suite exercises both twins, so the two cannot drift apart in what is tested (unlike httpx's own
sync and async suites, which were written twice). Tests are ``async def``; a sync call simply returns its value.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx

import logbook_client


@dataclass
class Twin:
    """One twin of the package: its client class, its endpoint package and how to close a client."""

    name: str
    client_cls: type[Any]
    package: str

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    def module(self, tag: str, operation: str) -> ModuleType:
        return importlib.import_module(f"logbook_client.{self.package}.{tag}.{operation}")

    def client(self, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
        """A client of this twin whose requests go to ``handler`` (one MockTransport serves both twins)."""
        transport = httpx.MockTransport(handler)
        http_cls = httpx.AsyncClient if self.is_async else httpx.Client
        kwargs.setdefault("base_url", "http://logbook.test")
        kwargs.setdefault("token", "secret-token")
        return self.client_cls(http_client=http_cls(transport=transport), **kwargs)

    async def call(self, tag: str, operation: str, client: Any, *, detailed: bool = False, **kwargs: Any) -> Any:
        function = getattr(self.module(tag, operation), "call_detailed" if detailed else "call")
        return await resolve(function(client, **kwargs))

    async def call_function(self, function: Callable[..., Any], client: Any, **kwargs: Any) -> Any:
        """Call any function of this twin's modules with a client, awaiting it in the async twin."""
        return await resolve(function(client, **kwargs))

    async def close(self, client: Any) -> None:
        await resolve(client.aclose() if self.is_async else client.close())


async def resolve(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async twin), else return it (sync twin)."""
    if inspect.isawaitable(value):
        return await value
    return value


#: A fixed timestamp for canned responses.
NOW = "2026-11-22T10:00:00+00:00"


def dataset_json(name: str = "web", *, event_count: int = 0, size_bytes: int = 0) -> dict[str, Any]:
    """The JSON of a ``Dataset`` as the Logbook API returns it, for canned responses."""
    return {
        "name": name,
        "description": None,
        "retention_days": 30,
        "created_at": NOW,
        "updated_at": NOW,
        "event_count": event_count,
        "size_bytes": size_bytes,
    }


TWINS = [
    Twin("sync", logbook_client.Client, "api"),
    Twin("async", logbook_client.AsyncClient, "aio"),
]
