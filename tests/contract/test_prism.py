"""Every operation of the generated client, sync and async, sent to Prism with request validation on.

Prism (``--errors``) answers a request that breaks openapi.yaml with an error status (and an ``sl-violations``
header), which the client raises: any such request fails its test. Prism's responses are generated from the
schemas (``--dynamic``), so they also exercise the client's response parsing.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from logbook_client import errors
from logbook_client.models.annotation_category import AnnotationCategory
from logbook_client.models.annotation_input import AnnotationInput
from logbook_client.models.attachment_upload import AttachmentUpload
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_target import DatasetTarget
from logbook_client.models.dataset_update import DatasetUpdate
from logbook_client.models.event import Event
from logbook_client.models.export_format import ExportFormat
from logbook_client.models.export_request import ExportRequest
from logbook_client.models.query_request import QueryRequest
from logbook_client.models.query_target import QueryTarget
from logbook_client.models.sort_order import SortOrder
from logbook_client.models.token_create import TokenCreate
from logbook_client.models.token_scope import TokenScope
from logbook_client.models.trim_request import TrimRequest
from logbook_client.types import File
from tests.contract.conftest import REPORT
from tests.e2e.conftest import OPERATIONS
from tests.twins import Twin

SINCE = datetime(2024, 5, 1, tzinfo=UTC)
UNTIL = datetime(2024, 5, 2, tzinfo=UTC)
ID = uuid.UUID("7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f")

#: operation -> its arguments: every parameter and body field the spec allows, with valid values.
ARGUMENTS: dict[str, Callable[[], dict[str, Any]]] = {
    "get_health": lambda: {},
    "get_current_user": lambda: {},
    "list_users": lambda: {"limit": 10, "starting_after": "usr_2fQ8kLm"},
    "list_tokens": lambda: {"page": 2, "per_page": 10},
    "create_token": lambda: {
        "body": TokenCreate(name="ci-ingest", scopes=[TokenScope.INGEST, TokenScope.QUERY], expires_at=UNTIL)
    },
    "get_token": lambda: {"token_id": ID},
    "delete_token": lambda: {"token_id": ID},
    "regenerate_token": lambda: {"token_id": ID},
    "list_datasets": lambda: {"cursor": "ZGF0YXNldDp3ZWItbG9ncw", "limit": 5},
    "create_dataset": lambda: {
        "body": DatasetCreate(name="web-logs", description="HTTP logs", retention_days=30),
        "idempotency_key": "create-web-logs-1",
    },
    "get_dataset": lambda: {"dataset_name": "web-logs"},
    "update_dataset": lambda: {
        "dataset_name": "web-logs",
        "body": DatasetUpdate(description=None, retention_days=90),
        "if_match": '"d41d8cd98f00b204"',
    },
    "delete_dataset": lambda: {"dataset_name": "web-logs"},
    "trim_dataset": lambda: {"dataset_name": "web-logs", "body": TrimRequest(max_age="P30D")},
    "ingest_events": lambda: {
        "dataset_name": "web-logs",
        "body": [Event.from_dict({"_time": "2024-05-01T12:00:00Z", "status": 200}), Event.from_dict({"x": [1]})],
    },
    "query_dataset": lambda: {
        "dataset_name": "web-logs",
        "body": QueryRequest(
            filter_="status >= 500", start_time=SINCE, end_time=UNTIL, order=SortOrder.ASC, limit=50, cursor=None
        ),
    },
    "stream_events": lambda: {"dataset_name": "web-logs", "since": SINCE, "until": UNTIL, "limit": 10},
    "tail_events": lambda: {"dataset_name": "web-logs", "limit": 5, "backlog": 2, "last_event_id": "41"},
    "list_annotations": lambda: {"dataset": "web-logs", "since": SINCE, "until": UNTIL, "offset": 20, "limit": 10},
    "create_annotation": lambda: {
        "body": AnnotationInput(
            title="Deploy v2.3.1",
            time=SINCE,
            target=QueryTarget(kind="query", dataset="web-logs", filter_='service == "api"'),
            description="Rolled out",
            category=AnnotationCategory.DEPLOY,
            url="https://example.com/pr/42",
            end_time=UNTIL,
        )
    },
    "get_annotation": lambda: {"annotation_id": ID},
    "update_annotation": lambda: {
        "annotation_id": ID,
        "body": AnnotationInput(title="Note", time=SINCE, target=DatasetTarget(kind="dataset", dataset="web-logs")),
    },
    "delete_annotation": lambda: {"annotation_id": ID},
    "create_export": lambda: {
        "dataset_name": "web-logs",
        "body": ExportRequest(format_=ExportFormat.CSV, filter_=None, start_time=SINCE, end_time=UNTIL),
    },
    "get_export": lambda: {"export_id": ID},
    "download_export": lambda: {"export_id": ID, "range_": "bytes=0-1023"},
    "upload_attachment": lambda: {
        "annotation_id": ID,
        "body": AttachmentUpload(
            file=File(
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)), file_name="graph.png", mime_type="image/png"
            ),
            description="Error rate",
        ),
    },
}


def test_every_operation_has_arguments() -> None:
    assert sorted(ARGUMENTS) == sorted(OPERATIONS)


#: Operations whose response Prism 5.16 cannot make up: an event stream (its schema, the list of events that
#: Schemathesis validates, cannot be written as text). Prism still validates the request first, and answers a bad one
#: with 422 and sl-violations; a valid one gets its 500 "Cannot serialise complex objects as text".
PRISM_CANNOT_ANSWER = {"tail_events"}


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
async def test_prism_accepts_the_request(prism_url: str, twin: Twin, operation: str) -> None:
    client = twin.client_cls(base_url=prism_url, token="lbk_contract_test")
    try:
        response = await twin.call(OPERATIONS[operation], operation, client, detailed=True, **ARGUMENTS[operation]())
    except errors.ServerError as error:
        assert operation in PRISM_CANNOT_ANSWER and error.status_code == 500, error
        assert "sl-violations" not in error.headers and "serialise" in str(error), error
        REPORT["Prism requests validated"] = REPORT.get("Prism requests validated", 0) + 1
        return
    finally:
        await twin.close(client)
    assert 200 <= response.status_code < 300
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    REPORT["Prism requests validated"] = REPORT.get("Prism requests validated", 0) + 1


async def test_prism_accepts_ndjson_ingest(prism_url: str) -> None:
    """The NDJSON body, which the generated client cannot send, checked the same way with httpx."""
    lines = [json.dumps({"_time": "2024-05-01T12:00:00Z", "status": 200}), json.dumps({"status": 500})]
    async with httpx.AsyncClient(base_url=prism_url) as raw:
        response = await raw.post(
            "/datasets/web-logs/ingest",
            content=("\n".join(lines) + "\n").encode(),
            headers={"Authorization": "Bearer lbk_contract_test", "Content-Type": "application/x-ndjson"},
        )
    assert response.status_code == 200, response.headers.get("sl-violations")
    REPORT["Prism requests validated"] = REPORT.get("Prism requests validated", 0) + 1


async def test_prism_rejects_an_invalid_request(prism_url: str, twin: Twin) -> None:
    """The check above has teeth: a request that breaks the spec is refused."""
    client = twin.client_cls(base_url=prism_url, token="lbk_contract_test")
    try:
        with pytest.raises(Exception) as caught:
            await twin.call("users", "list_users", client, limit=5000)
    finally:
        await twin.close(client)
    assert getattr(caught.value, "status_code", None) == 422
    assert "sl-violations" in caught.value.headers  # type: ignore[attr-defined]
