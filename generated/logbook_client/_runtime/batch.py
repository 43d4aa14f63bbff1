"""Many calls at once: bounded, lazily fed, results in input order (or as they complete).

A fixed pool of ``max_concurrency`` workers pulls inputs from one shared iterator, so an iterator of a million
arguments never becomes a million tasks or futures up front. Sync batches use threads sharing the client's
connection pool (``httpx.Client`` is thread-safe); async batches use tasks in the caller's event loop. Retries and
the client's rate limiter apply to every call, because every call goes through the client.

Every input gets an :class:`Ok` or an :class:`Err`; one failure never loses the others. With ``fail_fast=True``
workers stop taking new inputs after the first error: calls already running finish, and the inputs not yet
started are not called (``BatchResult.stopped_early`` is then true).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

__all__ = [
    "BatchResult",
    "Err",
    "Ok",
    "ProgressCallback",
    "aiter_batch",
    "arun_batch",
    "iter_batch",
    "run_batch",
]

T = TypeVar("T")
A = TypeVar("A")

#: ``on_progress(done, total, failures)``: ``total`` is ``None`` when the input has no length.
ProgressCallback = Callable[[int, int | None, int], None]


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    """A call that succeeded: ``value`` is what ``call`` returned for input number ``index``."""

    index: int
    value: T

    @property
    def ok(self) -> bool:
        """True: this call succeeded."""
        return True


@dataclass(frozen=True, slots=True)
class Err:
    """A call that failed: ``error`` is what ``call`` raised for input number ``index``."""

    index: int
    error: Exception

    @property
    def ok(self) -> bool:
        """False: this call failed."""
        return False


class BatchResult(Sequence["Ok[T] | Err"]):
    """The outcomes of a batch, one per input that was started, in input order."""

    def __init__(self, outcomes: list[Ok[T] | Err], *, stopped_early: bool = False) -> None:
        self._outcomes = outcomes
        self.stopped_early = stopped_early

    @overload
    def __getitem__(self, index: int) -> Ok[T] | Err: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Ok[T] | Err]: ...

    def __getitem__(self, index: int | slice) -> Ok[T] | Err | Sequence[Ok[T] | Err]:
        return self._outcomes[index]

    def __len__(self) -> int:
        return len(self._outcomes)

    def __repr__(self) -> str:
        return f"BatchResult({len(self)} calls, {len(self.errors())} failed)"

    def values(self) -> list[T]:
        """The values of the calls that succeeded, in input order."""
        return [outcome.value for outcome in self._outcomes if isinstance(outcome, Ok)]

    def errors(self) -> list[Err]:
        """The failed calls, in input order."""
        return [outcome for outcome in self._outcomes if isinstance(outcome, Err)]

    def raise_for_errors(self) -> None:
        """Raise an ``ExceptionGroup`` of every failure, if any call failed."""
        failures = self.errors()
        if failures:
            raise ExceptionGroup(
                f"{len(failures)} of {len(self)} calls failed", [failure.error for failure in failures]
            )


def _total(inputs: object) -> int | None:
    try:
        return len(inputs)  # type: ignore[arg-type]
    except TypeError:
        return None


def _check(max_concurrency: int) -> None:
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
        raise ValueError(f"max_concurrency: expected a whole number >= 1, got {max_concurrency!r}")


class _Progress:
    """Counts outcomes and reports them; optionally drives a tqdm or rich bar when one is installed."""

    def __init__(self, total: int | None, callback: ProgressCallback | None, bar: bool) -> None:
        self.total = total
        self.done = 0
        self.failures = 0
        self.callback = callback
        self.bar: Any = _make_bar(total) if bar else None

    def add(self, outcome: Ok[Any] | Err) -> None:
        self.done += 1
        if isinstance(outcome, Err):
            self.failures += 1
        if self.callback is not None:
            self.callback(self.done, self.total, self.failures)
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _make_bar(total: int | None) -> Any:
    try:
        from tqdm import tqdm  # type: ignore[import-not-found, import-untyped, unused-ignore]

        return tqdm(total=total, unit="call")
    except ImportError:
        return None


class _Window:
    """How far the workers of a batch may run ahead of its caller: the backpressure on a slow consumer.

    At most ``2 * max_concurrency`` inputs are taken and not yet handed to the caller (the calls running and as
    many finished ones waiting). When that is full the workers wait until the caller has taken half of it: one
    wake-up per half window, not per call. (A window of ``max_concurrency`` with a wake-up per call made sync
    batches of 200 us calls about three times slower per call; this one measures as fast as no bound.)
    Not thread-safe by itself: the sync driver holds a lock around it.
    """

    def __init__(self, max_concurrency: int) -> None:
        self.limit = 2 * max_concurrency
        self.ahead = 0

    def take(self) -> bool:
        """Count one more input taken by a worker; ``False`` (and nothing counted) when the window is full."""
        if self.ahead >= self.limit:
            return False
        self.ahead += 1
        return True

    def release(self) -> bool:
        """One input fewer ahead (the caller took its outcome, or there was none to take); ``True`` when waiting
        workers may go on."""
        self.ahead -= 1
        return self.ahead <= self.limit // 2


def _collect(outcomes: Iterable[Ok[T] | Err], stopped: Callable[[], bool]) -> BatchResult[T]:
    ordered = sorted(outcomes, key=lambda outcome: outcome.index)
    return BatchResult(ordered, stopped_early=stopped())


# --- sync ------------------------------------------------------------------------------------------------------


def iter_batch(
    function: Callable[[A], T],
    inputs: Iterable[A],
    *,
    max_concurrency: int = 16,
    fail_fast: bool = False,
) -> Iterator[Ok[T] | Err]:
    """Call ``function`` on every input from a pool of threads; yield each outcome as it completes.

    At most ``2 * max_concurrency`` inputs are taken ahead of the outcomes the caller has taken (see
    :class:`_Window`), so a slow consumer slows the calls down instead of piling results up. Closing the iterator early (``break``) or Ctrl-C stops the
    workers from taking new inputs.
    """
    _check(max_concurrency)
    if max_concurrency == 1:  # one call at a time: in the caller's thread, no hand-off per call (bench/ part 4b)
        for index, item in enumerate(inputs):
            try:
                result: Ok[T] | Err = Ok(index, function(item))
            except Exception as exc:  # noqa: BLE001 - every failure is reported per input
                result = Err(index, exc)
            yield result
            if fail_fast and isinstance(result, Err):
                return
        return
    source = enumerate(inputs)
    lock = threading.Lock()
    stop = threading.Event()
    results: queue.SimpleQueue[Ok[T] | Err | None] = queue.SimpleQueue()
    window = _Window(max_concurrency)
    window_lock = threading.Lock()  # not ``lock``: handing an outcome over never waits for a slow input iterator
    room = threading.Event()
    room.set()

    def worker() -> None:
        try:
            while not stop.is_set():
                with window_lock:
                    full = not window.take()
                    if full:
                        room.clear()
                if full:
                    room.wait()
                    continue
                with lock:
                    try:
                        index, item = next(source)
                    except StopIteration:
                        with window_lock:
                            if window.release():
                                room.set()
                        return
                try:
                    outcome: Ok[T] | Err = Ok(index, function(item))
                except Exception as exc:  # noqa: BLE001 - every failure is reported per input
                    outcome = Err(index, exc)
                    if fail_fast:
                        stop.set()
                results.put(outcome)
        except BaseException as exc:  # the input iterator itself failed: report it, don't hang
            stop.set()
            results.put(Err(-1, exc if isinstance(exc, Exception) else RuntimeError(repr(exc))))
        finally:
            results.put(None)

    workers = [threading.Thread(target=worker, daemon=True, name=f"batch-{n}") for n in range(max_concurrency)]
    for thread in workers:
        thread.start()
    running = len(workers)
    try:
        while running:
            outcome = results.get()
            if outcome is None:
                running -= 1
            elif outcome.index < 0 and isinstance(outcome, Err):
                raise outcome.error
            else:
                with window_lock:
                    if window.release():
                        room.set()
                yield outcome
    finally:
        stop.set()
        room.set()  # the workers waiting for room see ``stop`` and return


def run_batch(
    function: Callable[[A], T],
    inputs: Iterable[A],
    *,
    max_concurrency: int = 16,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
) -> BatchResult[T]:
    """Call ``function`` on every input, at most ``max_concurrency`` at a time; outcomes in input order."""
    tracker = _Progress(_total(inputs), on_progress, progress)
    outcomes: list[Ok[T] | Err] = []
    stopped = False
    try:
        for outcome in iter_batch(function, inputs, max_concurrency=max_concurrency, fail_fast=fail_fast):
            outcomes.append(outcome)
            tracker.add(outcome)
            stopped = stopped or (fail_fast and isinstance(outcome, Err))
    finally:
        tracker.close()
    return _collect(outcomes, lambda: stopped and (tracker.total is None or len(outcomes) < tracker.total))


# --- async -----------------------------------------------------------------------------------------------------


async def aiter_batch(
    function: Callable[[A], Awaitable[T]],
    inputs: Iterable[A] | AsyncIterable[A],
    *,
    max_concurrency: int = 64,
    fail_fast: bool = False,
) -> AsyncIterator[Ok[T] | Err]:
    """Await ``function`` on every input from a pool of tasks; yield each outcome as it completes.

    At most ``2 * max_concurrency`` inputs are taken ahead of the outcomes the caller has taken (see
    :class:`_Window`). Cancelling the caller, or closing the iterator early, cancels every call in flight.
    """
    _check(max_concurrency)
    if max_concurrency == 1:  # one call at a time: in the caller's task, no worker or queue (bench/ part 4b)
        index = 0
        items: AsyncIterator[A] | Iterator[A] = aiter(inputs) if isinstance(inputs, AsyncIterable) else iter(inputs)
        while True:
            if isinstance(items, Iterator):
                try:
                    item = next(items)
                except StopIteration:
                    return
            else:
                try:
                    item = await anext(items)
                except StopAsyncIteration:
                    return
            try:
                result: Ok[T] | Err = Ok(index, await function(item))
            except Exception as exc:  # noqa: BLE001 - every failure is reported per input
                result = Err(index, exc)
            yield result
            if fail_fast and isinstance(result, Err):
                return
            index += 1
    import asyncio  # here, not at the top: every operation imports this module, and sync programs need no asyncio

    stop = asyncio.Event()
    results: asyncio.Queue[Ok[T] | Err | None] = asyncio.Queue()
    source: Iterator[tuple[int, A]] | AsyncIterator[A]
    counter = 0
    if isinstance(inputs, AsyncIterable):
        source = aiter(inputs)
    else:
        source = enumerate(inputs)
    lock = asyncio.Lock()
    window = _Window(max_concurrency)
    room = asyncio.Event()
    room.set()

    async def next_input() -> tuple[int, A] | None:
        nonlocal counter
        if isinstance(source, Iterator):
            return next(source, None)
        async with lock:  # one puller at a time: an async iterator must not be advanced concurrently
            try:
                item = await anext(source)
            except StopAsyncIteration:
                return None
            counter += 1
            return counter - 1, item

    async def worker() -> None:
        try:
            while not stop.is_set():
                if not window.take():
                    room.clear()
                    await room.wait()
                    continue
                pulled = await next_input()
                if pulled is None:
                    if window.release():
                        room.set()
                    return
                index, item = pulled
                try:
                    outcome: Ok[T] | Err = Ok(index, await function(item))
                except Exception as exc:  # noqa: BLE001 - every failure is reported per input
                    outcome = Err(index, exc)
                    if fail_fast:
                        stop.set()
                results.put_nowait(outcome)
        except Exception as exc:  # the input iterator itself failed
            stop.set()
            results.put_nowait(Err(-1, exc))
        finally:
            results.put_nowait(None)

    tasks = [asyncio.ensure_future(worker()) for _ in range(max_concurrency)]
    running = len(tasks)
    try:
        while running:
            outcome = await results.get()
            if outcome is None:
                running -= 1
            elif outcome.index < 0 and isinstance(outcome, Err):
                raise outcome.error
            else:
                if window.release():
                    room.set()
                yield outcome
    finally:
        stop.set()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def arun_batch(
    function: Callable[[A], Awaitable[T]],
    inputs: Iterable[A] | AsyncIterable[A],
    *,
    max_concurrency: int = 64,
    fail_fast: bool = False,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
) -> BatchResult[T]:
    """Await ``function`` on every input, at most ``max_concurrency`` at a time; outcomes in input order."""
    tracker = _Progress(_total(inputs), on_progress, progress)
    outcomes: list[Ok[T] | Err] = []
    stopped = False
    try:
        iterator = aiter_batch(function, inputs, max_concurrency=max_concurrency, fail_fast=fail_fast)
        try:
            async for outcome in iterator:
                outcomes.append(outcome)
                tracker.add(outcome)
                stopped = stopped or (fail_fast and isinstance(outcome, Err))
        finally:
            await iterator.aclose()  # type: ignore[attr-defined]
    finally:
        tracker.close()
    return _collect(outcomes, lambda: stopped and (tracker.total is None or len(outcomes) < tracker.total))
