"""The golden ``features`` package at work: every security scheme kind, parameter location and body kind."""

from __future__ import annotations

import base64
import datetime
import io
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.golden.regen import GOLDEN
from tests.twins import resolve

TREE = GOLDEN / "expected" / "features"
WIDGET = {"id": 1, "name": "w", "color": "red", "note": None}


@pytest.fixture(scope="module")
def features() -> Iterator[ModuleType]:
    sys.path.insert(0, str(TREE))
    try:
        import features_client

        yield features_client
    finally:
        sys.path.remove(str(TREE))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make(features: ModuleType, mode: str, response: httpx.Response, **kwargs: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return response

    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    client_cls = features.AsyncClient if mode == "async" else features.Client
    kwargs.setdefault("token", "tok")
    return client_cls(http_client=http_cls(transport=httpx.MockTransport(handler)), **kwargs), seen


def op(mode: str, tag: str, name: str) -> Any:
    import importlib

    return importlib.import_module(f"features_client.{'aio' if mode == 'async' else 'api'}.{tag}.{name}")


async def test_server_variables_give_the_default_base_url(features: ModuleType, mode: str) -> None:
    client, seen = make(features, mode, httpx.Response(200, json={"ok": True}))
    assert await resolve(op(mode, "default", "ping").call(client)) is not None
    assert str(seen[0].url) == "https://eu.features.example/api/ping"
    assert "authorization" not in seen[0].headers  # security: [] on this operation


async def test_every_parameter_location(features: ModuleType, mode: str) -> None:
    from features_client.models.color import Color

    client, seen = make(features, mode, httpx.Response(200, json=WIDGET))
    widget = await resolve(
        op(mode, "widgets", "get_widget").call(
            client,
            widget_id=7,
            fields=["a", "b"],
            color=Color.BLUE,
            since=datetime.date(2026, 1, 31),
            x_trace="t-1",
            prefs="dark",
        )
    )
    assert widget.color == Color.RED and widget.note is None
    request = seen[0]
    assert request.url.path == "/api/widgets/7"
    assert request.url.params.get_list("fields") == ["a", "b"]
    assert request.url.params["color"] == "blue" and request.url.params["since"] == "2026-01-31"
    assert request.headers["x-trace"] == "t-1"
    assert request.headers["cookie"] == "prefs=dark"
    assert request.headers["authorization"] == "Bearer tok"


async def test_api_key_in_header(features: ModuleType, mode: str) -> None:
    from features_client.models.widget_input import WidgetInput

    client, seen = make(features, mode, httpx.Response(201, json=WIDGET))
    await resolve(op(mode, "widgets", "replace_widget").call(client, widget_id=1, body=WidgetInput(name="w")))
    assert seen[0].headers["x-api-key"] == "tok"
    assert "authorization" not in seen[0].headers


async def test_api_key_in_query_and_form_body(features: ModuleType, mode: str) -> None:
    from features_client.models.widget_input import WidgetInput

    client, seen = make(features, mode, httpx.Response(201, json=WIDGET))
    await resolve(op(mode, "widgets", "create_widget_form").call(client, body=WidgetInput(name="a b")))
    assert seen[0].url.params["api_key"] == "tok"
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen[0].read() == b"name=a+b"


async def test_basic_auth(features: ModuleType, mode: str) -> None:
    client, seen = make(features, mode, httpx.Response(204), token="user:pa:ss")
    assert await resolve(op(mode, "widgets", "delete_widget").call(client, widget_id=1)) is None
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(b"user:pa:ss").decode()


async def test_octet_stream_body_and_binary_response(features: ModuleType, mode: str) -> None:
    from features_client.types import File

    client, seen = make(features, mode, httpx.Response(204))
    await resolve(op(mode, "files", "put_blob").call(client, name="a/b", body=File(payload=io.BytesIO(b"\x00raw"))))
    assert seen[0].read() == b"\x00raw"
    assert seen[0].url.raw_path == b"/api/blobs/a%2Fb"

    client, seen = make(features, mode, httpx.Response(200, content=b"\x01\x02"))
    blob = await resolve(op(mode, "files", "get_blob").call(client, name="x"))
    assert blob.payload.read() == b"\x01\x02"


async def test_text_response(features: ModuleType, mode: str) -> None:
    from features_client.models.upload import Upload
    from features_client.types import File

    client, seen = make(features, mode, httpx.Response(200, text="stored 4 bytes"))
    body = Upload(file=File(payload=io.BytesIO(b"data"), file_name="d.bin"), label="L")
    assert await resolve(op(mode, "files", "upload").call(client, body=body)) == "stored 4 bytes"
    assert seen[0].headers["content-type"].startswith("multipart/form-data; boundary=")
