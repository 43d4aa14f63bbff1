"""Query strings and operation URLs, made the way httpx makes them but without its per-request parsing.

``httpx.Client.build_request(params=...)`` turns the dict into ``QueryParams``, renders it, then parses and
validates the whole URL again: about 25 µs a call, as much as decoding a 100-item page with orjson (bench/ part
2). The runtime renders the query itself with httpx's rules and attaches it to the operation's cached URL, so the
request that goes out is byte for byte the one ``params=`` would have built (``tests/functional`` compares them).

httpx's rules (``httpx.QueryParams``): a list or tuple repeats the key once per item, ``True``/``False`` are
``true``/``false``, ``None`` is an empty value, anything else is ``str(value)``; the pairs are encoded as
``urllib.parse.urlencode`` does (``quote_plus``: only unreserved characters stay as they are, a space is ``+``).
That output contains only characters httpx's URL parser leaves alone, so no further encoding applies.

Operation URLs likewise: the operation percent-encodes its path arguments (``quote(safe="")``), so the path it
passes usually holds only characters httpx's parser leaves as they are; :func:`join_path` then puts it after the
base URL's path without a parse (a batch over 1,000 distinct ids parsed 1,000 URLs, ~20-40 µs each). Any other path
(a dot segment, which httpx would remove, or a character it would encode) goes through httpx's own parser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx

__all__ = ["DELIMITERS", "join_path", "path_segment", "query_string", "query_text", "with_query"]

#: The delimiter of each OpenAPI style that joins an array's items into one value (``explode: false``).
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def query_text(value: Any) -> str:
    """One value as httpx writes it in a query: ``true``/``false``, ``None`` empty, anything else ``str(value)``."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def path_segment(value: Any) -> str:
    """A path parameter as sent, percent-encoded: OpenAPI's default ``style: simple``, so an array is its items
    joined by commas (``/pets/1,2``, not the list's ``repr``), an object ``key,value`` pairs, a boolean
    ``true``/``false``; the commas between items stay as they are, anything else in an item is encoded."""
    if isinstance(value, list | tuple):
        return ",".join(quote(query_text(item), safe="") for item in value)
    if isinstance(value, Mapping):
        return ",".join(quote(query_text(part), safe="") for pair in value.items() for part in pair)
    return quote(query_text(value), safe="")


def query_string(params: Mapping[str, Any]) -> str:
    """``params`` as the query string ``httpx.QueryParams(params)`` renders."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, list | tuple):
            pairs.extend((str(key), query_text(item)) for item in value)
        else:
            pairs.append((str(key), query_text(value)))
    return urlencode(pairs)


def _can_replace_query() -> bool:
    """Whether httpx's URL keeps its parts in a named tuple (httpx 0.23-0.28, httpx2): a query or a path can then
    be set without a parse."""
    reference = getattr(httpx.URL("http://h/"), "_uri_reference", None)
    return (
        isinstance(reference, tuple)
        and hasattr(reference, "_replace")
        and hasattr(reference, "query")
        and hasattr(reference, "path")
    )


_REPLACE_QUERY = _can_replace_query()


def with_query(url: httpx.URL, query: str) -> httpx.URL:
    """``url`` (which has no query) with ``query``, an already percent-encoded ``query_string`` result.

    On httpx versions whose URL keeps a named tuple of parts, the query is swapped in without parsing the URL
    again; elsewhere this is ``url.copy_with(query=...)``. An empty query leaves a bare ``?``, as httpx does for
    parameters that render to nothing (an empty list).
    """
    if not _REPLACE_QUERY:
        return url.copy_with(query=query.encode("ascii"))
    new = httpx.URL.__new__(httpx.URL)
    new._uri_reference = url._uri_reference._replace(query=query)
    return new


#: A path httpx's parser leaves exactly as it is: "/"-led, only unreserved characters, sub-delimiters, ":", "@",
#: "/" and valid %XX escapes (httpx's path-safe set is wider; this is the part of it an operation produces).
_PLAIN_PATH = re.compile(r"(?:/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+")


def join_path(base: httpx.URL, base_path: str, path: str) -> httpx.URL:
    """``base`` with the path ``base_path + path`` and no query, as ``base.copy_with(raw_path=...)`` builds it.

    ``path`` is an operation's path, already percent-encoded; ``base_path`` the base URL's path (as sent) without
    its trailing ``/``.

    A plain path (see ``_PLAIN_PATH``) without dot segments, which httpx would drop, replaces the base's path
    without a parse; anything else is parsed by httpx, with its normalisation and errors.
    """
    if _REPLACE_QUERY and _PLAIN_PATH.fullmatch(path) and "/." not in path:
        new = httpx.URL.__new__(httpx.URL)
        new._uri_reference = base._uri_reference._replace(path=base_path + path, query=None)
        return new
    return base.copy_with(raw_path=(base_path + path).encode("ascii"))
