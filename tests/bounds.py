"""Bounds for tests that loop against a fake server, so that a broken loop guard fails fast instead of hanging.

A paginator or a stream whose guard regressed loops forever (issue 22: one such test ran for ten minutes and reached
8 GB). Every test that iterates one against a fake server bounds what it consumes with these helpers: past the bound
it fails with an ``AssertionError`` naming what looped and the guards that should have stopped it, in well under a
second and long before the loop can use much memory. ``tests/functional/test_guard_mutation.py`` checks that.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import TypeVar

__all__ = ["Budget", "abounded", "bounded", "drain"]

T = TypeVar("T")


def _exceeded(what: str, limit: int, unit: str) -> AssertionError:
    return AssertionError(f"{what}: more than {limit} {unit}; a loop guard did not stop it")


class Budget:
    """A counter that fails past ``limit``: a fake server calls :meth:`spend` once per request (or per chunk)."""

    def __init__(self, limit: int, what: str, unit: str = "requests") -> None:
        self.limit, self.what, self.unit = limit, what, unit
        self.spent = 0

    def spend(self, amount: int = 1) -> None:
        self.spent += amount
        if self.spent > self.limit:
            raise _exceeded(self.what, self.limit, self.unit)


def bounded(iterable: Iterable[T], limit: int, what: str) -> Iterator[T]:
    """The items of ``iterable``; taking more than ``limit`` of them fails, naming ``what``.

    Items are pulled one at a time, so breaking out leaves the iterable exactly where a plain loop would.
    """
    for count, item in enumerate(iterable, start=1):
        if count > limit:
            raise _exceeded(what, limit, "items")
        yield item


async def abounded(iterable: AsyncIterable[T], limit: int, what: str) -> AsyncIterator[T]:
    """The async twin of :func:`bounded`."""
    count = 0
    async for item in iterable:
        count += 1
        if count > limit:
            raise _exceeded(what, limit, "items")
        yield item


async def drain(iterable: Iterable[T] | AsyncIterable[T], limit: int, what: str) -> list[T]:
    """Every item of a sync or async iterable, at most ``limit`` of them (more fails, naming ``what``)."""
    if isinstance(iterable, AsyncIterable):
        return [item async for item in abounded(iterable, limit, what)]
    return list(bounded(iterable, limit, what))
