"""datasets, ingest and query: idempotency, ETag/If-Match, query-string and body cursors, NDJSON in (text, or
events streamed from an iterable) and out."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from logbook_client.errors import (
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
    UnprocessableEntityError,
)
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_update import DatasetUpdate
from logbook_client.models.event import Event
from logbook_client.models.query_request import QueryRequest
from logbook_client.models.sort_order import SortOrder
from logbook_client.models.trim_request import TrimRequest

from .conftest import Api

BASE = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


async def _dataset(api: Api, prefix: str = "ds") -> str:
    name = api.unique(prefix)
    await api.call("create_dataset", body=DatasetCreate(name=name, description="e2e", retention_days=7))
    return name


async def _ingest(api: Api, name: str, count: int) -> None:
    events = [
        Event.from_dict({"_time": (BASE + timedelta(minutes=i)).isoformat(), "n": i, "status": 500 if i % 3 else 200})
        for i in range(count)
    ]
    result = await api.call("ingest_events", dataset_name=name, body=events)
    assert (result.ingested, result.failed, result.failures) == (count, 0, [])


async def test_create_get_update_delete_with_etags(api: Api) -> None:
    name = api.unique("crud")
    created = await api.detailed("create_dataset", body=DatasetCreate(name=name, description="first"))
    assert created.status_code == 201
    assert created.headers["location"] == f"/datasets/{name}"
    assert created.parsed.retention_days == 30 and created.parsed.event_count == 0

    got = await api.detailed("get_dataset", dataset_name=name)
    etag = got.headers["etag"]
    assert etag == created.headers["etag"]

    updated = await api.detailed(
        "update_dataset", dataset_name=name, body=DatasetUpdate(retention_days=90), if_match=etag
    )
    assert updated.parsed.retention_days == 90 and updated.parsed.description == "first"
    assert updated.headers["etag"] != etag

    with pytest.raises(PreconditionFailedError) as caught:
        await api.call("update_dataset", dataset_name=name, body=DatasetUpdate(description=None), if_match=etag)
    assert caught.value.status_code == 412
    assert caught.value.problem is not None and caught.value.problem.status == 412

    await api.call("delete_dataset", dataset_name=name)
    with pytest.raises(NotFoundError):
        await api.call("get_dataset", dataset_name=name)
    with pytest.raises(NotFoundError):
        await api.call("delete_dataset", dataset_name=name)


async def test_create_twice_is_409_unless_the_idempotency_key_is_reused(api: Api) -> None:
    name = api.unique("idem")
    key = f"create-{name}"
    first = await api.detailed("create_dataset", body=DatasetCreate(name=name), idempotency_key=key)
    replay = await api.detailed("create_dataset", body=DatasetCreate(name=name), idempotency_key=key)
    assert replay.status_code == 201
    assert replay.parsed == first.parsed
    assert replay.headers["etag"] == first.headers["etag"]
    assert replay.headers["idempotent-replayed"] == "true"

    with pytest.raises(ConflictError) as conflict:
        await api.call("create_dataset", body=DatasetCreate(name=name))
    assert conflict.value.status_code == 409

    with pytest.raises(UnprocessableEntityError) as reused:
        await api.call("create_dataset", body=DatasetCreate(name=name, retention_days=3), idempotency_key=key)
    assert reused.value.problem is not None
    assert reused.value.problem.errors[0].field == "Idempotency-Key"


async def test_validation_errors_are_422_with_field_errors(api: Api) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        await api.call("create_dataset", body=DatasetCreate(name="Not A Valid Name", retention_days=0))
    problem = caught.value.problem
    assert problem is not None and problem.status == 422
    assert caught.value.headers["content-type"] == "application/problem+json"
    assert {error.field for error in problem.errors} == {"name", "retention_days"}
    # The server's own words are in the message, after the status and before the request.
    first = problem.errors[0]
    assert str(caught.value).startswith(
        f"422 Unprocessable Entity: Invalid request: 2 fields are invalid.; {first.field}: {first.message} (and 1 more)"
    )
    assert str(caught.value).endswith("/datasets)") and " (POST http" in str(caught.value)
    assert caught.value.type == "https://logbook.example/problems/validation"


async def test_list_datasets_pages_with_a_query_cursor(api: Api) -> None:
    prefix = api.unique("page")
    names = [f"{prefix}-{i}" for i in range(5)]
    for name in names:
        await api.call("create_dataset", body=DatasetCreate(name=name))
    seen: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = (
            await api.call("list_datasets", limit=2)
            if cursor is None
            else await api.call("list_datasets", limit=2, cursor=cursor)
        )
        pages += 1
        # The session's server holds the datasets of every e2e test (a few dozen): 1,000 pages of 2 means a loop.
        assert pages <= 1000, f"list_datasets: {pages} pages and the cursor loop does not end"
        assert len(page.items) <= 2
        seen += [dataset.name for dataset in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert pages >= 3
    assert seen == sorted(seen) and len(seen) == len(set(seen))
    assert [name for name in seen if name.startswith(prefix)] == names

    with pytest.raises(UnprocessableEntityError):
        await api.call("list_datasets", cursor="not-a-cursor")


@pytest.mark.parametrize("order", [SortOrder.ASC, SortOrder.DESC])
async def test_query_pages_with_the_cursor_in_the_body(api: Api, order: SortOrder) -> None:
    name = await _dataset(api, "query")
    await _ingest(api, name, 10)
    window = {"start_time": BASE, "end_time": BASE + timedelta(hours=1)}
    seen: list[int] = []
    cursor: str | None = None
    pages = 0
    while True:
        request = QueryRequest(filter_="status >= 500", order=order, limit=3, **window)
        if cursor is not None:
            request.cursor = cursor
        result = await api.call("query_dataset", dataset_name=name, body=request)
        pages += 1
        assert pages <= 10, f"query_dataset: {pages} pages of 3 for 6 matches; the cursor loop does not end"
        assert result.stats.rows_examined == 10 and result.stats.rows_matched == 6
        seen += [event["n"] for event in result.matches]
        if result.next_cursor is None:
            break
        cursor = result.next_cursor
    expected = [i for i in range(10) if i % 3]
    assert pages == 2
    assert seen == (expected if order is SortOrder.ASC else expected[::-1])

    with pytest.raises(UnprocessableEntityError) as caught:
        await api.call("query_dataset", dataset_name=name, body=QueryRequest(filter_="status >>> 1"))
    assert caught.value.problem is not None and caught.value.problem.errors[0].field == "filter"


async def test_ndjson_ingest_and_stream(api: Api) -> None:
    name = await _dataset(api, "ndjson")
    lines = [json.dumps({"_time": (BASE + timedelta(seconds=i)).isoformat(), "i": i}) for i in range(4)]
    body = "\n".join([lines[0], lines[1], "{oops", lines[2], "[1]", lines[3]]) + "\n"
    # NDJSON text the caller serialised is sent as it is (a list would be the JSON body)
    result = await api.call("ingest_events", dataset_name=name, body=body)
    assert (result.ingested, result.failed) == (4, 2)
    assert [failure.index for failure in result.failures] == [2, 4]

    text = await api.call("stream_events", dataset_name=name, limit=3)
    assert [json.loads(line)["i"] for line in text.splitlines()] == [0, 1, 2]
    text = await api.call("stream_events", dataset_name=name, since=BASE + timedelta(seconds=2))
    assert [json.loads(line)["i"] for line in text.splitlines()] == [2, 3]

    with pytest.raises(NotFoundError):
        await api.call("stream_events", dataset_name=api.unique("missing"))


async def test_ndjson_ingest_streams_an_iterable_of_events(api: Api) -> None:
    """Events from a generator (async twin: an async generator) go out as NDJSON, chunked, one line each."""
    name = await _dataset(api, "ndjson-stream")
    count = 300
    sent: list[httpx.Request] = []

    def event(i: int) -> Event | dict[str, object]:
        fields = {"_time": (BASE + timedelta(seconds=i)).isoformat(), "i": i, "note": "a\u2028b"}
        return Event.from_dict(fields) if i % 2 else fields  # models and dicts alike

    if api.twin.is_async:

        async def note(request: httpx.Request) -> None:
            sent.append(request)

        async def items() -> AsyncIterator[Event | dict[str, object]]:
            for i in range(count):
                yield event(i)

        http: httpx.Client | httpx.AsyncClient = httpx.AsyncClient(event_hooks={"request": [note]})
        body: object = items()
    else:
        http = httpx.Client(event_hooks={"request": [sent.append]})
        body = (event(i) for i in range(count))
    client = api.new_client(token=api.server.token, http_client=http)
    result = await api.call("ingest_events", client, dataset_name=name, body=body)
    if isinstance(http, httpx.AsyncClient):  # ours: the package's client does not close an http_client it was given
        await http.aclose()
    else:
        http.close()
    assert (result.ingested, result.failed) == (count, 0)
    assert sent[0].headers["Content-Type"] == "application/x-ndjson"
    assert sent[0].headers["Transfer-Encoding"] == "chunked" and "Content-Length" not in sent[0].headers
    text = await api.call("stream_events", dataset_name=name, limit=count)
    stored = [json.loads(line) for line in text.split("\n") if line]  # not splitlines(): U+2028 is no line end
    assert [(item["i"], item["note"]) for item in stored] == [(i, "a\u2028b") for i in range(count)]


async def test_ingest_rejects_bad_events_one_by_one(api: Api) -> None:
    name = await _dataset(api, "rejects")
    bad = Event()
    bad.additional_properties["_time"] = "yesterday"  # the model would refuse it: send it as an extra property
    result = await api.call(
        "ingest_events", dataset_name=name, body=[Event.from_dict({"ok": 1}), bad, Event.from_dict({"ok": 2})]
    )
    assert (result.ingested, result.failed) == (2, 1)
    assert result.failures[0].index == 1 and "_time" in result.failures[0].error
    dataset = await api.call("get_dataset", dataset_name=name)
    assert dataset.event_count == 2 and dataset.size_bytes > 0
    with pytest.raises(NotFoundError):
        await api.call("ingest_events", dataset_name=api.unique("missing"), body=[Event()])


async def test_trim_deletes_events_before_a_cutoff(api: Api) -> None:
    name = await _dataset(api, "trim")
    await _ingest(api, name, 6)
    result = await api.call("trim_dataset", dataset_name=name, body=TrimRequest(before=BASE + timedelta(minutes=4)))
    assert result.deleted == 4
    assert (await api.call("get_dataset", dataset_name=name)).event_count == 2
    result = await api.call("trim_dataset", dataset_name=name, body=TrimRequest(max_age="P1D"))
    assert result.deleted == 2
    with pytest.raises(UnprocessableEntityError):
        await api.call("trim_dataset", dataset_name=name, body=TrimRequest(max_age="one day"))
