"""No credential ever leaves the process in clear: each credential location x each place the client writes text.

A real HTTP server on 127.0.0.1 (it also serves as the forward proxy of the proxy row) answers every scenario, and
echoes the credentials it received in its error bodies, as careless servers do. Each row puts distinctive secrets
in one location; each run collects every text the client produced (log records at DEBUG, INFO and WARNING,
``str``/``repr``/traceback of a status, connection, timeout, decoding and pagination error, reprs of the client,
its auth, a response, a page and a paginator holding a next-page URL, and a batch result holding errors) and
fails if any secret appears in plain, percent-encoded or base64 form. Rows run in the sync twin, the async twin
and the async twin on the aiohttp transport (the proxy row: both httpx twins; aiohttp is never used for proxies).

``test_each_redaction_path_is_needed`` proves the matrix can fail: it turns one call site's redaction into the
identity at a time, and a leak must then be found at the place that site guards.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import json
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

import httpx
import pytest

import logbook_client
from logbook_client._runtime import auth as auth_module
from logbook_client._runtime import client as client_module
from logbook_client._runtime import errors as errors_module
from logbook_client._runtime import logs as logs_module
from logbook_client._runtime import pagination as pagination_module
from logbook_client._runtime import response as response_module
from logbook_client._runtime import transport as transport_module
from logbook_client._runtime.auth import OAuth2ClientCredentials, SecurityScheme
from logbook_client._runtime.batch import arun_batch, run_batch
from logbook_client._runtime.client import AsyncAPIClient, SyncAPIClient
from logbook_client._runtime.errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseDecodingError,
    ServerError,
)
from logbook_client._runtime.operation import Operation
from logbook_client._runtime.pagination import AsyncPaginator, Pagination, PaginationError, Paginator
from logbook_client._runtime.retries import RetryPolicy
from logbook_client.lib.logging_handler import AsyncLogbookHandler, LogbookHandler
from tests.twins import resolve

# ------------------------------------------------------------------------------------------------- the server


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.seen.append(f"{self.requestline}\n{self.headers}\n{body.decode('latin-1')}")
        target = urlsplit(self.path)  # absolute when it comes through the proxy row
        query = dict(parse_qsl(target.query))
        route = target.path
        if route == "/oauth/token":
            self._json(200, {"access_token": OAUTH_TOKEN, "token_type": "bearer", "expires_in": 3600})
        elif route == "/ok":
            cookie = quote(self.headers.get("cookie", "none"), safe="")
            self._json(200, {"ok": True}, [("Set-Cookie", f"seen={cookie}; Path=/")])
        elif route == "/datasets/app/ingest" and self.server.ingest_up:
            self._json(200, {"ingested": body.count(b'"_time"'), "failed": 0, "failures": []})
        elif route in ("/fail", "/datasets/app/ingest"):  # a careless server: the credentials it got, in its error body
            echoed = [self.headers.get(name, "") for name in ("authorization", "cookie", "x-tenant-secret")]
            echoed.append(echoed[0].partition(" ")[2])  # "invalid token <token>": without its scheme word too
            detail = f"rejected {' '.join(echoed)} {unquote(target.query)}"
            self._json(503, {"title": "Service Unavailable", "status": 503, "detail": detail})
        elif route == "/bad":
            self._json(200, {"unexpected": True})
        elif route == "/drop":  # a malformed response: both transports raise a protocol error
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello")
            self.close_connection = True
        elif route == "/slow":  # the client gives up first and closes the connection
            time.sleep(0.5)
            self.close_connection = True
        elif route == "/pages":  # URL pagination; the next links echo the query key, then leave the host
            echo = "".join(f"&{quote(key)}={quote(value, safe='')}" for key, value in query.items() if key != "cursor")
            if "cursor" not in query:
                self._json(200, {"items": [1], "next": f"/pages?cursor=2{echo}"})
            else:
                self._json(200, {"items": [2], "next": f"http://elsewhere.test/pages?cursor=3{echo}"})
        else:
            self._json(404, {"title": "Not Found", "status": 404})

    def _json(self, status: int, payload: object, headers: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/problem+json" if status >= 400 else "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    seen: list[str]
    ingest_up = False


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server(("127.0.0.1", 0), _Handler)
    srv.seen = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


pytestmark = pytest.mark.usefixtures("fresh_redaction_state")  # no credential remembered by earlier tests


# -------------------------------------------------------------------------------------------- the credentials

OAUTH_TOKEN = "oauthTOKEN-granted-8c1e"
SCHEMES = {
    "bearer": SecurityScheme(kind="bearer"),
    "basic": SecurityScheme(kind="basic"),
    "query": SecurityScheme(kind="api_key", location="query", parameter="access-code"),  # not a common name
    "header": SecurityScheme(kind="api_key", location="header", parameter="X-Tenant-Secret"),
    "cookie": SecurityScheme(kind="api_key", location="cookie", parameter="tenant_session"),
}


class SyncKeyClient(SyncAPIClient):
    """What the generator emits for a spec with these security schemes (sync)."""

    _env_prefix: ClassVar[str] = "REDACTMATRIX"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = SCHEMES


class AsyncKeyClient(AsyncAPIClient):
    """What the generator emits for a spec with these security schemes (async)."""

    _env_prefix: ClassVar[str] = "REDACTMATRIX"
    _security_schemes: ClassVar[dict[str, SecurityScheme]] = SCHEMES


def forms(secret: str) -> set[str]:
    """A secret as it may be written: plain, percent-encoded (two ways) and base64."""
    return {secret, quote(secret, safe=""), quote_plus(secret), base64.b64encode(secret.encode()).decode()}


@dataclass(frozen=True)
class Row:
    """One credential location: how the client gets the secrets, and the secrets to search for."""

    name: str
    secrets: tuple[str, ...]
    security: tuple[str, ...] = ()
    token: Any = None
    userinfo: str = ""  # in the base URL
    oauth: bool = False
    proxy: str = ""  # user:password of a forward proxy
    transports: tuple[str, ...] = ("sync", "async", "aiohttp")

    def pairs(self) -> list[str]:
        """The user:password pairs of this row, sent as Basic credentials (base64)."""
        pairs = [self.userinfo, self.proxy, self.token if "basic" in self.security else ""]
        if self.oauth:
            pairs.append("tokuser:tokurlSECRET-12")  # the token URL's userinfo
        return [pair for pair in pairs if pair]

    def needles(self) -> set[str]:
        return set().union(*(forms(secret) for secret in self.secrets), *(forms(pair) for pair in self.pairs()))


ROWS = [
    Row("token", ("tokSECRET-4f1d9a",), ("bearer",), token="tokSECRET-4f1d9a"),
    Row("token callable", ("callSECRET-71b2c3",), ("bearer",), token=lambda: "callSECRET-71b2c3"),
    Row("basic auth", ("basicSECRET-99e0",), ("basic",), token="basicuser:basicSECRET-99e0"),
    Row("url userinfo", ("urlSECRET-77aa",), (), userinfo="urluser:urlSECRET-77aa"),
    Row("query key", ("q/SECRET+key=9z",), ("query",), token="q/SECRET+key=9z"),
    Row("header key", ("hdrSECRET-42ab",), ("header",), token="hdrSECRET-42ab"),
    Row("cookie key", ("ckSECRET-5150abc",), ("cookie",), token="ckSECRET-5150abc"),
    # The token URL's userinfo is never sent (httpx does not apply it to requests of an auth flow), only shown.
    Row("oauth2", ("oauthCLIENTsecret-31", OAUTH_TOKEN, "tokurlSECRET-12"), ("bearer",), oauth=True),
    Row(
        "proxy url",
        ("proxySECRET-66f0",),
        ("bearer",),
        proxy="proxyuser:proxySECRET-66f0",
        transports=("sync", "async"),
    ),
]
CASES = [pytest.param(row, transport, id=f"{row.name}-{transport}") for row in ROWS for transport in row.transports]


# ------------------------------------------------------------------------------------------------ the places


def _show_error(texts: dict[str, str], place: str, error: BaseException) -> None:
    texts[f"{place} str"] = str(error)
    texts[f"{place} repr"] = repr(error)
    texts[f"{place} traceback"] = "".join(traceback.format_exception(error))


async def _error_of(thunk: Callable[[], Any], expected: type[BaseException]) -> BaseException:
    try:
        await resolve(thunk())
    except expected as exc:
        return exc
    raise AssertionError(f"expected {expected.__name__}")


def _make_client(row: Row, transport: str, server: _Server) -> tuple[Any, Any]:
    """The client of this row and transport, and the httpx client it was given (proxy row), to close."""
    host = f"127.0.0.1:{server.server_address[1]}"
    kwargs: dict[str, Any] = {"token": row.token, "timeout": 0.25, "verify": False}
    kwargs["base_url"] = f"http://{row.userinfo}@{host}" if row.userinfo else f"http://{host}"
    if row.oauth:
        token_url = f"http://tokuser:tokurlSECRET-12@{host}/oauth/token"
        kwargs["auth"] = OAuth2ClientCredentials(token_url, "client-id", "oauthCLIENTsecret-31")
    http_client: Any = None
    if row.proxy:
        kwargs["base_url"] = "http://api.invalid"  # reached only through the proxy
        http_cls = httpx.Client if transport == "sync" else httpx.AsyncClient
        http_client = http_cls(proxy=f"http://{row.proxy}@{host}", timeout=0.25)
        kwargs["http_client"] = http_client
        del kwargs["verify"]
    elif transport == "aiohttp":
        kwargs["http_transport"] = "aiohttp"
    client = (SyncKeyClient if transport == "sync" else AsyncKeyClient)(**kwargs)
    client.retry_policy = RetryPolicy(max_retries=1, base_delay=0.001, max_delay=0.001)
    return client, http_client


def _parse_items(response: httpx.Response) -> Any:
    return response.json()["items"] if "items" in response.json() else response.json()


def _parse_strict(response: httpx.Response) -> Any:
    return response.json()["items"]  # KeyError on /bad: a body that does not match the spec


async def collect(row: Row, transport: str, server: _Server, caplog: pytest.LogCaptureFixture) -> dict[str, str]:
    """Run every scenario with this row's credentials; every text the client wrote, by place."""
    is_async = transport != "sync"
    texts: dict[str, str] = {}

    def operation(path: str) -> Operation:
        return Operation(name=f"get_{path}", method="GET", path=f"/{path}", security=row.security)

    def call(path: str, parse: Callable[[httpx.Response], Any] = _parse_items) -> Any:
        return client._execute({"method": "GET", "url": f"/{path}"}, operation(path), parse)

    caplog.clear()
    # Every logger at DEBUG, the client's and those of the libraries under it (httpx logs each request's URL at INFO).
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="logbook_client"):
        client, http_client = _make_client(row, transport, server)  # verify=False: a WARNING naming the URL
        try:
            texts["client repr"] = repr(client)
            response = await resolve(call("ok"))
            texts["response repr"] = repr(response)
            if row.oauth:
                texts["auth repr"] = repr(client.auth)
            _show_error(texts, "status error", await _error_of(lambda: call("fail"), ServerError))
            _show_error(texts, "connection error", await _error_of(lambda: call("drop"), APIConnectionError))
            _show_error(texts, "timeout error", await _error_of(lambda: call("slow"), APITimeoutError))
            decoding = await _error_of(lambda: call("bad", _parse_strict), ResponseDecodingError)
            _show_error(texts, "decoding error", decoding)
            texts.update(await _paginate(client, operation("pages"), is_async))
            texts.update(await _batch(lambda _: call("fail"), is_async))
        finally:
            await resolve(client.aclose() if is_async else client.close())
            if http_client is not None:
                await resolve(http_client.aclose() if is_async else http_client.close())
    for level in ("DEBUG", "INFO", "WARNING"):
        texts[f"log {level}"] = "\n".join(
            caplog.handler.format(record) for record in caplog.records if record.levelname == level
        )
    return texts


async def _paginate(client: Any, operation: Operation, is_async: bool) -> dict[str, str]:
    texts: dict[str, str] = {}
    pagination = Pagination(kind="url", items=("items",), source=("next",))
    cls = AsyncPaginator if is_async else Paginator

    def paginator() -> Any:
        request = {"method": "GET", "url": "/pages"}
        return cls(client, request, operation, _parse_items, pagination, lambda r: list(r.parsed), max_items=10)

    texts["page repr"] = repr(await resolve(paginator().first_page()))
    pages = paginator()
    if is_async:
        items = pages.__aiter__()
        await items.__anext__()
        texts["paginator repr"] = repr(pages)  # its position is the next page's URL
        error = await _error_of(lambda: _drain_async(items), PaginationError)
    else:
        items = iter(pages)
        next(items)
        texts["paginator repr"] = repr(pages)
        error = await _error_of(lambda: list(items), PaginationError)
    _show_error(texts, "pagination error", error)
    texts["pagination error position"] = repr(error.position)  # type: ignore[attr-defined]
    return texts


async def _drain_async(items: Any) -> None:
    async for _ in items:
        pass


async def _batch(function: Callable[[int], Any], is_async: bool) -> dict[str, str]:
    result = await arun_batch(function, range(2), max_concurrency=2) if is_async else run_batch(function, range(2))
    texts = {"batch result repr": repr(result), "batch errors repr": repr(result.errors())}
    _show_error(texts, "batch error group", await _error_of(result.raise_for_errors, ExceptionGroup))
    return texts


def leaks(texts: dict[str, str], needles: set[str]) -> list[tuple[str, str]]:
    """(place, secret form) for every secret form found in a text."""
    return [(place, needle) for place, text in texts.items() for needle in sorted(needles) if needle in text]


# ------------------------------------------------------------------------------------------------- the matrix

PLACES = [
    "log DEBUG",
    "log INFO",
    "log WARNING",
    "client repr",
    "response repr",
    "page repr",
    "paginator repr",
    "batch result repr",
    "batch errors repr",
    *(
        f"{error} {form}"
        for error in ("status error", "connection error", "timeout error", "decoding error", "pagination error")
        for form in ("str", "repr", "traceback")
    ),
    *(f"batch error group {form}" for form in ("str", "repr", "traceback")),
    "pagination error position",
]


@pytest.mark.parametrize(("row", "transport"), CASES)
async def test_no_secret_in_any_text(
    row: Row, transport: str, server: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    server.seen.clear()
    texts = await collect(row, transport, server, caplog)
    assert leaks(texts, row.needles()) == []
    # Every place was written, and the secrets really went out: the test cannot pass by saying nothing.
    assert set(PLACES) <= set(texts)
    assert "-> 200" in texts["log DEBUG"] and "retrying GET" in texts["log INFO"]
    assert "verification is OFF" in texts["log WARNING"] or row.proxy
    assert "/pages?cursor=2" in texts["paginator repr"]
    assert all(texts[place] for place in PLACES if place != "log WARNING" or not row.proxy)
    sent = "\n".join(server.seen)
    for secret in row.secrets[:2]:  # in some form (a password goes as base64 of user:password)
        sent_forms = forms(secret) | {
            base64.b64encode(pair.encode()).decode() for pair in row.pairs() if secret in pair
        }
        assert any(form in sent for form in sent_forms), f"{secret} was never sent"
    if "query" in row.security:  # readable, not percent-encoded
        assert "access-code=***" in texts["log DEBUG"] and "access-code=***" in texts["paginator repr"]


# --------------------------------------------------------------------------------------------- the mutations

_IDENTITY_TEXT = str


def _identity_headers(headers: Any) -> list[tuple[str, str]]:
    return list(headers.multi_items())


#: The httpcore under ``httpx``: httpcore2 under httpx2.
HTTPCORE = "httpcore2" if httpx.__name__ == "httpx2" else "httpcore"
#: (module, name, replacement, row, transport, a place that must then show a secret)
MUTATIONS = [
    (errors_module, "redact_text", _IDENTITY_TEXT, "url userinfo", "sync", "status error str"),
    (logs_module, "redact_text", _IDENTITY_TEXT, "url userinfo", "sync", "log DEBUG"),
    (client_module, "redact_text", _IDENTITY_TEXT, "url userinfo", "async", "client repr"),
    (client_module, "remember", lambda *values: None, "header key", "sync", "status error str"),
    (client_module, "remember", lambda *values: None, "token callable", "async", "status error str"),
    (auth_module, "remember", lambda *values: None, "oauth2", "aiohttp", "status error str"),
    (response_module, "redact_text", _IDENTITY_TEXT, "url userinfo", "sync", "response repr"),
    (response_module, "redact_headers", _identity_headers, "cookie key", "async", "response repr"),
    (pagination_module, "redact_text", _IDENTITY_TEXT, "query key", "sync", "paginator repr"),
    (auth_module, "redact_text", _IDENTITY_TEXT, "oauth2", "sync", "auth repr"),
    (transport_module, "redact_text", _IDENTITY_TEXT, "query key", "aiohttp", "connection error traceback"),
    # the filter left off httpx's logger (request URLs at INFO) or httpcore's (response headers at DEBUG)
    # (httpx2 and its httpcore2 log under their own names: tests/conftest.py makes `httpx` httpx2 for that run)
    (logging.getLogger(httpx.__name__), "filters", [], "url userinfo", "aiohttp", "log INFO"),
    (logging.getLogger(f"{HTTPCORE}.http11"), "filters", [], "cookie key", "sync", "log DEBUG"),
]


@pytest.mark.parametrize(
    ("module", "name", "replacement", "row_name", "transport", "place"),
    MUTATIONS,
    ids=[f"{getattr(m[0], '__name__', getattr(m[0], 'name', ''))}.{m[1]}".split("_runtime.")[-1] for m in MUTATIONS],
)
async def test_each_redaction_path_is_needed(
    module: Any,
    name: str,
    replacement: Any,
    row_name: str,
    transport: str,
    place: str,
    server: _Server,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(module, name, replacement)
    row = next(row for row in ROWS if row.name == row_name)
    found = leaks(await collect(row, transport, server, caplog), row.needles())
    assert place in {where for where, _ in found}, found


# --------------------------------------------------------------------------------- the logging handler's warnings

HANDLER_SECRETS = ("hanSECRET-token-5a", "hanurlSECRET-6b")


@pytest.mark.parametrize("is_async", [False, True], ids=["LogbookHandler", "AsyncLogbookHandler"])
@pytest.mark.parametrize("redacted", [True, False], ids=["redacted", "mutation-logs.redact_text"])
async def test_logging_handler_warnings_show_no_credentials(
    is_async: bool,
    redacted: bool,
    server: _Server,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not redacted:
        monkeypatch.setattr(logs_module, "redact_text", _IDENTITY_TEXT)
    base_url = f"http://hanuser:{HANDLER_SECRETS[1]}@127.0.0.1:{server.server_address[1]}"
    kwargs: dict[str, Any] = {"base_url": base_url, "token": HANDLER_SECRETS[0], "max_retries": 0}
    server.ingest_up = False
    app = logging.getLogger("app.redaction.handler")
    app.propagate = False
    with caplog.at_level(logging.WARNING, logger="logbook_client"):
        if is_async:
            async with logbook_client.AsyncClient(**kwargs) as client:
                handler: Any = AsyncLogbookHandler(client, "app", flush_interval=0.05, max_queue=2)
                app.addHandler(handler)
                for number in range(4):
                    app.warning("record %d", number)
                await asyncio.sleep(0.3)
                server.ingest_up = True  # back up: close() sends what is left, and reports the dropped records
                await handler.aclose()
        else:
            with logbook_client.Client(**kwargs) as client:
                handler = LogbookHandler(client, "app", flush_interval=0.05, max_queue=2)
                app.addHandler(handler)
                for number in range(4):
                    app.warning("record %d", number)
                time.sleep(0.3)
                server.ingest_up = True
                handler.close()
    app.removeHandler(handler)
    text = "\n".join(caplog.handler.format(record) for record in caplog.records)
    assert "sending failed (ServerError: 503" in text and "closed with 0 records not sent and 2 dropped" in text
    needles = set().union(*(forms(secret) for secret in HANDLER_SECRETS), forms(f"hanuser:{HANDLER_SECRETS[1]}"))
    found = [needle for needle in needles if needle in text]
    assert (found == []) is redacted, found


@pytest.mark.parametrize("cls", [SyncKeyClient, AsyncKeyClient], ids=["sync", "async"])
@pytest.mark.parametrize(
    "base_url",
    ["ftp://user:badSECRET-pw1@h.test/", "http://user:badSECRET-pw1@h.test:notaport/", "https://user:badSECRET-pw1@"],
)
def test_a_refused_base_url_is_named_without_its_password(cls: type[Any], base_url: str) -> None:
    with pytest.raises(ValueError, match=r"^base_url: '[a-z]+://\*\*\*@") as caught:
        cls(base_url=base_url)
    text = "".join(traceback.format_exception(caught.value))
    assert [form for form in forms("badSECRET-pw1") if form in text] == []
