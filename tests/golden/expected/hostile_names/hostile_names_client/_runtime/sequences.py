"""Request bodies of sequential JSON media types, encoded one item at a time and sent chunked.

JSON Lines and NDJSON (``application/jsonl``, ``application/x-ndjson``, ...) put each item on its own line, ending
in ``\\n``; JSON text sequences (``application/json-seq``, RFC 7464) start each item with a record separator
(``0x1E``) and end it with ``\\n``. :func:`encode_sequence` is the one place that encodes them, with no I/O; the
operation module calls it while building the request, and each twin's client sends what it returns:

- ``str`` or ``bytes`` (the caller serialised the body) and a file object are sent as they are;
- an iterable of models (anything with ``to_dict``) or of plain JSON values (dicts) becomes a generator of
  encoded items, which httpx sends with ``Transfer-Encoding: chunked`` as it pulls them, one item per chunk:
  nothing is built whole in memory, and a slow producer's items leave as soon as they are made;
- an async iterable becomes an async generator (async twin only; the async client also wraps a sync generator,
  since ``httpx.AsyncClient`` sends async streams only).

A streamed body can be sent only once. The client knows (its request stream is not a ``ByteStream``) and never
sends it again: a failure that would be retried (a 503, a dropped connection, a 401 before a token refresh) is
raised instead, as ``RetryPolicy.decide`` says ("the request body cannot be sent again").
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import Any, TypeVar

if sys.version_info >= (3, 12):
    from typing import TypeAliasType
else:  # the backport (typing_extensions also comes with httpx's anyio on these versions)
    from typing_extensions import TypeAliasType

__all__ = ["SEQUENCE_TYPES", "AsyncItemStream", "ItemStream", "encode_item", "encode_sequence", "is_item_stream"]

T = TypeVar("T")

# Named aliases (PEP 695's TypeAliasType): signatures show ``ItemStream[Event]``, not the union it stands for, so
# the twins' signatures differ by one name of generator/plan/pairs.py's table, as everywhere else.

#: A sequential body as the sync client takes it: serialised already, or items (models of the item schema, or
#: dicts) to encode and stream.
ItemStream = TypeAliasType("ItemStream", str | bytes | Iterable[T | dict[str, Any]], type_params=(T,))
#: The same for the async client, which also takes an async iterable of items.
AsyncItemStream = TypeAliasType(
    "AsyncItemStream", str | bytes | Iterable[T | dict[str, Any]] | AsyncIterable[T | dict[str, Any]], type_params=(T,)
)

#: The sequential JSON media types, and the bytes that start each item (RFC 7464's record separator for JSON-seq).
SEQUENCE_TYPES: Mapping[str, bytes] = {
    "application/jsonl": b"",
    "application/x-jsonlines": b"",
    "application/x-ndjson": b"",
    "application/ndjson": b"",
    "application/json-seq": b"\x1e",
}

#: JSON as httpx writes a ``json=`` body: compact, UTF-8, and no NaN or Infinity (they are not JSON).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def encode_item(item: Any, index: int, prefix: bytes = b"") -> bytes:
    """One item as sent: ``prefix``, its JSON (a model's ``to_dict()``), ``\\n``; a value that is not JSON raises
    ``TypeError``/``ValueError`` naming the item by its position."""
    to_dict = getattr(item, "to_dict", None)
    value = to_dict() if callable(to_dict) else item
    try:
        return prefix + _dumps(value).encode() + b"\n"
    except TypeError as exc:
        raise TypeError(f"body item {index}: {exc}") from exc
    except ValueError as exc:  # NaN or infinity, a lone surrogate
        raise ValueError(f"body item {index}: {exc}") from exc


def is_item_stream(body: object) -> bool:
    """Whether ``body`` is what :func:`encode_sequence` takes: how an operation with several bodies tells a
    sequential one (any iterable but a mapping) from the others, which it checks first."""
    return isinstance(body, str | bytes) or (
        not isinstance(body, Mapping) and isinstance(body, Iterable | AsyncIterable)
    )


def encode_sequence(
    body: str | bytes | Iterable[Any] | AsyncIterable[Any], media_type: str
) -> str | bytes | Iterable[bytes] | AsyncIterable[bytes]:
    """The ``content`` of a request whose body has the sequential media type ``media_type``."""
    if isinstance(body, str | bytes) or hasattr(body, "read"):
        return body  # the body as the caller serialised it, or a file object, which httpx streams
    if isinstance(body, Mapping) or not isinstance(body, Iterable | AsyncIterable):
        raise TypeError(
            f"body: {media_type} takes str, bytes or an iterable of items (one per line); got "
            f"{type(body).__name__}{' (put it in a list to send one item)' if isinstance(body, Mapping) else ''}"
        )
    prefix = SEQUENCE_TYPES.get(media_type.split(";", 1)[0].strip().lower(), b"")
    if isinstance(body, AsyncIterable):
        return _aencode(body, prefix)
    return _encode(body, prefix)


def _encode(items: Iterable[Any], prefix: bytes) -> Iterator[bytes]:
    for index, item in enumerate(items):
        yield encode_item(item, index, prefix)


async def _aencode(items: AsyncIterable[Any], prefix: bytes) -> AsyncIterator[bytes]:
    index = 0
    async for item in items:
        yield encode_item(item, index, prefix)
        index += 1
