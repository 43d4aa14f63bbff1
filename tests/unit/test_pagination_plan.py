"""Pagination planning: the x-pagination grammar, config overrides, detection and overlays (no generation)."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator import GenerationError, GeneratorConfig, SpecError, generate
from generator.config import load_config
from generator.plan.pagination import parse_path, plan_pagination
from generator.spec.overlay import apply_overlay, load_overlay, parse_target
from generator.tools.pagination_report import spec_report
from tests.conftest import ROOT

SPEC_PATH = ROOT / "tests" / "golden" / "specs" / "paged.yaml"
DECLARED: dict[str, Any] = YAML(typ="safe", pure=True).load(SPEC_PATH.read_text())


def undeclared() -> dict[str, Any]:
    """The test spec with every x-pagination removed: what detection sees."""
    document = copy.deepcopy(DECLARED)
    for item in document["paths"].values():
        for operation in item.values():
            operation.pop("x-pagination", None)
    return document


def with_declaration(path: str, method: str, declaration: object) -> dict[str, Any]:
    document = copy.deepcopy(DECLARED)
    document["paths"][path][method]["x-pagination"] = declaration
    return document


# ------------------------------------------------------------------------------------------------ the grammar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (".", ()),
        ("data", ("data",)),
        ("data[-1].id", ("data", -1, "id")),
        ("links.pages.next", ("links", "pages", "next")),
        ('["odd.key"].next', ("odd.key", "next")),
        ("a['x y'][0]", ("a", "x y", 0)),
        ('["q\\"uote"]', ('q"uote',)),
        ("@odata.nextLink", ("@odata", "nextLink")),
    ],
)
def test_paths_parse_into_keys_and_indices(text: str, expected: tuple[object, ...]) -> None:
    assert parse_path(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", ".data", "data.", "a..b", "data[", "data[1.5]", "data]", "a[99999999]", '["bell\x07"]', "a b", 7, None],
)
def test_bad_paths_are_rejected(text: object) -> None:
    with pytest.raises(ValueError):
        parse_path(text)


@pytest.mark.parametrize(
    ("declaration", "field", "problem"),
    [
        ({"cursor": {"param": "cursor", "from": "next_cursor"}}, "x-pagination.items", "required"),
        ({"items": "items"}, "x-pagination", "one of cursor, offset, page, link or url"),
        ({"items": "items", "cursr": {}}, "x-pagination.cursr", "unknown key"),
        ({"items": "items", "cursor": {"param": "cursor"}}, "x-pagination.cursor.from", "required"),
        ({"items": "items", "cursor": {"param": "cursor", "from": "a..b"}}, "x-pagination.cursor.from", "'.'"),
        ({"items": "items", "cursor": {"param": "cursor", "from": "x", "in": "header"}}, "cursor.in", "query or body"),
        ({"items": "items", "cursor": {"param": "nope", "from": "x"}}, "cursor.param", "not a query parameter"),
        ({"items": "items", "cursor": {"param": "cursor", "from": "x"}, "offset": {"param": "o"}}, "offset", "one"),
        ({"items": "items", "link": "next page"}, "x-pagination.link", "link relation"),
        ({"items": "items", "page": {"param": "page", "first": True}}, "page.first", "first page"),
        ("cursor", "x-pagination", "expected a mapping"),
    ],
)
def test_invalid_x_pagination_names_operation_and_field(declaration: object, field: str, problem: str) -> None:
    with pytest.raises(SpecError) as caught:
        plan_pagination(with_declaration("/cursor", "get", declaration))
    message = str(caught.value)
    assert message.startswith("#/paths/~1cursor/get/x-pagination: list_cursor: ")
    assert field in message and problem in message


def test_x_pagination_false_switches_detection_off() -> None:
    plan = plan_pagination(with_declaration("/cursor", "get", False))
    assert ("GET", "/cursor") not in plan.declarations
    assert len(plan.declarations) == 8


def test_declared_styles_and_sources() -> None:
    plan = plan_pagination(DECLARED)
    styles = {path: (d.style, d.kind, d.origin) for (_, path), d in plan.declarations.items()}
    assert styles == {
        "/cursor": ("cursor", "cursor", "x-pagination"),
        "/search": ("body_cursor", "cursor", "x-pagination"),
        "/offset": ("offset", "offset", "x-pagination"),
        "/pages": ("page", "page", "x-pagination"),
        "/linked": ("link", "link", "x-pagination"),
        "/stripe": ("has_more", "cursor", "x-pagination"),
        "/hal": ("next_url", "url", "x-pagination"),
        "/hostile": ("cursor", "cursor", "x-pagination"),
        "/untyped": ("cursor", "cursor", "x-pagination"),
    }
    stripe = plan.declarations[("GET", "/stripe")]
    assert stripe.source == ("data", -1, "id") and stripe.has_more == ("has_more",)


# -------------------------------------------------------------------------------------------------- detection


def test_detection_finds_all_seven_styles_and_says_why() -> None:
    plan = plan_pagination(undeclared())
    found = {path: d for (_, path), d in plan.declarations.items()}
    assert {path: d.style for path, d in found.items()} == {
        "/cursor": "cursor",
        "/search": "body_cursor",
        "/offset": "offset",
        "/pages": "page",
        "/linked": "link",
        "/stripe": "has_more",
        "/hal": "next_url",
    }
    assert all(d.origin == "detected" for d in found.values())
    assert found["/cursor"].source == ("next_cursor",) and found["/cursor"].param == "cursor"
    assert found["/search"].location == "body"
    assert found["/offset"].total == ("total",) and found["/offset"].size_param == "limit"
    assert found["/stripe"].source == ("data", -1, "id")
    assert found["/hal"].source == ("links", "next")
    assert "`Link` header" in found["/linked"].reason
    assert "query parameter `cursor` and response field `next_cursor`" in found["/cursor"].reason
    assert len(plan.notes) == 7 and all("[detected: " in note for note in plan.notes)


def test_detection_can_be_switched_off() -> None:
    assert plan_pagination(undeclared(), detect_conventions=False).declarations == {}


def test_detection_ignores_single_resources_and_unpaged_lists() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "paths": {
            "/tags": {"get": {"responses": {"200": _json({"type": "array", "items": {"type": "string"}})}}},
            "/things/{id}": {
                "get": {
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": _json({"type": "object", "properties": {"id": {"type": "string"}}})},
                }
            },
        },
    }
    assert plan_pagination(document).declarations == {}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


# ----------------------------------------------------------------------------------------------------- config


def test_config_corrects_a_guess_by_operation_id_or_method_and_path() -> None:
    config = {
        "list_offset": {"items": "results", "offset": {"param": "offset", "limit": "limit"}},
        "GET /cursor": False,
    }
    plan = plan_pagination(undeclared(), config=config)
    offset = plan.declarations[("GET", "/offset")]
    assert offset.origin == "config" and offset.total is None
    assert ("GET", "/cursor") not in plan.declarations
    assert any(note.startswith("list_offset (GET /offset): offset") and "[config: " in note for note in plan.notes)


def test_config_wins_over_x_pagination() -> None:
    plan = plan_pagination(DECLARED, config={"list_pages": {"items": ".", "page": {"param": "page", "first": 0}}})
    pages = plan.declarations[("GET", "/pages")]
    assert pages.origin == "config" and pages.first_page == 0 and pages.size_param == ""


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"list_nothing": False}, "'list_nothing' matches no operation"),
        ({"list_offset": {"items": "results", "offset": {"param": "skip"}}}, "offset.param: 'skip' is not a query"),
        ({"GET /cursor": {"items": "items"}}, "config pagination['GET /cursor']: one of cursor"),
    ],
)
def test_bad_config_declarations_name_the_key(config: dict[str, Any], message: str) -> None:
    with pytest.raises(GenerationError, match="config pagination") as caught:
        plan_pagination(DECLARED, config=config)
    assert message in str(caught.value)


def test_config_file_loads_pagination_settings(tmp_path: Path) -> None:
    path = tmp_path / "sdk.yaml"
    path.write_text("detect_pagination: false\noverlays: [more.yaml]\npagination:\n  list_x: false\n", encoding="utf-8")
    settings = load_config(path)
    assert settings.detect_pagination is False
    assert settings.overlays == ("more.yaml",)  # resolved against the config file's folder when generating
    assert settings.pagination == {"list_x": False}
    path.write_text("detect_pagination: 'no'\n", encoding="utf-8")
    with pytest.raises(GenerationError, match="detect_pagination: expected true or false"):
        load_config(path)


# ---------------------------------------------------------------------------------------------------- overlays


def test_overlay_adds_and_removes(tmp_path: Path) -> None:
    overlay_path = tmp_path / "overlay.yaml"
    overlay_path.write_text(
        """
overlay: 1.0.0
info: {title: pagination for someone else's spec, version: "1"}
actions:
  - target: $.paths['/pages'].get
    update:
      x-pagination: {page: {first: 0}}
  - target: $.paths['/cursor'].get.x-pagination
    remove: true
  - target: $.paths.*.*.tags
    update: extra
  - target: $.paths['/nowhere'].get
    update: {summary: never}
""",
        encoding="utf-8",
    )
    warnings: list[str] = []
    document = apply_overlay(DECLARED, load_overlay(overlay_path), warnings)
    assert document["paths"]["/pages"]["get"]["x-pagination"] == {
        "items": ".",
        "page": {"param": "page", "size": "per_page", "first": 0},
    }
    assert document["paths"]["/cursor"]["get"]["tags"] == ["things", "extra"]
    assert "x-pagination" in DECLARED["paths"]["/cursor"]["get"]  # the input is not modified
    assert warnings == ["overlay.yaml: actions[3]: target \"$.paths['/nowhere'].get\" selects nothing"]
    plan = plan_pagination(document)
    assert plan.declarations[("GET", "/pages")].first_page == 0
    assert plan.declarations[("GET", "/cursor")].origin == "detected"


@pytest.mark.parametrize("target", ["paths", "$..get", "$.paths[?(@.get)]", "$.paths[0:2]"])
def test_overlay_targets_outside_the_subset_are_rejected(target: str) -> None:
    with pytest.raises(ValueError):
        parse_target(target)


def test_generate_applies_overlays_and_reports_pagination(tmp_path: Path) -> None:
    overlay_path = tmp_path / "off.yaml"
    overlay_path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.paths['/hal'].get\n    update: {x-pagination: false}\n",
        encoding="utf-8",
    )
    report = generate(
        SPEC_PATH,
        tmp_path / "out",
        package_name="paged_client",
        config=GeneratorConfig(overlays=(str(overlay_path),)),
    )
    assert len(report.pagination) == 8
    assert not any("(GET /hal)" in line for line in report.pagination)
    manifest = (tmp_path / "out" / "GENERATED.json").read_text()
    assert '"file": "off.yaml"' in manifest and str(tmp_path) not in manifest


# ------------------------------------------------------------------------------------------ command line, report


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_rejects_invalid_x_pagination_with_exit_2(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        SPEC_PATH.read_text().replace(
            "from: next_cursor}}\n      parameters: [{$ref", "from: 'a[x]'}}\n      parameters: [{$ref"
        ),
        encoding="utf-8",
    )
    result = run("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "#/paths/~1cursor/get/x-pagination: list_cursor: x-pagination.cursor.from:" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_prints_detected_pagination_and_can_switch_it_off(tmp_path: Path) -> None:
    spec = tmp_path / "bare.yaml"
    YAML(typ="safe", pure=True).dump(undeclared(), spec)
    detected = run("generate", "--spec", str(spec), "--out", str(tmp_path / "a"), "--package", "bare_client")
    assert detected.returncode == 0, detected.stderr
    assert "pagination: list_cursor (GET /cursor): cursor: " in detected.stdout
    assert "[detected: query parameter `cursor` and response field `next_cursor`" in detected.stdout
    assert "7 paginated" in detected.stdout
    off = run(
        "generate", "--spec", str(spec), "--out", str(tmp_path / "b"), "--package", "bare_client",
        "--no-detect-pagination",
    )  # fmt: skip
    assert off.returncode == 0 and "0 paginated" in off.stdout and "pagination:" not in off.stdout


def test_paginate_report_counts_styles(tmp_path: Path) -> None:
    spec = tmp_path / "bare.yaml"
    YAML(typ="safe", pure=True).dump(undeclared(), spec)
    text, counts = spec_report(spec, verbose=True)
    assert counts["paginated"] == 7 and counts["detected"] == 7
    assert "cursor 1, body_cursor 1, offset 1, page 1, link 1, has_more 1, next_url 1" in text
    result = run("paginate-report", str(tmp_path))
    assert result.returncode == 0 and result.stdout.startswith("bare.yaml: 9 operations")
