"""Paginator items from tests/specs/paginator_items.yaml, both twins: whenever the items' model was generated, the
paginator is typed with it and yields instances of it, however the page reaches the items (a $ref to an array
schema, allOf, a model renamed for a duplicate title, a union of arrays, a page whose own model was dropped)."""

from __future__ import annotations

import importlib
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from tests.packages import importable

SPEC = Path(__file__).resolve().parents[1] / "specs" / "paginator_items.yaml"
PACKAGE = "paginator_items_client"

#: resource.method -> the models its paginator yields.
EXPECTED = {
    ("widgets", "list_widgets"): {"Widget"},
    ("widgets", "list_widget_pages"): {"Widget"},
    ("gadgets", "list_gadgets"): {"GadgetV2"},
    ("tools", "list_tools"): {"Widget", "GadgetV2"},  # the page is one of two arrays: either item
    ("parts", "list_parts"): {"Widget"},  # the page's model was dropped; its items' model was not
}

WIDGET = {"id": "w1", "name": "first"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerationReport]:
    out = tmp_path_factory.mktemp("paginator_items") / "out"
    report = generate(SPEC, out, package_name=PACKAGE)
    with importable(out, PACKAGE):
        yield report


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", EXPECTED, ids=[f"{r}.{m}" for r, m in EXPECTED])
def test_the_paginator_is_typed_with_the_items_model(built: GenerationReport, mode: str, name: tuple[str, str]) -> None:
    resource, method = name
    module = importlib.import_module(f"{PACKAGE}.{'aio' if mode == 'async' else 'api'}.{resource}.{method}")
    hint = typing.get_type_hints(module.iterate)["return"]
    assert typing.get_origin(hint).__name__ == ("AsyncPaginator" if mode == "async" else "Paginator")
    (item,) = typing.get_args(hint)
    items = typing.get_args(item) or (item,)  # a union of models, or one model
    assert {cls.__name__ for cls in items} == EXPECTED[name]
    models = importlib.import_module(f"{PACKAGE}.models")
    assert all(getattr(models, cls.__name__) is cls for cls in items)


def test_no_paginator_is_left_untyped(built: GenerationReport) -> None:
    assert not [line for line in built.warnings if "pagination items" in line]


def _page(request: httpx.Request) -> httpx.Response:
    """Two widgets on the first page, none after: every style stops after one page."""
    first = request.url.params.get("cursor") is None and request.url.params.get("page") in (None, "1")
    widgets = [WIDGET, {**WIDGET, "id": "w2"}] if first else []
    if request.url.path == "/tools":
        return httpx.Response(200, json=widgets)
    return httpx.Response(200, json={"parts": widgets, "next_cursor": "c2" if first else None})


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", [("parts", "list_parts"), ("tools", "list_tools")], ids=["dropped-page", "union"])
async def test_the_paginator_yields_model_instances(built: GenerationReport, mode: str, name: tuple[str, str]) -> None:
    package = importlib.import_module(PACKAGE)
    resource, method = name
    if mode == "async":
        async with package.AsyncClient(
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_page)), base_url="https://p.example"
        ) as client:
            items: list[Any] = [item async for item in getattr(getattr(client, resource), method)(max_items=10)]
    else:
        with package.Client(
            http_client=httpx.Client(transport=httpx.MockTransport(_page)), base_url="https://p.example"
        ) as client:
            items = list(getattr(getattr(client, resource), method)(max_items=10))
    widget = importlib.import_module(f"{PACKAGE}.models").Widget
    assert [type(item) for item in items] == [widget, widget]
    assert [item.id for item in items] == ["w1", "w2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_item_that_does_not_decode_is_a_decoding_error(built: GenerationReport, mode: str) -> None:
    package = importlib.import_module(PACKAGE)
    errors = importlib.import_module(f"{PACKAGE}.errors")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"parts": [WIDGET, {"name": "no id"}], "next_cursor": None})

    client_cls, http_cls = (
        (package.AsyncClient, httpx.AsyncClient) if mode == "async" else (package.Client, httpx.Client)
    )
    client = client_cls(http_client=http_cls(transport=httpx.MockTransport(handler)), base_url="https://p.example")
    with pytest.raises(errors.ResponseDecodingError, match=r"an item at parts of the 200 response does not match"):
        if mode == "async":
            async with client:
                [item async for item in client.parts.list_parts(max_items=10)]
        else:
            with client:
                list(client.parts.list_parts(max_items=10))
