"""A spec whose header names come in other cases than the runtime's and the caller's: an API key in ``x-api-key``, a
header parameter ``X-Request-ID``. Generated, imported and called through both twins, each header goes out once,
with the most specific value (client headers < header parameters < credentials < RequestOptions.headers)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import generate
from tests.twins import resolve

HEADER_CASE = """\
openapi: 3.0.3
info: {title: Header case, version: "1.0"}
servers: [{url: "https://headers.example"}]
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: x-api-key}
security: [{key: []}]
paths:
  /items:
    get:
      operationId: list_items
      tags: [items]
      parameters:
        - {name: X-Request-ID, in: header, schema: {type: string}}
      responses:
        "200":
          description: The items.
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("header_case")
    spec = root / "header_case.yaml"
    spec.write_text(HEADER_CASE)
    report = generate(spec, root / "out", package_name="header_case_client")
    assert report.warnings == []
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("header_case_client")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [name for name in sys.modules if name.split(".")[0] == "header_case_client"]:
            del sys.modules[name]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(package: ModuleType, mode: str, *, client_headers: dict[str, str], **kwargs: Any) -> httpx.Headers:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=["a"])

    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    client_cls = package.AsyncClient if mode == "async" else package.Client
    client = client_cls(http_client=http_cls(transport=httpx.MockTransport(handler)), token="k", headers=client_headers)
    module = importlib.import_module(f"header_case_client.{'aio' if mode == 'async' else 'api'}.items.list_items")
    assert await resolve(module.call(client, **kwargs)) == ["a"]
    return seen[0].headers


async def test_credentials_replace_a_client_header_named_in_another_case(package: ModuleType, mode: str) -> None:
    headers = await call(package, mode, client_headers={"X-API-KEY": "stale"})
    assert headers.get_list("x-api-key") == ["k"]


async def test_header_parameter_replaces_a_client_header_named_in_another_case(package: ModuleType, mode: str) -> None:
    headers = await call(package, mode, client_headers={"x-request-id": "client"}, x_request_id="call")
    assert headers.get_list("x-request-id") == ["call"]


async def test_request_options_header_replaces_the_credentials(package: ModuleType, mode: str) -> None:
    options = package.RequestOptions(headers={"X-Api-Key": "override"})
    headers = await call(package, mode, client_headers={}, request_options=options)
    assert headers.get_list("x-api-key") == ["override"]
