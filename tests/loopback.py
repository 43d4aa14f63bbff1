"""A threaded HTTP/1.1 server on 127.0.0.1 whose answers a test writes by hand, for behaviour a mock transport
cannot show: connections dropped or stalled part-way through a body, under both async transports."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable, Iterator

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class _RequestHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.handle(self)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _dispatch


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # socketserver's 5 drops the SYNs of a burst of connections (retried 1 s later)

    def __init__(self, handle: Handler) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.handle = handle

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that went away is what these tests provoke


@contextlib.contextmanager
def serve(handle: Handler) -> Iterator[str]:
    """Serve every request with ``handle(handler)`` and yield the base URL; shut down on exit."""
    server = _Server(handle)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def send_head(handler: http.server.BaseHTTPRequestHandler, status: int, headers: dict[str, str]) -> None:
    """Send a status line and headers (the body is the test's to write)."""
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
