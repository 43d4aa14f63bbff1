"""Responses that lie, against every operation of the committed client: parsed value or typed error, nothing else.

For each category of lie (see ``responses.CATEGORIES``) hypothesis draws an operation of openapi.yaml, a body
valid against its success schema, and one lie; the response goes through the real runtime
(``client._execute`` over an ``httpx.MockTransport``, sync or async twin) and its ``parse_response``. The outcome
must be a parsed value (always, for the forward-compatible categories: valid bodies, extra fields, unknown enum
values) or ``ResponseDecodingError``/``APIStatusError`` carrying the response. Never a bare ``KeyError``,
``TypeError``, ``ValueError``, ``AttributeError``, or anything else.
"""

from __future__ import annotations

import asyncio
import collections
import enum
import importlib
import json
import os
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

import logbook_client
from logbook_client import errors

from .responses import CATEGORIES, Spec, lie

ROOT = Path(__file__).resolve().parents[2]
SPEC = Spec(YAML(typ="safe", pure=True).load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))

#: Outcomes per category, printed at the end of the run by conftest.py.
STATS: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)


def _operations() -> list[ModuleType]:
    package = importlib.import_module("logbook_client._operations")
    names = [m.name for m in pkgutil.walk_packages(package.__path__, "logbook_client._operations.")]
    modules = [importlib.import_module(name) for name in names]
    return [module for module in modules if hasattr(module, "OPERATION")]


OPERATIONS = _operations()


def _success(module: ModuleType) -> tuple[int, dict[str, Any] | None]:
    """The first success status of an operation and its JSON schema (None for no body, text or binary)."""
    operation = module.OPERATION
    responses = SPEC.document["paths"][operation.path][operation.method.lower()]["responses"]
    for code, response in responses.items():
        if str(code).startswith("2"):
            media = (response.get("content") or {}).get("application/json")
            return int(code), media["schema"] if media else None
    raise AssertionError(f"{operation.name} has no success response")


class Server:
    """The MockTransport handler of both twins: answers whatever the current example says."""

    response = httpx.Response(200)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.response


SERVER = Server()
SYNC = logbook_client.Client(
    base_url="http://fuzz.test",
    token="t",
    max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(SERVER)),
)


def _execute(module: ModuleType, twin: str) -> Any:
    request = {"method": module.OPERATION.method, "url": "/fuzz"}
    if twin == "sync":
        return SYNC._execute(request, module.OPERATION, module.parse_response)

    async def run() -> Any:
        transport = httpx.MockTransport(SERVER)
        async with logbook_client.AsyncClient(
            base_url="http://fuzz.test", token="t", max_retries=0, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            return await client._execute(request, module.OPERATION, module.parse_response)

    return asyncio.run(run())


def _plain(value: Any) -> Any:
    """A parsed value as plain JSON-ish data, to look for a kept value in it."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_a_lying_response_is_parsed_or_a_typed_error(category: str) -> None:
    must_parse = CATEGORIES[category]
    untyped: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=os.environ.get("FUZZ_RANDOM") is None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        module = data.draw(st.sampled_from(OPERATIONS), label="operation")
        status, schema = _success(module)
        override, body, headers = data.draw(lie(SPEC, schema, category), label="response")
        twin = data.draw(st.sampled_from(["sync", "async"]), label="twin")
        SERVER.response = httpx.Response(override or status, content=body, headers=headers)
        where = f"{module.OPERATION.name} ({twin}) {override or status} {body[:200]!r}"
        try:
            result = _execute(module, twin)
        except errors.ResponseDecodingError as exc:
            assert exc.response.status_code == status, where
            STATS[category]["decoding error"] += 1
            assert not (must_parse and schema is not None), f"{where}: forward-compatible body rejected: {exc}"
            return
        except errors.APIStatusError as exc:
            assert exc.response.status_code == override, where
            assert exc.status_code == override and exc.response.content == body, where
            STATS[category]["status error"] += 1
            return
        except Exception as exc:  # noqa: BLE001 - the finding: anything untyped
            STATS[category]["UNTYPED"] += 1
            untyped.append(f"{where}: {type(exc).__name__}: {exc!s:.200}")
            return
        STATS[category]["parsed"] += 1
        assert override is None, f"{where}: an error status was parsed"
        if category == "unknown_enum" and b"zz-new-" in body:
            kept = json.dumps(_plain(result.parsed), default=str)
            assert "zz-new-" in kept, f"{where}: the unknown enum value was not kept: {kept[:300]}"
            STATS[category]["unknown value kept"] += 1

    check()
    assert not untyped, "untyped exceptions:\n" + "\n".join(untyped[:10])
