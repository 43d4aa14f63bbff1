"""The server's message read from error envelopes (``_runtime/error_body.py``): one table, envelope -> what it says.

The same reader makes a status error's message and an ``event: error``'s; the functional tests
(``tests/functional/test_error_messages.py``) check that the errors raised by both twins carry it.
"""

from __future__ import annotations

from typing import Any

import pytest

from logbook_client._runtime.error_body import MAX_MESSAGE, ServerMessage, read_server_message

#: (case id, body, expected ServerMessage(message, code, type))
ENVELOPES: list[tuple[str, Any, ServerMessage]] = [
    (
        "error-object",
        {
            "error": {
                "message": "The model `missing` does not exist",
                "type": "invalid_request_error",
                "code": "model_not_found",
            }
        },
        ServerMessage("The model `missing` does not exist", "model_not_found", "invalid_request_error"),
    ),
    (
        "error-object-numeric-code",
        {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}},
        ServerMessage("Requested entity was not found.", "404", None),
    ),
    ("error-string", {"error": "Not allowed here"}, ServerMessage("Not allowed here", None, None)),
    (
        "oauth",
        {"error": "invalid_grant", "error_description": "The refresh token has expired"},
        ServerMessage("invalid_grant: The refresh token has expired", "invalid_grant", None),
    ),
    (
        "problem-title-detail",
        {"type": "https://example.test/probs/out-of-credit", "title": "Out of credit", "detail": "Balance is 30."},
        ServerMessage("Out of credit: Balance is 30.", None, "https://example.test/probs/out-of-credit"),
    ),
    ("problem-title-only", {"type": "about:blank", "title": "Gone", "status": 410}, ServerMessage("Gone", None, None)),
    (
        "problem-field-errors",
        {
            "title": "Invalid request",
            "detail": "2 fields are invalid.",
            "errors": [{"field": "name", "message": "too long"}, {"field": "limit", "message": "too big"}],
        },
        ServerMessage("Invalid request: 2 fields are invalid.; name: too long (and 1 more)", None, None),
    ),
    ("fastapi-detail-string", {"detail": "Item not found"}, ServerMessage("Item not found", None, None)),
    (
        "fastapi-detail-list",
        {"detail": [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}]},
        ServerMessage("body.name: field required", None, "missing"),
    ),
    (
        "message-flat",
        {"message": "Rate limit exceeded", "code": "rate_limited", "type": "throttle"},
        ServerMessage("Rate limit exceeded", "rate_limited", "throttle"),
    ),
    (
        "message-with-errors",
        {"message": "Validation Failed", "errors": [{"resource": "Issue", "field": "title", "message": "is missing"}]},
        ServerMessage("Validation Failed; title: is missing", None, None),
    ),
    (
        "errors-list",
        {"errors": [{"message": "first problem", "code": "E1"}, {"message": "second"}, {"message": "third"}]},
        ServerMessage("first problem (and 2 more)", "E1", None),
    ),
    ("errors-strings", {"errors": ["only one"]}, ServerMessage("only one", None, None)),
    ("plain-text", "upstream connect error\r\n  reset  ", ServerMessage("upstream connect error reset", None, None)),
    ("html-page", "<!DOCTYPE html><html><body><h1>502</h1></body></html>", ServerMessage()),
    ("control-characters", {"message": "bad\x1b[31m\nthing\x00"}, ServerMessage("bad [31m thing", None, None)),
    ("no-envelope", {"id": 3, "status": "failed"}, ServerMessage()),
    ("not-text", {"error": 3, "message": ["x"], "errors": {}}, ServerMessage()),
    ("json-list", [1, 2], ServerMessage()),
    ("none", None, ServerMessage()),
    ("empty-text", "   ", ServerMessage()),
    ("bool-code", {"message": "m", "code": True}, ServerMessage("m", None, None)),
]


@pytest.mark.parametrize(("body", "expected"), [case[1:] for case in ENVELOPES], ids=[case[0] for case in ENVELOPES])
def test_envelope(body: Any, expected: ServerMessage) -> None:
    assert read_server_message(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "x" * 100_000,
        {"error": {"message": "y" * 5000, "code": "c" * 5000, "type": "t" * 5000}},
        {"errors": [{"message": "z" * 5000}]},
    ],
    ids=["text", "error-object", "errors-list"],
)
def test_whatever_the_server_wrote_is_bounded(body: Any) -> None:
    said = read_server_message(body)
    assert said.message is not None and len(said.message) == MAX_MESSAGE and said.message.endswith("…")
    for extra in (said.code, said.type):
        assert extra is None or len(extra) <= 200
