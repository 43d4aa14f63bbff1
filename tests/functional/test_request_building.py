"""The runtime builds each request without httpx's per-call merging and parsing (``_runtime/client.py``
``_prepare``/``_common_headers``, ``_runtime/urls.py`` ``join_path``): what goes out must be what
``httpx.Client.build_request`` builds from the same inputs, and nothing it keeps from one call to the next may
outlive a change of the client's headers, the httpx client's headers or the token."""

from __future__ import annotations

import itertools

import httpx
import pytest

from logbook_client import RequestOptions
from logbook_client._runtime import urls
from logbook_client._runtime.urls import join_path
from tests.functional.test_resilience import Script
from tests.twins import TWINS, Twin, dataset_json

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

PATHS = [
    "/datasets/web-logs",
    "/datasets/a%20b",
    "/datasets/%c3%a9t%C3%A9",
    "/datasets/x:y@z!$&'()*+,;=~_-",
    "/datasets/trailing/",
    "/datasets//double",
    "/a/./b",
    "/a/../b",
    "/datasets/..",
    "/datasets/.hidden",
    "/datasets/a b",
    "/datasets/a%zz",
    "/datasets/{brace}",
    "/datasets/a?b=c",
    "/datasets/a`b|c^d",
]
BASES = ["http://h.test", "http://h.test/v1", "https://h.test:8443/v1/", "http://h.test/a%20b/c"]


@pytest.mark.parametrize("fast", [True, False], ids=["tuple-replace", "copy-with"])
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_join_path_matches_httpx(path: str, base: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "_REPLACE_QUERY", fast)
    base_url = httpx.URL(base)
    base_path = base_url.raw_path.decode("ascii").rstrip("/")
    expected = base_url.copy_with(raw_path=base_path.encode("ascii") + path.encode("ascii"))
    ours = join_path(base_url, base_path, path)
    assert ours == expected
    assert ours.raw_path == expected.raw_path
    assert str(ours) == str(expected)
    assert ours.query == expected.query


def test_join_path_drops_the_query_of_the_base_as_copy_with_does() -> None:
    base_url = httpx.URL("http://h.test/v1?tenant=a")
    ours = join_path(base_url, "/v1", "/datasets/x")
    assert str(ours) == str(base_url.copy_with(raw_path=b"/v1/datasets/x")) == "http://h.test/v1/datasets/x"


def _own_http(twin: Twin, script: Script, **kwargs: object) -> httpx.Client | httpx.AsyncClient:
    http_cls = httpx.AsyncClient if twin.is_async else httpx.Client
    return http_cls(transport=httpx.MockTransport(script), **kwargs)  # type: ignore[arg-type]


@twins
async def test_a_request_is_what_build_request_builds(twin: Twin) -> None:
    """Headers (names, values and order), URL, cookies of the httpx client and the timeout, as httpx builds them
    when the SDK's headers are passed to ``build_request``."""
    script = Script(httpx.Response(200, json=dataset_json()))
    http = _own_http(
        twin, script, headers={"X-Own": "1", "Accept": "text/plain", "user-agent": "theirs"}, cookies={"sid": "s1"}
    )
    client = twin.client_cls(base_url="http://logbook.test/api", token="secret-token", http_client=http, timeout=7)
    for _ in range(2):  # the first call fills what the second reuses
        await twin.call("datasets", "get_dataset", client, dataset_name="web logs")
    reference = httpx.Client(headers=http.headers, cookies={"sid": "s1"}).build_request(
        "GET",
        "http://logbook.test/api/datasets/web%20logs",
        headers={
            "User-Agent": client._user_agent,
            "Accept": "application/json",
            "Authorization": "Bearer secret-token",
        },
        timeout=httpx.Timeout(7.0, connect=5.0),
    )
    for sent in script.requests:
        assert sent.headers.raw == reference.headers.raw
        assert sent.url == reference.url
        assert sent.extensions["timeout"] == reference.extensions["timeout"]


@twins
async def test_header_changes_apply_to_the_next_call(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    http = _own_http(twin, script)
    client = twin.client_cls(base_url="http://logbook.test", token="secret-token", http_client=http)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    client.headers["X-Tenant"] = "a"
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    client.headers["X-Tenant"] = "b"
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    http.headers["X-Own"] = "1"  # the caller's httpx client, changed between calls
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    del client.headers["X-Tenant"]
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    client.headers = {"X-Plain": "mapping"}  # replaced by a plain dict
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    sent = [(r.headers.get("x-tenant"), r.headers.get("x-own"), r.headers.get("x-plain")) for r in script.requests]
    assert sent == [
        (None, None, None),
        ("a", None, None),
        ("b", None, None),
        ("b", "1", None),
        (None, "1", None),
        (None, "1", "mapping"),
    ]


@twins
async def test_a_new_token_is_sent_at_once(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    client = twin.client(script, token="first-token")
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    client.token = "second-token"
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    rotating = (f"token-{n}" for n in itertools.count())
    client.token = lambda: next(rotating)
    for _ in range(3):
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert [r.headers["authorization"] for r in script.requests] == [
        "Bearer first-token",
        "Bearer second-token",
        "Bearer token-0",
        "Bearer token-1",
        "Bearer token-2",
    ]


@twins
async def test_per_call_headers_do_not_stick(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    client = twin.client(script)
    options = RequestOptions(headers={"X-Trace": "1", "Accept": "application/problem+json"})
    await twin.call("datasets", "get_dataset", client, dataset_name="web", request_options=options)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert [(r.headers.get("x-trace"), r.headers["accept"]) for r in script.requests] == [
        ("1", "application/problem+json"),
        (None, "application/json"),
    ]
