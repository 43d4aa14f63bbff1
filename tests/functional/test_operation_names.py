"""Operation names from tests/specs/operation_names.yaml, generated with a config that renames and moves, called
through both twins: the module, the resource method and the request all follow the names report."""

from __future__ import annotations

import importlib
import keyword
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from generator.config import GeneratorConfig
from generator.plan.opnames import method_words, snake
from generator.tools.names_report import spec_names
from tests.twins import resolve

SPEC = Path(__file__).resolve().parents[1] / "specs" / "operation_names.yaml"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "specs"
PACKAGE = "names_client"
CONFIG = GeneratorConfig(
    operations={
        "legacySearchEverything": {"name": "search", "resource": "things"},
        "GET /things/{id}/class": {"name": "get_class"},
    }
)

EXPECTED = {
    ("issues", "list_for_repo"): ("GET", "/repos/o/r/issues"),
    ("repos", "get"): ("GET", "/repos/o/r"),
    ("repos", "delete"): ("DELETE", "/repos/o/r"),
    ("repos", "repos_get"): ("GET", "/repos/o"),  # "get" is taken by repos/get: the tag stays
    ("keys", "create_an_api_key_for_a_service_account"): ("POST", "/service-accounts/1/keys"),
    ("things", "list_things"): ("GET", "/things"),
    ("things", "list_things_2"): ("POST", "/things"),  # the same name once cleaned: numbered, reported
    ("things", "get_class"): ("GET", "/things/1/class"),  # configured
    ("things", "search"): ("GET", "/legacy/search"),  # configured: renamed and moved
    # resources are named from the tag as written, acronyms kept whole (opc's snake case: floating_i_ps)
    ("floating_ips", "list"): ("GET", "/floating_ips"),
    ("reserved_ipv6", "get"): ("GET", "/reserved_ipv6/1"),
    ("tag_1_click_applications", "one_clicks_list"): ("GET", "/1-clicks"),
}
ARGS = {"owner": "o", "repo": "r", "id": "1", "id_": "1", "ip": "1"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerationReport]:
    out = tmp_path_factory.mktemp("names") / "out"
    report = generate(SPEC, out, package_name=PACKAGE, config=CONFIG)
    sys.path.insert(0, str(out))
    try:
        yield report
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def test_clashes_are_reported(built: GenerationReport) -> None:
    assert "POST /things: things.list_things is taken by GET /things; named things.list_things_2" in built.warnings


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("name", "request_line"), EXPECTED.items(), ids=[f"{r}.{m}" for r, m in EXPECTED])
async def test_modules_and_resource_methods_follow_the_names(
    built: GenerationReport, mode: str, name: tuple[str, str], request_line: tuple[str, str]
) -> None:
    resource, method = name
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "DELETE":
            return httpx.Response(204)
        status = 201 if request.url.path.endswith("/keys") else 200
        body: Any = (
            {} if request.url.path.startswith(("/repos/o", "/service")) and "issues" not in request.url.path else []
        )
        return httpx.Response(status, json="c" if request.url.path.endswith("/class") else body)

    package = importlib.import_module(PACKAGE)
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=httpx.MockTransport(handler))
    client = (package.AsyncClient if mode == "async" else package.Client)(
        http_client=http, base_url="https://n.example"
    )
    module = importlib.import_module(f"{PACKAGE}.{'aio' if mode == 'async' else 'api'}.{resource}.{method}")
    bound = getattr(getattr(client, resource), method)
    params = [p for p in ARGS if p in module.call.__code__.co_varnames]
    kwargs: dict[str, Any] = {p: ARGS[p] for p in params}
    await resolve(module.call(client, **kwargs))
    await resolve(bound(**kwargs))
    assert [(r.method, r.url.path) for r in seen] == [request_line, request_line]


def test_the_names_report_matches_the_package(built: GenerationReport, tmp_path: Path) -> None:
    config = tmp_path / "generator.yaml"
    config.write_text(
        "operations:\n  legacySearchEverything: {name: search, resource: things}\n"
        '  "GET /things/{id}/class": {name: get_class}\n'
    )
    rows, reports = spec_names(SPEC, config)
    assert {(row.resource, row.method) for row in rows} == set(EXPECTED)
    assert len(reports) == 1


def _glued(resource: str, method: str) -> bool:
    """``issueslist_for_repo`` under ``issues``: the resource name glued onto the rest of the method."""
    return method.startswith(resource) and len(method) > len(resource) and method[len(resource)] != "_"


# Parsing a spec with opc: up to ~15 s for the 3-4 MB ones (stripe, digitalocean) under load (2026-12-05).
@pytest.mark.timeout(180)
@pytest.mark.parametrize("spec", sorted(p.name for p in SHARED.glob("*") if p.suffix in (".yaml", ".json")))
def test_every_shared_spec_reads_like_a_hand_written_sdk(spec: str) -> None:
    rows, _ = spec_names(SHARED / spec)
    assert rows
    per_resource: dict[str, set[str]] = {}
    for row in rows:
        assert row.method.isidentifier() and not keyword.iskeyword(row.method), row.line()
        assert re.fullmatch(r"[a-z_][a-z0-9_]*", row.method), f"not PEP 8: {row.line()}"
        assert not _glued(row.resource, row.method), f"resource glued onto the method: {row.line()}"
        assert row.method not in per_resource.setdefault(row.resource, set()), f"repeated: {row.line()}"
        per_resource[row.resource].add(row.method)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("createAnAPIKeyForAServiceAccount", "create_an_api_key_for_a_service_account"),
        ("listAPIsForUser", "list_apis_for_user"),
        ("Floating IPs", "floating_ips"),
        ("getIDs", "get_ids"),
        ("Reserved IPv6 Actions", "reserved_ipv6_actions"),
        ("VPCs", "vpcs"),
        ("HTTPServer", "http_server"),
        ("getCoreV1APIResources", "get_core_v1_api_resources"),
        ("Schedules V3", "schedules_v3"),
        ("Übersicht", "übersicht"),
        ("getÜbersicht", "get_übersicht"),
        ("straßenNamen", "straßen_namen"),
        ("naïveCafé", "naïve_café"),
        ("ÄrzteAPI", "ärzte_api"),
        ("émoji 🚀", "émoji"),
        ("注文を取得", "注文を取得"),
    ],
)
def test_acronyms_stay_whole(text: str, name: str) -> None:
    """An acronym is one word, also with a plural ``s`` (IPs, APIs) or a version (IPv6); a letter beyond ASCII is a
    letter of its case, not a word of its own (``Übersicht`` was ``ü_bersicht``)."""
    assert snake(method_words(text)) == name
