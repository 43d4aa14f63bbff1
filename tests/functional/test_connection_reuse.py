"""A client's own connection pool keeps as many connections alive as it may open (``DEFAULT_LIMITS``), so a batch
reuses its connections from one wave of calls to the next, and a second batch reuses the first one's, instead of
closing all but 20 (httpx's default) and opening them again. Against a real loopback server that counts the
connections it accepts, in both twins and on the async client's default transport."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from tests.loopback import send_head, serve
from tests.twins import TWINS, Twin, dataset_json, resolve

twins = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

CONCURRENCY = 40


class Counting:
    """Answers every GET with a dataset after ``latency`` seconds; counts the connections it accepted (one
    handler per connection, identified by the client's address) and the most calls in flight at once."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.connections: set[tuple[str, int]] = set()
        self.in_flight = 0
        self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.connections.add(handler.client_address[:2])
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        time.sleep(self.latency)
        body = json.dumps(dataset_json(handler.path.rsplit("/", 1)[-1])).encode()
        send_head(handler, 200, {"Content-Type": "application/json", "Content-Length": str(len(body))})
        handler.wfile.write(body)
        with self.lock:
            self.in_flight -= 1


# 2 batches x 3 waves x 50 ms, plus the server's thread per connection: 0.7-2.8 s measured on 2 loaded cores.
@pytest.mark.timeout(60)
@twins
async def test_batches_reuse_their_connections(twin: Twin) -> None:
    server = Counting(latency=0.05)
    module = twin.module("datasets", "get_dataset")
    inputs = [module.Args(dataset_name=f"ds{i}") for i in range(3 * CONCURRENCY)]
    with serve(server) as base_url:
        client = twin.client_cls(base_url=base_url, token="t")
        try:
            for _ in range(2):
                result = await resolve(module.batch(client, inputs, max_concurrency=CONCURRENCY))
                assert len(result.values()) == len(inputs)
        finally:
            await twin.close(client)
    assert server.peak > 20  # more calls at once than httpx's default keeps alive
    # With 20 kept alive (before), 211-220 connections were opened for these 240 calls.
    assert len(server.connections) <= CONCURRENCY
