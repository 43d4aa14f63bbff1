"""The client machinery: ``BaseClient`` does everything that needs no I/O; the two subclasses only send and sleep.

Like httpx's own ``BaseClient``/``Client``/``AsyncClient``: settings, request preparation, credentials, retry
decisions, error mapping and decoding are written once here, and ``SyncAPIClient``/``AsyncAPIClient`` are thin,
mirror-like loops around ``httpx.Client`` and ``httpx.AsyncClient``. The sync client is truly synchronous: no
event loop anywhere.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from .auth import SecurityScheme, apply_credentials
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseDecodingError,
    UnexpectedStatusError,
    error_for_response,
)
from .logs import logger, setup_from_env
from .operation import Operation
from .options import RequestOptions
from .ratelimit import AsyncRateLimiter, RateLimit, RateLimiter
from .redact import redact_text, register, remember
from .response import Response
from .retries import IDEMPOTENT_METHODS, RetryDecision, RetryPolicy
from .transport import HttpTransport, async_transport
from .urls import join_path, query_string, with_query

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "BaseClient",
    "NotGiven",
    "SyncAPIClient",
]

T = TypeVar("T")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)

#: 60 s to read a response, 5 s to connect: long enough for slow queries, short enough to notice a dead host.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
#: Up to 100 connections, all of them kept alive between calls (as the OpenAI and Anthropic SDKs keep 100): a batch
#: of up to 100 calls at once reuses its connections instead of closing all but 20 as each wave of calls ends and
#: opening them again for the next (httpx's own default keeps 20).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
#: Two retries after the first attempt, as Stainless and Fern do.
DEFAULT_MAX_RETRIES = 2

#: What httpx raises when a request cannot be sent or its response not received whole: a transport failure, or a
#: body whose ``Content-Encoding`` does not decode (a truncated or corrupt gzip stream). ``APIConnectionError``.
_RECEIVE_ERRORS = (httpx.TransportError, httpx.DecodingError)

#: What a malformed body raises inside a generated ``parse_response``; turned into ``ResponseDecodingError``.
_DECODING_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)

Token = str | Callable[[], str]

#: Shared immutable defaults, so a call without options allocates nothing for them.
_NO_OPTIONS = RequestOptions()
_NO_RETRY = RetryDecision(False)
#: How many parsed operation URLs a client keeps (paths with ids in them vary; the cache starts over when full).
_URL_CACHE_SIZE = 512
#: How many sets of common headers a client keeps (one per Accept, security and token; starts over when full).
_HEADERS_CACHE_SIZE = 64
#: httpx's own ``build_request`` (shared by ``Client`` and ``AsyncClient``): the runtime builds the same request
#: without merging headers twice, unless a subclass builds requests its own way.
_BUILD_REQUEST = httpx.Client.build_request


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, distinct from ``None`` (``timeout=None`` means no timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass
class _Call:
    """One logical call: the request to (re)send and what the retry loop needs to know about it."""

    request: httpx.Request
    operation: Operation
    policy: RetryPolicy
    idempotent: bool
    replayable: bool
    auth: httpx.Auth | None
    retries_taken: int = 0


class BaseClient(Generic[_HttpxClientT]):
    """Settings and every step of a call that does no I/O. Subclasses bind it to an API and to sync or async."""

    # Set by the generated subclass from the spec.
    _env_prefix: ClassVar[str] = ""
    _env_token: ClassVar[str] = ""  # the environment variable of the token ("" = none)
    _env_base_url: ClassVar[str] = ""  # the environment variable of the base URL ("" = none)
    _default_base_url: ClassVar[str] = ""
    #: The spec's server when it is a relative URL (``/api/v1``): what a base URL's path should be.
    _relative_server: ClassVar[str] = ""
    #: Whether any operation sends credentials: when none does, a ``token`` argument is an error, not a no-op.
    _token_used: ClassVar[bool] = True
    _user_agent: ClassVar[str] = "openapi-client"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = {}

    _http: _HttpxClientT

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        token: Token | None,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout | None | NotGiven,
        headers: Mapping[str, str] | None,
        max_retries: int,
        max_retry_after: float,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        setup_from_env(self._env_prefix)
        if token is not None and not self._token_used:
            raise ValueError(
                "token: no operation of this API sends a credential (its spec declares security schemes, but no "
                "operation requires one that a token can satisfy), so the token would never be sent; pass it in "
                "headers= if the API wants it anyway, or set auth.scheme in the generator config and regenerate"
            )
        if not self._token_used and (auth is not None or (http_client is not None and http_client.auth is not None)):
            given = "auth" if auth is not None else "http_client"
            raise ValueError(
                f"{given}: no operation of this API sends a credential (its spec declares security schemes, but no "
                "operation requires one), so this auth would never be used (each request is sent without it); set "
                "auth.scheme in the generator config and regenerate if the API wants it anyway"
            )
        if http_client is not None:
            timeout, auth = self._settings_of(http_client, timeout=timeout, auth=auth, token=token)
        self.base_url = self._resolve_base_url(base_url)
        self._base_path = _raw_path(self.base_url).rstrip("/")  # "/v1" or "": operation paths start with "/"
        # Parsed URLs by operation path: httpx parses and validates a URL in ~20 µs, a third of preparing a call.
        self._urls: dict[str, httpx.URL] = {}
        self._urls_base = self.base_url
        # The complete headers of the usual call, by (Accept, security, token); valid for one state of the
        # client's and the httpx client's headers (see _common_headers).
        self._headers_cache: dict[tuple[str, tuple[str, ...], str | None], httpx.Headers] = {}
        self._headers_state: tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]] = ([], [])
        if token is None and self._env_token and self._token_used:
            token = os.environ.get(self._env_token) or None
        self.token: Token | None = token
        self.auth = auth
        self.timeout = self._resolve_timeout(timeout, "timeout")
        # Case-insensitive, as HTTP header names are: a caller's "user-agent" replaces ours instead of joining it.
        self.headers = httpx.Headers({"User-Agent": self._user_agent})
        _set_headers(self.headers, headers)
        self.retry_policy = RetryPolicy(max_retries=max_retries, max_retry_after=max_retry_after)
        register(self._security_schemes)  # the spec's API-key names are redacted wherever text is written
        if self.base_url.password:  # httpx sends it as Basic auth: never shown, in any form
            remember(self.base_url.password, f"{self.base_url.username}:{self.base_url.password}")

    def __repr__(self) -> str:
        # The token is never shown, nor URL credentials: reprs end up in logs and tracebacks.
        token = "<set>" if self.token else None
        return f"{type(self).__name__}(base_url={redact_text(self.base_url)!r}, token={token!r})"

    @classmethod
    def _resolve_base_url(cls, base_url: str | httpx.URL | None) -> httpx.URL:
        from_env = os.environ.get(cls._env_base_url) if cls._env_base_url else None
        raw = base_url if base_url is not None else from_env or cls._default_base_url
        if not raw:
            message = f"base_url: no URL given, and {cls._env_base_url or 'no environment variable'} is not set"
            if cls._relative_server:
                message += (
                    f" (the spec's server is the relative URL {cls._relative_server!r}: give the API's host followed"
                    f" by it, e.g. 'https://api.example.com{cls._relative_server}')"
                )
            raise ValueError(message)
        try:
            url = httpx.URL(str(raw))
        except httpx.InvalidURL as exc:
            raise ValueError(redact_text(f"base_url: {raw!r} is not a valid URL ({exc})")) from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(redact_text(f"base_url: {raw!r} must be an absolute http:// or https:// URL"))
        return url.copy_with(query=None, fragment=None)

    @staticmethod
    def _settings_of(
        http_client: httpx.Client | httpx.AsyncClient,
        *,
        timeout: float | httpx.Timeout | None | NotGiven,
        auth: httpx.Auth | None,
        token: Token | None,
    ) -> tuple[float | httpx.Timeout | None | NotGiven, httpx.Auth | None]:
        """The timeout and auth to use with a caller's own ``http_client``: its own, unless given here too.

        Every request carries its timeout and auth explicitly, so the client's own would otherwise be lost in
        silence. Its ``auth`` then serves the operations that require credentials, like ``auth=``; a second
        credential given here as well is refused rather than one of the two dropped.
        """
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout
        own_auth = http_client.auth
        if own_auth is not None:
            if auth is not None or token is not None:
                given = "auth" if auth is not None else "token"
                raise ValueError(
                    f"{given}: the http_client passed in has its own auth; give the credentials in one place only"
                )
            auth = own_auth
        return timeout, auth

    @staticmethod
    def _resolve_timeout(timeout: float | httpx.Timeout | None | NotGiven, parameter: str) -> httpx.Timeout:
        if isinstance(timeout, NotGiven):
            return DEFAULT_TIMEOUT
        if isinstance(timeout, httpx.Timeout):
            return timeout
        if timeout is None:
            return httpx.Timeout(None)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise ValueError(
                f"{parameter}: expected a positive number of seconds, an httpx.Timeout or None, got {timeout!r}"
            )
        return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or float(timeout)))

    def _current_token(self) -> str | None:
        token = self.token
        value = token() if callable(token) else token
        remember(value)  # never shown in a message, even if the server echoes it back
        return value

    def _prepare(self, request: Mapping[str, Any], operation: Operation, options: RequestOptions | None) -> _Call:
        """Everything before the first send: URL, headers, credentials, idempotency key, retry policy."""
        if options is not None and not isinstance(options, RequestOptions):
            raise TypeError(f"request_options: expected RequestOptions, got {type(options).__name__}")
        options = options or _NO_OPTIONS
        http = self._http
        params: dict[str, Any] = dict(request.get("params", {}))
        auth: httpx.Auth | None = None
        token: str | None = None
        if operation.security:
            if self.auth is not None:
                auth = self.auth
            else:
                token = self._current_token() or None
        headers = None
        if not (request.get("headers") or request.get("cookies") or options.headers or operation.idempotency_header):
            headers = self._common_headers(operation, token)  # the usual call: nothing of its own to add
        if headers is None:
            headers = _merged(http.headers, self._call_headers(request, operation, options, token, params))
        idempotent = operation.method in IDEMPOTENT_METHODS or bool(operation.idempotency_header)
        timeout = self.timeout if options.timeout is None else self._resolve_timeout(options.timeout, "timeout")
        policy = self.retry_policy
        if options.max_retries is not None:
            policy = RetryPolicy(max_retries=options.max_retries, max_retry_after=policy.max_retry_after)
        url = self._url(request["url"])
        # Rendered here, not by httpx's params=, which parses the whole URL again; not when the httpx client has
        # params of its own (httpx merges those with params=, but replaces a query already in the URL with them).
        if params and not url.query and not http.params:
            url, params = with_query(url, query_string(params)), {}
        content = self._content(request.get("content"))
        if type(http).build_request is _BUILD_REQUEST and not http.params:
            # What build_request builds, without merging the client's headers again (``headers`` has them).
            http_request = httpx.Request(
                request["method"],
                url,
                params=params or None,
                headers=headers,
                cookies=http.cookies,
                json=request.get("json"),
                content=content,
                data=request.get("data"),
                files=request.get("files"),
                extensions={"timeout": timeout.as_dict()},
            )
        else:  # an httpx client with its own build_request or params: let it build (merging headers is idempotent)
            http_request = http.build_request(
                request["method"],
                url,
                params=params or None,
                headers=headers,
                json=request.get("json"),
                content=content,
                data=request.get("data"),
                files=request.get("files"),
                timeout=timeout,
            )
        replayable = isinstance(http_request.stream, httpx.ByteStream)
        return _Call(http_request, operation, policy, idempotent, replayable, auth)

    def _call_headers(
        self,
        request: Mapping[str, Any],
        operation: Operation,
        options: RequestOptions,
        token: str | None,
        params: dict[str, Any],
    ) -> httpx.Headers:
        """This call's headers on top of the client's (credentials in a query parameter go to ``params``).

        One case-insensitive mapping: a name set twice in different cases is sent once, with the later value. From
        least to most specific: the client's headers, the operation's header parameters, credentials, and the
        call's ``RequestOptions.headers``.
        """
        headers = httpx.Headers(self.headers)
        _set_headers(headers, request.get("headers"))
        if operation.accept and "accept" not in headers:
            headers["Accept"] = operation.accept
        cookies: dict[str, str] = {str(key): str(value) for key, value in request.get("cookies", {}).items()}
        if token:
            apply_credentials(token, operation.security, self._security_schemes, headers, params, cookies)
        _set_headers(headers, options.headers)
        if cookies:
            # One Cookie header per request: httpx deprecates per-request ``cookies=``. A Cookie header the caller
            # set is kept, followed by the operation's cookies.
            rendered = "; ".join(f"{key}={value}" for key, value in cookies.items())
            headers["Cookie"] = f"{headers['Cookie']}; {rendered}" if "Cookie" in headers else rendered
        key_header = operation.idempotency_header
        if key_header:
            # Made once per logical call, so every retry of it carries the same key and the server can replay.
            if options.idempotency_key is not None:
                headers[key_header] = options.idempotency_key
            elif key_header not in headers:
                import uuid  # here, not at the top: import time of the package (bench/ part 6)

                headers[key_header] = str(uuid.uuid4())
        return headers

    def _common_headers(self, operation: Operation, token: str | None) -> httpx.Headers | None:
        """The complete headers of a call that adds none of its own (no header parameters, cookies, per-call
        headers or idempotency key), made once per operation's ``Accept``, security and token, and kept while
        neither ``self.headers`` nor the httpx client's headers change. ``None`` when credentials go in a query
        parameter: such a call takes the general way."""
        client_headers = self.headers
        if not isinstance(client_headers, httpx.Headers):  # replaced by a plain mapping: no cache
            return None
        state = (client_headers.raw, self._http.headers.raw)
        if state != self._headers_state:
            self._headers_cache.clear()
            self._headers_state = state
        key = (operation.accept, operation.security, token)
        headers = self._headers_cache.get(key)
        if headers is None:
            params: dict[str, Any] = {}
            headers = self._call_headers({}, operation, _NO_OPTIONS, token, params)
            if params:
                return None
            headers = _merged(self._http.headers, headers)
            if len(self._headers_cache) >= _HEADERS_CACHE_SIZE:  # a token callable that changes its value often
                self._headers_cache.clear()
            self._headers_cache[key] = headers
        return headers

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an operation path (already percent-encoded by the operation), cached per path."""
        if self._urls_base is not self.base_url:  # base_url was reassigned: start over
            self._urls, self._urls_base = {}, self.base_url
            self._base_path = _raw_path(self.base_url).rstrip("/")
        url = self._urls.get(path)
        if url is None:
            url = join_path(self.base_url, self._base_path, path)
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()
            self._urls[path] = url
        return url

    def _content(self, content: Any) -> Any:
        """Adapt a raw request body for this twin's httpx client (the sync twin sends it as it is)."""
        if hasattr(content, "__aiter__") and not hasattr(content, "__iter__"):
            raise TypeError("body: an async iterable is sent by the async client (aio) only; pass an iterable")
        return content

    def _decide(self, call: _Call, response: httpx.Response | None, error: Exception | None) -> RetryDecision:
        """Retry or not, after a failed attempt (an error status or a transport error)."""
        if response is not None and response.status_code < 400:
            return _NO_RETRY
        decision = call.policy.decide(
            request=call.request,
            retries_taken=call.retries_taken,
            replayable=call.replayable,
            idempotent=call.idempotent,
            response=response,
            error=error,
            extra_statuses=call.operation.retry_statuses,
        )
        if decision.retry:
            logger.info(
                "retrying %s %s in %.2fs (%s; retry %d of %d)",
                call.request.method,
                call.request.url,  # the logger redacts every record (logs.RedactingFilter)
                decision.delay,
                decision.reason,
                call.retries_taken + 1,
                call.policy.max_retries,
            )
        return decision

    def _log_response(self, call: _Call, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(10):
            logger.debug(
                "%s %s -> %d (%.0f ms, retries %d)",
                call.request.method,
                call.request.url,  # the logger redacts every record (logs.RedactingFilter)
                response.status_code,
                (time.perf_counter() - started) * 1000,
                call.retries_taken,
            )

    def _transport_error(self, exc: Exception, request: httpx.Request) -> APIConnectionError:
        """The typed error for a failure to send or receive."""
        where = f"{request.method} {request.url.copy_with(query=None)}"  # APIError redacts its message
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request timed out: {where} ({type(exc).__name__})", request=request)
        return APIConnectionError(f"Connection error: {where} ({type(exc).__name__}: {exc})", request=request)

    @staticmethod
    def _check_stream_status(response: httpx.Response) -> None:
        """Raise the typed error for a streamed response that is not a success (its body was read)."""
        if response.status_code >= 400:
            raise error_for_response(response)
        if not 200 <= response.status_code < 300:
            raise UnexpectedStatusError.from_response(response)

    @staticmethod
    def _process_response(response: httpx.Response, call: _Call, parse: Callable[[httpx.Response], T]) -> Response[T]:
        """Raise the typed error for an error status, or parse the body; a malformed body is a decoding error."""
        # httpx's response and its bound stream refer to each other, so a response (and its body) outlives its
        # last use until the cyclic GC runs: pages of a long pagination or batch pile up. The body is read; a
        # plain stream over it breaks the cycle and reference counting frees the response at once.
        response.stream = httpx.ByteStream(response.content)
        if response.status_code >= 400:
            raise error_for_response(response)
        try:
            parsed = parse(response)
        except APIError:
            raise
        except _DECODING_ERRORS as exc:
            raise ResponseDecodingError(
                f"{call.operation.name}: the {response.status_code} response does not match the spec "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from exc
        return Response(
            status_code=response.status_code,
            headers=response.headers,
            parsed=parsed,
            raw=response,
            retries_taken=call.retries_taken,
        )


class SyncAPIClient(BaseClient[httpx.Client]):
    """The synchronous shell: sends with ``httpx.Client`` and sleeps with ``time.sleep``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: Token | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = 60.0,
        rate_limit: RateLimit | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | ssl.SSLContext = True,
        http_transport: HttpTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API's root URL; defaults to the base URL environment variable (the class docstring names
                it), then to the configured URL or the spec's first server.
            token: The credential, or a callable returning it (called per request); defaults to the token
                environment variable. Applied as the spec's security schemes say (or as the generator config's
                ``auth.scheme``; bearer when the spec declares none), only to operations that require credentials.
                A ValueError when no operation of the API sends credentials.
            auth: An ``httpx.Auth`` (e.g. ``OAuth2ClientCredentials``) used instead of ``token`` for those operations.
            timeout: Seconds, an ``httpx.Timeout``, or ``None`` for no timeout. Default: 60 s, 5 s to connect.
            headers: Headers sent with every request.
            max_retries: Retries after a connection error, timeout, 408, 429 or 5xx (default 2; 0 disables).
            max_retry_after: The longest ``Retry-After`` honoured, in seconds; a longer one fails fast.
            rate_limit: Client-side rate limiting (``RateLimit(requests_per_second=..., max_concurrency=...)``).
            limits: Connection pool limits of the ``httpx.Client`` this creates.
            verify: TLS certificate verification (on). ``False`` turns it off, and says so in a warning log.
            http_transport: ``"httpx"``, the only transport of the synchronous client (``"aiohttp"`` is for
                ``AsyncClient``; here it is a ``ValueError``). Present so that both clients take the same arguments.
            http_client: An ``httpx.Client`` of your own (proxies, transports, event hooks). You keep ownership:
                closing this client does not close it. Its timeout applies unless ``timeout`` is given; its auth
                serves the operations that require credentials (giving ``token``/``auth`` too is a ValueError).
        """
        if http_transport not in (None, "httpx"):
            raise ValueError(f"http_transport: {http_transport!r} is for AsyncClient; Client sends with httpx only")
        super().__init__(
            base_url=base_url,
            token=token,
            auth=auth,
            timeout=timeout,
            headers=headers,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            http_client=http_client,
        )
        self._limiter = RateLimiter(rate_limit) if rate_limit is not None else None
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(timeout=self.timeout, limits=limits, verify=_verify(verify, self.base_url))
        self._http = http_client

    def _send(self, call: _Call, *, stream: bool = False, hold: contextlib.ExitStack | None = None) -> httpx.Response:
        """Send, retrying as the policy says; return the final response (unread when ``stream``) or raise.

        With a rate limiter, a streamed success keeps its concurrency slot in ``hold`` until its body is closed.
        """
        while True:
            started = time.perf_counter()
            try:
                if self._limiter is None:  # the common case, without a context manager per call
                    response = self._http.send(call.request, auth=call.auth, stream=stream)
                    if stream and response.status_code >= 400:
                        response.read()  # an error body is small and the error carries it
                else:
                    with contextlib.ExitStack() as slot:
                        slot.enter_context(self._limiter.slot())
                        response = self._http.send(call.request, auth=call.auth, stream=stream)
                        if stream and response.status_code >= 400:
                            response.read()
                        elif hold is not None:  # never retried: its body is read under the same slot
                            hold.push(slot.pop_all())
            except _RECEIVE_ERRORS as exc:
                decision = self._decide(call, None, exc)
                if not decision.retry:
                    raise self._transport_error(exc, call.request) from exc
            else:
                self._log_response(call, response, started)
                if self._limiter is not None:
                    self._limiter.feedback(response.status_code)
                decision = self._decide(call, response, None)
                if not decision.retry:
                    return response
                response.close()
            time.sleep(decision.delay)
            call.retries_taken += 1

    def _execute(
        self,
        request: Mapping[str, Any],
        operation: Operation,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        """Send one operation's request and return its parsed response, or raise a typed error."""
        call = self._prepare(request, operation, options)
        return self._process_response(self._send(call), call, parse)

    @contextlib.contextmanager
    def _stream(
        self, request: Mapping[str, Any], operation: Operation, options: RequestOptions | None = None
    ) -> Iterator[httpx.Response]:
        """Send one operation's request and yield its successful response unread; the body streams from it."""
        call = self._prepare(request, operation, options)
        with contextlib.ExitStack() as hold:
            response = self._send(call, stream=True, hold=hold)
            try:
                self._check_stream_status(response)
                yield response
            except _RECEIVE_ERRORS as exc:  # the connection failed, or the encoding broke, while the body was read
                raise self._transport_error(exc, call.request) from exc
            finally:
                response.close()

    def close(self) -> None:
        """Close the connection pool (unless the ``httpx.Client`` was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asynchronous shell: sends with ``httpx.AsyncClient`` and sleeps with ``asyncio.sleep``."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        token: Token | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_after: float = 60.0,
        rate_limit: RateLimit | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | ssl.SSLContext = True,
        http_transport: HttpTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: The API's root URL; defaults to the base URL environment variable (the class docstring names
                it), then to the configured URL or the spec's first server.
            token: The credential, or a callable returning it (called per request); defaults to the token
                environment variable. Applied as the spec's security schemes say (or as the generator config's
                ``auth.scheme``; bearer when the spec declares none), only to operations that require credentials.
                A ValueError when no operation of the API sends credentials.
            auth: An ``httpx.Auth`` (e.g. ``OAuth2ClientCredentials``) used instead of ``token`` for those operations.
            timeout: Seconds, an ``httpx.Timeout``, or ``None`` for no timeout. Default: 60 s, 5 s to connect.
            headers: Headers sent with every request.
            max_retries: Retries after a connection error, timeout, 408, 429 or 5xx (default 2; 0 disables).
            max_retry_after: The longest ``Retry-After`` honoured, in seconds; a longer one fails fast.
            rate_limit: Client-side rate limiting (``RateLimit(requests_per_second=..., max_concurrency=...)``).
            limits: Connection pool limits of the ``httpx.AsyncClient`` this creates.
            verify: TLS certificate verification (on). ``False`` turns it off, and says so in a warning log.
            http_transport: The transport of the ``httpx.AsyncClient`` this creates: ``"httpx"`` (its own, the
                default) or ``"aiohttp"`` (aiohttp's connection pool under httpx; needs the ``[speed]`` extra):
                several times less CPU per call when 50-100+ calls run at once, e.g. in ``batch``. Default: the
                ``<PREFIX>_HTTP_TRANSPORT`` environment variable, else ``"httpx"``. With aiohttp, respx mocks
                need ``respx.mock(using="httpx")``.
            http_client: An ``httpx.AsyncClient`` of your own (proxies, transports, event hooks). You keep
                ownership: closing this client does not close it. Its timeout applies unless ``timeout`` is given;
                its auth serves the operations that require credentials (giving ``token``/``auth`` too is a
                ValueError).
        """
        if http_client is not None and http_transport is not None:
            raise ValueError("http_transport: applies to the client this creates; not with http_client=")
        super().__init__(
            base_url=base_url,
            token=token,
            auth=auth,
            timeout=timeout,
            headers=headers,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            http_client=http_client,
        )
        self._limiter = AsyncRateLimiter(rate_limit) if rate_limit is not None else None
        self._owns_http = http_client is None
        if http_client is None:
            transport = async_transport(
                http_transport, self._env_prefix, verify=_verify(verify, self.base_url), limits=limits
            )
            http_client = httpx.AsyncClient(timeout=self.timeout, limits=limits, verify=verify, transport=transport)
        self._http = http_client

    def _content(self, content: Any) -> Any:
        """A file object or a generator (a streamed sequential body, ``_runtime/sequences.py``) becomes an async
        stream of chunks: ``httpx.AsyncClient`` refuses sync streams."""
        if content is None or hasattr(content, "__aiter__"):
            return content
        if hasattr(content, "read"):
            return _read_chunks(content)
        if isinstance(content, Iterator):
            return _async_chunks(content)
        return content

    async def _send(
        self, call: _Call, *, stream: bool = False, hold: contextlib.AsyncExitStack | None = None
    ) -> httpx.Response:
        """Send, retrying as the policy says; return the final response (unread when ``stream``) or raise.

        With a rate limiter, a streamed success keeps its concurrency slot in ``hold`` until its body is closed.
        """
        while True:
            started = time.perf_counter()
            try:
                if self._limiter is None:  # the common case, without a context manager per call
                    response = await self._http.send(call.request, auth=call.auth, stream=stream)
                    if stream and response.status_code >= 400:
                        await response.aread()  # an error body is small and the error carries it
                else:
                    async with contextlib.AsyncExitStack() as slot:
                        await slot.enter_async_context(self._limiter.slot())
                        response = await self._http.send(call.request, auth=call.auth, stream=stream)
                        if stream and response.status_code >= 400:
                            await response.aread()
                        elif hold is not None:  # never retried: its body is read under the same slot
                            hold.push_async_exit(slot.pop_all())
            except _RECEIVE_ERRORS as exc:
                decision = self._decide(call, None, exc)
                if not decision.retry:
                    raise self._transport_error(exc, call.request) from exc
            else:
                self._log_response(call, response, started)
                if self._limiter is not None:
                    self._limiter.feedback(response.status_code)
                decision = self._decide(call, response, None)
                if not decision.retry:
                    return response
                await response.aclose()
            import asyncio  # here, not at the top: a sync-only program never imports asyncio

            await asyncio.sleep(decision.delay)
            call.retries_taken += 1

    async def _execute(
        self,
        request: Mapping[str, Any],
        operation: Operation,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        """Send one operation's request and return its parsed response, or raise a typed error."""
        call = self._prepare(request, operation, options)
        return self._process_response(await self._send(call), call, parse)

    @contextlib.asynccontextmanager
    async def _stream(
        self, request: Mapping[str, Any], operation: Operation, options: RequestOptions | None = None
    ) -> AsyncIterator[httpx.Response]:
        """Send one operation's request and yield its successful response unread; the body streams from it."""
        call = self._prepare(request, operation, options)
        async with contextlib.AsyncExitStack() as hold:
            response = await self._send(call, stream=True, hold=hold)
            try:
                self._check_stream_status(response)
                yield response
            except _RECEIVE_ERRORS as exc:  # the connection failed, or the encoding broke, while the body was read
                raise self._transport_error(exc, call.request) from exc
            finally:
                await response.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless the ``httpx.AsyncClient`` was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _merged(client_headers: httpx.Headers, headers: httpx.Headers) -> httpx.Headers:
    """``headers`` over the httpx client's own, as ``build_request`` merges them."""
    merged = httpx.Headers(client_headers)
    merged.update(headers)
    return merged


def _set_headers(headers: httpx.Headers, extra: Mapping[str, Any] | None) -> None:
    """Set each of ``extra`` in ``headers``, replacing a name in any case (``Headers.update`` keeps both of a
    mapping's ``"range"`` and ``"Range"``); a name given twice in ``extra`` ends with its last value."""
    if extra:
        for name, value in extra.items():
            headers[name] = _header_value(value)


def _header_value(value: Any) -> str:
    """A header parameter's value as sent: text as it is, a boolean as ``true``/``false``, an array its items
    joined by commas and an object its ``key,value`` pairs (OpenAPI's ``style: simple``), anything else (a UUID, a
    number, a date) as its ``str``; httpx refuses anything but text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_header_value(item) for item in value)
    if isinstance(value, Mapping):
        return ",".join(_header_value(part) for pair in value.items() for part in pair)
    return str(value)


def _raw_path(url: httpx.URL) -> str:
    """The URL's path as sent (percent-encoded), without its query."""
    return url.raw_path.decode("ascii").partition("?")[0]


def _verify(verify: bool | ssl.SSLContext, base_url: httpx.URL) -> bool | ssl.SSLContext:
    if verify is False:
        logger.warning("TLS certificate verification is OFF for the client of %s (verify=False)", base_url)
    return verify


async def _async_chunks(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """A sync stream of chunks as an async one (the iterator runs in the event loop, as the caller gave it)."""
    for chunk in chunks:
        yield chunk


async def _read_chunks(file: Any, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    """Yield a binary file object's bytes in chunks, for an async request body."""
    while chunk := file.read(size):
        yield chunk if isinstance(chunk, bytes) else str(chunk).encode()
