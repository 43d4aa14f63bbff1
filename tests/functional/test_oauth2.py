"""OAuth2 client credentials in both twins: one shared token request, the call's timeout, the retry policy, a refresh
margin that fits short-lived tokens, and no replay of a consumed one-shot body after a 401."""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from logbook_client import AsyncClient, Client, errors
from logbook_client._runtime.auth import OAuth2ClientCredentials
from logbook_client._runtime.operation import Operation
from tests.twins import TWINS, Twin, dataset_json, resolve

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

TOKEN_URL = "http://logbook.test/oauth/token"
#: An operation that requires credentials, called with a raw body (as generated upload operations are).
PUT_BLOB = Operation(name="put_blob", method="PUT", path="/blob", security=("bearerAuth",))


class TokenServer:
    """A MockTransport handler: an OAuth2 token endpoint (scripted statuses, optional delay) and a 200 API.

    ``delay`` holds each token request for that long; in the async twin the wait is an ``asyncio.sleep``, so
    concurrent calls really overlap (a blocking handler would run them one after the other).
    """

    def __init__(self, twin: Twin, *, statuses: tuple[int, ...] = (), expires_in: float = 3600, delay: float = 0.0):
        self.twin = twin
        self.statuses = list(statuses)
        self.expires_in = expires_in
        self.delay = delay
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.api_auth: list[str | None] = []  # as sent: a retried request is the same object, re-stamped
        self.reject_first_api_call = False
        self.lock = threading.Lock()

    def _token_response(self) -> httpx.Response:
        with self.lock:
            status = self.statuses.pop(0) if self.statuses else 200
            issued = len(self.token_requests)
        if status != 200:
            return httpx.Response(status, headers={"Retry-After": "0"}, json={"detail": "token service restarting"})
        return httpx.Response(200, json={"access_token": f"at{issued}", "expires_in": self.expires_in})

    def __call__(self, request: httpx.Request) -> Any:
        if request.url.path == "/oauth/token":
            with self.lock:
                self.token_requests.append(request)
            if self.twin.is_async:

                async def later() -> httpx.Response:
                    await asyncio.sleep(self.delay)
                    return self._token_response()

                return later()
            time.sleep(self.delay)
            return self._token_response()
        if self.twin.is_async:

            async def api() -> httpx.Response:
                await request.aread()  # as a real transport does: a one-shot body is consumed here
                return self._api_response(request)

            return api()
        request.read()
        return self._api_response(request)

    def _api_response(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.api_requests.append(request)
            self.api_auth.append(request.headers.get("authorization"))
            first = len(self.api_requests) == 1
        if self.reject_first_api_call and first:
            return httpx.Response(401, json={"detail": "token revoked"})
        return httpx.Response(200, json=dataset_json())


def oauth_client(twin: Twin, server: TokenServer, **kwargs: Any) -> tuple[Any, OAuth2ClientCredentials]:
    auth = OAuth2ClientCredentials(TOKEN_URL, "client-id", "client-secret")
    return twin.client(server, token=None, auth=auth, **kwargs), auth


async def get_dataset(twin: Twin, client: Any) -> Any:
    return await twin.call("datasets", "get_dataset", client, dataset_name="web")


@twins
async def test_concurrent_first_calls_share_one_token_request(twin: Twin) -> None:
    server = TokenServer(twin, delay=0.1)
    client, auth = oauth_client(twin, server)
    if twin.is_async:
        await asyncio.gather(*(get_dataset(twin, client) for _ in range(20)))
    else:
        module = twin.module("datasets", "get_dataset")
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            list(pool.map(lambda _: module.call(client, dataset_name="web"), range(20)))
    assert len(server.token_requests) == 1
    assert auth.fetches == 1
    assert set(server.api_auth) == {"Bearer at1"}


@twins
async def test_token_request_carries_the_call_timeout(twin: Twin) -> None:
    server = TokenServer(twin)
    client, _ = oauth_client(twin, server, timeout=1.5)
    await get_dataset(twin, client)
    assert server.token_requests[0].extensions["timeout"] == server.api_requests[0].extensions["timeout"]
    assert server.token_requests[0].extensions["timeout"]["read"] == 1.5


@twins
async def test_transient_token_endpoint_failure_goes_through_the_retry_policy(twin: Twin) -> None:
    server = TokenServer(twin, statuses=(503,))
    client, auth = oauth_client(twin, server)
    assert (await get_dataset(twin, client)).name == "web"
    assert len(server.token_requests) == 2
    assert auth.fetches == 1


@twins
async def test_token_endpoint_failure_after_the_retries_keeps_its_status_class(twin: Twin) -> None:
    server = TokenServer(twin, statuses=(503, 503, 503))
    client, _ = oauth_client(twin, server)
    with pytest.raises(errors.ServerError) as caught:
        await get_dataset(twin, client)
    assert caught.value.status_code == 503 and "token request failed" in str(caught.value)
    assert len(server.token_requests) == 3  # the first attempt and the policy's two retries
    server = TokenServer(twin, statuses=(401,))
    client, _ = oauth_client(twin, server)
    with pytest.raises(errors.UnauthorizedError):
        await get_dataset(twin, client)
    assert len(server.token_requests) == 1  # bad credentials are not retried


@twins
async def test_short_lived_token_is_reused_until_near_its_expiry(twin: Twin) -> None:
    server = TokenServer(twin, expires_in=20)  # shorter than the default 30 s refresh margin
    client, auth = oauth_client(twin, server)
    for _ in range(5):
        await get_dataset(twin, client)
    assert len(server.token_requests) == 1
    assert auth.fetches == 1


def one_shot_bodies(twin: Twin) -> list[Callable[[], Any]]:
    """Request bodies that can be sent only once: a file object (both twins), a generator (sync twin)."""

    def generator() -> Iterator[bytes]:
        yield b"a" * 1000
        yield b"b" * 1000

    bodies: list[Callable[[], Any]] = [lambda: io.BytesIO(b"x" * 2000)]
    if not twin.is_async:
        bodies.append(generator)
    return bodies


@twins
async def test_401_with_a_consumed_one_shot_body_raises_unauthorized_and_refetches_next_time(twin: Twin) -> None:
    for body in one_shot_bodies(twin):
        server = TokenServer(twin)
        server.reject_first_api_call = True
        client, auth = oauth_client(twin, server)
        request = {"method": "PUT", "url": "/blob", "content": body()}
        with pytest.raises(errors.UnauthorizedError):
            await resolve(client._execute(request, PUT_BLOB, lambda r: r))
        assert len(server.api_requests) == 1  # not sent again without its body
        request = {"method": "PUT", "url": "/blob", "content": body()}
        await resolve(client._execute(request, PUT_BLOB, lambda r: r))
        assert auth.fetches == 2  # the rejected token was dropped
        assert server.api_auth[-1] == "Bearer at2"


@twins
async def test_401_with_a_replayable_body_is_retried_once_with_a_new_token(twin: Twin) -> None:
    server = TokenServer(twin)
    server.reject_first_api_call = True
    client, auth = oauth_client(twin, server)
    request = {"method": "PUT", "url": "/blob", "content": b"x" * 2000}
    response = await resolve(client._execute(request, PUT_BLOB, lambda r: r))
    assert response.status_code == 200
    assert server.api_auth == ["Bearer at1", "Bearer at2"]
    assert server.api_requests[-1].content == b"x" * 2000


class StalledTokenEndpoint:
    """A loopback server whose token endpoint reads the request and answers nothing for ``stall`` seconds."""

    def __init__(self, stall: float = 3.0) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.stall = stall
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._hold, args=(conn,), daemon=True).start()

    def _hold(self, conn: socket.socket) -> None:
        with conn:
            self.stop.wait(self.stall)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def stalled() -> Iterator[StalledTokenEndpoint]:
    server = StalledTokenEndpoint()
    yield server
    server.close()


def test_stalled_token_endpoint_times_out_with_the_client_timeout_sync(stalled: StalledTokenEndpoint) -> None:
    base = f"http://127.0.0.1:{stalled.port}"
    auth = OAuth2ClientCredentials(base + "/oauth/token", "id", "secret")
    started = time.perf_counter()
    with Client(base_url=base, auth=auth, timeout=0.5, max_retries=0) as client, pytest.raises(errors.APITimeoutError):
        client.users.get_current_user()
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_stalled_token_endpoint_times_out_with_the_client_timeout_async(
    stalled: StalledTokenEndpoint, transport: Any
) -> None:
    base = f"http://127.0.0.1:{stalled.port}"
    auth = OAuth2ClientCredentials(base + "/oauth/token", "id", "secret")
    started = time.perf_counter()
    async with AsyncClient(base_url=base, auth=auth, timeout=0.5, max_retries=0, http_transport=transport) as client:
        with pytest.raises(errors.APITimeoutError):
            await asyncio.wait_for(client.users.get_current_user(), 2.5)
    assert time.perf_counter() - started < 2.0


@twins
async def test_streamed_response_is_not_read_by_the_auth_flow(twin: Twin) -> None:
    pulled: list[int] = []

    def body() -> Iterator[bytes]:
        for index in range(4):
            pulled.append(index)
            yield b"x" * 1024

    async def abody() -> Any:
        for chunk in body():
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "at", "expires_in": 3600})
        return httpx.Response(200, content=abody() if twin.is_async else body())

    auth = OAuth2ClientCredentials(TOKEN_URL, "client-id", "client-secret")
    client = twin.client(handler, token=None, auth=auth)
    request = {"method": "GET", "url": "/blob"}
    if twin.is_async:
        async with client._stream(request, PUT_BLOB) as response:
            assert pulled == []  # a download is streamed, not loaded into memory by the OAuth2 flow
            assert len(b"".join([chunk async for chunk in response.aiter_bytes()])) == 4096
    else:
        with client._stream(request, PUT_BLOB) as response:
            assert pulled == []
            assert len(b"".join(response.iter_bytes())) == 4096


@twins
async def test_token_request_retries_follow_max_retries(twin: Twin) -> None:
    server = TokenServer(twin, statuses=(503, 503))
    auth = OAuth2ClientCredentials(TOKEN_URL, "client-id", "client-secret", max_retries=0)
    client = twin.client(server, token=None, auth=auth)
    with pytest.raises(errors.ServerError):
        await get_dataset(twin, client)
    assert len(server.token_requests) == 1
