"""Every operation of a valid spec is generated and works at runtime, one failure class per synthetic spec.

Each spec in ``specs/`` is named for a class of failure (issue 17): a 2xx whose schema cannot be generated, a lazy
import of a model that was not generated, property names that collide once sanitised, binary media types, paths
with a fragment, a body whose code did not compile. Each is generated, imported, and its operations are CALLED
through both twins over one ``httpx.MockTransport`` with a realistic response.
"""

from __future__ import annotations

import datetime
import email
import email.policy
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from generator import GenerationReport, generate
from generator.cli import main
from tests.twins import resolve

SPECS = Path(__file__).resolve().parent / "specs"
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], GenerationReport]]:
    """Generate ``specs/<name>.yaml`` as package ``<name>_client`` (once per module) and make it importable."""
    built: dict[str, GenerationReport] = {}
    root = tmp_path_factory.mktemp("integrity")
    sys.path.insert(0, str(root))

    def _build(name: str) -> GenerationReport:
        if name not in built:
            out = root / name
            built[name] = generate(SPECS / f"{name}.yaml", out, package_name=f"{name}_client")
            sys.path.insert(0, str(out))
        return built[name]

    try:
        yield _build
    finally:
        for report in built.values():
            sys.path.remove(str(report.out))
            for module in [m for m in sys.modules if m.split(".")[0] == report.package_name]:
                del sys.modules[module]
        sys.path.remove(str(root))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(
    package: str, mode: str, tag: str, operation: str, handler: Handler, function: str = "call", **kwargs: Any
) -> Any:
    """Call ``<package>.<api|aio>.<tag>.<operation>.<function>`` with a client whose requests go to ``handler``."""
    root = importlib.import_module(package)
    module = importlib.import_module(f"{package}.{'aio' if mode == 'async' else 'api'}.{tag}.{operation}")
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    client = (root.AsyncClient if mode == "async" else root.Client)(http_client=http, base_url="https://api.example")
    try:
        result = getattr(module, function)(client, **kwargs)
        if function == "stream":
            if mode == "async":
                return b"".join([chunk async for chunk in result])
            return b"".join(result)
        return await resolve(result)
    finally:
        await resolve(client.aclose() if mode == "async" else client.close())


def answer(status: int, **kwargs: Any) -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, **kwargs)

    return seen, handler


# ------------------------------------------------------------------------------------ 1. a 2xx never raises


async def test_a_2xx_whose_schema_cannot_be_generated_returns_the_decoded_json(build: Any, mode: str) -> None:
    report = build("success_without_schema")
    assert report.unsupported == {}
    assert list(report.degraded) == ["POST /things"]
    assert "Contradiction could not be generated" in report.degraded["POST /things"]
    _, handler = answer(201, json={"id": "t1", "name": "x"})
    created = await call("success_without_schema_client", mode, "things", "create_thing", handler, body=_body())
    assert created == {"id": "t1", "name": "x"}


def _body() -> Any:
    models = importlib.import_module("success_without_schema_client.models")
    return models.CreateThingBody(name="x")


async def test_content_without_a_schema_is_read_by_media_type(build: Any, mode: str) -> None:
    build("success_without_schema")
    _, handler = answer(200, json=[1, {"a": None}])
    assert await call("success_without_schema_client", mode, "things", "get_raw_thing", handler) == [1, {"a": None}]
    _, handler = answer(200, text="plain words", headers={"content-type": "text/plain"})
    assert await call("success_without_schema_client", mode, "things", "get_thing_text", handler) == "plain words"
    _, handler = answer(204)
    assert await call("success_without_schema_client", mode, "things", "delete_thing", handler) is None


# ------------------------------------------------------------------------------------ 2. every import resolves


async def test_a_union_naming_a_failed_model_decodes_without_a_missing_module(build: Any, mode: str) -> None:
    report = build("lazy_imports_of_failed_models")
    assert any("Holder: property 'value' is typed Any: Contradiction" in w for w in report.warnings)
    _, handler = answer(200, json={"name": "h", "value": {"id": 3}})
    holder = await call("lazy_imports_of_failed_models_client", mode, "holders", "get_holder", handler, id="h1")
    assert (holder.name, holder.value) == ("h", {"id": 3})
    assert holder.to_dict() == {"name": "h", "value": {"id": 3}}


def test_no_generated_module_imports_a_model_module_that_does_not_exist(build: Any) -> None:
    for name in ("lazy_imports_of_failed_models", "success_without_schema"):
        report = build(name)
        package = report.out / report.package_name
        for path in package.rglob("*.py"):
            for line in path.read_text().splitlines():
                words = line.split()
                if words[:1] == ["from"] and ".models." in words[1]:
                    module = words[1].rsplit(".models.", 1)[1]
                    assert (package / "models" / f"{module}.py").exists(), f"{path}: {line.strip()}"


# ------------------------------------------------------------------------------------ 3. colliding names


async def test_properties_that_sanitise_alike_get_distinct_names_and_keep_their_wire_names(
    build: Any, mode: str
) -> None:
    report = build("colliding_property_names")
    assert (report.operations, report.typed_operations, report.degraded) == (2, 2, {})
    _, handler = answer(200, json={"+1": 3, "-1": 1, "laugh": 2})
    reactions = await call("colliding_property_names_client", mode, "reactions", "get_reactions", handler)
    assert (reactions.plus_1, reactions.minus_1, reactions.laugh) == (3, 1, 2)
    seen, handler = answer(204)
    await call("colliding_property_names_client", mode, "reactions", "add_reactions", handler, body=reactions)
    assert json.loads(seen[0].content) == {"+1": 3, "-1": 1, "laugh": 2}


# ------------------------------------------------------------------------------------ 4. no operation left out


async def test_an_operation_whose_body_opc_refuses_is_generated_with_an_untyped_body(build: Any, mode: str) -> None:
    report = build("inline_allof_fragments")
    assert (report.operations, report.unsupported) == (1, {})
    assert "application/json body typed Any" in report.degraded["POST /orders"]
    seen, handler = answer(201, json={"id": "o1"})
    body = {"price": "3", "kind": "book", "note": "gift"}
    made = await call("inline_allof_fragments_client", mode, "orders", "create_order", handler, body=body)
    assert made.id == "o1"
    assert (seen[0].headers["content-type"], json.loads(seen[0].content)) == ("application/json", body)


# ------------------------------------------------------------------------------------ 6. binary bodies


async def test_binary_responses_never_go_through_the_json_decoder(build: Any, mode: str) -> None:
    build("binary_media_types")
    video = bytes(range(256)) * 8
    _, handler = answer(200, content=video, headers={"content-type": "video/mp4"})
    got = await call("binary_media_types_client", mode, "videos", "get_video_content", handler, id="v1")
    assert got.payload.read() == video
    assert (
        await call("binary_media_types_client", mode, "videos", "get_video_content", handler, "stream", id="v") == video
    )
    archive = b"PK\x03\x04" + bytes(100)
    _, handler = answer(200, content=archive, headers={"content-type": "application/zip"})
    got = await call("binary_media_types_client", mode, "archives", "get_archive", handler, id="a1")
    assert got.payload.read() == archive


async def test_a_json_response_that_also_offers_binary_asks_for_json(build: Any, mode: str) -> None:
    build("binary_media_types")

    def negotiating(request: httpx.Request) -> httpx.Response:  # like Prism: the first media type unless asked
        seen.append(request)
        if request.headers.get("accept") == "application/json":
            return httpx.Response(200, json={"url": "https://cdn.example/s.wav"})
        return httpx.Response(200, content=b"RIFF\x00\x00WAVE", headers={"content-type": "audio/wav"})

    seen: list[httpx.Request] = []
    sample = await call("binary_media_types_client", mode, "voices", "get_voice_sample", negotiating, id="v1")
    assert sample.url == "https://cdn.example/s.wav"
    assert seen[0].headers["accept"] == "application/json"


# ------------------------------------------------------------------------------------ 8. fragments


async def test_a_path_fragment_is_never_sent(build: Any, mode: str) -> None:
    report = build("path_fragments")
    assert report.operations == 2
    seen, handler = answer(200, json={"url": "https://share.example/x"})
    link = await call("path_fragments_client", mode, "files", "get_shared_link", handler, file_id="abc", fields="url")
    assert link.url == "https://share.example/x"
    assert seen[0].url.raw_path == b"/files/abc?fields=url"
    seen, handler = answer(200, json={"id": "abc"})
    await call("path_fragments_client", mode, "files", "get_file", handler, file_id="abc")
    assert seen[0].url.raw_path == b"/files/abc"


# ------------------------------------------------------------------------------------ 9. every spec generates


async def test_a_body_whose_code_does_not_compile_is_degraded_not_fatal(build: Any, mode: str) -> None:
    report = build("unrenderable_body")
    assert report.unsupported == {}
    assert list(report.degraded) == ["POST /scripts"]
    assert "multipart/form-data body is typed Any" in report.degraded["POST /scripts"]
    seen, handler = answer(201, json={"id": "s1"})
    made = await call("unrenderable_body_client", mode, "scripts", "upload_script", handler, body="alert(1)")
    assert made.id == "s1"
    files = {"main.js": ("main.js", b"alert(2)", "application/javascript")}
    await call("unrenderable_body_client", mode, "scripts", "upload_script", handler, body=files)
    assert [r.headers["content-type"].split(";")[0] for r in seen] == ["application/javascript", "multipart/form-data"]
    assert seen[0].content == b"alert(1)"
    assert b"alert(2)" in seen[1].content


def test_the_summary_counts_degraded_and_left_out_and_strict_fails_on_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = str(SPECS / "unrenderable_body.yaml")
    assert main(["generate", "--spec", spec, "--out", str(tmp_path / "a"), "--package", "a_client"]) == 0
    assert "1 degraded, 0 left out" in capsys.readouterr().out
    assert main(["generate", "--spec", spec, "--out", str(tmp_path / "b"), "--package", "b", "--strict"]) == 1
    assert "--strict: 1 operations degraded" in capsys.readouterr().err
    clean = str(SPECS / "path_fragments.yaml")
    assert main(["generate", "--spec", clean, "--out", str(tmp_path / "c"), "--package", "c", "--strict"]) == 0


async def test_a_204_declared_with_a_body_returns_none(build: Callable[[str], GenerationReport], mode: str) -> None:
    report = build("no_content_and_typed_headers")
    assert any("204/205/304 response bodies dropped" in fix for fix in report.fixes)
    body = importlib.import_module(f"{report.package_name}.models").SetBannerBody(message="hi")
    result = await call(report.package_name, mode, "banner", "set_banner", lambda r: httpx.Response(204), body=body)
    assert result is None


async def test_header_parameters_that_are_not_strings_are_sent_as_text(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    import uuid

    report = build("no_content_and_typed_headers")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    transfer = uuid.UUID("7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f")
    await call(
        report.package_name, mode, "banner", "get_transfer", handler, transfer_id=transfer, x_dry_run=True, x_page=2
    )
    headers = seen[0].headers
    assert (headers["transfer-id"], headers["x-dry-run"], headers["x-page"]) == (str(transfer), "true", "2")


async def test_a_nullable_enum_decodes_null(build: Callable[[str], GenerationReport], mode: str) -> None:
    report = build("nullable_enums")
    body = {"sid": "AP1", "sms_method": None, "voice_method": "POST"}
    app = await call(report.package_name, mode, "apps", "get_app", lambda r: httpx.Response(200, json=body), sid="AP1")
    assert app.sms_method is None and app.voice_method.value == "POST"
    assert app.to_dict() == body


async def test_an_operation_with_only_a_default_response_reads_its_2xx_with_it(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    report = build("default_only_responses")
    package = report.package_name
    seen, handler = answer(200, text="hello", headers={"content-type": "text/plain"})
    assert await call(package, mode, "things", "get_greeting", handler) == "hello"
    assert seen[0].headers["accept"] == "text/plain"
    seen, handler = answer(200, json={"id": "t1", "name": "x"})
    thing = await call(package, mode, "things", "get_thing", handler, id="t1")
    assert (type(thing).__name__, thing.id, thing.name) == ("Thing", "t1", "x")
    assert seen[0].headers["accept"] == "application/json"
    errors = importlib.import_module(package)
    with pytest.raises(errors.APIStatusError) as raised:
        await call(package, mode, "things", "get_thing", answer(404, json={"message": "no such thing"})[1], id="t2")
    assert raised.value.status_code == 404 and "no such thing" in str(raised.value)


# ------------------------------------------------------------------------------------ references into definitions


async def test_references_into_other_definitions_are_typed_and_share_one_class(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    """A ``$ref`` to ``#/components/schemas/Tag/allOf/0``, to a property, a union member, array items, a path's
    response schema or a component response: opc resolved none of them and dropped every schema using one."""
    report = build("deep_references")
    assert (report.operations, report.typed_operations, report.degraded, report.unsupported) == (4, 4, {}, {})
    package = "deep_references_client"
    models = importlib.import_module(f"{package}.models")

    tag = {"id": "t1", "summary": None, "type": "tag", "label": "red"}
    _, handler = answer(200, json={"tags": [tag], "total": 1})
    page = await call(package, mode, "tags", "list_tags", handler)
    assert isinstance(page.tags[0], models.Tag)
    assert (page.tags[0].label, page.tags[0].summary, page.total) == ("red", None, 1)

    _, handler = answer(200, json={"id": "t1", "type": "tag_reference", "summary": "s"})
    reference = await call(package, mode, "tags", "get_tag_reference", handler, id="t1")
    assert isinstance(reference, models.Reference)
    assert (reference.id, reference.type_, reference.summary) == ("t1", "tag_reference", "s")

    owner = {"id": "u1", "type": "user_reference"}
    for value, member in (({"number": 3}, models.NumberValue), ({"text": "x"}, models.TextValue)):
        _, handler = answer(200, json={"data_type": "integer", "value": value, "owner": owner})
        field = await call(package, mode, "fields", "get_field", handler, id="f1")
        assert isinstance(field.value, member) and field.value.to_dict() == value
        assert field.data_type is models.FieldValueDataType.INTEGER
        assert isinstance(field.owner, models.Reference) and field.owner.to_dict() == owner
    # One class per definition: the component's own property and the operation's reference to it share it.
    assert models.FieldValue.from_dict({"owner": owner, "data_type": "string"}).data_type is (
        models.FieldValueDataType.STRING
    )

    seen, handler = answer(201, json={"id": "n1", "first_tag": {"id": "t2", "label": "blue"}})
    body = models.CreateNoteBody(text="hi", tag=models.Reference(id="t1", type_="tag_reference"))
    note = await call(package, mode, "notes", "create_note", handler, body=body)
    assert json.loads(seen[0].content) == {"text": "hi", "tag": {"id": "t1", "type": "tag_reference"}}
    assert isinstance(note.first_tag, models.Tag) and note.first_tag.label == "blue"


def test_references_into_other_definitions_are_reported_where_they_pointed() -> None:
    from generator.spec.normalize import normalize

    doc = _load(SPECS / "deep_references.yaml")
    changes = next(fix for fix in normalize(doc).fixes if fix.label.startswith("schemas referenced")).changes
    assert "#/components/schemas/Tag/allOf/0: moved to #/components/schemas/TagAllOf0 (1 reference(s))" in changes
    assert "#/components/schemas/Page/properties/total: copied to its 1 reference(s)" in changes
    assert any(line.startswith("#/paths/~1tags~1{id}/get/responses/200/") for line in changes)
    assert doc["components"]["schemas"]["Reference"]["allOf"][0] == {"$ref": "#/components/schemas/TagAllOf0"}
    assert doc["components"]["schemas"]["Tag"]["allOf"][0] == {"$ref": "#/components/schemas/TagAllOf0"}
    remaining = [ref for ref in json.dumps(doc).split('"$ref": "')[1:] if ref.split('"')[0].count("/") > 3]
    assert remaining == []
    # A discriminator mapping that names a moved schema by its old pointer names its component.
    deep = "#/components/schemas/Box/properties/item/oneOf/0"
    union = {"oneOf": [{"$ref": deep}], "discriminator": {"propertyName": "kind", "mapping": {"a": deep}}}
    item = {"type": "object", "properties": {"kind": {"type": "string"}}}
    box = {"type": "object", "properties": {"item": {"oneOf": [item]}}}
    doc = {"components": {"schemas": {"Box": box, "U": union}}}
    normalize(doc)
    assert doc["components"]["schemas"]["U"]["discriminator"]["mapping"] == {"a": "#/components/schemas/BoxItemOneOf0"}


def _load(path: Path) -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


# ------------------------------------------------------------------------------------ allOf parts that disagree on null


async def test_allof_parts_that_disagree_on_null_merge_as_nullable(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    """opc refused ``str | None`` with ``str`` in one allOf and dropped the schema."""
    report = build("allof_nullability")
    assert (report.operations, report.typed_operations, report.degraded, report.unsupported) == (3, 3, {}, {})
    disagreements = sorted(line for line in report.warnings if "allOf parts disagree" in line)
    assert disagreements == [
        "allOf parts disagree: model AcknowledgeEntry: property 'kind': allOf parts declare it EntryKind and "
        "AcknowledgeEntryKind: the later part's AcknowledgeEntryKind",
        "allOf parts disagree: model ConversationRequest: property 'stream': allOf parts declare it bool and "
        "bool | None: read as bool | None",
        "allOf parts disagree: model Event: property 'count': allOf parts declare it int and int | None: read as "
        "int | None",
        "allOf parts disagree: model Event: property 'created_at': allOf parts declare it datetime.datetime | None "
        "and datetime.datetime: read as datetime.datetime | None",
        "allOf parts disagree: model Event: property 'summary': allOf parts declare it None | str and str: read as "
        "None | str",
    ], disagreements
    package = "allof_nullability_client"
    models = importlib.import_module(f"{package}.models")

    for summary, created in ((None, None), ("deployed", "2026-12-05T10:00:00+00:00")):
        _, handler = answer(200, json={"id": "e1", "summary": summary, "count": None, "created_at": created})
        event = await call(package, mode, "events", "get_event", handler, id="e1")
        assert isinstance(event, models.Event)
        assert (event.summary, event.count) == (summary, None)
        assert event.created_at == (None if created is None else datetime.datetime.fromisoformat(created))
        assert event.to_dict() == {"id": "e1", "summary": summary, "count": None, "created_at": created}
    with pytest.raises(TypeError, match="summary"):  # still required: the extension says so
        models.Event()  # type: ignore[call-arg]

    _, handler = answer(200, json={"kind": "acknowledgement_entry", "timeout": 30})
    entry = await call(package, mode, "events", "get_acknowledge_entry", handler, id="a1")
    assert (entry.kind, entry.timeout) == (models.AcknowledgeEntryKind.ACKNOWLEDGEMENT_ENTRY, 30)

    seen, handler = answer(201, json={"id": "c1"})
    made = await call(package, mode, "conversations", "start_conversation", handler, inputs="hi", store=None)
    assert made.id == "c1"
    # The base's default (false) survives the merge; the extension's null is accepted.
    assert json.loads(seen[0].content) == {"inputs": "hi", "stream": False, "store": None}


# ------------------------------------------------------------------------------------ defaults a schema cannot hold


async def test_a_default_its_schema_cannot_hold_is_left_out_not_the_operation(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    report = build("unusable_defaults")
    assert (report.operations, report.typed_operations, report.degraded, report.unsupported) == (1, 1, {}, {})
    dropped = [line for line in report.warnings if "left out (the server's own applies)" in line]
    assert len(dropped) == 4, dropped  # limit, sort, verbose, Memory.kind; offset "0" and weight 1.5 are kept
    assert any('"20 - incident_summary" is not of its type (integer)' in line for line in dropped), dropped
    package = "unusable_defaults_client"
    seen, handler = answer(200, json=[{"id": "m1", "kind": "runbook"}, {"id": "m2"}])
    memories = await call(package, mode, "memories", "list_memories", handler)
    unset = importlib.import_module(f"{package}.types").UNSET
    assert [(m.id, m.kind) for m in memories] == [("m1", "runbook"), ("m2", unset)]
    memory = importlib.import_module(f"{package}.models").Memory(id="m3")
    assert (memory.weight, memory.kind) == (1.5, unset)  # a default the schema holds still applies
    # Nothing dropped is sent; the kept default of offset is (opc sends parameter defaults).
    assert dict(seen[0].url.params) == {"offset": "0"}
    seen, handler = answer(200, json=[])
    await call(package, mode, "memories", "list_memories", handler, limit=5, sort="oldest", verbose=True)
    assert dict(seen[0].url.params) == {"limit": "5", "offset": "0", "sort": "oldest", "verbose": "true"}


# ------------------------------------------------------------------------------------ query parameter styles


async def test_query_parameters_are_sent_in_the_style_the_spec_declares(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    build("query_styles")
    package = "query_styles_client"
    models = importlib.import_module(f"{package}.models")
    seen, handler = answer(200, json=["a"])
    got = await call(
        package,
        mode,
        "items",
        "list_items",
        handler,
        ids=[1, 2, 3],
        words=["big", "red"],
        flags=[True, False],
        filter_=models.ListItemsFilter(status="open", open_=True),
        range_=models.ListItemsRange(from_=1, to=9),
        plain=models.ListItemsPlain(color="blue"),
        tags=["x", "y"],
    )
    assert got == ["a"]
    assert seen[0].url.query.decode() == (
        "ids=1%2C2%2C3&words=big+red&flags=true&flags=false&color=blue&tags=x%7Cy&filter%5Bstatus%5D=open"
        "&filter%5Bopen%5D=true&range=from%2C1%2Cto%2C9"
    )
    assert list(seen[0].url.params.multi_items()) == [
        ("ids", "1,2,3"),
        ("words", "big red"),
        ("flags", "true"),
        ("flags", "false"),  # the default style: repeated keys
        ("color", "blue"),  # the default style: the object's fields are keys of their own
        ("tags", "x|y"),
        ("filter[status]", "open"),
        ("filter[open]", "true"),
        ("range", "from,1,to,9"),
    ]
    # Not given: nothing sent for them.
    seen, handler = answer(200, json=[])
    await call(package, mode, "items", "list_items", handler, ids=[4])
    assert list(seen[0].url.params.multi_items()) == [("ids", "4")]
    # An array as deepObject; unions whose value is the object, then the integer.
    range_, bounds = models.ListItemsCreatedRange(gte=1, lte=5), models.ListItemsBounds(min_=2)
    await call(package, mode, "items", "list_items", handler, expand=["a", "b"], created=range_, size=bounds)
    assert list(seen[1].url.params.multi_items()) == [
        ("expand[]", "a"),
        ("expand[]", "b"),
        ("created[gte]", "1"),
        ("created[lte]", "5"),
        ("min", "2"),  # the default style, exploded: the object's fields as keys of their own
    ]
    await call(package, mode, "items", "list_items", handler, created=7, size=3)
    assert list(seen[2].url.params.multi_items()) == [("created", "7"), ("size", "3")]


# ------------------------------------------------------------------------------------ parameters declared with content


async def test_a_parameter_declared_with_content_is_an_argument_sent_as_its_media_type(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    report = build("content_parameters")
    assert (report.operations, report.typed_operations, report.degraded, report.unsupported) == (1, 1, {}, {})
    assert "#/paths/~1search/get/parameters/4/content: a header parameter sent as JSON is not supported: left out" in (
        report.warnings
    )
    package = "content_parameters_client"
    models = importlib.import_module(f"{package}.models")
    seen, handler = answer(200, json=["hit"])
    search_filter = models.SearchFilter(status="open", tags=["a b", "ü"])
    hits = await call(
        package, mode, "search", "search", handler, filter_=search_filter, ids=[1, 2], q="café", note="as is"
    )
    assert hits == ["hit"]
    assert list(seen[0].url.params.multi_items()) == [
        ("ids", "[1,2]"),
        ("q", '"café"'),  # JSON text: a string in quotes
        ("note", "as is"),  # text/plain: the value itself
        ("filter", '{"status":"open","tags":["a b","ü"]}'),
    ]
    seen, handler = answer(200, json=[])
    await call(package, mode, "search", "search", handler, q="x")
    assert list(seen[0].url.params.multi_items()) == [("q", '"x"')]


# ------------------------------------------------------------------------------------ unions of arrays


async def test_a_union_of_arrays_sends_each_member_as_json(build: Callable[[str], GenerationReport], mode: str) -> None:
    build("union_of_arrays")
    package = "union_of_arrays_client"
    models = importlib.import_module(f"{package}.models")
    sent_at = datetime.datetime(2026, 12, 5, 10, 0, tzinfo=datetime.UTC)
    user = models.Message(role=models.MessageRole.USER, content="hi", sent_at=sent_at)
    assistant = models.Message(role=models.MessageRole.ASSISTANT, content="hello")
    wire = [
        {"role": "user", "content": "hi", "sent_at": "2026-12-05T10:00:00+00:00"},
        {"role": "assistant", "content": "hello"},
    ]
    for given, expected in (([user, assistant], wire), ([[user], [assistant]], [[wire[0]], [wire[1]]]), ("hi", "hi")):
        seen, handler = answer(200, json={"input": expected})
        got = await call(package, mode, "moderations", "moderate", handler, input_=given)
        assert json.loads(seen[0].content) == {"input": expected}
        assert got.to_dict() == {"input": expected}  # and read back into the same member


# mypy --strict --no-incremental on the generated models: ~6 s alone (2026-12-05), 90 s under a loaded machine.
@pytest.mark.timeout(90)
def test_a_union_of_arrays_type_checks(build: Callable[[str], GenerationReport]) -> None:
    report = build("union_of_arrays")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", f"{report.package_name}.models"],
        capture_output=True,
        text=True,
        cwd=report.out,
        timeout=80,
    )
    assert result.returncode == 0, result.stdout


# ------------------------------------------------------------------------------------ properties required one way


async def test_read_only_and_write_only_properties_are_required_one_way_only(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    build("one_way_properties")
    package = "one_way_properties_client"
    unset = importlib.import_module(f"{package}.types").UNSET
    stored = {"id": 7, "name": "rex", "created_at": "2026-12-05T10:00:00+00:00"}  # no password: it is never returned
    seen, handler = answer(201, json=stored)
    pet = await call(package, mode, "pets", "create_pet", handler, name="rex", password="s3cret")
    assert json.loads(seen[0].content) == {"name": "rex", "password": "s3cret"}  # no id: the server makes it
    assert (pet.id, pet.name, pet.password) == (7, "rex", unset)
    assert pet.created_at == datetime.datetime.fromisoformat(stored["created_at"])


# ------------------------------------------------------------------------------------ simple-style parameters


async def test_path_and_header_arrays_and_booleans_are_sent_in_the_simple_style(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    build("simple_style_parameters")
    seen, handler = answer(200, json=["a"])
    arguments = {"ids": [1, 2], "flag": True, "x_tags": ["a b", "c"], "x_dry_run": False}
    assert await call("simple_style_parameters_client", mode, "pets", "get_pets", handler, **arguments) == ["a"]
    assert seen[0].url.raw_path == b"/pets/1,2/true"
    assert (seen[0].headers["x-tags"], seen[0].headers["x-dry-run"]) == ("a b,c", "false")


# ------------------------------------------------------------------------------------ form bodies with objects


async def test_form_body_objects_and_arrays_are_written_in_their_declared_style(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    build("form_bodies")
    package = "form_bodies_client"
    models = importlib.import_module(f"{package}.models")
    body = models.CreateCustomerBody.from_dict(
        {
            "email": "a@example.com",
            "active": True,
            "address": {"city": "Paris", "line1": "1 rue"},
            "shipping": {"name": "Ann", "address": {"city": "Lyon"}},
            "expand": ["invoice", "plan"],
            "items": [{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
            "metadata": {"order": "6735"},
            "codes": ["x", "y"],
            "tags": ["t1", "t2"],
            "plain": {"color": "blue"},
        }
    )
    seen, handler = answer(200, json={"id": "cus_1"})
    assert (await call(package, mode, "customers", "create_customer", handler, body=body)).id == "cus_1"
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(seen[0].content.decode()) == [
        ("email", "a@example.com"),
        ("active", "true"),
        ("address[city]", "Paris"),
        ("address[line1]", "1 rue"),
        ("shipping[name]", "Ann"),
        ("shipping[address][city]", "Lyon"),
        ("expand[]", "invoice"),
        ("expand[]", "plan"),
        ("items[0][price]", "p_1"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "p_2"),
        ("metadata[order]", "6735"),
        ("codes", "x|y"),
        ("tags", "t1"),  # the default style: repeated keys
        ("tags", "t2"),
        ("color", "blue"),  # the default style, exploded: the object's fields as keys of their own
    ]


# ------------------------------------------------------------------------------------ a relative server URL


async def test_a_relative_server_url_is_named_when_no_base_url_is_given(
    build: Callable[[str], GenerationReport], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    build("relative_server")
    package = importlib.import_module("relative_server_client")
    monkeypatch.delenv("RELATIVE_SERVER_BASE_URL", raising=False)
    cls = package.AsyncClient if mode == "async" else package.Client
    with pytest.raises(ValueError, match="^base_url: no URL given, and RELATIVE_SERVER_BASE_URL is not set") as raised:
        cls()
    assert "the spec's server is the relative URL '/api/v1'" in str(raised.value)
    assert "https://api.example.com/api/v1" in str(raised.value)
    assert "relative URL /api/v1" in cls.__doc__
    seen, handler = answer(200, json={"ok": True})
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    client = cls(base_url="https://host.example/api/v1", http_client=http)
    module = importlib.import_module(f"relative_server_client.{'aio' if mode == 'async' else 'api'}.health.ping")
    assert (await resolve(module.call(client))).ok is True
    assert str(seen[0].url) == "https://host.example/api/v1/ping"
    await resolve(client.aclose() if mode == "async" else client.close())


# ------------------------------------------------------------------------------------ lists of an enum


async def test_a_list_of_an_enum_takes_its_plain_values(build: Callable[[str], GenerationReport], mode: str) -> None:
    build("enum_lists")
    package = "enum_lists_client"
    models = importlib.import_module(f"{package}.models")
    seen, handler = answer(200, json=[])
    await call(package, mode, "issues", "list_issues", handler, labels=["bug", models.ListIssuesLabelsItem.DOCS])
    assert list(seen[0].url.params.multi_items()) == [("labels", "bug"), ("labels", "docs")]
    with pytest.raises(
        ValueError, match=r"^list_issues\(\): labels\[1\]='nope' is not one of 'bug', 'docs', 'feature'"
    ):
        await call(package, mode, "issues", "list_issues", handler, labels=["bug", "nope"])
    with pytest.raises(
        TypeError, match=r"^list_issues\(\): labels must be a list of ListIssuesLabelsItem values, not str"
    ):
        await call(package, mode, "issues", "list_issues", handler, labels="bug")
    seen, handler = answer(201, json={"id": 1})
    await call(package, mode, "issues", "create_issue", handler, title="t", labels=("feature",), state="open")
    assert json.loads(seen[0].content) == {"title": "t", "labels": ["feature"], "state": "open"}
    with pytest.raises(ValueError, match=r"^create_issue\(\): labels\[0\]='nope'"):
        await call(package, mode, "issues", "create_issue", handler, title="t", labels=["nope"])
    assert len(seen) == 1  # nothing sent for a refused argument


# mypy --strict --no-incremental on the package and a snippet: ~8 s alone (2026-12-05), 90 s under a loaded machine.
@pytest.mark.timeout(90)
def test_a_list_of_an_enum_type_checks(build: Callable[[str], GenerationReport], tmp_path: Path) -> None:
    report = build("enum_lists")
    snippet = tmp_path / "use.py"
    snippet.write_text(
        "from enum_lists_client import Client\n"
        "from enum_lists_client.api.issues import list_issues\n"
        "from enum_lists_client.models import ListIssuesLabelsItem\n"
        "client = Client(base_url='http://issues.test')\n"
        "list_issues.call(client, labels=['bug', ListIssuesLabelsItem.DOCS])\n"
        "client.issues.create_issue(title='t', labels=['docs'])\n"
        "list_issues.call(client, labels=['nope'])\n"  # error: not a listed value
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    package = subprocess.run(
        [*mypy, "-p", report.package_name], capture_output=True, text=True, cwd=report.out, timeout=60
    )
    assert package.returncode == 0, package.stdout
    use = subprocess.run([*mypy, str(snippet)], capture_output=True, text=True, cwd=report.out, timeout=60)
    errors = [line for line in use.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["7"], use.stdout


# ------------------------------------------------------------------------------------ multipart parts


async def test_multipart_parts_are_written_as_openapi_encodes_them(
    build: Callable[[str], GenerationReport], mode: str
) -> None:
    build("multipart_parts")
    package = "multipart_parts_client"
    models = importlib.import_module(f"{package}.models")
    file = importlib.import_module(f"{package}.types").File
    body = models.UploadBody(
        file=file(payload=io.BytesIO(b"abc"), file_name="a.txt", mime_type="text/plain"),
        attachments=[file(payload=io.BytesIO(b"x1"), file_name="x1.bin")],
        meta=models.UploadBodyMeta(author="me"),
        tags=["t1", "t2"],
        count=3,
        flag=False,
    )
    seen, handler = answer(200, json={"id": "u1"})
    assert (await call(package, mode, "uploads", "upload", handler, body=body)).id == "u1"
    message = email.message_from_bytes(
        b"Content-Type: " + seen[0].headers["content-type"].encode() + b"\r\n\r\n" + seen[0].content,
        policy=email.policy.HTTP,
    )
    parts = [
        (part.get_param("name", header="content-disposition"), part.get_content()) for part in message.iter_parts()
    ]
    assert parts == [
        ("file", "abc"),
        ("attachments", b"x1"),
        ("meta", parts[2][1]),  # JSON, checked below
        ("tags", "t1"),
        ("tags", "t2"),
        ("count", "3"),
        ("flag", "false"),
    ]
    assert json.loads(parts[2][1]) == {"author": "me"}
