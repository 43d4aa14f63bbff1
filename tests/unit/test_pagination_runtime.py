"""The runtime's pure pagination helpers: RFC 8288 Link parsing, positions, next-URL requests."""

from __future__ import annotations

import json

import httpx
import pytest

from logbook_client._runtime import pagination
from logbook_client._runtime.pagination import Position, link_target


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (['<https://api.test/x?page=2>; rel="next"'], "https://api.test/x?page=2"),
        (["<https://api.test/x?page=2>; rel=next"], "https://api.test/x?page=2"),
        (['<https://a.test/1>; rel="prev", <https://a.test/3>; rel="next last"'], "https://a.test/3"),
        (['<https://a.test/?ids=1,2>; rel="next"'], "https://a.test/?ids=1,2"),
        (['<https://a.test/p>; title="a, b; c"; REL="Next"'], "https://a.test/p"),
        (['<https://a.test/1>; rel="prev"', '<https://a.test/3>; rel="next"'], "https://a.test/3"),
        (['<https://a.test/1>; rel="nextish"'], None),
        (["garbage"], None),
        ([], None),
    ],
)
def test_link_header_next_target(values: list[str], expected: str | None) -> None:
    assert link_target(values, "next") == expected


def test_position_round_trips_through_json() -> None:
    position = Position(start="https://api.test/x?page=3", skip=2)
    assert Position.coerce(json.loads(json.dumps(position.as_dict()))) == position
    assert Position.coerce(None) == Position()
    assert Position.coerce("c3") == Position(start="c3")
    assert Position.coerce(40) == Position(start=40)


@pytest.mark.parametrize("bad", [True, 1.5, ["c"], {"start": "c", "skip": -1}, {"start": {"nested": 1}}])
def test_bad_positions_are_refused(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Position.coerce(bad)  # type: ignore[arg-type]


def test_next_url_becomes_a_request_under_the_base_url() -> None:
    base = httpx.URL("https://api.test/v2")
    request = pagination._url_request(
        {"method": "GET", "url": "/items", "params": {"limit": 5}},
        "https://api.test/v2/items?page=2&tag=a&tag=b&token=x%2By",
        base,
    )
    assert request == {"method": "GET", "url": "/items", "params": {"page": ["2"], "tag": ["a", "b"], "token": ["x+y"]}}


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.test/v2/items?page=2",
        "http://api.test/v2/items",
        "https://api.test:8443/v2/items",
        "https://api.test/v3/items",
    ],
)
def test_next_url_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="not following it"):
        pagination._url_request({"method": "GET", "url": "/items"}, url, httpx.URL("https://api.test/v2"))
