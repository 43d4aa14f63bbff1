"""The rules of the runtime's redaction module (``_runtime/redact.py``), one by one.

The matrix in ``tests/functional/test_redaction.py`` proves every path uses them; this file pins what they remove
and, as much, what they leave alone (a redaction that garbles ordinary messages would be switched off by users).
"""

from __future__ import annotations

import base64
from urllib.parse import quote

import httpx
import pytest

from logbook_client._runtime.auth import SecurityScheme
from logbook_client._runtime.redact import MASK, redact_headers, redact_text, register, remember

pytestmark = pytest.mark.usefixtures("fresh_redaction_state")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://user:pw@h.test/a", "http://***@h.test/a"),
        ("https://only-user@h.test:8443/", "https://***@h.test:8443/"),
        (httpx.URL("http://u:p%40ss@h.test/x?page=2"), "http://***@h.test/x?page=2"),
        # aiohttp's message format: the URL inside quotes, then more text
        (
            "400, message='bad', url='http://u:pw@h/x?api_key=S3&n=1'",
            "400, message='bad', url='http://***@h/x?api_key=***&n=1'",
        ),
        ("https://x.test/a?api_key=abc&page=2&token=t&Sig=s", "https://x.test/a?api_key=***&page=2&token=***&Sig=***"),
        ("/path?access_token=a.b.c#frag", "/path?access_token=***#frag"),
        ("/cb#access_token=abc&state=1", "/cb#access_token=***&state=1"),
        ("/x?api%5Fkey=s&CLIENT_SECRET=s2", "/x?api%5Fkey=***&CLIENT_SECRET=***"),
        ("client_secret=abc grant_type=client_credentials", "client_secret=*** grant_type=client_credentials"),
        ("rejected: Authorization: Basic dXNlcjpwdw==", "rejected: Authorization: ***"),
        ("invalid token Bearer eyJhbGciOi.x.y, try again", "invalid token Bearer ***, try again"),
        ("cookie: a=1; b=2", "cookie: ***"),
        # httpcore's debug log of response headers
        (
            "[(b'Content-Type', b'json'), (b'Set-Cookie', b'sid=abc')]",
            "[(b'Content-Type', b'json'), (b'Set-Cookie', b'***')]",
        ),
    ],
)
def test_credentials_are_replaced_readably(text: object, expected: str) -> None:
    assert redact_text(text) == expected
    assert redact_text(expected) == expected  # idempotent: redacting twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "503 Service Unavailable: token bucket empty (GET http://h.test/datasets/x)",
        "get_pages: the next page http://elsewhere.test/pages is not on http://h.test; not following it",
        "https://h.test/search?q=monkey&keyboard=1&page=2",
        "Connection error: GET http://h.test/x (ConnectError: [Errno 111] Connection refused)",
        "line 3 of the NDJSON stream is not a valid item (KeyError: 'key')",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact_text(text) == text


def test_the_specs_scheme_names_are_redacted_once_registered() -> None:
    url = "http://h.test/x?access-code=s1&n=2"
    assert redact_text(url) == url  # not a common name
    register(
        {
            "q": SecurityScheme(kind="api_key", location="query", parameter="access-code"),
            "h": SecurityScheme(kind="api_key", location="header", parameter="X-Tenant-Secret"),
            "c": SecurityScheme(kind="api_key", location="cookie", parameter="tenant_session"),
            "b": SecurityScheme(kind="bearer"),
        }
    )
    assert redact_text(url) == "http://h.test/x?access-code=***&n=2"
    assert redact_text("seen tenant_session=abc") == "seen tenant_session=***"
    assert redact_text("X-Tenant-Secret: abc") == "X-Tenant-Secret: ***"
    headers = httpx.Headers([("x-tenant-secret", "v"), ("set-cookie", "a=1"), ("set-cookie", "b=2"), ("etag", "e")])
    assert redact_headers(headers) == [
        ("x-tenant-secret", MASK),
        ("set-cookie", MASK),
        ("set-cookie", MASK),
        ("etag", "e"),
    ]


def test_remembered_values_are_hidden_in_every_form() -> None:
    secret = "s3cr3t/value+x"
    remember(secret, "short", None)
    encoded = base64.b64encode(secret.encode()).decode()
    text = f"echo {secret} | {quote(secret, safe='')} | {encoded} | short"
    assert redact_text(text) == "echo *** | *** | *** | short"  # under 8 characters: not searched for


def test_remembered_values_are_bounded() -> None:
    from logbook_client._runtime import redact

    for number in range(400):  # a token callable may return a new value per call
        remember(f"rotating-token-{number:04d}")
    assert len(redact._secrets) <= 256
    assert redact_text("rotating-token-0399") == MASK


def test_a_remembered_value_echoed_in_part_is_masked() -> None:
    remember("sk-part-abcdef0123456789")
    assert redact_text("Incorrect API key provided: sk-part-abcd****6789.") == (
        "Incorrect API key provided: *******6789."
    )
    assert redact_text("sk-part") == "sk-part"  # shorter than MIN_SECRET_LENGTH: ordinary text
