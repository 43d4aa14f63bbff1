"""The runtime renders query strings itself (``_runtime/urls.py``): the URL must be the one httpx's ``params=``
would build, byte for byte, for every kind of value a generated operation passes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from logbook_client import Client
from logbook_client._runtime import urls
from logbook_client._runtime.urls import query_string, with_query

CASES: list[dict[str, Any]] = [
    {"limit": 100},
    {"cursor": "abc", "limit": 5},
    {"flag": True, "other": False, "empty": None},
    {"ratio": 0.1, "big": 10**30, "neg": -3},
    {"q": "a b+c&d=e/f?g#h%i"},
    {"q": "é ü 日本 🙂", "k ey": "v"},
    {"tags": ["a", "b c", "ä"], "ids": (1, 2, 3)},
    {"tags": []},
    {"q": ""},
    {"q": "~-._*'()!$,;:@[]"},
]


@pytest.mark.parametrize("params", CASES, ids=lambda p: ",".join(p))
@pytest.mark.parametrize("fast", [True, False], ids=["tuple-replace", "copy-with"])
def test_query_matches_httpx(params: dict[str, Any], fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "_REPLACE_QUERY", fast)
    base = httpx.URL("https://api.example.test/v1/datasets/web%20logs")
    expected = httpx.Client().build_request("GET", base, params=params).url
    ours = with_query(base, query_string(params))
    assert ours.raw_path == expected.raw_path
    assert str(ours) == str(expected)
    assert ours.params.multi_items() == expected.params.multi_items()


def test_the_client_sends_the_query_httpx_would() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"items": [], "next_cursor": None})

    from logbook_client.api.datasets import list_datasets

    with Client(
        base_url="http://n.test/api", token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as c:
        list_datasets.call(c, limit=7, cursor="a b/é")
    assert str(seen[0]) == str(httpx.URL("http://n.test/api/datasets", params={"cursor": "a b/é", "limit": 7}))


def test_a_base_url_with_its_own_query_keeps_it() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"items": [], "next_cursor": None})

    from logbook_client.api.datasets import list_datasets

    http = httpx.Client(transport=httpx.MockTransport(handler), params={"tenant": "t1"})
    with Client(base_url="http://n.test", token="t", http_client=http) as c:
        list_datasets.call(c, limit=2)
    assert dict(seen[0].params) == {"tenant": "t1", "limit": "2"}
