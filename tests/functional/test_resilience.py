"""Retries, idempotency keys, per-call options, rate limiting, auth providers and log redaction, in both twins."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from logbook_client import errors
from logbook_client._runtime import retries as retries_module
from logbook_client._runtime.auth import OAuth2ClientCredentials
from logbook_client._runtime.options import RequestOptions
from logbook_client._runtime.ratelimit import RateLimit, TokenBucket
from logbook_client._runtime.retries import RetryPolicy
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_update import DatasetUpdate
from tests.twins import NOW, TWINS, Twin, dataset_json

DATASET = dataset_json()

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)


class Script:
    """A handler that answers from a script of responses (or exceptions), then repeats the last one."""

    def __init__(self, *steps: httpx.Response | Callable[[httpx.Request], httpx.Response] | type[Exception]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, type) and issubclass(step, Exception):
            raise step("injected", request=request)  # type: ignore[call-arg]
        if isinstance(step, httpx.Response):
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        return step(request)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the delays the clients would sleep, without sleeping."""
    slept: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        slept.append(delay)

    import asyncio

    from logbook_client._runtime import client as client_module

    monkeypatch.setattr(client_module.time, "sleep", lambda delay: slept.append(delay))
    # The runtime imports asyncio where it sleeps (not at import time) and looks sleep up at call time.
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return slept


def ok() -> httpx.Response:
    return httpx.Response(200, json=DATASET)


@twins
async def test_transient_failures_are_retried_until_success(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), httpx.ConnectError, ok())
    client = twin.client(script)
    response = await twin.call("datasets", "get_dataset", client, detailed=True, dataset_name="web")
    assert response.parsed.name == "web"
    assert response.retries_taken == 2
    assert len(script.requests) == 3
    assert len(no_sleep) == 2 and all(0 < delay <= 8 for delay in no_sleep)


@twins
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_statuses(twin: Twin, status: int, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(status), ok())
    await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert len(script.requests) == 2


@twins
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 412, 422, 501])
async def test_other_statuses_are_not_retried(twin: Twin, status: int, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(status), ok())
    with pytest.raises(errors.APIStatusError):
        await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert len(script.requests) == 1 and no_sleep == []


@twins
async def test_retries_are_bounded_and_the_last_error_raised(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503))
    with pytest.raises(errors.ServerError):
        await twin.call("datasets", "get_dataset", twin.client(script, max_retries=3), dataset_name="web")
    assert len(script.requests) == 4

    script = Script(httpx.ReadTimeout)
    with pytest.raises(errors.APITimeoutError):
        await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert len(script.requests) == 3


@twins
async def test_per_call_options_override_the_client(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), ok())
    client = twin.client(script, max_retries=5)
    with pytest.raises(errors.ServerError):
        await twin.call(
            "datasets",
            "get_dataset",
            client,
            dataset_name="web",
            request_options=RequestOptions(max_retries=0, timeout=1.5, headers={"X-Request-Id": "r1"}),
        )
    assert len(script.requests) == 1
    request = script.requests[0]
    assert request.headers["x-request-id"] == "r1"
    assert request.extensions["timeout"] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


@twins
async def test_post_without_idempotency_key_is_not_retried(twin: Twin, no_sleep: list[float]) -> None:
    from logbook_client.models.trim_request import TrimRequest

    script = Script(httpx.Response(503), httpx.Response(200, json={"deleted": 1}))
    with pytest.raises(errors.ServerError):
        await twin.call("datasets", "trim_dataset", twin.client(script), dataset_name="web", body=TrimRequest())
    assert len(script.requests) == 1


@twins
async def test_post_with_declared_idempotency_key_is_retried_with_the_same_key(
    twin: Twin, no_sleep: list[float]
) -> None:
    script = Script(httpx.ConnectError, httpx.Response(502), httpx.Response(201, json=DATASET))
    await twin.call("datasets", "create_dataset", twin.client(script), body=DatasetCreate(name="web"))
    keys = {request.headers["idempotency-key"] for request in script.requests}
    assert len(script.requests) == 3 and len(keys) == 1
    assert [r.read() for r in script.requests] == [script.requests[0].read()] * 3  # the body is replayed whole


@twins
async def test_caller_idempotency_key_wins(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(201, json=DATASET))
    client = twin.client(script)
    await twin.call("datasets", "create_dataset", client, body=DatasetCreate(name="a"), idempotency_key="mine")
    await twin.call(
        "datasets",
        "create_dataset",
        client,
        body=DatasetCreate(name="b"),
        request_options=RequestOptions(idempotency_key="opt"),
    )
    assert [r.headers["idempotency-key"] for r in script.requests] == ["mine", "opt"]


@twins
async def test_retry_after_is_honoured(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(
        httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(503, headers={"retry-after-ms": "250"}), ok()
    )
    await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert no_sleep == [1.0, 0.25]


@twins
async def test_retry_after_beyond_the_bound_fails_fast(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "600"}), ok())
    with pytest.raises(errors.RateLimitedError) as caught:
        await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert caught.value.retry_after == 600.0
    assert len(script.requests) == 1 and no_sleep == []


@twins
async def test_x_should_retry_header_wins(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503, headers={"x-should-retry": "false"}), ok())
    with pytest.raises(errors.ServerError):
        await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    script = Script(httpx.Response(400, headers={"x-should-retry": "true"}), ok())
    await twin.call("datasets", "get_dataset", twin.client(script), dataset_name="web")
    assert len(script.requests) == 2


@twins
async def test_one_shot_stream_body_is_not_retried(twin: Twin, no_sleep: list[float]) -> None:
    import importlib

    from logbook_client._runtime.operation import Operation

    script = Script(httpx.Response(503), httpx.Response(204))
    client = twin.client(script)

    def chunks() -> Iterator[bytes]:
        yield b"once"

    async def achunks() -> Any:
        yield b"once"

    operation = Operation(name="put_stream", method="PUT", path="/s")
    request = {"method": "PUT", "url": "/s", "content": achunks() if twin.is_async else chunks()}
    with pytest.raises(errors.ServerError):
        result = client._execute(request, operation, lambda response: None)
        if twin.is_async:
            await result
    assert len(script.requests) == 1
    importlib.invalidate_caches()


def test_backoff_formula_is_capped_exponential_with_jitter() -> None:
    no_jitter = RetryPolicy(random=lambda: 0.0)
    full_jitter = RetryPolicy(random=lambda: 1.0)
    assert [no_jitter.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [full_jitter.backoff(n) for n in range(3)] == [0.375, 0.75, 1.5]
    with pytest.raises(ValueError, match="^max_retries: "):
        RetryPolicy(max_retries=-1)
    assert retries_module.RETRYABLE_STATUSES == {408, 429, 500, 502, 503, 504}


@twins
async def test_max_retries_argument_is_validated(twin: Twin) -> None:
    with pytest.raises(ValueError, match="^max_retries: "):
        twin.client_cls(base_url="http://x.test", max_retries="3")


def test_token_bucket_paces_and_adapts() -> None:
    bucket = TokenBucket(10.0, 1.0, min_rate=1.0, recovery=1.0, now=0.0)
    assert bucket.reserve(0.0) == 0.0
    assert bucket.reserve(0.0) == pytest.approx(0.1)
    bucket.on_throttled()
    assert bucket.rate == 5.0
    for _ in range(3):
        bucket.on_throttled()
    assert bucket.rate == 1.0  # never below min_rate
    for _ in range(20):
        bucket.on_success()
    assert bucket.rate == 10.0  # recovers additively up to the configured rate
    with pytest.raises(ValueError, match="^requests_per_second: "):
        RateLimit(requests_per_second=0)
    with pytest.raises(ValueError, match="^max_concurrency: "):
        RateLimit(max_concurrency=0)


@twins
async def test_rate_limit_paces_requests(twin: Twin) -> None:
    script = Script(ok())
    client = twin.client(script, rate_limit=RateLimit(requests_per_second=50, burst=1))
    started = time.monotonic()
    for _ in range(6):
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    # 6 requests with a burst of 1 at 50/s need at least 5 intervals of 20 ms.
    assert time.monotonic() - started >= 0.095


@twins
async def test_adaptive_rate_limit_slows_down_on_429(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "0"}), ok())
    client = twin.client(script, rate_limit=RateLimit(requests_per_second=100))
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert client._limiter.rate == pytest.approx(50.1)  # halved by the 429, then +0.1 for the success


@twins
async def test_max_concurrency_caps_requests_in_flight(twin: Twin) -> None:
    import asyncio
    import concurrent.futures

    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.01)
        with lock:
            in_flight -= 1
        return ok()

    if twin.is_async:

        class SlowTransport(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                nonlocal in_flight, peak
                in_flight += 1
                peak = max(peak, in_flight)
                await asyncio.sleep(0.01)
                in_flight -= 1
                return ok()

        client = twin.client_cls(
            base_url="http://x.test",
            http_client=httpx.AsyncClient(transport=SlowTransport()),
            rate_limit=RateLimit(max_concurrency=3),
        )
        module = twin.module("datasets", "get_dataset")
        await asyncio.gather(*(module.call(client, dataset_name="web") for _ in range(12)))
    else:
        client = twin.client(handler, rate_limit=RateLimit(max_concurrency=3))
        module = twin.module("datasets", "get_dataset")
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: module.call(client, dataset_name="web"), range(12)))
    assert peak == 3


@twins
async def test_token_callable_is_called_per_request(twin: Twin) -> None:
    tokens = iter(["t1", "t2"])
    script = Script(ok())
    client = twin.client(script, token=lambda: next(tokens))
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert [r.headers["authorization"] for r in script.requests] == ["Bearer t1", "Bearer t2"]


@twins
async def test_oauth2_client_credentials_caches_and_refreshes_once_on_401(twin: Twin) -> None:
    issued = 0
    api_calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal issued
        if request.url.path == "/oauth/token":
            assert b"grant_type=client_credentials" in request.read()
            issued += 1
            return httpx.Response(200, json={"access_token": f"at{issued}", "expires_in": 3600})
        api_calls.append(request.headers["authorization"])
        if request.headers["authorization"] == "Bearer at1" and len(api_calls) == 2:
            return httpx.Response(401)  # the server revoked the first token
        return ok()

    auth = OAuth2ClientCredentials("http://logbook.test/oauth/token", "id", "shh")
    client = twin.client(handler, token=None, auth=auth)
    for _ in range(3):
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert auth.fetches == 2
    assert api_calls == ["Bearer at1", "Bearer at1", "Bearer at2", "Bearer at2"]
    assert "shh" not in repr(auth)

    health_calls = Script(httpx.Response(200, json={"status": "ok", "version": "1", "time": NOW}))
    client = twin.client(health_calls, token=None, auth=auth)
    await twin.call("health", "get_health", client)
    assert "authorization" not in health_calls.requests[0].headers  # security: [] sends nothing


@twins
async def test_debug_log_redacts_secrets(twin: Twin, caplog: pytest.LogCaptureFixture, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), ok())
    client = twin.client(script, token="super-secret")
    with caplog.at_level(logging.DEBUG, logger="logbook_client"):
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    text = caplog.text
    assert "GET http://logbook.test/datasets/web -> 503" in text
    assert "retrying GET http://logbook.test/datasets/web" in text and "retry 1 of 2" in text
    assert "-> 200" in text and "retries 1" in text
    assert "super-secret" not in text


def test_redact_text_hides_credential_parameters_readably() -> None:
    from logbook_client._runtime.redact import redact_text

    url = httpx.URL("https://x.test/a?api_key=abc&page=2&token=t&Sig=s")
    assert redact_text(url) == "https://x.test/a?api_key=***&page=2&token=***&Sig=***"


def test_log_level_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import logbook_client

    logger = logging.getLogger("logbook_client")
    before = (logger.level, list(logger.handlers))
    monkeypatch.setenv("LOGBOOK_LOG", "debug")
    try:
        logbook_client.Client(base_url="http://x.test").close()
        assert logger.level == logging.DEBUG
        assert any(getattr(h, "_from_env", False) for h in logger.handlers)
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]


@twins
async def test_update_dataset_put_like_patch_is_not_retried(twin: Twin, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), ok())
    with pytest.raises(errors.ServerError):
        await twin.call(
            "datasets", "update_dataset", twin.client(script), dataset_name="web", body=DatasetUpdate(), if_match="x"
        )
    assert len(script.requests) == 1  # PATCH without an idempotency key


@twins
async def test_tls_verification_off_is_explicit_and_logged(twin: Twin, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="logbook_client"):
        client = twin.client_cls(base_url="https://x.test")
        assert "TLS" not in caplog.text
        insecure = twin.client_cls(base_url="https://x.test", verify=False)
    assert "TLS certificate verification is OFF" in caplog.text
    await twin.close(client)
    await twin.close(insecure)


@twins
async def test_redirect_to_another_host_drops_credentials(twin: Twin) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "logbook.test":
            return httpx.Response(302, headers={"Location": "https://elsewhere.test/datasets/web"})
        return ok()

    http_cls = httpx.AsyncClient if twin.is_async else httpx.Client
    http = http_cls(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = twin.client_cls(base_url="http://logbook.test", token="secret", http_client=http)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert seen[0].headers["authorization"] == "Bearer secret"
    assert "authorization" not in seen[1].headers
