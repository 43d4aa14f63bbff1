"""Fault injection: an ASGI middleware in front of the whole app, off unless asked for.

Faults are set for the whole server at start (``--faults`` / ``LOGBOOK_SERVER_FAULTS``) and per request with an
``X-Fault`` header using the same directives (the header's directives override the server's one by one). Every
random decision draws from one ``random.Random(seed)``, so a sequential test run is reproducible.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from dataclasses import replace
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import FaultSpec, parse_faults
from .problems import PROBLEM_JSON, ApiError

__all__ = ["FaultMiddleware"]

_HEADER = b"x-fault"


class FaultMiddleware:
    """Adds latency, answers 503/429/any status, drops connections, or slows response bodies."""

    def __init__(self, app: ASGIApp, spec: FaultSpec, seed: int) -> None:
        self.app = app
        self.spec = spec
        self.rng = random.Random(seed)
        self.seen: Counter[bytes] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        spec = self.spec
        header = next((value for name, value in scope["headers"] if name == _HEADER), None)
        if header is not None:
            try:
                overrides = parse_faults(header.decode("latin-1"))
            except ValueError as exc:
                await _send_problem(send, ApiError(400, f"X-Fault: {exc}"))
                return
            if overrides.get("times") is not None:
                self.seen[header] += 1
                if self.seen[header] > overrides["times"]:
                    overrides = {}
            spec = replace(spec, **overrides)
        if not spec.active:
            await self.app(scope, receive, send)
            return

        low, high = spec.latency_ms
        if high:
            await asyncio.sleep(self.rng.uniform(low, high) / 1000)
        if spec.drop and self.rng.random() < spec.drop:
            await _drop_connection(send)
            return
        status = spec.status
        if status is None and spec.error and self.rng.random() < spec.error:
            status = 503
        if status is None and spec.throttle and self.rng.random() < spec.throttle:
            status = 429
        if status is not None:
            headers: dict[str, str] = {}
            if status in (429, 503) and spec.retry_after is not None:
                headers["Retry-After"] = str(spec.retry_after)
            await _send_problem(send, ApiError(status, "Injected fault.", headers=headers))
            return
        if spec.slow_ms:
            send = _slow_sender(send, spec.slow_ms / 1000, spec.chunk)
        if spec.drop_after and self.rng.random() < spec.drop_after:
            send = _dropping_sender(send)
        if spec.cut is not None:
            send = _cutting_sender(send, spec.cut)
        await self.app(scope, receive, send)


async def _send_problem(send: Send, error: ApiError) -> None:
    body = json.dumps(error.body()).encode()
    headers = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(key.lower().encode(), value.encode()) for key, value in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _drop_connection(send: Send) -> None:
    """Close the connection before any byte of the response is sent.

    ASGI has no message for this, so it reaches uvicorn's transport through its ``send`` (pinned uvicorn, h11
    protocol); ``abort()`` resets the connection and uvicorn then sends nothing for this request.
    """
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("drop: the ASGI server does not expose its transport")
    transport.abort()
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0)


def _dropping_sender(send: Send) -> Send:
    """Let the handler run (and commit) but close the connection instead of sending its response."""
    dropped = False

    async def dropping_send(message: Message) -> None:
        nonlocal dropped
        if not dropped:
            dropped = True
            await _drop_connection(send)

    return dropping_send


def _cutting_sender(send: Send, messages: int) -> Send:
    """Send the response start and ``messages`` body messages, then reset the connection: a stream dropped
    mid-way (each event of an event stream is one body message)."""
    sent = 0

    async def cutting_send(message: Message) -> None:
        nonlocal sent
        if message["type"] != "http.response.body":
            await send(message)
        elif sent < messages:
            sent += 1
            await send(message)
        elif sent == messages:  # once; later messages go nowhere (the response sees the disconnect and stops)
            sent += 1
            await _drop_connection(send)

    return cutting_send


def _slow_sender(send: Send, pause: float, chunk: int) -> Send:
    async def slow_send(message: Message) -> None:
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: bytes = message.get("body", b"")
        more = message.get("more_body", False)
        for start in range(0, len(body), chunk):
            await send({"type": "http.response.body", "body": body[start : start + chunk], "more_body": True})
            await asyncio.sleep(pause)
        if not more:
            await send({"type": "http.response.body", "body": b"", "more_body": False})

    return slow_send
