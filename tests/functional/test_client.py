"""The committed logbook_client, driven through one MockTransport, for the sync and the async twin alike."""

from __future__ import annotations

import datetime
import io
import json
from typing import Any

import httpx
import pytest

import logbook_client
from logbook_client import errors
from logbook_client.models.dataset import Dataset
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_update import DatasetUpdate
from logbook_client.types import UNSET, File
from tests.twins import TWINS, Twin, resolve

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

NOW = "2026-11-22T10:00:00+00:00"
DATASET = {
    "name": "web",
    "description": None,
    "retention_days": 30,
    "created_at": NOW,
    "updated_at": NOW,
    "event_count": 12,
    "size_bytes": 2048,
}


class Recorder:
    """A request handler that records what it got and answers with a canned response."""

    def __init__(self, response: httpx.Response | None = None, **kwargs: Any) -> None:
        self.response = response if response is not None else httpx.Response(**kwargs)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def problem(status: int, title: str, **extra: Any) -> httpx.Response:
    body = {"type": "about:blank", "title": title, "status": status, **extra}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


async def test_call_returns_typed_model_and_sends_credentials(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json=DATASET)
    client = twin.client(recorder)
    dataset = await twin.call("datasets", "get_dataset", client, dataset_name="web logs/2026")
    await twin.close(client)

    assert isinstance(dataset, Dataset)
    assert dataset.name == "web"
    assert dataset.created_at == datetime.datetime(2026, 11, 22, 10, tzinfo=datetime.UTC)
    assert dataset.description is None
    request = recorder.last
    assert request.method == "GET"
    # The path parameter is quoted as one segment: "/" cannot escape into another path.
    assert request.url.raw_path == b"/datasets/web%20logs%2F2026"
    assert request.headers["authorization"] == "Bearer secret-token"
    assert request.headers["user-agent"].startswith("logbook_client/")


async def test_call_detailed_returns_status_headers_and_raw(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json=DATASET, headers={"ETag": '"v7"'})
    client = twin.client(recorder)
    response = await twin.call("datasets", "get_dataset", client, detailed=True, dataset_name="web")
    assert isinstance(response, logbook_client.Response)
    assert response.status_code == 200
    assert response.headers["etag"] == '"v7"'
    assert response.parsed.name == "web"
    assert response.raw.request is recorder.last
    assert json.loads(response.content) == DATASET
    assert response.retries_taken == 0


async def test_operation_without_security_sends_no_credentials(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json={"status": "ok", "version": "1.0.0", "time": NOW})
    client = twin.client(recorder)
    health = await twin.call("health", "get_health", client)
    assert health.status.value == "ok"
    assert "authorization" not in recorder.last.headers


async def test_body_and_header_parameters_are_encoded(twin: Twin) -> None:
    recorder = Recorder(status_code=201, json=DATASET)
    client = twin.client(recorder)
    body = DatasetCreate(name="web", retention_days=7)
    created = await twin.call("datasets", "create_dataset", client, body=body, idempotency_key="key-1")
    assert created.name == "web"
    request = recorder.last
    assert request.method == "POST"
    assert request.headers["idempotency-key"] == "key-1"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"name": "web", "retention_days": 7}


async def test_declared_idempotency_header_is_filled_when_not_given(twin: Twin) -> None:
    recorder = Recorder(status_code=201, json=DATASET)
    client = twin.client(recorder)
    await twin.call("datasets", "create_dataset", client, body=DatasetCreate(name="web"))
    await twin.call("datasets", "create_dataset", client, body=DatasetCreate(name="web"))
    first, second = (request.headers["idempotency-key"] for request in recorder.requests)
    assert len(first) == 36 and first != second  # a fresh UUID4 per logical call


async def test_query_parameters_are_serialised(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json={"annotations": [], "total": 0, "offset": 20, "limit": 10})
    client = twin.client(recorder)
    since = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    page = await twin.call("annotations", "list_annotations", client, dataset="web", since=since, offset=20, limit=10)
    assert page.total == 0 and page.annotations == []
    params = recorder.last.url.params
    assert params["dataset"] == "web"
    assert params["since"] == "2026-01-02T03:04:05+00:00"
    assert params["offset"] == "20" and params["limit"] == "10"
    assert "until" not in params


async def test_no_content_returns_none(twin: Twin) -> None:
    recorder = Recorder(status_code=204)
    client = twin.client(recorder)
    assert await twin.call("datasets", "delete_dataset", client, dataset_name="web") is None
    assert recorder.last.method == "DELETE"


async def test_if_match_header_is_sent(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json=DATASET)
    client = twin.client(recorder)
    await twin.call(
        "datasets", "update_dataset", client, dataset_name="web", body=DatasetUpdate(retention_days=5), if_match='"v7"'
    )
    assert recorder.last.method == "PATCH"
    assert recorder.last.headers["if-match"] == '"v7"'


async def test_multipart_upload_uses_a_real_boundary(twin: Twin) -> None:
    from logbook_client.models.attachment_upload import AttachmentUpload

    attachment = {
        "id": "7f1c0d9e-0000-4000-8000-000000000001",
        "annotation_id": "7f1c0d9e-0000-4000-8000-000000000002",
        "filename": "trace.txt",
        "content_type": "text/plain",
        "size": 5,
        "created_at": NOW,
    }
    recorder = Recorder(status_code=201, json=attachment)
    client = twin.client(recorder)
    body = AttachmentUpload(file=File(payload=io.BytesIO(b"hello"), file_name="trace.txt", mime_type="text/plain"))
    result = await twin.call(
        "attachments", "upload_attachment", client, annotation_id="7f1c0d9e-0000-4000-8000-000000000002", body=body
    )
    assert result.size == 5
    content_type = recorder.last.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type  # opc's hard-coded boundary, which httpx would send verbatim
    assert b"hello" in recorder.last.read()


async def test_binary_download_returns_the_bytes(twin: Twin) -> None:
    recorder = Recorder(
        status_code=200, content=b"\x00\x01payload", headers={"content-type": "application/octet-stream"}
    )
    client = twin.client(recorder)
    file = await twin.call("exports", "download_export", client, export_id="7f1c0d9e-0000-4000-8000-000000000003")
    assert file.payload.read() == b"\x00\x01payload"


async def test_resource_style_access(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json=DATASET)
    client = twin.client(recorder)
    resource = client.datasets
    assert resource is client.datasets  # created once, on first use
    dataset = await resolve(resource.get_dataset(dataset_name="web"))
    assert isinstance(dataset, Dataset)
    assert recorder.last.url.path == "/datasets/web"


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (412, errors.PreconditionFailedError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitedError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.APIStatusError),
    ],
)
async def test_every_error_class_is_reached(twin: Twin, status: int, error_cls: type[Exception]) -> None:
    response = problem(status, "Nope", detail="it went wrong", errors=[{"field": "name", "message": "too long"}])
    client = twin.client(Recorder(response))
    with pytest.raises(error_cls) as caught:
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    error = caught.value
    assert type(error) is error_cls
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.APIError)
    assert error.status_code == status
    assert error.problem is not None
    assert error.problem.title == "Nope" and error.problem.detail == "it went wrong"
    assert error.problem.errors == (errors.FieldError(field="name", message="too long"),)
    assert error.response.status_code == status
    assert "it went wrong" in str(error)
    assert "secret-token" not in str(error)


async def test_rate_limited_error_carries_retry_after(twin: Twin) -> None:
    response = problem(429, "Slow down")
    response.headers["Retry-After"] = "3"
    client = twin.client(Recorder(response))
    with pytest.raises(errors.RateLimitedError) as caught:
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert caught.value.retry_after == 3.0


async def test_error_with_non_json_body_keeps_the_text(twin: Twin) -> None:
    client = twin.client(Recorder(status_code=502, text="<html>bad gateway</html>"))
    with pytest.raises(errors.ServerError) as caught:
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert caught.value.problem is None
    assert caught.value.body == "<html>bad gateway</html>"


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "web", "retention_days": 3',  # truncated JSON
        b"[1, 2, 3]",  # a list where an object is expected
        json.dumps({k: v for k, v in DATASET.items() if k != "created_at"}).encode(),  # missing required field
        json.dumps({**DATASET, "created_at": "not a date"}).encode(),  # wrong format
        json.dumps({**DATASET, "created_at": 12}).encode(),  # wrong type
        b"",  # empty body
    ],
    ids=["truncated", "list", "missing-field", "bad-date", "wrong-type", "empty"],
)
async def test_malformed_body_raises_typed_decoding_error(twin: Twin, body: bytes) -> None:
    client = twin.client(Recorder(status_code=200, content=body, headers={"content-type": "application/json"}))
    with pytest.raises(errors.ResponseDecodingError) as caught:
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert caught.value.response.content == body
    assert caught.value.status_code == 200
    assert "get_dataset" in str(caught.value)


async def test_undocumented_success_status_is_an_unexpected_status_error(twin: Twin) -> None:
    client = twin.client(Recorder(status_code=202, json=DATASET))
    with pytest.raises(errors.UnexpectedStatusError) as caught:
        await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert caught.value.status_code == 202


async def test_connection_and_timeout_errors_are_typed(twin: Twin) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(errors.APIConnectionError) as caught:
        await twin.call("datasets", "get_dataset", twin.client(refuse), dataset_name="web")
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert caught.value.request is not None and caught.value.request.url.path == "/datasets/web"

    with pytest.raises(errors.APITimeoutError):
        await twin.call("datasets", "get_dataset", twin.client(stall), dataset_name="web")


async def test_environment_fallbacks(twin: Twin, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGBOOK_BASE_URL", "https://env.example/v1/")
    monkeypatch.setenv("LOGBOOK_TOKEN", "from-env")
    recorder = Recorder(status_code=200, json=DATASET)
    http = (httpx.AsyncClient if twin.is_async else httpx.Client)(transport=httpx.MockTransport(recorder))
    client = twin.client_cls(http_client=http)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert str(recorder.last.url) == "https://env.example/v1/datasets/web"
    assert recorder.last.headers["authorization"] == "Bearer from-env"


async def test_default_base_url_comes_from_the_spec(twin: Twin, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOGBOOK_BASE_URL", raising=False)
    client = twin.client_cls(token="t")
    assert str(client.base_url) == "http://127.0.0.1:8080"
    await twin.close(client)


async def test_default_headers_and_timeout(twin: Twin) -> None:
    recorder = Recorder(status_code=200, json=DATASET)
    client = twin.client(recorder, headers={"X-Team": "core"}, timeout=2.5)
    await twin.call("datasets", "get_dataset", client, dataset_name="web")
    assert recorder.last.headers["x-team"] == "core"
    assert recorder.last.extensions["timeout"]["read"] == 2.5


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"base_url": "not a url"}, "base_url"),
        ({"base_url": "ftp://example.com"}, "base_url"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "fast"}, "timeout"),
    ],
)
async def test_bad_arguments_name_the_parameter(twin: Twin, kwargs: dict[str, Any], parameter: str) -> None:
    with pytest.raises(ValueError, match=f"^{parameter}: "):
        twin.client_cls(**kwargs)


async def test_repr_hides_the_token(twin: Twin) -> None:
    client = twin.client(Recorder(status_code=204), token="very-secret")
    assert "very-secret" not in repr(client)
    assert "base_url='http://logbook.test'" in repr(client)


async def test_injected_http_client_stays_open_and_owned_one_is_closed(twin: Twin) -> None:
    http = (httpx.AsyncClient if twin.is_async else httpx.Client)(
        transport=httpx.MockTransport(Recorder(status_code=204))
    )
    client = twin.client_cls(base_url="http://x.test", http_client=http)
    await twin.close(client)
    assert not http.is_closed

    owned = twin.client_cls(base_url="http://x.test")
    await twin.close(owned)
    assert owned._http.is_closed


async def test_context_manager_closes(twin: Twin) -> None:
    client = twin.client_cls(base_url="http://x.test")
    if twin.is_async:
        async with client as entered:
            assert entered is client
    else:
        with client as entered:
            assert entered is client
    assert client._http.is_closed
    assert UNSET is logbook_client.UNSET
