"""``str(error)`` carries the server's own message, in both twins, with status, method and URL, and no credential.

The envelope table itself is ``tests/unit/test_error_body.py``; here the errors the twins raise are checked end to
end through a MockTransport.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from logbook_client import errors
from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

URL = "http://logbook.test/datasets/web"


async def _raised(twin: Twin, response: httpx.Response, **client_kwargs: Any) -> errors.APIStatusError:
    client = twin.client(lambda request: response, **client_kwargs)
    try:
        with pytest.raises(errors.APIStatusError) as caught:
            await twin.call("datasets", "get_dataset", client, dataset_name="web")
    finally:
        await twin.close(client)
    return caught.value


async def test_the_error_object_envelope_gives_message_code_and_type(twin: Twin) -> None:
    body = {"error": {"message": "The model `missing` does not exist", "type": "invalid_request_error", "code": "nope"}}
    error = await _raised(twin, httpx.Response(404, json=body))
    assert isinstance(error, errors.NotFoundError)
    assert str(error) == f"404 Not Found: The model `missing` does not exist (GET {URL})"
    assert (error.code, error.type) == ("nope", "invalid_request_error")
    assert error.body == body and error.problem is None


async def test_a_problem_keeps_title_detail_and_its_type(twin: Twin) -> None:
    body = {"type": "https://example.test/out-of-credit", "title": "Out of credit", "detail": "Balance is 30."}
    response = httpx.Response(403, json=body, headers={"content-type": "application/problem+json"})
    error = await _raised(twin, response)
    assert str(error) == f"403 Forbidden: Out of credit: Balance is 30. (GET {URL})"
    assert (error.code, error.type) == (None, "https://example.test/out-of-credit")
    assert error.problem is not None and error.problem.detail == "Balance is 30."


async def test_a_title_repeating_the_reason_is_said_once(twin: Twin) -> None:
    body = {"title": "Not found", "detail": "no dataset named 'web'"}
    error = await _raised(twin, httpx.Response(404, json=body))
    assert str(error) == f"404 Not Found: no dataset named 'web' (GET {URL})"


async def test_the_first_of_a_list_of_errors_and_how_many_more(twin: Twin) -> None:
    body = {"errors": [{"message": "name is taken", "code": "taken"}, {"message": "x"}, {"message": "y"}]}
    error = await _raised(twin, httpx.Response(409, json=body))
    assert str(error) == f"409 Conflict: name is taken (and 2 more) (GET {URL})"
    assert error.code == "taken"


async def test_oauth_error_description(twin: Twin) -> None:
    body = {"error": "invalid_token", "error_description": "The access token expired"}
    error = await _raised(twin, httpx.Response(401, json=body))
    assert str(error) == f"401 Unauthorized: invalid_token: The access token expired (GET {URL})"
    assert error.code == "invalid_token"


async def test_a_plain_text_body_is_shortened_to_one_line(twin: Twin) -> None:
    error = await _raised(twin, httpx.Response(502, text="upstream connect error\n" + "x" * 10_000))
    message = str(error)
    assert message.startswith("502 Bad Gateway: upstream connect error xxx") and message.endswith(f"… (GET {URL})")
    assert len(message) < 400


async def test_an_html_page_adds_nothing(twin: Twin) -> None:
    page = "<!DOCTYPE html><html><body>Bad gateway</body></html>"
    error = await _raised(twin, httpx.Response(502, text=page, headers={"content-type": "text/html"}))
    assert str(error) == f"502 Bad Gateway (GET {URL})"
    assert error.body == page


async def test_a_token_the_server_echoes_is_masked_whole_or_in_part(twin: Twin) -> None:
    token = "sk-live-abcdef0123456789"
    for echoed in (token, "sk-live-abcd************6789"):
        body = {"error": {"message": f"Incorrect API key provided: {echoed}", "code": "invalid_api_key"}}
        error = await _raised(twin, httpx.Response(401, json=body), token=token)
        message = str(error)
        assert message.startswith("401 Unauthorized: Incorrect API key provided: ***")
        assert "sk-live" not in message and "abcd" not in message
        assert error.body == body  # what the server sent is kept as it came
