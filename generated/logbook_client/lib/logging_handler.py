"""Ship Python log records to a Logbook dataset.

``LogbookHandler`` batches records on a background thread and sends them with the sync ``Client``;
``AsyncLogbookHandler`` sends them from an ``asyncio`` task with the ``AsyncClient`` and never blocks the event
loop (``emit()`` only enqueues). Both flush when ``batch_size`` records are waiting or every ``flush_interval``
seconds, flush on ``close()``/``aclose()``, go through the client's retries, and keep at most ``max_queue``
records: past that, new records are dropped and counted in ``dropped``. A clean shutdown loses no record.

Records from the client's own logger are never shipped (that would log the shipping of logs, forever). A failed
send, dropped records and records left unsent at close are reported as warnings on that logger, once per streak
of failures; the client's logger redacts them, so they never show the client's token or URL credentials.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import threading
import time
from collections import deque
from typing import Any

from .._client import AsyncClient, Client
from .._runtime.logs import logger as _client_logger
from ..aio.ingest import ingest_events as aingest_events
from ..api.ingest import ingest_events
from ..models.event import Event

__all__ = ["AsyncLogbookHandler", "LogbookHandler", "record_to_event"]

_OWN_LOGGER = __name__.split(".")[0]
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def record_to_event(record: logging.LogRecord, message: str) -> Event:
    """One log record as a Logbook event: time, level, logger, message, location and any ``extra=`` fields."""
    data: dict[str, Any] = {
        "_time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
        "level": record.levelname,
        "logger": record.name,
        "message": message,
        "module": record.module,
        "line": record.lineno,
    }
    if record.exc_info and record.exc_info[0] is not None:
        data["exception"] = logging.Formatter().formatException(record.exc_info)
    for key, value in vars(record).items():
        if key not in _STANDARD and not key.startswith("_"):
            data[key] = value if isinstance(value, str | int | float | bool) or value is None else repr(value)
    return Event.from_dict(data)


class _Buffer:
    """The bounded queue both handlers share: thread-safe appends, counted drops."""

    def __init__(self, max_queue: int) -> None:
        if max_queue < 1:
            raise ValueError(f"max_queue: expected a whole number >= 1, got {max_queue!r}")
        self.items: deque[Event] = deque()
        self.max_queue = max_queue
        self.dropped = 0
        self.lock = threading.Lock()

    def add(self, event: Event) -> int:
        with self.lock:
            if len(self.items) >= self.max_queue:
                self.dropped += 1
            else:
                self.items.append(event)
            return len(self.items)

    def take(self, count: int) -> list[Event]:
        with self.lock:
            return [self.items.popleft() for _ in range(min(count, len(self.items)))]

    def put_back(self, events: list[Event]) -> None:
        with self.lock:
            room = self.max_queue - len(self.items)
            self.items.extendleft(reversed(events[:room]))
            self.dropped += max(0, len(events) - room)

    def __len__(self) -> int:
        return len(self.items)


class _Reporter:
    """The warnings both handlers emit: the first failed send of a streak, and at close what was lost."""

    def __init__(self, handler: str, dataset: str, client: Client | AsyncClient) -> None:
        self.where = f"{handler} for dataset {dataset!r} at {client.base_url}"  # the logger redacts credentials
        self.failing = False

    def failed(self, exc: Exception, buffer: _Buffer) -> None:
        if self.failing:
            return
        self.failing = True
        _client_logger.warning(
            "%s: sending failed (%s: %s); %d records kept to try again, %d dropped so far",
            self.where,
            type(exc).__name__,
            exc,
            len(buffer),
            buffer.dropped,
        )

    def sent(self) -> None:
        self.failing = False

    def closed(self, buffer: _Buffer) -> None:
        if len(buffer) or buffer.dropped:
            _client_logger.warning(
                "%s: closed with %d records not sent and %d dropped", self.where, len(buffer), buffer.dropped
            )


class LogbookHandler(logging.Handler):
    """A ``logging.Handler`` that ships records to ``dataset`` from a background thread."""

    def __init__(
        self,
        client: Client,
        dataset: str,
        *,
        batch_size: int = 100,
        flush_interval: float = 1.0,
        max_queue: int = 10_000,
        level: int = logging.NOTSET,
    ) -> None:
        super().__init__(level)
        self.client, self.dataset = client, dataset
        self.batch_size, self.flush_interval = batch_size, flush_interval
        self._buffer = _Buffer(max_queue)
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._stopping = False
        self.sent = 0
        self.failures = 0
        self._report = _Reporter(type(self).__name__, dataset, client)
        self._thread = threading.Thread(target=self._run, name=f"logbook-handler-{dataset}", daemon=True)
        self._thread.start()

    @property
    def dropped(self) -> int:
        """Records dropped because the queue was full (the server was unreachable for long)."""
        return self._buffer.dropped

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(_OWN_LOGGER):
            return
        try:
            event = record_to_event(record, self.format(record))
        except Exception:  # noqa: BLE001 - logging must never raise into the caller
            self.handleError(record)
            return
        self._idle.clear()
        if self._buffer.add(event) >= self.batch_size:
            self._wake.set()

    def _send_some(self) -> bool:
        batch = self._buffer.take(self.batch_size)
        if not batch:
            return False
        try:
            ingest_events.call(self.client, dataset_name=self.dataset, body=batch)
        except Exception as exc:  # noqa: BLE001 - keep the records and try again on the next tick
            self.failures += 1
            self._buffer.put_back(batch)
            self._report.failed(exc, self._buffer)
            return False
        self.sent += len(batch)
        self._report.sent()
        return True

    def _run(self) -> None:
        while True:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            while self._send_some():
                pass
            if not len(self._buffer):
                self._idle.set()
            if self._stopping:
                return

    def flush(self, timeout: float = 10.0) -> None:
        """Send everything queued now; wait up to ``timeout`` seconds for it to go out."""
        if not len(self._buffer):
            return
        self._wake.set()
        deadline = time.monotonic() + timeout
        while len(self._buffer) and time.monotonic() < deadline:
            self._idle.wait(0.05)
            self._wake.set()

    def close(self) -> None:
        """Flush what is queued, stop the thread, and close the handler."""
        self.flush()
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=10.0)
        self._report.closed(self._buffer)
        super().close()


class AsyncLogbookHandler(logging.Handler):
    """A ``logging.Handler`` that ships records from an asyncio task; ``emit()`` only enqueues.

    Create it inside a running event loop (or call ``start()`` from one); call ``await handler.aclose()`` to flush
    and stop. ``emit()`` may be called from any thread.
    """

    def __init__(
        self,
        client: AsyncClient,
        dataset: str,
        *,
        batch_size: int = 100,
        flush_interval: float = 1.0,
        max_queue: int = 10_000,
        level: int = logging.NOTSET,
    ) -> None:
        super().__init__(level)
        self.client, self.dataset = client, dataset
        self.batch_size, self.flush_interval = batch_size, flush_interval
        self._buffer = _Buffer(max_queue)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.sent = 0
        self.failures = 0
        self._report = _Reporter(type(self).__name__, dataset, client)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self.start()

    @property
    def dropped(self) -> int:
        """Records dropped because the queue was full (the server was unreachable for long)."""
        return self._buffer.dropped

    def start(self) -> None:
        """Start the flushing task in the running event loop (done by the constructor when a loop runs)."""
        if self._task is None:
            self._loop = asyncio.get_running_loop()
            self._wake = asyncio.Event()
            self._task = self._loop.create_task(self._run(), name=f"logbook-handler-{self.dataset}")

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(_OWN_LOGGER):
            return
        try:
            event = record_to_event(record, self.format(record))
        except Exception:  # noqa: BLE001 - logging must never raise into the caller
            self.handleError(record)
            return
        if self._buffer.add(event) >= self.batch_size and self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def _send_some(self) -> bool:
        batch = self._buffer.take(self.batch_size)
        if not batch:
            return False
        try:
            await aingest_events.call(self.client, dataset_name=self.dataset, body=batch)
        except Exception as exc:  # noqa: BLE001 - keep the records and try again on the next tick
            self.failures += 1
            self._buffer.put_back(batch)
            self._report.failed(exc, self._buffer)
            return False
        self.sent += len(batch)
        self._report.sent()
        return True

    async def _run(self) -> None:
        assert self._wake is not None
        while not self._stopping:
            try:
                await asyncio.wait_for(self._wake.wait(), self.flush_interval)
            except TimeoutError:
                pass
            self._wake.clear()
            while await self._send_some():
                pass

    async def aflush(self, timeout: float = 10.0) -> None:
        """Send everything queued now; wait up to ``timeout`` seconds for it to go out."""
        deadline = time.monotonic() + timeout
        while len(self._buffer) and time.monotonic() < deadline:
            if not await self._send_some():
                await asyncio.sleep(0.05)

    async def aclose(self) -> None:
        """Flush what is queued, stop the task, and close the handler."""
        self._stopping = True
        if self._wake is not None:
            self._wake.set()
        if self._task is not None:
            await self._task
        await self.aflush()
        self._report.closed(self._buffer)
        self.close()
