"""Body fields as keyword arguments, dict bodies and enum plain values (tests/specs/body_keyword_arguments.yaml),
through both twins' resource methods and endpoint functions: what reaches the wire, and the mistakes refused
before anything is sent."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from tests.twins import resolve

SPEC = Path(__file__).resolve().parents[1] / "specs" / "body_keyword_arguments.yaml"
PACKAGE = "bodies_client"
MODES = ["sync", "async"]
ISSUE = {"id": 1, "title": "t"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GenerationReport, Path]]:
    out = tmp_path_factory.mktemp("bodies") / "out"
    report = generate(SPEC, out, package_name=PACKAGE)
    sys.path.insert(0, str(out))
    try:
        yield report, out
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def package(built: tuple[GenerationReport, Path]) -> ModuleType:
    return importlib.import_module(PACKAGE)


class Wire:
    """A client of one twin whose requests are recorded and answered without a network."""

    def __init__(self, package: ModuleType, mode: str) -> None:
        self.sent: list[httpx.Request] = []
        self.mode = mode

        def handler(request: httpx.Request) -> httpx.Response:
            self.sent.append(request)
            if request.method == "PUT":
                return httpx.Response(204)
            status = 201 if request.method == "POST" else 200
            return httpx.Response(status, json=[] if request.method == "GET" else ISSUE)

        transport = httpx.MockTransport(handler)
        http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=transport)
        self.client = (package.AsyncClient if mode == "async" else package.Client)(
            http_client=http, base_url="http://bodies.test"
        )

    def function(self, resource: str, operation: str) -> Any:
        module = importlib.import_module(f"{PACKAGE}.{'aio' if self.mode == 'async' else 'api'}.{resource}.{operation}")
        return module.call

    def json(self) -> Any:
        assert len(self.sent) == 1
        return json.loads(self.sent[0].content)


def test_renamed_fields_are_reported(built: tuple[GenerationReport, Path]) -> None:
    report, _ = built
    renamed = [line for line in report.warnings if "body field" in line]
    assert renamed == [
        "POST /repos/{owner}/{repo}/issues: body field 'body' is the argument body_= "
        "('body' is taken by a parameter or the generated code)",
        "POST /repos/{owner}/{repo}/issues: body field 'owner' is the argument owner_= "
        "('owner' is taken by a parameter or the generated code)",
    ]


@pytest.mark.parametrize("mode", MODES)
async def test_fields_as_keyword_arguments_make_the_body(package: ModuleType, mode: str) -> None:
    from bodies_client.models import IssueState, Milestone

    wire = Wire(package, mode)
    issue = await resolve(
        wire.client.issues.create(
            owner="octo",
            repo="hello",
            title="Crash",
            body_="It crashes.",
            owner_="alice",
            labels=["bug"],
            state="closed",
            milestone=Milestone(name="v1"),
            assignee=None,
            cast_="c",
        )
    )
    assert issue.id == 1
    assert wire.sent[0].url.path == "/repos/octo/hello/issues"
    assert wire.json() == {
        "title": "Crash",
        "body": "It crashes.",
        "owner": "alice",
        "labels": ["bug"],
        "state": "closed",
        "milestone": {"name": "v1"},
        "assignee": None,
        "cast": "c",
    }
    # The endpoint function takes the same arguments; an enum member works as before.
    wire.sent.clear()
    await resolve(wire.function("issues", "create")(wire.client, owner="o", repo="r", title="x", state=IssueState.OPEN))
    assert wire.json() == {"title": "x", "state": "open"}


@pytest.mark.parametrize("mode", MODES)
async def test_an_enum_value_that_needs_escaping_is_accepted(package: ModuleType, mode: str) -> None:
    wire = Wire(package, mode)
    await resolve(wire.client.issues.create(owner="o", repo="r", title="x", state='needs "triage"\\'))
    assert wire.json() == {"title": "x", "state": 'needs "triage"\\'}


@pytest.mark.parametrize("mode", MODES)
async def test_body_as_model_or_dict(package: ModuleType, mode: str) -> None:
    from bodies_client.models import IssueCreate

    wire = Wire(package, mode)
    await resolve(wire.client.issues.create(owner="o", repo="r", body=IssueCreate(title="m")))
    await resolve(wire.client.issues.create(owner="o", repo="r", body={"title": "d", "milestone": {"name": "v2"}}))
    assert [json.loads(request.content) for request in wire.sent] == [
        {"title": "m"},
        {"title": "d", "milestone": {"name": "v2"}},
    ]


@pytest.mark.parametrize("mode", MODES)
async def test_an_optional_body_is_left_out_or_made_from_its_fields(package: ModuleType, mode: str) -> None:
    wire = Wire(package, mode)
    await resolve(wire.client.issues.update(owner="o", repo="r", number=3))
    await resolve(wire.client.issues.update(owner="o", repo="r", number=3, state="open"))
    assert [request.content for request in wire.sent] == [b"", b'{"state":"open"}']


@pytest.mark.parametrize("mode", MODES)
async def test_an_enum_query_parameter_takes_its_plain_value(package: ModuleType, mode: str) -> None:
    wire = Wire(package, mode)
    await resolve(wire.client.issues.list(owner="o", repo="r", state="all"))
    assert wire.sent[0].url.params["state"] == "all"


@pytest.mark.parametrize("mode", MODES)
async def test_a_map_body_is_body_only_and_takes_a_dict(package: ModuleType, mode: str) -> None:
    wire = Wire(package, mode)
    await resolve(wire.client.labels.replace(body={"bug": "red"}))
    assert wire.json() == {"bug": "red"}


MISTAKES = [
    pytest.param(
        "issues.create",
        {"title": "x", "body": {"title": "y"}},
        TypeError,
        "create() got both body= and the body's fields as arguments ('title'); pass the fields one way or the other",
        id="body-and-fields",
    ),
    pytest.param(
        "issues.create",
        {"labels": ["bug"]},
        TypeError,
        "create() missing 1 required keyword argument: 'title'",
        id="missing-required",
    ),
    pytest.param(
        "issues.create",
        {},
        TypeError,
        "create() missing 1 required keyword argument: 'title'",
        id="nothing-given",
    ),
    pytest.param(
        "issues.create",
        {"body": {"labels": ["bug"]}},
        TypeError,
        "create(): body is missing the required field 'title' of IssueCreate",
        id="dict-missing-required",
    ),
    pytest.param(
        "issues.create",
        {"body": {"title": "x", "milestone": "v1"}},
        TypeError,
        "create(): body is not a valid IssueCreate: field 'milestone' (str 'v1')",
        id="dict-bad-nested",
    ),
    pytest.param(
        "issues.create",
        {"body": ["title"]},
        TypeError,
        "create(): body must be a IssueCreate or a dict, not list",
        id="body-not-a-dict",
    ),
    pytest.param(
        "issues.create",
        {"title": "x", "state": "reopened"},
        ValueError,
        "create(): state='reopened' is not one of 'closed', 'needs \"triage\"\\\\', 'open'",
        id="unknown-enum-field",
    ),
    pytest.param(
        "issues.list",
        {"state": "reopened"},
        ValueError,
        "list(): state='reopened' is not one of 'all', 'closed', 'open'",
        id="unknown-enum-parameter",
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "arguments", "error", "message"), MISTAKES)
async def test_mistakes_are_refused_before_sending(
    package: ModuleType, mode: str, operation: str, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    resource, method = operation.split(".")
    wire = Wire(package, mode)
    for call in (getattr(getattr(wire.client, resource), method), wire.function(resource, method)):
        prefix = () if call.__name__ != "call" else (wire.client,)
        with pytest.raises(error) as raised:
            await resolve(call(*prefix, owner="o", repo="r", **arguments))
        assert str(raised.value) == message
    assert wire.sent == []


# mypy --strict --no-incremental on a snippet against the package: ~5 s alone, ~15 s under load (2026-12-05).
@pytest.mark.timeout(90)
def test_mypy_types_the_arguments(built: tuple[GenerationReport, Path], tmp_path: Path) -> None:
    snippet = tmp_path / "use.py"
    snippet.write_text(
        "from bodies_client import Client\n"
        "from bodies_client.models import IssueState, Milestone\n"
        "client = Client(base_url='http://bodies.test')\n"
        "client.issues.create(\n"
        "    owner='o', repo='r', title='t', labels=['a'], state='open', milestone=Milestone(name='m')\n"
        ")\n"
        "client.issues.create(owner='o', repo='r', state=IssueState.CLOSED, body_='text')\n"
        "client.issues.create(owner='o', repo='r', body={'title': 't'})\n"
        "client.issues.list(owner='o', repo='r', state='all')\n"
        "client.issues.create(owner='o', repo='r', state='reopened')\n"  # error 1: not a listed value
        "client.issues.create(owner='o', repo='r', labels='bug')\n"  # error 2: not a list
        "client.issues.list(owner='o', repo='r', state='bogus')\n"  # error 3
    )
    _, out = built
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(out)},
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [int(line.split(":")[1]) for line in errors] == [10, 11, 12], result.stdout


def test_bodies_wider_than_the_limit_are_body_only(tmp_path: Path) -> None:
    import inspect

    import yaml

    from generator.plan.arguments import MAX_BODY_FIELDS

    spec = yaml.safe_load(SPEC.read_text())
    for width in (MAX_BODY_FIELDS, MAX_BODY_FIELDS + 1):
        properties = {f"f{i}": {"type": "string"} for i in range(width)}
        spec["paths"][f"/wide{width}"] = {
            "post": {
                "operationId": f"wide/post{width}",
                "tags": ["wide"],
                "requestBody": {
                    "content": {"application/json": {"schema": {"type": "object", "properties": properties}}}
                },
                "responses": {"204": {"description": "Done."}},
            }
        }
    path = tmp_path / "wide.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "out"
    generate(path, out, package_name="wide_client")
    sys.path.insert(0, str(out))
    try:
        fields = {
            width: [
                name
                for name in inspect.signature(
                    importlib.import_module(f"wide_client.api.wide.post{width}").call
                ).parameters
                if name.startswith("f")
            ]
            for width in (MAX_BODY_FIELDS, MAX_BODY_FIELDS + 1)
        }
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == "wide_client"]:
            del sys.modules[name]
    assert fields == {MAX_BODY_FIELDS: [f"f{i}" for i in range(MAX_BODY_FIELDS)], MAX_BODY_FIELDS + 1: []}
