"""Applying credentials to a request, as the spec's ``securitySchemes`` declare them, and the OAuth2 flow."""

from __future__ import annotations

import base64
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Generator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .redact import redact_text, remember
from .retries import RetryPolicy

if TYPE_CHECKING:  # imported where used: a sync-only program never imports asyncio
    import asyncio

    from .errors import APIStatusError

__all__ = ["OAuth2ClientCredentials", "SecurityScheme", "apply_credentials"]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One security scheme: ``kind`` is ``bearer``, ``basic`` or ``api_key`` (then ``location`` and ``parameter``)."""

    kind: str
    location: str = ""
    parameter: str = ""


def apply_credentials(
    token: str,
    scheme_names: tuple[str, ...],
    schemes: Mapping[str, SecurityScheme],
    headers: MutableMapping[str, str],
    params: dict[str, Any],
    cookies: dict[str, str],
) -> None:
    """Put ``token`` where each named scheme wants it.

    Bearer: ``Authorization: Bearer <token>``. Basic: ``token`` is ``user:password``. API key: the token goes in
    the declared header, query parameter or cookie. ``headers`` should be an ``httpx.Headers``, so that a header
    already there under another case is replaced, not joined.
    """
    for name in scheme_names:
        scheme = schemes.get(name)
        if scheme is None:
            continue
        if scheme.kind == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        elif scheme.kind == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(token.encode()).decode("ascii")
        elif scheme.kind == "api_key":
            if scheme.location == "header":
                headers[scheme.parameter] = token
            elif scheme.location == "query":
                params[scheme.parameter] = token
            elif scheme.location == "cookie":
                cookies[scheme.parameter] = token


class _Fetch:
    """What the pure flow yields when it needs a (new) token: the driver fetches one, or takes a fresher one."""


_FETCH = _Fetch()
#: Token lifetime when the server does not say (or says something unusable).
_DEFAULT_LIFETIME = 3600.0


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials grant: fetches a token, caches it, refreshes it before it expires and once on a 401.

    Pass it as ``auth=`` to ``Client`` or ``AsyncClient``; it is applied only to operations that require
    credentials. One pure flow (:meth:`_flow`, :meth:`_fetch_flow`) serves both twins, driven with threads and
    ``time.sleep`` or with the running event loop and ``asyncio.sleep``:

    - Concurrent calls share one token request: a lock per thread-shared object (sync) or per event loop (async).
    - The token request has the timeout of the call it serves, and is retried like a call (``max_retries``, two
      by default, with the clients' backoff and ``Retry-After`` handling): a 503 from the token endpoint is retried.
    - The token is refreshed ``refresh_margin`` seconds (at most a tenth of its lifetime) before it expires.
    - A 401 fetches a new token and sends the request again, unless its body was a one-shot stream (a generator or
      a file object) already consumed: then the 401 is raised as ``UnauthorizedError``.
    """

    requires_request_body = False
    requires_response_body = False  # the drivers read the token responses; the API's own body is left alone

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        refresh_margin: float = 30.0,
        max_retries: int = 2,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        remember(client_secret)
        self.scope = scope
        self.refresh_margin = refresh_margin
        self.retry_policy = RetryPolicy(max_retries=max_retries)
        self._token: str | None = None
        self._refresh_at = 0.0
        self._state = threading.Lock()  # guards the cached token; never held across I/O
        self._fetching = threading.Lock()  # one token request at a time among the threads of sync clients
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.fetches = 0  # how many tokens were fetched (for tests and metrics)

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(token_url={redact_text(self.token_url)!r}, client_id={self.client_id!r})"

    # The pure part: no I/O, no sleeping, no locks held across a yield.

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """The token request, with the timeout of ``request`` (the call it serves)."""
        data = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scope:
            data["scope"] = self.scope
        timeout = request.extensions.get("timeout")
        return httpx.Request(
            "POST",
            self.token_url,
            data=data,
            headers={"Accept": "application/json"},
            extensions={"timeout": timeout} if timeout is not None else None,
        )

    def _store(self, response: httpx.Response) -> str:
        """Cache the token of a successful token response and return it."""
        try:
            payload = response.json()
            token = str(payload["access_token"])
            lifetime = float(payload.get("expires_in", _DEFAULT_LIFETIME))
        except (ValueError, KeyError, TypeError) as exc:
            from .errors import ResponseDecodingError

            raise ResponseDecodingError(f"token response is not an OAuth2 token ({exc!r})", response=response) from exc
        remember(token)  # never shown in a message, even if a server echoes it back
        if not math.isfinite(lifetime):
            lifetime = _DEFAULT_LIFETIME
        # A fixed margin would make a token that lives less than it invalid from the start (one fetch per call).
        margin = min(self.refresh_margin, max(lifetime, 0.0) / 10.0)
        with self._state:
            self._token = token
            self._refresh_at = time.monotonic() + lifetime - margin
            self.fetches += 1
        return token

    def _valid_token(self) -> str | None:
        with self._state:
            if self._token and time.monotonic() < self._refresh_at:
                return self._token
            return None

    def _invalidate(self, token: str) -> None:
        """Forget ``token`` after a 401 (unless another call already replaced it)."""
        with self._state:
            if self._token == token:
                self._token = None

    def _token_error(self, response: httpx.Response) -> APIStatusError:
        """The typed error of a failed token request: a credentials problem is ``UnauthorizedError``."""
        from .errors import RateLimitedError, ServerError, UnauthorizedError, error_for_response

        error = error_for_response(response)
        cls: type[APIStatusError] = UnauthorizedError
        if isinstance(error, ServerError | RateLimitedError):
            cls = type(error)
        return cls(
            f"token request failed: {error.message}",
            response=response,
            body=error.body,
            problem=error.problem,
            code=error.code,
            type=error.type,
        )

    def _fetch_flow(self, request: httpx.Request) -> Generator[httpx.Request | float, Any, str]:
        """One token fetch: yields a token request (and gets its response, read) or seconds to sleep; returns it."""
        retries = 0
        while True:
            token_request = self._token_request(request)
            response: httpx.Response = yield token_request
            if response.status_code < 400:
                return self._store(response)
            decision = self.retry_policy.decide(
                request=token_request, retries_taken=retries, replayable=True, idempotent=True, response=response
            )
            if not decision.retry:
                raise self._token_error(response)
            from .logs import logger

            logger.info("retrying the token request in %.2fs (%s)", decision.delay, decision.reason)
            yield decision.delay
            retries += 1

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _Fetch, Any, None]:
        """One authorised call: yields ``_FETCH`` (and gets a token) or the request (and gets its response)."""
        # Judged before sending: a transport (or a mock) that reads a one-shot stream may leave a ByteStream behind.
        replayable = isinstance(request.stream, httpx.ByteStream)
        token = self._valid_token()
        if token is None:
            token = yield _FETCH
        request.headers["Authorization"] = f"Bearer {token}"
        response: httpx.Response = yield request
        if response.status_code != 401:
            return
        self._invalidate(token)
        if not replayable:
            return  # a one-shot body was consumed by the first attempt: the 401 stands, the next call refetches
        token = yield _FETCH
        request.headers["Authorization"] = f"Bearer {token}"
        yield request

    # The drivers: httpx calls sync_auth_flow from Client and async_auth_flow from AsyncClient.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Drive :meth:`_flow` with threads: one token request at a time, ``time.sleep`` between its retries."""
        flow = self._flow(request)
        step = next(flow)
        while True:
            reply: Any
            if isinstance(step, _Fetch):
                with self._fetching:
                    reply = self._valid_token()  # another thread may have fetched one while this one waited
                    if reply is None:
                        reply = yield from self._sync_fetch(request)
            else:
                reply = yield step
            try:
                step = flow.send(reply)
            except StopIteration:
                return

    def _sync_fetch(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, str]:
        fetch = self._fetch_flow(request)
        step = next(fetch)
        while True:
            reply: httpx.Response | None = None
            if isinstance(step, httpx.Request):
                reply = yield step
                reply.read()
            else:
                time.sleep(step)
            try:
                step = fetch.send(reply)
            except StopIteration as done:
                token: str = done.value
                return token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Drive :meth:`_flow` in the running loop: one token request at a time, ``asyncio.sleep`` between retries."""
        import asyncio

        flow = self._flow(request)
        step = next(flow)
        while True:
            reply: Any
            if isinstance(step, _Fetch):
                async with self._loop_lock():
                    reply = self._valid_token()  # another task may have fetched one while this one waited
                    if reply is None:
                        fetch = self._fetch_flow(request)
                        fetch_step = next(fetch)
                        while reply is None:
                            fetch_reply: httpx.Response | None = None
                            if isinstance(fetch_step, httpx.Request):
                                fetch_reply = yield fetch_step
                                await fetch_reply.aread()
                            else:
                                await asyncio.sleep(fetch_step)
                            try:
                                fetch_step = fetch.send(fetch_reply)
                            except StopIteration as done:
                                reply = done.value
            else:
                reply = yield step
            try:
                step = flow.send(reply)
            except StopIteration:
                return

    def _loop_lock(self) -> asyncio.Lock:
        """The running loop's fetch lock: an ``asyncio.Lock`` belongs to one loop, so each loop has its own."""
        import asyncio

        loop = asyncio.get_running_loop()
        lock = self._loop_locks.get(loop)
        if lock is None:
            with self._state:
                lock = self._loop_locks.setdefault(loop, asyncio.Lock())
        return lock
