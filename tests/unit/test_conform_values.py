"""The conformance run turns synthesised JSON into the values a generated function takes, through its classes."""

from __future__ import annotations

import datetime
import typing
import uuid
from pathlib import Path
from typing import Any

import pytest

from generator.tools.conform._values import ConversionError, to_python
from generator.tools.conform._worker import _operation_literal, operations, required_names
from logbook_client.api.attachments import upload_attachment
from logbook_client.api.datasets import update_dataset
from logbook_client.models.attachment_upload import AttachmentUpload
from logbook_client.models.token_create import TokenCreate
from logbook_client.models.token_scope import TokenScope
from logbook_client.types import File, Unset


def test_a_model_is_built_through_its_from_dict() -> None:
    body = to_python({"name": "ci", "scopes": ["ingest"], "expires_at": "2024-05-01T12:00:00Z"}, TokenCreate)
    assert isinstance(body, TokenCreate)
    assert body.scopes == [TokenScope.INGEST]
    assert body.expires_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("value", "annotation", "expected"),
    [
        ("7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f", uuid.UUID, uuid.UUID("7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f")),
        ("2024-05-01", datetime.date, datetime.date(2024, 5, 1)),
        ("query", TokenScope, TokenScope.QUERY),
        (["ingest"], list[TokenScope], [TokenScope.INGEST]),
        (3, int | Unset, 3),
        (None, str | None | Unset, None),
        (2, float, 2.0),
        ({"a": 1}, dict[str, Any], {"a": 1}),
    ],
)
def test_scalars_are_parsed_to_the_annotated_type(value: Any, annotation: Any, expected: Any) -> None:
    assert to_python(value, annotation) == expected


def test_a_union_takes_the_first_member_that_fits() -> None:
    assert to_python("5", int | str) == "5"
    assert to_python(5, str | int) == 5


def test_a_value_that_fits_no_member_is_an_error() -> None:
    with pytest.raises(ConversionError):
        to_python("five", int | bool)


def test_a_file_part_is_wrapped_in_the_package_file_class() -> None:
    body = to_python({"file": b"\x89PNG", "description": "d"}, AttachmentUpload)
    assert isinstance(body.file, File)
    assert body.file.payload.read() == b"\x89PNG"
    assert isinstance(to_python("x", File), File)


def test_the_keywords_passed_are_the_required_ones_and_the_body() -> None:
    assert required_names(update_dataset.call_detailed) == ["dataset_name", "body", "if_match"]
    assert "body" in required_names(upload_attachment.call_detailed)
    hints = typing.get_type_hints(update_dataset.call_detailed)
    assert hints["if_match"] is str


def test_the_operation_is_read_from_the_module_source_without_importing_it() -> None:
    source = 'OPERATION = Operation(name="x", method="PATCH", path="/a/{b}#frag", security=())\nimport gone\n'
    assert _operation_literal(source) == ("PATCH", "/a/{b}#frag")


def test_every_generated_operation_is_found_with_its_method_and_path() -> None:
    root = Path(__file__).resolve().parents[2] / "generated" / "logbook_client"
    found = {(tag, name): (method, path) for tag, name, method, path, _source in operations(root)}
    assert len(found) == len(list(root.glob("api/*/[!_]*.py")))
    assert found["datasets", "update_dataset"] == ("PATCH", "/datasets/{dataset_name}")
