"""The one table of sync <-> async name pairs.

Templates are rendered once per :class:`Mode`; every name that differs between the twins comes from this table,
and the parity test reads the same table to compare the two trees. Add a pair here, never in a template.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ASYNC", "MODES", "SYNC", "SYNC_TO_ASYNC", "Mode", "async_name"]

#: sync name -> async name. Class names take the ``Async`` prefix; async-only verbs take the ``a`` prefix.
SYNC_TO_ASYNC: dict[str, str] = {
    "api": "aio",  # the endpoint package of each twin: <package>/api/... and <package>/aio/...
    "Client": "AsyncClient",
    "SyncAPIClient": "AsyncAPIClient",
    "close": "aclose",
    "__enter__": "__aenter__",
    "__exit__": "__aexit__",
    "Paginator": "AsyncPaginator",
    "Resource": "AsyncResource",
    "run_batch": "arun_batch",
    "iter_batch": "aiter_batch",
    "Iterator": "AsyncIterator",
    "download": "adownload",
    "iter_ndjson": "aiter_ndjson",
    "EventStream": "AsyncEventStream",
    "ItemStream": "AsyncItemStream",  # a sequential request body (runtime/sequences.py): also async iterables
}


def async_name(sync_name: str) -> str:
    """The async twin's name for ``sync_name``: a table entry, or ``Async`` + a class name (``DatasetsResource``)."""
    if sync_name in SYNC_TO_ASYNC:
        return SYNC_TO_ASYNC[sync_name]
    if sync_name.endswith("Resource"):
        return "Async" + sync_name
    return sync_name


@dataclass(frozen=True)
class Mode:
    """What a template needs to know to render one twin."""

    is_async: bool

    def name(self, sync_name: str) -> str:
        """Translate a sync name through the table for this twin."""
        return async_name(sync_name) if self.is_async else sync_name

    @property
    def package(self) -> str:
        """The endpoint sub-package of this twin (``api`` or ``aio``)."""
        return self.name("api")

    @property
    def client(self) -> str:
        """The client class of this twin."""
        return self.name("Client")

    @property
    def def_(self) -> str:
        """The keyword that opens a function of this twin."""
        return "async def" if self.is_async else "def"

    @property
    def await_(self) -> str:
        """The prefix for a call that does I/O in this twin."""
        return "await " if self.is_async else ""

    @property
    def label(self) -> str:
        """A word for docstrings."""
        return "asynchronous" if self.is_async else "synchronous"


SYNC = Mode(is_async=False)
ASYNC = Mode(is_async=True)
MODES = (SYNC, ASYNC)
