"""annotations, attachments and exports: offset/limit pages, multipart upload, background export, Range."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from logbook_client import RequestOptions
from logbook_client.errors import ConflictError, NotFoundError, UnprocessableEntityError
from logbook_client.models.annotation_category import AnnotationCategory
from logbook_client.models.annotation_input import AnnotationInput
from logbook_client.models.attachment_upload import AttachmentUpload
from logbook_client.models.dataset_create import DatasetCreate
from logbook_client.models.dataset_target import DatasetTarget
from logbook_client.models.event import Event
from logbook_client.models.export_format import ExportFormat
from logbook_client.models.export_request import ExportRequest
from logbook_client.models.export_status import ExportStatus
from logbook_client.models.query_target import QueryTarget
from logbook_client.types import File

from .conftest import Api

BASE = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


async def test_annotation_lifecycle_and_offset_pages(api: Api) -> None:
    name = api.unique("notes")
    await api.call("create_dataset", body=DatasetCreate(name=name))
    created = []
    for i in range(5):
        response = await api.detailed(
            "create_annotation",
            body=AnnotationInput(
                title=f"Deploy {i}",
                time=BASE + timedelta(hours=i),
                target=DatasetTarget(kind="dataset", dataset=name),
                category=AnnotationCategory.DEPLOY,
                url="https://example.com/pr/1",
            ),
        )
        assert response.status_code == 201
        assert response.headers["location"] == f"/annotations/{response.parsed.id}"
        created.append(response.parsed)

    titles: list[str] = []
    offset = 0
    pages = 0
    while True:
        page = await api.call("list_annotations", dataset=name, offset=offset, limit=2)
        pages += 1
        assert pages <= 10, f"list_annotations: {pages} pages of 2 for 5 annotations; the offset loop does not end"
        assert page.total == 5 and page.offset == offset and page.limit == 2
        titles += [annotation.title for annotation in page.annotations]
        offset += len(page.annotations)
        if offset >= page.total:
            break
    assert pages == 3
    assert titles == [f"Deploy {i}" for i in reversed(range(5))]  # most recent first

    window = await api.call(
        "list_annotations", dataset=name, since=BASE + timedelta(hours=1), until=BASE + timedelta(hours=3)
    )
    assert [a.title for a in window.annotations] == ["Deploy 2", "Deploy 1"]

    replaced = await api.call(
        "update_annotation",
        annotation_id=created[0].id,
        body=AnnotationInput(
            title="Incident",
            time=BASE,
            target=QueryTarget(kind="query", dataset=name, filter_="status >= 500"),
        ),
    )
    assert replaced.title == "Incident"
    assert replaced.category is AnnotationCategory.NOTE  # left out: back to the default
    assert replaced.url is None
    assert isinstance(replaced.target, QueryTarget) and replaced.target.filter_ == "status >= 500"
    assert (await api.call("get_annotation", annotation_id=created[0].id)).title == "Incident"

    await api.call("delete_annotation", annotation_id=created[0].id)
    with pytest.raises(NotFoundError):
        await api.call("get_annotation", annotation_id=created[0].id)
    with pytest.raises(NotFoundError):
        await api.call(
            "update_annotation",
            annotation_id=created[0].id,
            body=AnnotationInput(title="x", time=BASE, target=DatasetTarget(kind="dataset", dataset=name)),
        )

    with pytest.raises(UnprocessableEntityError) as caught:
        await api.call(
            "create_annotation",
            body=AnnotationInput(title="", time=BASE, target=DatasetTarget(kind="dataset", dataset="Not A Name")),
        )
    assert caught.value.problem is not None
    assert {e.field for e in caught.value.problem.errors} == {"title", "target.dataset"}


async def test_upload_attachment_is_stored(api: Api) -> None:
    name = api.unique("attach")
    await api.call("create_dataset", body=DatasetCreate(name=name))
    note = await api.call(
        "create_annotation",
        body=AnnotationInput(title="Graph", time=BASE, target=DatasetTarget(kind="dataset", dataset=name)),
    )
    content = bytes(range(256)) * 10
    response = await api.detailed(
        "upload_attachment",
        annotation_id=note.id,
        body=AttachmentUpload(
            file=File(payload=io.BytesIO(content), file_name="graph.png", mime_type="image/png"),
            description="error rate",
        ),
    )
    assert response.status_code == 201
    attachment = response.parsed
    assert (attachment.filename, attachment.content_type, attachment.size) == ("graph.png", "image/png", 2560)
    assert attachment.annotation_id == note.id
    assert response.headers["location"].endswith(f"/attachments/{attachment.id}")

    await api.call("delete_annotation", annotation_id=note.id)
    with pytest.raises(NotFoundError):
        await api.call(
            "upload_attachment",
            annotation_id=note.id,
            body=AttachmentUpload(file=File(payload=io.BytesIO(b"x"), file_name="x.txt")),
        )


async def _wait_done(api: Api, export_id: object) -> object:
    for _ in range(200):
        export = await api.call("get_export", export_id=export_id)
        if export.status in (ExportStatus.DONE, ExportStatus.FAILED):
            return export
        await asyncio.sleep(0.02)
    raise AssertionError("the export did not finish")


async def test_export_download_whole_and_by_range(api: Api) -> None:
    name = api.unique("export")
    await api.call("create_dataset", body=DatasetCreate(name=name))
    events = [Event.from_dict({"_time": (BASE + timedelta(seconds=i)).isoformat(), "i": i}) for i in range(50)]
    await api.call("ingest_events", dataset_name=name, body=events)

    started = await api.detailed(
        "create_export", dataset_name=name, body=ExportRequest(format_=ExportFormat.NDJSON, filter_="i >= 10")
    )
    assert started.status_code == 202
    assert started.parsed.status in (ExportStatus.PENDING, ExportStatus.RUNNING)
    assert started.headers["location"] == f"/exports/{started.parsed.id}"
    export = await _wait_done(api, started.parsed.id)
    assert export.status is ExportStatus.DONE and export.finished_at is not None

    whole = await api.detailed("download_export", export_id=export.id)
    data = whole.parsed.payload.read()
    assert whole.status_code == 200
    assert int(whole.headers["content-length"]) == len(data) == export.size_bytes
    assert [json.loads(line)["i"] for line in data.decode().splitlines()] == list(range(10, 50))

    part = await api.detailed("download_export", export_id=export.id, range_="bytes=100-199")
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(data)}"
    assert part.parsed.payload.read() == data[100:200]
    tail = await api.call("download_export", export_id=export.id, range_="bytes=-10")
    assert tail.payload.read() == data[-10:]

    etag = whole.headers["etag"]  # what to_file sends as If-Range when it resumes
    same = await api.detailed(
        "download_export",
        export_id=export.id,
        range_="bytes=100-",
        request_options=RequestOptions(headers={"If-Range": etag}),
    )
    assert same.status_code == 206 and same.headers["etag"] == etag
    stale = await api.detailed(
        "download_export",
        export_id=export.id,
        range_="bytes=100-",
        request_options=RequestOptions(headers={"If-Range": '"old"'}),
    )
    assert stale.status_code == 200 and stale.parsed.payload.read() == data


async def test_unfinished_or_failed_export_cannot_be_downloaded(api: Api) -> None:
    name = api.unique("parquet")
    await api.call("create_dataset", body=DatasetCreate(name=name))
    started = await api.call("create_export", dataset_name=name, body=ExportRequest(format_=ExportFormat.PARQUET))
    export = await _wait_done(api, started.id)
    assert export.status is ExportStatus.FAILED and export.error
    with pytest.raises(ConflictError) as caught:
        await api.call("download_export", export_id=export.id)
    assert caught.value.status_code == 409
    with pytest.raises(NotFoundError):
        await api.call("create_export", dataset_name=api.unique("missing"), body=ExportRequest())
