"""Content negotiation from tests/specs/content_negotiation.yaml, both twins: the client sends an ``Accept`` header
naming the 2xx media types it reads (JSON first), ``stream()`` asks for the streamed type, a declared ``Accept``
parameter wins. The fake server negotiates like a real one: ``*/*`` gets the first media type the spec lists."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import generate
from tests.twins import resolve

SPEC = Path(__file__).resolve().parents[1] / "specs" / "content_negotiation.yaml"
PACKAGE = "negotiation_client"
OFFERED = {
    "/pods": ["application/cbor", "application/yaml", "application/json"],
    "/login": ["application/xml", "application/json"],
    "/pods/web/log": ["application/json", "application/octet-stream"],
}
BODIES = {
    "application/json": {"/pods": b'{"name": "web"}', "/login": b'"token"', "/pods/web/log": b'["a", "b"]'},
    "application/cbor": b"\xa1dnamecweb",
    "application/yaml": b"name: web\n",
    "application/xml": b"<token/>",
    "application/octet-stream": b"a\nb\n",
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("negotiation") / "out"
    generate(SPEC, out, package_name=PACKAGE)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def negotiate(request: httpx.Request) -> httpx.Response:
    offered = OFFERED[request.url.path]
    accept = [part.split(";")[0].strip() for part in request.headers.get("accept", "*/*").split(",")]
    chosen = next((kind for kind in accept if kind in offered), offered[0] if "*/*" in accept else None)
    if chosen is None:
        return httpx.Response(406)
    body = BODIES[chosen]
    content = body[request.url.path] if isinstance(body, dict) else body
    return httpx.Response(200, headers={"content-type": chosen}, content=content)


def client(package: Any, mode: str, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return negotiate(request)

    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    return (package.AsyncClient if mode == "async" else package.Client)(http_client=http)


def op(mode: str, name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{'aio' if mode == 'async' else 'api'}.pods.{name}")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_client_asks_for_json_when_json_is_offered(package: Any, mode: str) -> None:
    seen: list[httpx.Request] = []
    pod = await resolve(op(mode, "list_pods").call(client(package, mode, seen)))
    assert pod.name == "web"
    assert seen[0].headers["accept"] == "application/json"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_declared_accept_parameter_wins(package: Any, mode: str) -> None:
    seen: list[httpx.Request] = []
    c = client(package, mode, seen)
    assert await resolve(op(mode, "login").call(c)) == "token"
    assert seen[-1].headers["accept"] == "application/json"
    errors = importlib.import_module(f"{PACKAGE}.errors")
    with pytest.raises(errors.ResponseDecodingError):  # asked for XML, got XML: this operation decodes JSON only
        await resolve(op(mode, "login").call(c, accept="application/xml"))
    assert seen[-1].headers.get_list("accept") == ["application/xml"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_stream_asks_for_the_streamed_type(package: Any, mode: str) -> None:
    seen: list[httpx.Request] = []
    c = client(package, mode, seen)
    assert await resolve(op(mode, "read_log").call(c, name="web")) == ["a", "b"]
    stream = op(mode, "read_log").stream(c, name="web")
    chunks = [chunk async for chunk in stream] if mode == "async" else list(stream)
    assert b"".join(chunks) == b"a\nb\n"
    assert [r.headers["accept"] for r in seen] == ["application/json", "application/octet-stream"]
