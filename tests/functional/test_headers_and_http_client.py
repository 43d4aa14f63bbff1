"""Header names are case-insensitive wherever headers are merged, and a caller's own ``http_client`` keeps its
timeout and auth (or the clash is refused), in both twins."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from logbook_client import RequestOptions
from tests.functional.test_resilience import Script
from tests.twins import NOW, TWINS, Twin, dataset_json

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

HEALTH = {"status": "ok", "version": "1", "time": NOW}


def own_client(twin: Twin, script: Script, **kwargs: Any) -> Any:
    """A caller's own httpx client (sync or async, as the twin needs) sending to ``script``."""
    http_cls = httpx.AsyncClient if twin.is_async else httpx.Client
    return http_cls(transport=httpx.MockTransport(script), **kwargs)


@twins
async def test_client_header_differing_only_in_case_replaces_the_default(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    client = twin.client(script, headers={"user-agent": "my-app/2.0"})
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert script.requests[0].headers.get_list("user-agent") == ["my-app/2.0"]


@twins
async def test_call_header_differing_only_in_case_replaces_the_credentials(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    client = twin.client(script, token="t")
    options = RequestOptions(headers={"authorization": "Bearer other", "X-Trace": "1"})
    await twin.call("datasets", "get_dataset", client, dataset_name="web", request_options=options)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert script.requests[0].headers.get_list("authorization") == ["Bearer other"]
    assert script.requests[1].headers.get_list("authorization") == ["Bearer t"]  # the next call is unaffected


@twins
async def test_own_http_client_timeout_is_used_unless_one_is_given(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=HEALTH))
    client = twin.client_cls(base_url="http://x.test", http_client=own_client(twin, script, timeout=0.5))
    await twin.call("health", "get_health", client)
    assert script.requests[-1].extensions["timeout"] == httpx.Timeout(0.5).as_dict()
    client = twin.client_cls(base_url="http://x.test", http_client=own_client(twin, script, timeout=0.5), timeout=3)
    await twin.call("health", "get_health", client)
    assert script.requests[-1].extensions["timeout"]["read"] == 3.0  # given to the SDK client too: that one


@twins
async def test_own_http_client_auth_serves_operations_that_require_credentials(
    twin: Twin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGBOOK_TOKEN", "from-the-environment")  # an explicit http_client auth wins over it
    script = Script(
        lambda request: httpx.Response(200, json=HEALTH if "health" in request.url.path else dataset_json())
    )
    client = twin.client_cls(base_url="http://x.test", http_client=own_client(twin, script, auth=("user", "pass")))
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    await twin.call("health", "get_health", client)
    assert script.requests[0].headers.get_list("authorization") == ["Basic dXNlcjpwYXNz"]
    assert "authorization" not in script.requests[1].headers  # security: [] sends no credentials


@twins
@pytest.mark.parametrize("given", ["token", "auth"])
async def test_credentials_given_twice_with_own_http_client_are_refused(twin: Twin, given: str) -> None:
    script = Script(httpx.Response(200, json=HEALTH))
    credentials: Any = "t" if given == "token" else httpx.BasicAuth("a", "b")
    with pytest.raises(ValueError, match=rf"^{given}: the http_client passed in has its own auth"):
        twin.client_cls(
            base_url="http://x.test", http_client=own_client(twin, script, auth=("u", "p")), **{given: credentials}
        )


@twins
async def test_one_mapping_naming_a_header_in_two_cases_sends_it_once(twin: Twin) -> None:
    script = Script(httpx.Response(200, json=dataset_json()))
    client = twin.client(script, headers={"x-team": "a", "X-Team": "b"})
    options = RequestOptions(headers={"x-trace": "1", "X-Trace": "2"})
    await twin.call("datasets", "get_dataset", client, dataset_name="web", request_options=options)
    assert script.requests[0].headers.get_list("x-team") == ["b"]
    assert script.requests[0].headers.get_list("x-trace") == ["2"]


def test_with_headers_replaces_a_header_named_in_another_case() -> None:
    from logbook_client._runtime.options import with_headers

    options = RequestOptions(headers={"range": "bytes=0-", "X-Trace": "1"})
    assert with_headers(options, {"Range": "bytes=5-"}).headers == {"X-Trace": "1", "Range": "bytes=5-"}
