"""Server-Sent Events (``text/event-stream``): a WHATWG decoder, typed events, and resumable streams.

The pure parts are shared: :class:`SSEDecoder` turns text into events (any of ``\\r\\n``, ``\\r`` and ``\\n`` end a
line, never U+2028 or U+0085, which JSON text may hold raw), and ``_Resume`` decides whether a dropped stream is
reopened. :class:`EventStream` and :class:`AsyncEventStream` are the two thin drivers: context managers that
iterate typed :class:`ServerSentEvent` objects and close the connection when left, early or not.

Choices, where the WHATWG rules leave them to the client or do not fit an API client:

- as WHATWG says, a block without ``data`` lines is not an event (``event: ping`` alone is a keep-alive): it is not
  handed out, but its ``id:`` and ``retry:`` still update the stream's state;
- an event whose data is ``[DONE]`` ends the stream cleanly (the sentinel of most LLM APIs);
- an ``event: error`` raises :class:`StreamEventError`, carrying the decoded data and the server's message;
- the stream ends when the server closes it normally; a dropped connection (reset, truncated body, read timeout) of
  a GET is reopened with ``Last-Event-ID``, after the server's ``retry:`` delay, up to ``max_resumes`` times. A
  stream that handed out events without ids, or whose request is not a GET, is not resumed: the events it would
  repeat or the request it would send again could not be told apart, so it raises ``APIConnectionError``.
"""

from __future__ import annotations

import asyncio
import codecs
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from .decoding import loads_text
from .errors import APIConnectionError, ResponseDecodingError, StreamEventError

__all__ = [
    "DONE",
    "AsyncEventStream",
    "EventStream",
    "RawEvent",
    "SSEDecoder",
    "ServerSentEvent",
    "StreamEventError",
    "json_data",
]

T = TypeVar("T")

#: The data of the event that ends a stream cleanly.
DONE = "[DONE]"
#: The delay before reopening a dropped stream when the server sent no ``retry:`` (seconds).
DEFAULT_RETRY = 1.0
#: The longest ``retry:`` delay honoured (seconds): a server cannot park a client for hours.
MAX_RETRY = 60.0


@dataclass(frozen=True, slots=True)
class RawEvent:
    """One event as sent (its ``data`` lines joined with ``\\n``)."""

    event: str
    data: str
    id: str | None
    retry: int | None
    own_id: bool = False  # the event's own block set ``id`` (else ``id`` is the last one seen before it)


@dataclass(slots=True)
class ServerSentEvent(Generic[T]):
    """One event of a stream.

    ``event`` is the event name (``"message"`` when the server named none), ``data`` the decoded data, ``id`` the
    last event id seen so far (what a resume sends as ``Last-Event-ID``), ``retry`` the reconnection delay in
    milliseconds when this event set one, and ``raw_data`` the data exactly as sent.

    Not frozen: one is built per event, and a frozen dataclass's ``__init__`` (an ``object.__setattr__`` call per
    field) cost 0.4 us per event, a tenth of the whole time of httpx-sse with ``json.loads`` (``bench/sse.py``).
    """

    event: str
    data: T
    id: str | None
    retry: int | None
    raw_data: str


class SSEDecoder:
    """Turns the text of an event stream into :class:`RawEvent` objects, one ``feed`` at a time.

    The last event id and the retry delay persist across events, as the WHATWG rules say; a new decoder for a
    resumed stream starts from the old one's ``last_event_id``.
    """

    __slots__ = (
        "_buffer", "_data", "_event", "_id", "_own_id", "_retry", "_skip_lf", "_started", "last_event_id", "retry",
    )  # fmt: skip

    def __init__(self, last_event_id: str | None = None) -> None:
        self._buffer = ""
        self._skip_lf = False  # the previous chunk ended in "\r": a "\n" starting the next one ends nothing
        self._started = False  # a BOM is stripped from the start of the stream only
        self._data: list[str] = []
        self._event: str | None = None
        self._retry: int | None = None
        self._own_id = False
        self._id = last_event_id  # WHATWG's "last event ID buffer": set by an id line, even of an unfinished event
        #: the id of the last event dispatched: what a resume sends as Last-Event-ID
        self.last_event_id = last_event_id
        self.retry: int | None = None

    def feed(self, text: str) -> list[RawEvent]:
        """Decode ``text`` (any part of the stream) and return the events it completed."""
        return [RawEvent(*fields) for fields in self.parse(text)]

    def parse(self, text: str) -> list[tuple[str, str, str | None, int | None, bool]]:
        """:meth:`feed` as plain tuples ``(event, data, id, retry, own_id)``: the drivers' path, one object less
        per event. Every line of ``text`` is split off at once (the buffer is one ``str.split`` per chunk)."""
        if not self._started and text:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._skip_lf and text:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        buffer = self._buffer + text if self._buffer else text
        if "\r" in buffer:
            self._skip_lf = buffer.endswith("\r")
            buffer = buffer.replace("\r\n", "\n").replace("\r", "\n")
        lines = buffer.split("\n")
        self._buffer = lines.pop()
        if not lines:
            return []
        events: list[tuple[str, str, str | None, int | None, bool]] = []
        # The state lives in locals for the loop, stored back once at the end.
        data, event, id_, own_id, retry = self._data, self._event, self._id, self._own_id, self._retry
        last_event_id = self.last_event_id
        for line in lines:
            if line.startswith("data: "):  # the common line first: one C call instead of the partition below
                data.append(line[6:])
                continue
            if not line:  # the end of a block: dispatch
                last_event_id = id_
                if data:
                    events.append((event or "message", "\n".join(data), id_, retry, own_id))
                    data = []
                event, retry, own_id = None, None, False
                continue
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif not name:  # a comment
                pass
            elif name == "event":
                event = value
            elif name == "id":
                if "\0" not in value:
                    id_, own_id = value, True
            elif name == "retry":
                if value.isascii() and value.isdigit():
                    self.retry = retry = int(value)
            # any other field is ignored
        self._data, self._event, self._id, self._own_id, self._retry = data, event, id_, own_id, retry
        self.last_event_id = last_event_id
        return events

    def finish(self) -> list[RawEvent]:
        """The end of the stream: an event not ended by a blank line is incomplete and dropped, per WHATWG."""
        self._buffer, self._data, self._event, self._retry, self._own_id = "", [], None, None, False
        return []


def json_data(data: str) -> Any:
    """The default decoder of an event's data text: JSON when it is JSON, else the text itself.

    JSON is read as response bodies are (:mod:`.decoding`: ``orjson`` when installed, with the same results).
    """
    try:
        return loads_text(data)
    except ValueError:
        return data


def _error_event(raw: RawEvent) -> StreamEventError:
    """The error an ``event: error`` raises, carrying its decoded data and the server's message."""
    return StreamEventError.from_data(raw, json_data(raw.data))


class _Resume:
    """Whether and when a dropped stream is reopened; shared by both drivers."""

    def __init__(self, resumable: bool, max_resumes: int) -> None:
        self.resumable = resumable
        self.max_resumes = max_resumes
        self.resumes = 0
        self.decoder = SSEDecoder()
        self.text = codecs.getincrementaldecoder("utf-8")("replace")  # SSE is UTF-8 whatever the headers say
        self.handed_out = False  # an event without an id of its own was handed out: a resume could repeat it
        self.done = False  # the [DONE] sentinel arrived: the stream ended cleanly

    def headers(self) -> dict[str, str]:
        last = self.decoder.last_event_id
        return {"Last-Event-ID": last} if last else {}

    def restart(self) -> None:
        old = self.decoder
        self.decoder = SSEDecoder(old.last_event_id)
        self.decoder.retry = old.retry
        self.text.reset()

    def take(
        self, chunk: bytes, decode: Callable[[str, str], T], response: httpx.Response
    ) -> Iterator[ServerSentEvent[T]]:
        """The events ``chunk`` completes, decoded one at a time as they are taken; sets ``done`` at ``[DONE]``.

        ``decode(event, data)`` turns an event's name and data text into its typed data. The loop is the one place
        every event passes through, so it is written out here (no call per event besides ``decode``).
        """
        for event, data, id_, retry, own_id in self.decoder.parse(self.text.decode(chunk)):
            if data == DONE:
                self.done = True
                return
            if event == "error":
                raise _error_event(RawEvent(event, data, id_, retry, own_id))
            try:
                value = decode(event, data)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
                raise ResponseDecodingError(
                    f"event {event!r} (id {id_!r}) does not decode ({type(exc).__name__}: {exc})", response=response
                ) from exc
            self.handed_out = not own_id
            yield ServerSentEvent(event, value, id_, retry, data)

    def delay_after(self, exc: BaseException, request: str) -> float:
        """The delay before reopening after ``exc``; raises ``APIConnectionError`` when the stream cannot resume."""
        if not self.resumable:
            why = "a stream of a request other than GET is not reopened"
        elif self.resumes >= self.max_resumes:
            why = f"gave up after {self.resumes} resumes"
        elif self.handed_out:
            why = "an event without an id was handed out, so a resume could repeat it"
        else:
            self.resumes += 1
            retry = self.decoder.retry
            return min(retry / 1000, MAX_RETRY) if retry is not None else DEFAULT_RETRY
        raise APIConnectionError(f"event stream dropped ({request}): {why}: {exc}") from exc


_DROPS = (httpx.TransportError, APIConnectionError)


class EventStream(Generic[T]):
    """The events of one ``text/event-stream`` response: ``with op.stream(...) as events: for event in events``.

    Leaving the ``with`` block (or calling :meth:`close`) closes the connection, also when the loop stopped early.
    """

    def __init__(
        self,
        open_stream: Callable[[Mapping[str, str]], AbstractContextManager[httpx.Response]],
        decode: Callable[[str, str], T],
        *,
        resumable: bool,
        max_resumes: int,
        description: str = "",
    ) -> None:
        self._open = open_stream
        self._decode = decode
        self._resume = _Resume(resumable, max_resumes)
        self._description = description
        self._iterator = self._events()

    def _events(self) -> Generator[ServerSentEvent[T]]:
        state = self._resume
        while True:
            try:
                with self._open(state.headers()) as response:
                    for chunk in response.iter_bytes():
                        yield from state.take(chunk, self._decode, response)
                        if state.done:
                            return
                    return  # the server ended the stream (an unfinished last event is dropped, as WHATWG says)
            except _DROPS as exc:
                delay = state.delay_after(exc, self._description)
            state.restart()
            time.sleep(delay)

    @property
    def resumes(self) -> int:
        """How many times a dropped connection was reopened so far."""
        return self._resume.resumes

    def __iter__(self) -> Iterator[ServerSentEvent[T]]:
        return self._iterator

    def __next__(self) -> ServerSentEvent[T]:
        return next(self._iterator)

    def close(self) -> None:
        """Stop the stream and release its connection."""
        self._iterator.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncEventStream(Generic[T]):
    """The async twin of :class:`EventStream`: ``async with op.stream(...) as events: async for event in events``."""

    def __init__(
        self,
        open_stream: Callable[[Mapping[str, str]], AbstractAsyncContextManager[httpx.Response]],
        decode: Callable[[str, str], T],
        *,
        resumable: bool,
        max_resumes: int,
        description: str = "",
    ) -> None:
        self._open = open_stream
        self._decode = decode
        self._resume = _Resume(resumable, max_resumes)
        self._description = description
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[ServerSentEvent[T]]:
        state = self._resume
        while True:
            try:
                async with self._open(state.headers()) as response:
                    async for chunk in response.aiter_bytes():
                        for event in state.take(chunk, self._decode, response):
                            yield event
                        if state.done:
                            return
                    return  # the server ended the stream (an unfinished last event is dropped, as WHATWG says)
            except _DROPS as exc:
                delay = state.delay_after(exc, self._description)
            state.restart()
            await asyncio.sleep(delay)

    @property
    def resumes(self) -> int:
        """How many times a dropped connection was reopened so far."""
        return self._resume.resumes

    def __aiter__(self) -> AsyncIterator[ServerSentEvent[T]]:
        return self._iterator

    async def __anext__(self) -> ServerSentEvent[T]:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        """Stop the stream and release its connection."""
        await self._iterator.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
