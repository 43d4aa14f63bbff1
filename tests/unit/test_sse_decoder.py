"""The Server-Sent Events decoder against the WHATWG parsing rules, one edge case per row.

Every case is fed whole, one character at a time, and split at every position, so that no result depends on
where the network cut the stream.
"""

from __future__ import annotations

import pytest

from logbook_client._runtime.sse import RawEvent, SSEDecoder


def ev(data: str, event: str = "message", id: str | None = None, retry: int | None = None) -> RawEvent:
    return RawEvent(event, data, id, retry)


def decode(chunks: list[str]) -> list[RawEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return [RawEvent(e.event, e.data, e.id, e.retry) for e in events + decoder.finish()]  # own_id aside


CASES: list[tuple[str, str, list[RawEvent]]] = [
    ("one event", "data: hello\n\n", [ev("hello")]),
    ("multi-line data joined with \\n", "data: a\ndata: b\ndata:\n\n", [ev("a\nb\n")]),
    ("comments ignored", ": keep-alive\ndata: x\n: another\n\n", [ev("x")]),
    ("CRLF line ends", "data: a\r\ndata: b\r\n\r\n", [ev("a\nb")]),
    ("CR line ends", "data: a\rdata: b\r\r", [ev("a\nb")]),
    ("mixed line ends", "data: a\r\ndata: b\rdata: c\n\r\n", [ev("a\nb\nc")]),
    ("BOM at the start stripped", "\ufeffdata: x\n\n", [ev("x")]),
    ("BOM later is data", "data: \ufeffx\n\n", [ev("\ufeffx")]),
    ("event without data is no event", "event: ping\n\ndata: x\n\n", [ev("x")]),
    ("empty data line is an event", "event: ping\ndata:\n\n", [ev("", "ping")]),
    ("named event", "event: update\ndata: {}\n\n", [ev("{}", "update")]),
    ("no space after colon", "data:x\n\n", [ev("x")]),
    ("only one space stripped", "data:  x\n\n", [ev(" x")]),
    ("field without colon", "data\n\n", [ev("")]),
    ("unknown field ignored", "foo: bar\ndata: x\n\n", [ev("x")]),
    ("id persists to later events", "id: 7\ndata: a\n\ndata: b\n\n", [ev("a", id="7"), ev("b", id="7")]),
    ("id with NUL ignored", "id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n", [ev("a", id="1"), ev("b", id="1")]),
    ("id-only block dispatches nothing", "id: 5\n\ndata: a\n\n", [ev("a", id="5")]),
    ("retry digits only", "retry: 1500\ndata: a\n\nretry: 1.5\ndata: b\n\n", [ev("a", retry=1500), ev("b")]),
    ("blank lines between events", "\n\ndata: a\n\n\n\ndata: b\n\n", [ev("a"), ev("b")]),
    ("U+2028 and U+0085 are not line ends", 'data: {"t": "a\u2028b\u0085c"}\n\n', [ev('{"t": "a\u2028b\u0085c"}')]),
    ("incomplete last event dropped", "data: a\n\ndata: b\n", [ev("a")]),
    ("[DONE] is an ordinary event here", "data: [DONE]\n\n", [ev("[DONE]")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_whole(text: str, expected: list[RawEvent]) -> None:
    assert decode([text]) == expected


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_one_character_at_a_time(text: str, expected: list[RawEvent]) -> None:
    assert decode(list(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_split_anywhere(text: str, expected: list[RawEvent]) -> None:
    for cut in range(1, len(text)):
        assert decode([text[:cut], text[cut:]]) == expected, f"cut at {cut}: {text[:cut]!r} | {text[cut:]!r}"


def test_resumed_decoder_keeps_the_last_event_id() -> None:
    first = SSEDecoder()
    first.feed("id: 41\ndata: a\n\nid: 42\ndata: b\n\ndata: cut")
    assert first.last_event_id == "42"
    second = SSEDecoder(first.last_event_id)
    assert second.feed("data: c\n\n") == [RawEvent("message", "c", "42", None, False)]


def test_own_id_tells_events_with_an_id_from_those_without() -> None:
    events = SSEDecoder().feed("id: 1\ndata: a\n\ndata: b\n\n")
    assert [event.own_id for event in events] == [True, False]


def test_an_unfinished_event_does_not_move_the_resume_point() -> None:
    decoder = SSEDecoder()
    decoder.feed("id: 42\ndata: b\n\nid: 43\ndata: cut off by a dropped connection")
    assert decoder.last_event_id == "42"  # resuming from 43 would lose event 43
