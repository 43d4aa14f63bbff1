"""The change report describes the package users import: the surface of the two generated packages, merged with
what only the spec diff sees (deprecations, wire-only changes), readable at scale."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from generator import diff_specs, generate
from generator.release.diff import render_markdown
from generator.spec.loader import load_document

from .oracle import BASE, SYNTHETIC, _op, _operations, _schemas


def _pair(tmp_path: Path, *mutations: Any) -> tuple[Path, Path]:
    base = load_document(BASE).data
    old = tmp_path / "old.json"
    old.write_text(json.dumps(base), encoding="utf-8")
    doc = copy.deepcopy(base)
    for mutate in mutations:
        mutate(doc)
    new = tmp_path / "new.json"
    new.write_text(json.dumps(doc), encoding="utf-8")
    return old, new


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_a_model_that_stops_generating_names_the_functions_whose_return_type_changed(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, SYNTHETIC["model_stops_generating"])
    text = render_markdown(diff_specs(old, new))
    breaking = _section(text, "Breaking changes")
    assert "Returns `Any` instead of `Order`" in breaking
    assert "`client.orders.get_order`" in breaking and "`client.orders.create_order`" in breaking
    assert "### `models.Order`" in breaking  # the vanished class
    assert "Paginator[Order]` → `Paginator[Any]`" in breaking  # the paginator's item type
    assert "Additions" not in text


def test_a_nullable_reference_is_a_rename_to_type0(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, SYNTHETIC["schema_made_nullable"])
    breaking = _section(render_markdown(diff_specs(old, new)), "Breaking changes")
    assert "Renamed to `CustomerType0`: imports of `Customer` fail." in breaking
    assert "`Order.customer`: type changed, `Customer | Unset` → `CustomerType0 | None | Unset`." in breaking


def test_field_type_nullability_and_enum_members_are_classified(tmp_path: Path) -> None:
    old, new = _pair(
        tmp_path,
        SYNTHETIC["field_type_changed"],
        SYNTHETIC["ref_made_nullable"],
        SYNTHETIC["enum_value_removed"],
        lambda d: _schemas(d)["Priority"]["enum"].append(4),
    )
    report = diff_specs(old, new)
    levels = {change.message: change.level for change in report.changes}
    assert levels["`Order.total`: type changed, `float | Unset` → `str | Unset`."] == "breaking"
    assert levels["`Order.customer`: may now be `None` (`Customer | Unset` → `Customer | None | Unset`)."] == "breaking"
    assert levels["Member `Status.SHIPPED` removed."] == "breaking"
    assert levels["New member `Priority.VALUE_4` (`4`)."] == "addition"


def test_a_schema_that_generates_no_class_is_reported_under_the_names_that_use_it(tmp_path: Path) -> None:
    def alias(doc: dict[str, Any]) -> None:
        _schemas(doc)["Code"] = {"type": "string"}
        _schemas(doc)["Customer"]["properties"]["code"] = {"$ref": "#/components/schemas/Code"}

    old, new = _pair(tmp_path, alias)
    old.write_text(new.read_text(encoding="utf-8"), encoding="utf-8")
    doc = json.loads(new.read_text(encoding="utf-8"))
    _schemas(doc)["Code"] = {"type": "integer"}
    new.write_text(json.dumps(doc), encoding="utf-8")
    text = render_markdown(diff_specs(old, new))
    assert "`Customer.code`: type changed, `str | Unset` → `int | Unset`." in text
    assert "Code`" not in text.replace("Customer.code`", "")  # no class `Code` exists in either version


def test_identical_changes_are_one_item_and_a_note_is_printed_once(tmp_path: Path) -> None:
    def header_everywhere(doc: dict[str, Any]) -> None:
        for op in _operations(doc):
            op.setdefault("parameters", []).append(
                {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}}
            )

    def two_new_enum_values(doc: dict[str, Any]) -> None:
        _schemas(doc)["Status"]["enum"].append("refunded")
        _schemas(doc)["Priority"]["enum"].append(4)

    old, new = _pair(tmp_path, header_everywhere, two_new_enum_values)
    text = render_markdown(diff_specs(old, new))
    items = [line for line in text.splitlines() if "New required parameter `x_tenant`" in line]
    assert len(items) == 1 and "In 5 places: `client.customers.get_customer`" in items[0]
    assert text.count("is_known") == 1 and "(see note 1)" in text


def test_deprecations_added_and_removed_are_other_changes(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, SYNTHETIC["operation_deprecated"])
    other = _section(render_markdown(diff_specs(old, new)), "Other changes")
    assert "`client.orders.get_order`" in other and "The operation is deprecated." in other
    back = render_markdown(diff_specs(new, old))
    assert "The operation is no longer deprecated." in _section(back, "Other changes")


def test_wire_only_changes_keep_long_paths_whole(tmp_path: Path) -> None:
    long_path = "/orders/" + "/".join(f"segment_{index}" for index in range(20))

    def long_operation(doc: dict[str, Any]) -> None:
        doc["paths"][long_path] = {
            "get": {"operationId": "deep", "tags": ["orders"], "responses": {"204": {"description": "ok"}}}
        }

    old, new = _pair(tmp_path, long_operation)
    old.write_text(new.read_text(encoding="utf-8"), encoding="utf-8")
    doc = json.loads(new.read_text(encoding="utf-8"))
    _op(doc, "deep")["operationId"] = "Deep"  # same Python name: nothing changes for Python callers
    new.write_text(json.dumps(doc), encoding="utf-8")
    text = render_markdown(diff_specs(old, new))
    wire = _section(text, "Wire only")
    assert f"### `client.orders.deep` (`GET {long_path}`)" in wire
    assert "Breaking changes" not in text and "Additions" not in text


def test_changelog_records_the_package_report(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, SYNTHETIC["model_stops_generating"])
    spec = tmp_path / "openapi.json"
    spec.write_bytes(old.read_bytes())
    out = tmp_path / "out"
    generate(spec, out)
    spec.write_bytes(new.read_bytes())
    report = generate(spec, out, changelog=True)
    assert report.version == "2025.0.0"  # 2024.0, a major bump
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Returns `Any` instead of `Order`" in changelog
    assert 'version = "2025.0.0"' in (out / "pyproject.toml").read_text(encoding="utf-8")


def test_a_renamed_operation_is_one_breaking_item_naming_the_new_method(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, SYNTHETIC["operation_renamed"])
    text = render_markdown(diff_specs(old, new))
    assert "### `client.customers.get_customer`\n\n- Renamed to `client.customers.fetch_customer`" in text
    assert "Additions" not in text
