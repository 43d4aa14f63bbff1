"""End-to-end fixtures: the real reference server over loopback, and one ``api`` fixture per twin.

Every operation call goes through ``Api.call``/``Api.detailed``, which records (twin, operation); at the end of a
session that ran the whole e2e suite, an operation of the generated package that was not called in both twins
fails the run.
"""

from __future__ import annotations

import pkgutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import logbook_client.api
from tests.server_fixture import RunningServer, logbook_server
from tests.twins import TWINS, Twin

__all__ = ["Api", "logbook_server"]

CALLED: set[tuple[str, str]] = set()
E2E_DIR = str(Path(__file__).resolve().parent)


def all_operations() -> dict[str, str]:
    """operation -> tag, for every module of ``logbook_client.api``."""
    found: dict[str, str] = {}
    for tag in pkgutil.iter_modules(logbook_client.api.__path__):
        package = __import__(f"logbook_client.api.{tag.name}", fromlist=["_"])
        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                found[module.name] = tag.name
    return found


OPERATIONS = all_operations()


class Api:
    """One twin of the generated package bound to a real client of the running server."""

    def __init__(self, twin: Twin, server: RunningServer, client: Any) -> None:
        self.twin = twin
        self.server = server
        self.client = client
        self._extra: list[Any] = []

    @property
    def name(self) -> str:
        return self.twin.name

    def unique(self, prefix: str) -> str:
        """A dataset-name-safe unique name."""
        return f"{prefix}-{self.twin.name}-{uuid.uuid4().hex[:10]}"

    def new_client(self, **kwargs: Any) -> Any:
        """Another client of this twin (another token, other headers), closed at teardown."""
        kwargs.setdefault("base_url", self.server.url)
        client = self.twin.client_cls(**kwargs)
        self._extra.append(client)
        return client

    async def call(self, operation: str, client: Any = None, **kwargs: Any) -> Any:
        """``logbook_client.<api|aio>.<tag>.<operation>.call(client, **kwargs)``."""
        CALLED.add((self.twin.name, operation))
        return await self.twin.call(OPERATIONS[operation], operation, client or self.client, **kwargs)

    async def detailed(self, operation: str, client: Any = None, **kwargs: Any) -> Any:
        """``call_detailed``: the ``Response`` with status and headers."""
        CALLED.add((self.twin.name, operation))
        return await self.twin.call(OPERATIONS[operation], operation, client or self.client, detailed=True, **kwargs)

    async def close(self) -> None:
        for client in [self.client, *self._extra]:
            await self.twin.close(client)


@pytest.fixture(params=TWINS, ids=[twin.name for twin in TWINS])
async def api(request: pytest.FixtureRequest, logbook_server: RunningServer) -> AsyncIterator[Api]:
    twin: Twin = request.param
    client = twin.client_cls(base_url=logbook_server.url, token=logbook_server.token)
    bound = Api(twin, logbook_server, client)
    try:
        yield bound
    finally:
        await bound.close()


def _whole_suite_selected(config: pytest.Config) -> bool:
    """Whether this run collected the e2e folder whole (no -k/-m, no single file or test id)."""
    if config.option.keyword or config.option.markexpr:
        return False
    here = Path(E2E_DIR)
    for arg in config.args:
        if "::" in arg:
            continue
        path = Path(config.invocation_params.dir, arg).resolve()
        if here == path or path in here.parents:
            return True
    return False


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if exitstatus != 0 or not _whole_suite_selected(session.config):
        return
    missing = sorted(
        f"{twin.name}:{operation}" for twin in TWINS for operation in OPERATIONS if (twin.name, operation) not in CALLED
    )
    if missing:
        print(f"\ne2e: operations never called against the server: {', '.join(missing)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not CALLED:
        return
    for twin in TWINS:
        covered = sum(1 for operation in OPERATIONS if (twin.name, operation) in CALLED)
        terminalreporter.write_line(f"e2e: {covered}/{len(OPERATIONS)} operations called in {twin.name} mode")
