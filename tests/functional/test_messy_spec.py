"""A spec with the faults real-world specs have, generated, imported and called through both twins.

Each operation below carries one fault that openapi-python-client 0.29.1 crashes on, drops, or turns into code
that does not work; after normalisation and the generator-side fixes every operation is generated typed, every
module imports, and the requests on the wire are the ones the spec describes.
"""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from generator.config import GeneratorConfig
from tests.bounds import drain
from tests.twins import resolve

MESSY = """\
openapi: 3.0.3
info: {title: Messy, version: "1.0"}
servers: [{url: "https://messy.example"}]
paths:
  /calls/{quote}:
    get:
      operationId: list_calls
      tags: [calls]
      parameters:
        - {name: quote, in: path, required: true, schema: {type: string}}
        - {name: DateCreated, in: query, schema: {type: string}}
        - {name: DateCreated<, in: query, schema: {type: string}}
        - {name: DateCreated>, in: query, schema: {type: string}}
        - {name: headers, in: query, schema: {type: string}}
        - {name: params, in: query, schema: {type: integer}}
        - {name: order, in: query, schema: {type: string, enum: [ASC, asc, GMT0, GMT+0]}}
      responses:
        200:
          description: An integer status code in YAML, the calls as JSON.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/CallList"}
  /accounts/{AccountSid}/calls.json:
    get:
      operationId: list_account_calls
      tags: [calls]
      parameters:
        - {name: AccountSid, in: path, required: true, schema: {type: string}}
        - {name: PageSize, in: query, schema: {type: integer}}
        - {name: Page, in: query, schema: {type: integer}}
        - {name: PageToken, in: query, schema: {type: string}}
      responses:
        "200":
          description: One page of calls, Twilio style.
          content:
            application/json:
              schema:
                type: object
                properties:
                  calls: {type: array, items: {$ref: "#/components/schemas/Call"}}
                  next_page_uri: {type: string, nullable: true}
                  page: {type: integer}
                  page_size: {type: integer}
  /pods:
    post:
      operationId: create_pod
      tags: [pods]
      requestBody:
        required: true
        content:
          "*/*":
            schema: {$ref: "#/components/schemas/Pod"}
      responses:
        201:
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pod"}
  /events:
    post:
      operationId: ingest
      tags: [events]
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Call"}}
          application/x-ndjson:
            schema: {type: string, description: One JSON object per line.}
          application/xml:
            schema: {$ref: "#/components/schemas/Call"}
      responses:
        "204": {description: Accepted.}
  /invoices/{id}/pdf:
    get:
      operationId: invoice_pdf
      tags: [invoices]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: path, in: query, schema: {type: string}}
        - {name: request_options, in: query, schema: {type: string}}
      responses:
        "200":
          description: The invoice.
          content:
            application/pdf:
              schema: {type: string, format: binary}
  /files/{id}:
    get:
      operationId: get_file
      tags: [files]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: A model whose name is taken by the generated code.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/File"}
components:
  schemas:
    File:
      type: object
      properties: {id: {type: string}, size: {type: integer}}
    Call:
      type: object
      properties:
        sid: {type: string}
        price: {title: money, type: object, properties: {amount: {type: string}}}
        refund: {title: money, type: object, properties: {amount: {type: string}}}
    CallList:
      type: object
      properties:
        calls:
          allOf:
            - $ref: "#/components/schemas/Calls"
            - description: The calls, as an array wrapped in allOf to describe it.
    Calls:
      type: array
      items: {$ref: "#/components/schemas/Call"}
    Spec:
      type: object
      properties: {replicas: {type: integer}}
    Pod:
      type: object
      properties:
        name: {type: string}
        spec:
          allOf: [{$ref: "#/components/schemas/Spec"}]
          default: {}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GenerationReport, Path]]:
    root = tmp_path_factory.mktemp("messy")
    spec = root / "messy.yaml"
    spec.write_text(MESSY)
    # The spec declares no security scheme: the config says how a token goes (else a warning says it is bearer).
    report = generate(
        spec, root / "out", package_name="messy_client", config=GeneratorConfig(auth={"scheme": "bearer"})
    )
    sys.path.insert(0, str(root / "out"))
    try:
        yield report, root / "out"
    finally:
        sys.path.remove(str(root / "out"))
        for name in [name for name in sys.modules if name.split(".")[0] == "messy_client"]:
            del sys.modules[name]


@pytest.fixture
def messy(built: tuple[GenerationReport, Path]) -> ModuleType:
    return importlib.import_module("messy_client")


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make(messy: ModuleType, mode: str, response: httpx.Response) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return response

    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    client_cls = messy.AsyncClient if mode == "async" else messy.Client
    return client_cls(http_client=http_cls(transport=httpx.MockTransport(handler)), token="t"), seen


def operation(mode: str, tag: str, name: str) -> Any:
    return importlib.import_module(f"messy_client.{'aio' if mode == 'async' else 'api'}.{tag}.{name}")


def test_every_operation_is_generated_typed_and_without_warnings(built: tuple[GenerationReport, Path]) -> None:
    report, _ = built
    assert (report.spec_operations, report.operations, report.typed_operations, report.clean_operations) == (6, 6, 6, 6)
    assert report.paginated_operations == 1
    assert report.unsupported == {}
    assert report.warnings == []
    assert report.normalized_summary() == (
        "normalized: 2 non-string keys made strings, 1 enum members renamed, 1 annotated references unwrapped, "
        "1 object defaults dropped, 1 */* request bodies given a concrete media type, "
        "2 request bodies taken as raw content, 1 responses read as raw text/bytes, "
        "2 colliding parameter names told apart, 2 duplicate titles renamed, "
        "4 parameters renamed (they shadowed a generated name)"
    )


def test_every_module_imports(built: tuple[GenerationReport, Path], messy: ModuleType) -> None:
    names = [info.name for info in pkgutil.walk_packages(messy.__path__, "messy_client.")]
    assert len(names) > 40
    for name in names:
        importlib.import_module(name)


async def test_colliding_and_shadowing_parameters_keep_their_wire_names(messy: ModuleType, mode: str) -> None:
    client, seen = make(messy, mode, httpx.Response(200, json={"calls": [{"sid": "c1"}]}))
    calls = await resolve(
        operation(mode, "calls", "list_calls").call(
            client,
            quote="a/b c",
            date_created="2024-01-01",
            date_created_lt="2024-02-01",
            date_created_gt="2023-12-01",
            headers_query="h",
            params_query=3,
        )
    )
    assert calls.calls[0].sid == "c1"
    request = seen[0]
    assert request.url.raw_path.split(b"?")[0] == b"/calls/a%2Fb%20c"
    assert dict(request.url.params) == {
        "DateCreated": "2024-01-01",
        "DateCreated<": "2024-02-01",
        "DateCreated>": "2023-12-01",
        "headers": "h",
        "params": "3",
    }


async def test_a_paginated_operation_with_a_camel_case_path_parameter_pages(messy: ModuleType, mode: str) -> None:
    # The plan is keyed by the path as written ({AccountSid}); opc's endpoint has {account_sid}.
    pages = iter(
        [
            {"calls": [{"sid": "a"}], "next_page_uri": "/accounts/AC1/calls.json?Page=1"},
            {"calls": [{"sid": "b"}], "next_page_uri": None},
        ]
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=next(pages))

    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    client_cls = messy.AsyncClient if mode == "async" else messy.Client
    client = client_cls(http_client=http_cls(transport=httpx.MockTransport(handler)), token="t")
    paginator = operation(mode, "calls", "list_account_calls").iterate(client, account_sid="AC1")
    sids = [call.sid for call in await drain(paginator, 10, "the list_account_calls paginator")]
    assert sids == ["a", "b"]
    assert [request.url.path for request in seen] == ["/accounts/AC1/calls.json"] * 2


async def test_enum_members_that_collided_all_exist(messy: ModuleType, mode: str) -> None:
    order = importlib.import_module("messy_client.models.list_calls_order").ListCallsOrder
    assert [(member.name, member.value) for member in order] == [
        ("ASC", "ASC"),
        ("ASC_2", "asc"),
        ("GMT0", "GMT0"),
        ("GMT0_2", "GMT+0"),
    ]
    client, seen = make(messy, mode, httpx.Response(200, json={}))
    await resolve(operation(mode, "calls", "list_calls").call(client, quote="q", order=order.GMT0_2))
    assert seen[0].url.params["order"] == "GMT+0"


async def test_a_wildcard_body_is_sent_as_json_and_the_object_default_is_gone(messy: ModuleType, mode: str) -> None:
    models = importlib.import_module("messy_client.models")
    client, seen = make(messy, mode, httpx.Response(201, json={"name": "p", "spec": {"replicas": 2}}))
    pod = await resolve(operation(mode, "pods", "create_pod").call(client, body=models.Pod(name="p")))
    assert pod.spec.replicas == 2
    assert seen[0].headers["content-type"] == "application/json"
    assert json.loads(seen[0].content) == {"name": "p"}  # no client-side {} for the spec


async def test_raw_bodies_go_out_as_given_with_their_media_type(messy: ModuleType, mode: str) -> None:
    models = importlib.import_module("messy_client.models")
    types = importlib.import_module("messy_client.types")
    client, seen = make(messy, mode, httpx.Response(204))
    ingest = operation(mode, "events", "ingest")
    await resolve(ingest.call(client, body=[models.Call(sid="a")]))
    await resolve(ingest.call(client, body='{"sid": "a"}\n{"sid": "b"}\n'))
    await resolve(ingest.call(client, body=types.File(payload=io.BytesIO(b"<call><sid>a</sid></call>"))))
    assert [(request.headers["content-type"], request.content) for request in seen] == [
        ("application/json", b'[{"sid":"a"}]'),
        ("application/x-ndjson", b'{"sid": "a"}\n{"sid": "b"}\n'),
        ("application/xml", b"<call><sid>a</sid></call>"),
    ]


async def test_a_pdf_response_is_read_as_bytes(messy: ModuleType, mode: str) -> None:
    client, seen = make(
        messy, mode, httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"})
    )
    pdf = await resolve(operation(mode, "invoices", "invoice_pdf").call(client, id="i1", path_query="p"))
    assert pdf.payload.read() == b"%PDF-1.7"
    assert dict(seen[0].url.params) == {"path": "p"}


async def test_a_parameter_named_path_does_not_clash_with_to_file(messy: ModuleType, mode: str, tmp_path: Path) -> None:
    client, seen = make(messy, mode, httpx.Response(200, content=b"%PDF-1.7"))
    module = operation(mode, "invoices", "invoice_pdf")
    result = await resolve(
        module.to_file(client, id="i1", path_query="p", request_options_query="r", path=tmp_path / "i.pdf")
    )
    assert (tmp_path / "i.pdf").read_bytes() == b"%PDF-1.7"
    assert result is not None
    assert dict(seen[0].url.params) == {"path": "p", "request_options": "r"}


async def test_a_model_named_file_does_not_shadow_the_file_type(messy: ModuleType, mode: str) -> None:
    client, _ = make(messy, mode, httpx.Response(200, json={"id": "f", "size": 3}))
    got = await resolve(operation(mode, "files", "get_file").call(client, id="f"))
    assert type(got).__name__ == "FileModel"
    assert (got.id, got.size) == ("f", 3)


def test_inline_schemas_sharing_a_title_and_a_shape_are_one_class(messy: ModuleType) -> None:
    call = importlib.import_module("messy_client.models").Call.from_dict(
        {"sid": "c", "price": {"amount": "1"}, "refund": {"amount": "2"}}
    )
    assert (type(call.price).__name__, type(call.refund).__name__) == ("CallMoney", "CallMoney")
    assert (call.price.amount, call.refund.amount) == ("1", "2")
