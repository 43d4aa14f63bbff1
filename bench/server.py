"""A fast canned-response HTTP/1.1 server for the benchmarks: an asyncio Protocol, no framework.

Starlette/FastAPI would spend more CPU per request than the clients we measure; this server parses only the
request line and the end of the headers, answers from precomputed bytes, and keeps connections alive. With
``--latency`` every answer is delayed by that many seconds (``loop.call_later``, no thread), which is how the batch
benchmark simulates a real API. It binds 127.0.0.1 only and exits after ``--lifetime`` seconds at the latest.

Routes (GET only; anything else is a 404):

- ``/datasets/<name>``: one ``Dataset`` (~300 bytes of JSON).
- ``/datasets?limit=N[&cursor=K]``: a ``DatasetList`` of N datasets; with ``--pages P`` the list has P pages
  (``next_cursor`` is the next page number, null on the last page), otherwise one page.
- ``/v1/models/<id>`` and ``/v1/models``: the same data in the shape the ``openai`` SDK expects.

Usage: ``python bench/server.py --port 0 [--latency 0.01] [--pages 1000]``; prints ``PORT <n>`` when ready.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
from urllib.parse import parse_qs, urlsplit

NOW = "2026-11-22T10:00:00+00:00"


def dataset(index: int) -> dict[str, object]:
    """One dataset, about 220 bytes of JSON (the list items of the 22 KB page)."""
    return {
        "name": f"web-logs-{index:06d}",
        "description": "HTTP access logs of the web tier",
        "retention_days": 30,
        "created_at": NOW,
        "updated_at": "2026-11-22T10:05:00.123456+00:00",
        "event_count": 1250000 + index,
        "size_bytes": 734003200 + index,
    }


def single_dataset() -> dict[str, object]:
    """The ~300-byte object of the per-call overhead test."""
    item = dataset(7)
    item["description"] = "HTTP access logs of the web tier, eu-west-1 and us-east-2, sampled at 10%, kept for 30 days"
    return item


def model(index: int) -> dict[str, object]:
    """The openai SDK's ``Model`` shape, padded to the size of a dataset."""
    return {
        "id": f"web-logs-{index:06d}",
        "object": "model",
        "created": 1763805600 + index,
        "owned_by": "HTTP access logs of the web tier, eu-west-1 and us-east-2, sampled at 10%",
        "description": "HTTP access logs of the web tier",
        "event_count": 1250000 + index,
    }


def encode(payload: object) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def response(body: bytes, status: bytes = b"200 OK") -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
        b"connection: keep-alive\r\n\r\n"
    )
    return head + body


class Canned:
    """Precomputed answers."""

    def __init__(self, pages: int, page_size_default: int = 100) -> None:
        self.pages = pages
        self.one = response(encode(single_dataset()))
        self.model = response(encode(model(7)))
        self.not_found = response(b'{"type":"about:blank","title":"Not Found","status":404}', b"404 Not Found")
        self.items: dict[int, list[bytes]] = {}
        self.list_cache: dict[tuple[int, int], bytes] = {}
        self.models_list: dict[int, bytes] = {}
        self.default_size = page_size_default

    def _item_bytes(self, size: int) -> list[bytes]:
        if size not in self.items:
            self.items[size] = [encode(dataset(i)) for i in range(size)]
        return self.items[size]

    def dataset_page(self, query: str) -> bytes:
        params = parse_qs(query)
        size = int(params.get("limit", [str(self.default_size)])[0])
        page = int(params.get("cursor", ["0"])[0])
        key = (size, page)
        cached = self.list_cache.get(key)
        if cached is None:
            nxt = b"null" if page + 1 >= self.pages else b'"' + str(page + 1).encode() + b'"'
            body = b'{"items":[' + b",".join(self._item_bytes(size)) + b'],"next_cursor":' + nxt + b"}"
            cached = response(body)
            if len(self.list_cache) < 4096:
                self.list_cache[key] = cached
        return cached

    def models_page(self, query: str) -> bytes:
        params = parse_qs(query)
        size = int(params.get("limit", [str(self.default_size)])[0])
        if size not in self.models_list:
            body = encode({"object": "list", "data": [model(i) for i in range(size)]})
            self.models_list[size] = response(body)
        return self.models_list[size]

    def answer(self, target: str) -> bytes:
        parts = urlsplit(target)
        path = parts.path
        if path.startswith("/datasets/"):
            return self.one
        if path == "/datasets":
            return self.dataset_page(parts.query)
        if path.startswith("/v1/models/"):
            return self.model
        if path == "/v1/models":
            return self.models_page(parts.query)
        return self.not_found


class HTTPProtocol(asyncio.Protocol):
    """HTTP/1.1 keep-alive; requests on one connection are answered in order."""

    def __init__(self, canned: Canned, latency: float) -> None:
        self.canned = canned
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.loop = asyncio.get_running_loop()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                line_end = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : line_end if line_end >= 0 else None].strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            target = head[: head.find(b"\r\n")].split(b" ")[1].decode("latin-1")
            answer = self.canned.answer(target)
            if self.latency > 0:
                self.loop.call_later(self.latency, self._write, answer)
            else:
                self._write(answer)

    def _write(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(port: int, latency: float, pages: int, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    canned = Canned(pages)
    server = await loop.create_server(lambda: HTTPProtocol(canned, latency), "127.0.0.1", port, backlog=1024)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), lifetime)
    except TimeoutError:
        pass
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--pages", type=int, default=1, help="pages of /datasets")
    parser.add_argument("--lifetime", type=float, default=1800.0, help="exit after this many seconds")
    args = parser.parse_args()
    asyncio.run(serve(args.port, args.latency, args.pages, args.lifetime))


if __name__ == "__main__":
    main()
