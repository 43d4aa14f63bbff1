"""Spec names that the generated code already uses are renamed, and the renamed code behaves (golden: hostile_names).

Without the renames (generator/plan/names.py) this spec generated a duplicate ``request_options`` argument (a
SyntaxError), a model ``Response`` that shadowed the runtime's, and locals that silently overwrote each other.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.golden.regen import GOLDEN

TREE = GOLDEN / "expected" / "hostile_names"

BODY = {
    "d": "dee",
    "from_dict": 7,
    "to_dict": "td",
    "field_dict": "fd",
    "prop": "p",
    "prop_name": "pn",
    "cast": "c",
    "additional_properties": "ap",
    "tags": [{"label": "first"}, {"label": "last"}],
    "tags_item": "ti",
    "when": None,
    "when_type_0": "wt",
    "status": "on",
    "level": -3,
    "really_extra": 1,
}


@pytest.fixture(scope="module")
def package() -> Iterator[ModuleType]:
    sys.path.insert(0, str(TREE))
    try:
        import hostile_names_client

        yield hostile_names_client
    finally:
        sys.path.remove(str(TREE))


def test_models_named_like_runtime_classes_get_a_suffix(package: ModuleType) -> None:
    from hostile_names_client import models

    assert {"AnyModel", "ClientModel", "ResponseModel", "UnsetModel"} <= set(models.__all__)
    assert package.Response.__module__ == "hostile_names_client._runtime.response"


def test_renamed_properties_round_trip_without_overwriting_each_other(package: ModuleType) -> None:
    from hostile_names_client.models import AnyModel, ResponseModel, ResponseModelLevel

    model = ResponseModel.from_dict(BODY)
    assert (model.d_, model.from_dict_, model.to_dict_, model.field_dict_) == ("dee", 7, "td", "fd")
    assert (model.prop_, model.prop_name_, model.cast_, model.additional_properties_) == ("p", "pn", "c", "ap")
    assert model.tags_item_ == "ti" and model.when_type_0_ == "wt" and model.when is None
    assert [tag.label for tag in model.tags] == ["first", "last"]
    assert model.status is AnyModel.ON and model.status.is_known
    assert model.level is ResponseModelLevel.VALUE_NEGATIVE_3 and model.level.is_known
    assert model.additional_properties == {"really_extra": 1}
    assert model.to_dict() == BODY


def test_renamed_parameters_are_sent_under_their_spec_names(package: ModuleType) -> None:
    from hostile_names_client.api.things import get_thing

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={**BODY, "status": "standby", "level": 7})

    client = package.Client(
        base_url="http://names.test", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    options = package.RequestOptions(headers={"X-Per-Call": "1"})
    result: Any = get_thing.call(
        client,
        id="a/b",
        # names the generated code uses itself get their location as a suffix (generator/plan/fixups.py)
        headers_query="h",
        cookies_query=3,
        params_header="in a header",
        body_query="b",
        request_options_query="ro",
        client_query="cq",
        cast_query="c",
        since=when,
        json_since_="js",
        session="s1",
        request_options=options,
    )
    request = seen[-1]
    assert request.url.raw_path.startswith(b"/things/a%2Fb?")
    assert dict(request.url.params) == {
        "headers": "h",
        "cookies": "3",
        "body": "b",
        "request_options": "ro",
        "client": "cq",
        "cast": "c",
        "since": when.isoformat(),
        "json_since": "js",
    }
    assert request.headers["params"] == "in a header" and request.headers["x-per-call"] == "1"
    assert request.headers["cookie"] == "session=s1"
    # an enum value the spec does not list is kept (forward compatibility), typed as the enum
    assert result.status.value == "standby" and not result.status.is_known
    assert result.level.value == 7 and not result.level.is_known and result.level == 7
    assert result.to_dict()["status"] == "standby" and result.to_dict()["level"] == 7
    assert json.loads(request.read() or b"null") is None
