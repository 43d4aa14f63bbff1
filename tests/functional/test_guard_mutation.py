"""The guard-mutation test (issue 22): disable one loop guard of the runtime, and its matching test must fail fast.

Issue 22 disabled the paginator's repeated-cursor guard by hand and found that the pagination tests did not fail:
they looped for ten minutes and reached 8 GB. Here every loop guard of ``templates/runtime/`` is disabled in turn,
the way that experiment did it: the guard's condition, found by its exact source text, is replaced (``if False:``)
in a copy of the function holding it, and a monkeypatch puts that copy in place for this test only. Then the matching
tests run, each twin and style, called directly; each must fail with an ``AssertionError`` naming the guard, within
``SECONDS`` and under ``PEAK_BYTES`` of traced memory (the bounds of ``tests/bounds.py`` stop the loop).

A guard whose source text changed fails here with "fix GUARDS": keep this table in step with the runtime. A new
loop guard (a new stream type, say) gets a row: the function, the condition's text, what disables it, and the test
whose bounded run names the guard in its failure message.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import textwrap
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import respx

from tests.functional import test_pagination as pagination_tests
from tests.functional import test_sse_guards as sse_tests
from tests.functional import test_streaming as streaming_tests
from tests.twins import TWINS

#: A disabled guard's test must fail within this (the bounded runs fail in milliseconds; issue 22 asked for < 30 s).
SECONDS = 10.0
#: ... and under this much traced memory (measured: at most 0.26 MB; issue 22's runaway test reached 8 GB).
PEAK_BYTES = 4 * 1024 * 1024

#: One run of a matching test: its id and a coroutine function that runs it.
Case = tuple[str, Callable[[], Awaitable[None]]]


@dataclass(frozen=True)
class Guard:
    """One loop guard: where it is, how to disable it, and the matching test runs that must then fail."""

    name: str  #: as the matching test's failure message names it
    module: str  #: the runtime module, ``<package>._runtime.<module>``
    function: str  #: the function holding the guard, ``Class.method`` or ``function``
    condition: str  #: the guard's exact source text
    disabled: str  #: what replaces it
    cases: Callable[[ModuleType, Path], list[Case]]  #: (paged package, tmp_path) -> the runs that must fail
    package: str = "paged_client"


def paginator_runs(test: Callable[..., Awaitable[None]], params: list[dict[str, Any]]) -> Callable[..., list[Case]]:
    """Runs of a test of test_pagination.py: both twins, each set of ``params``, each with its own respx router."""

    def cases(paged: ModuleType, tmp_path: Path) -> list[Case]:
        def case(twin: str, kwargs: dict[str, Any]) -> Case:
            async def run() -> None:
                with respx.mock(base_url=pagination_tests.BASE, assert_all_called=False) as router:
                    await test(paged=paged, twin=twin, mocked=router, **kwargs)

            return f"{test.__name__}[{twin}-{'-'.join(map(str, kwargs.values()))}]", run

        return [case(twin, kwargs) for twin in ("sync", "async") for kwargs in params]

    return cases


def twin_runs(test: Callable[..., Awaitable[None]], twin_name: str) -> Callable[..., list[Case]]:
    """The run of a test of test_streaming.py for one twin (a stream guard is in one twin's driver)."""
    twin = next(twin for twin in TWINS if twin.name == twin_name)

    def cases(paged: ModuleType, tmp_path: Path) -> list[Case]:
        async def run() -> None:
            parameters = inspect.signature(test).parameters
            await test(twin, tmp_path) if "tmp_path" in parameters else await test(twin)

        return [(f"{test.__name__}[{twin_name}]", run)]

    return cases


STYLES = [{"style": style} for style in pagination_tests.STYLES]
CURSOR_LIKE = [{"style": style} for style in pagination_tests.CURSOR_LIKE]

GUARDS = [
    Guard(
        "repeated cursor",
        "pagination",
        "_Walk._following",
        "if start in self._visited:",
        "if False:",
        paginator_runs(pagination_tests.test_repeated_cursor_raises_instead_of_looping, CURSOR_LIKE),
    ),
    Guard(
        "resume at end",
        "pagination",
        "_Walk.next_request",
        "if self._stuck is not None and self.position == self._stuck[0]:",
        "if False:",
        paginator_runs(pagination_tests.test_repeated_cursor_raises_instead_of_looping, CURSOR_LIKE),
    ),
    Guard(
        "same page twice",
        "pagination",
        "_Walk._following",
        "if self._last_digest is not None and digest[0] == self._last_digest[0]"
        " and page.start != self._last_digest[1]:",
        "if False:",
        paginator_runs(pagination_tests.test_a_server_that_ignores_the_position_is_caught, STYLES),
    ),
    Guard(
        "run complete",
        "pagination",
        "_Walk.next_request",
        "if self.position.done or (",
        "if (",
        paginator_runs(pagination_tests.test_a_finished_run_fetches_nothing_more, STYLES),
    ),
    Guard(
        "next page elsewhere",
        "pagination",
        "_url_request",
        "if (target.scheme, target.host, target.port) != (base_url.scheme, base_url.host, base_url.port):",
        "if False:",
        paginator_runs(
            pagination_tests.test_next_link_to_another_place_is_refused,
            [{"link": '<http://elsewhere.test/v1/linked?page=2>; rel="next"', "problem": "is not on"}],
        ),
    ),
    Guard(
        "download resumes",
        "streaming",
        "download",
        "if resumes >= max_resumes:",
        "if False:",
        twin_runs(streaming_tests.test_download_failure_reports_error_and_keeps_part, "sync"),
        package="logbook_client",
    ),
    Guard(
        "download resumes",
        "streaming",
        "adownload",
        "if resumes >= max_resumes:",
        "if False:",
        twin_runs(streaming_tests.test_download_failure_reports_error_and_keeps_part, "async"),
        package="logbook_client",
    ),
    Guard(
        "one line at a time",
        "streaming",
        "iter_ndjson",
        "for chunk in response.iter_bytes():",
        "for chunk in list(response.iter_bytes()):",
        twin_runs(streaming_tests.test_an_endless_ndjson_stream_is_read_one_line_at_a_time, "sync"),
        package="logbook_client",
    ),
    Guard(
        "one line at a time",
        "streaming",
        "aiter_ndjson",
        "async for chunk in response.aiter_bytes():",
        "for chunk in [chunk async for chunk in response.aiter_bytes()]:",
        twin_runs(streaming_tests.test_an_endless_ndjson_stream_is_read_one_line_at_a_time, "async"),
        package="logbook_client",
    ),
    # The event-stream guards are in no-I/O code both drivers share (_Resume, SSEDecoder's caller): one row each,
    # and both twins' runs must fail.
    Guard(
        "max resumes",
        "sse",
        "_Resume.delay_after",
        "elif self.resumes >= self.max_resumes:",
        "elif False:",
        lambda paged, tmp_path: [
            *twin_runs(sse_tests.test_a_stream_that_always_drops_gives_up_after_max_resumes, "sync")(paged, tmp_path),
            *twin_runs(sse_tests.test_a_stream_that_always_drops_gives_up_after_max_resumes, "async")(paged, tmp_path),
        ],
        package="logbook_client",
    ),
    Guard(
        "no repeat on resume",
        "sse",
        "_Resume.delay_after",
        "elif self.handed_out:",
        "elif False:",
        lambda paged, tmp_path: [
            *twin_runs(sse_tests.test_a_drop_after_an_event_without_id_is_not_resumed, "sync")(paged, tmp_path),
            *twin_runs(sse_tests.test_a_drop_after_an_event_without_id_is_not_resumed, "async")(paged, tmp_path),
        ],
        package="logbook_client",
    ),
    Guard(
        "done sentinel",
        "sse",
        "_Resume.take",
        "if data == DONE:",
        "if False:",
        lambda paged, tmp_path: [
            *twin_runs(sse_tests.test_done_ends_a_stream_the_server_keeps_sending, "sync")(paged, tmp_path),
            *twin_runs(sse_tests.test_done_ends_a_stream_the_server_keeps_sending, "async")(paged, tmp_path),
        ],
        package="logbook_client",
    ),
]


def disable(guard: Guard, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put in place, for this test only, a copy of the guard's function with its condition replaced."""
    module = importlib.import_module(f"{guard.package}._runtime.{guard.module}")
    owner_name, _, name = guard.function.rpartition(".")
    owner = getattr(module, owner_name) if owner_name else module
    original = getattr(owner, name)
    source = textwrap.dedent(inspect.getsource(original))
    assert source.count(guard.condition) == 1, (
        f"{guard.name}: {guard.condition!r} is not in {guard.function}; fix GUARDS"
    )
    mutated = source.replace(guard.condition, guard.disabled)
    namespace = dict(vars(module))  # a copy: the module's own function stays as it is
    # compile() inherits this module's ``from __future__ import annotations``, which the runtime modules have too.
    exec(compile(mutated, f"<{guard.function} without {guard.name}>", "exec"), namespace)
    monkeypatch.setattr(owner, name, namespace[name])
    # The endpoint modules import the drivers by name (``from ..._runtime.streaming import iter_ndjson``): they are
    # all loaded first (one loaded later would keep the disabled guard after the test), and get the copy too.
    for twin_package in ("api", "aio"):
        package = importlib.import_module(f"{guard.package}.{twin_package}")
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            loaded = importlib.import_module(info.name)
            if getattr(loaded, name, None) is original:
                monkeypatch.setattr(loaded, name, namespace[name])


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: f"{guard.name.replace(' ', '-')}:{guard.function}")
async def test_a_disabled_guard_fails_its_test_fast(
    guard: Guard, paged: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disable(guard, monkeypatch)
    for number, (case, run) in enumerate(guard.cases(paged, tmp_path)):
        traced = number == 0  # memory on the first run only: tracemalloc makes a run 2-3 times slower
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        failure: BaseException | None = None
        try:
            await run()
        except AssertionError as exc:
            failure = exc
        finally:
            elapsed = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] if traced else 0
            tracemalloc.stop()
        assert failure is not None, f"{case} passed with the {guard.name} guard of {guard.function} disabled"
        message = str(failure)
        assert guard.name in message, f"{case} failed without naming the {guard.name} guard: {message[:300]}"
        assert elapsed < SECONDS, f"{case} took {elapsed:.1f} s to fail with the {guard.name} guard disabled"
        assert peak < PEAK_BYTES, f"{case} traced {peak / 1e6:.1f} MB with the {guard.name} guard disabled"
