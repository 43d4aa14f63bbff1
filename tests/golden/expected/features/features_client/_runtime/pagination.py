"""Paginators: every item of a list operation, one page in memory at a time, for both twins.

Each style answers two questions and does no I/O (like the page classes of openai-python): *which request fetches
the page that starts here?* and *where does the next page start, given this response?*. ``_Walk`` keeps the
bookkeeping (position, stop conditions, loop detection) and ``Paginator``/``AsyncPaginator`` are two thin drivers
that only send the requests, so the sync and async twins cannot disagree about when to stop.

A position is plain data (:class:`Position`): ``start`` is what the API calls a page (a cursor, an offset, a page
number or a URL; ``None`` is the first page of the call as given) and ``skip`` is how many of that page's items were
already handed out. ``paginator.position`` always points just after the last item (or page) handed out, whatever
ended the run (``break``, ``max_items``, an error), so ``start=paginator.position`` resumes with no duplicates and no
gaps. Nothing in this module is generated from spec text: the generated modules pass their declarations as data.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

import httpx

from .client import _DECODING_ERRORS, AsyncAPIClient, SyncAPIClient
from .decoding import loads
from .errors import APIError, ResponseDecodingError
from .operation import Operation
from .options import RequestOptions
from .redact import redact_text
from .response import Response

__all__ = [
    "ABSENT",
    "AsyncPaginator",
    "JsonPath",
    "Page",
    "Pagination",
    "PaginationError",
    "Paginator",
    "Position",
    "Start",
    "decoded_items",
    "raw_items",
]

T = TypeVar("T")

#: A path into a JSON body: object keys and list indices (negative counts from the end), e.g. ``("data", -1, "id")``.
JsonPath: TypeAlias = tuple[str | int, ...]

#: The kinds of pagination the runtime drives. Styles of the generator map onto these (``has_more`` is a cursor).
KINDS = ("cursor", "offset", "page", "link", "url")


@dataclass(frozen=True, slots=True)
class Pagination:
    """How one operation pages, declared by its generated module as data.

    Parameter names are wire names (as sent); paths are :data:`JsonPath` into the response body.

    - ``kind``: ``cursor`` (``param`` <- the value at ``source``), ``offset`` (``param`` += items on the page),
      ``page`` (``param`` += 1, from ``first_page``), ``link`` (RFC 8288 ``Link`` header with ``rel``) or ``url``
      (the next page's URL at ``source``).
    - ``location``: where ``param`` goes, ``query`` or ``body`` (a JSON request body).
    - ``has_more``: a boolean in the body; a page where it is false is the last.
    - ``size_param``: the page-size parameter (offset/page), used only to stop on a short page when that is safe.
    - ``total``: the total number of items (offset), to stop without asking for an empty page.
    """

    kind: str
    items: JsonPath = ()
    param: str = ""
    location: str = "query"
    source: JsonPath = ()
    has_more: JsonPath | None = None
    size_param: str = ""
    total: JsonPath | None = None
    first_page: int = 1
    rel: str = "next"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Pagination.kind: {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.location not in ("query", "body"):
            raise ValueError(f"Pagination.location: {self.location!r} is not 'query' or 'body'")


@dataclass(frozen=True, slots=True)
class Position:
    """Where a run is: the page ``start`` (``None`` = the call's own first page) and ``skip`` items already seen.

    ``done`` is true once the last item was handed out. ``as_dict()`` is JSON-serialisable and ``start=`` accepts
    it back, so a position can be saved between processes.
    """

    start: str | int | None = None
    skip: int = 0
    done: bool = False

    def __post_init__(self) -> None:
        if self.start is not None and (isinstance(self.start, bool) or not isinstance(self.start, str | int)):
            raise TypeError(f"Position.start: expected a string, an integer or None, got {type(self.start).__name__}")
        if isinstance(self.skip, bool) or not isinstance(self.skip, int) or self.skip < 0:
            raise ValueError(f"Position.skip: expected a non-negative integer, got {self.skip!r}")

    def __repr__(self) -> str:
        # A next-page URL may carry credentials (userinfo, an API key the server echoes in its links): the repr
        # (shown by paginators, pages and pagination errors) redacts them; ``start`` itself stays usable.
        start = redact_text(self.start) if isinstance(self.start, str) else self.start
        return f"Position(start={start!r}, skip={self.skip!r}, done={self.done!r})"

    def as_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form of this position; ``start=`` accepts it."""
        return {"start": self.start, "skip": self.skip, "done": self.done}

    @classmethod
    def coerce(cls, value: Start) -> Position:
        """Turn what ``start=`` accepts into a Position: a Position, its ``as_dict()``, a start value or None."""
        if value is None:
            return cls()
        if isinstance(value, Position):
            return value
        if isinstance(value, Mapping):
            unknown = set(value) - {"start", "skip", "done"}
            if unknown:
                raise ValueError(f"start: unknown keys {sorted(map(str, unknown))} (expected start, skip, done)")
            return cls(start=value.get("start"), skip=value.get("skip", 0), done=bool(value.get("done", False)))
        if isinstance(value, str | int) and not isinstance(value, bool):
            return cls(start=value)
        raise TypeError(
            f"start: expected a Position, a Position.as_dict(), a cursor, offset, page or URL, or None; "
            f"got {type(value).__name__}"
        )


#: What ``start=`` accepts.
Start: TypeAlias = Position | Mapping[str, Any] | str | int | None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page: its items (those not handed out before, at most ``max_items``) and the response they came in.

    ``position`` is where this page's items start; ``next_position`` is where the run continues after it
    (``next_position.done`` on the last page). Pass ``start=page.next_position`` to go on from here.
    """

    items: list[T]
    response: Response[Any]
    position: Position
    next_position: Position

    @property
    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return not self.next_position.done

    @property
    def parsed(self) -> Any:
        """The whole typed response body of this page (e.g. the list model with its counters)."""
        return self.response.parsed

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class PaginationError(APIError):
    """The pages cannot be followed safely: a repeated cursor or URL, a next page on another host, a bad cursor.

    ``position`` is where the run stood; nothing past it was handed out.
    """

    def __init__(self, message: str, *, position: Position) -> None:
        super().__init__(message)
        self.position = position


# ---------------------------------------------------------------------------------------------------- the styles

#: A value the response body does not have (a missing key on the path), as ``page_fields`` functions report it.
ABSENT: Any = object()
_UNDECODED: Any = object()


def _lookup(data: Any, path: JsonPath) -> Any:
    """The value at ``path`` in a decoded JSON body, or ``ABSENT``."""
    for key in path:
        if isinstance(key, int):
            if not isinstance(data, list) or not -len(data) <= key < len(data):
                return ABSENT
            data = data[key]
        elif isinstance(data, dict) and key in data:
            data = data[key]
        else:
            return ABSENT
    return data


def raw_items(response: Response[Any], path: JsonPath) -> list[Any]:
    """The items at ``path`` in the decoded JSON body (untyped), for operations whose items have no model."""
    items = _lookup(loads(response.raw.content), path)
    return items if isinstance(items, list) else []


def decoded_items(response: Response[Any], path: JsonPath, decode: Callable[[Any], T]) -> list[T]:
    """The items at ``path`` in the JSON body, each decoded by ``decode`` (the items' model's ``from_dict``): for
    operations whose page has no model but whose items have one. An item that does not decode is an error."""
    try:
        return [decode(item) for item in raw_items(response, path)]
    except _DECODING_ERRORS as exc:
        raise ResponseDecodingError(
            f"an item at {_show(path)} of the {response.status_code} response does not match the spec "
            f"({type(exc).__name__}: {exc})",
            response=response.raw,
        ) from exc


def _show(path: JsonPath) -> str:
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out or "."


@dataclass
class _Fetched:
    """A page as received: what the styles look at to decide what comes next."""

    request: Mapping[str, Any]
    start: str | int | None
    response: Response[Any]
    count: int
    fields: Mapping[str, Any]
    _body: Any = _UNDECODED

    def value(self, role: str, path: JsonPath) -> Any:
        """The body's value at ``path`` (``ABSENT`` if it has none): from ``fields[role]`` (what the generated
        ``page_fields`` read from the typed page) when it is there, else from the decoded body."""
        value = self.fields.get(role, _UNDECODED)
        return _lookup(self.body, path) if value is _UNDECODED else value

    @property
    def body(self) -> Any:
        """The decoded JSON body, decoded at most once and only if a style needs it."""
        if self._body is _UNDECODED:
            try:
                self._body = loads(self.response.raw.content)  # orjson when installed, as parse_response
            except ValueError:
                self._body = None
        return self._body


class _Style:
    """One kind of pagination: the request for a start value, and the start of the page after a fetched one."""

    def __init__(self, pagination: Pagination, base_url: httpx.URL) -> None:
        self.pagination = pagination
        self.base_url = base_url

    def request(self, base: Mapping[str, Any], start: str | int | None) -> dict[str, Any]:
        """The request for the page at ``start`` (``None``: the call's own first page)."""
        if start is None:
            return dict(base)
        return _with_param(base, self.pagination.location, self.pagination.param, start)

    def next_start(self, page: _Fetched) -> str | int | None:
        """Where the next page starts, or ``None`` when ``page`` is the last."""
        raise NotImplementedError

    def _current_number(self, page: _Fetched, default: int) -> int:
        value = page.start if page.start is not None else page.request.get("params", {}).get(self.pagination.param)
        try:
            return int(value) if value is not None else default
        except (TypeError, ValueError):
            return default


class _CursorStyle(_Style):
    """A cursor parameter (query or body) whose next value is in the body (``next_cursor``, ``data[-1].id``)."""

    def next_start(self, page: _Fetched) -> str | int | None:
        value = page.value("source", self.pagination.source)
        if value is ABSENT or value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError(f"the next cursor at {_show(self.pagination.source)} is a {type(value).__name__}")
        return value


class _OffsetStyle(_Style):
    """An offset parameter advanced by the number of items on each page; ``total`` ends the run early."""

    def next_start(self, page: _Fetched) -> str | int | None:
        following = self._current_number(page, 0) + page.count
        if self.pagination.total is not None:
            total = page.value("total", self.pagination.total)
            if isinstance(total, int) and not isinstance(total, bool) and following >= total:
                return None
        return following


class _PageStyle(_Style):
    """A page-number parameter advanced by one."""

    def next_start(self, page: _Fetched) -> str | int | None:
        return self._current_number(page, self.pagination.first_page) + 1


class _UrlStyle(_Style):
    """The next page's URL, in the body (``links.next``) or, for ``_LinkStyle``, in a ``Link`` header."""

    def request(self, base: Mapping[str, Any], start: str | int | None) -> dict[str, Any]:
        if start is None:
            return dict(base)
        return _url_request(base, str(start), self.base_url)

    def next_url(self, page: _Fetched) -> str | None:
        value = page.value("source", self.pagination.source)
        if value is ABSENT or value is None or value == "":
            return None
        if not isinstance(value, str):
            raise ValueError(f"the next URL at {_show(self.pagination.source)} is a {type(value).__name__}")
        return value

    def next_start(self, page: _Fetched) -> str | int | None:
        url = self.next_url(page)
        if url is None:
            return None
        # Relative references resolve against the URL of the page they came from (RFC 3986 section 5).
        return str(page.response.raw.request.url.join(url))


class _LinkStyle(_UrlStyle):
    """RFC 8288: the ``Link`` response header's target whose ``rel`` includes ``next`` (GitHub, Mastodon)."""

    def next_url(self, page: _Fetched) -> str | None:
        return link_target(page.response.headers.get_list("link"), self.pagination.rel)


_STYLES: dict[str, type[_Style]] = {
    "cursor": _CursorStyle,
    "offset": _OffsetStyle,
    "page": _PageStyle,
    "link": _LinkStyle,
    "url": _UrlStyle,
}

_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,\s=]+\s*(?:=\s*(?:\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?)*)")
_LINK_PARAM = re.compile(r";\s*([^;,\s=]+)\s*(?:=\s*(\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?")


def link_target(values: list[str], rel: str) -> str | None:
    """The target of the first link whose ``rel`` (a space-separated list, case-insensitive) contains ``rel``."""
    wanted = rel.lower()
    for value in values:
        for match in _LINK_VALUE.finditer(value):
            for name, raw in _LINK_PARAM.findall(match.group(2)):
                if name.lower() != "rel":
                    continue
                rels = raw[1:-1] if raw.startswith('"') and raw.endswith('"') else raw
                if wanted in rels.lower().split():
                    return match.group(1).strip()
    return None


def _with_param(base: Mapping[str, Any], location: str, name: str, value: str | int) -> dict[str, Any]:
    request = dict(base)
    if location == "body":
        body = request.get("json")
        if body is not None and not isinstance(body, dict):
            raise ValueError(f"cannot set {name!r} in a request body that is not a JSON object")
        request["json"] = {**(body or {}), name: value}
    else:
        request["params"] = {**request.get("params", {}), name: value}
    return request


def _url_request(base: Mapping[str, Any], url: str, base_url: httpx.URL) -> dict[str, Any]:
    """The request for an absolute next-page URL, refused unless it is under the client's base URL.

    The client sends its credentials with every request, so a next link to another host is never followed.
    """
    target = httpx.URL(url)
    if (target.scheme, target.host, target.port) != (base_url.scheme, base_url.host, base_url.port):
        raise ValueError(f"the next page {target.copy_with(query=None)} is not on {base_url}; not following it")
    base_path = base_url.raw_path.rstrip(b"/")
    path = target.copy_with(query=None, fragment=None).raw_path
    if base_path and path != base_path and not path.startswith(base_path + b"/"):
        raise ValueError(f"the next page {target.copy_with(query=None)} is outside {base_url}; not following it")
    request = dict(base)
    request["url"] = path[len(base_path) :].decode("ascii") or "/"
    params: dict[str, list[str]] = {}
    for key, value in target.params.multi_items():
        params.setdefault(key, []).append(value)
    request["params"] = params
    return request


# ------------------------------------------------------------------------------------------------------ the walk


class _Walk(Generic[T]):
    """Everything a paginator decides, with no I/O: requests, positions, stop conditions and loop detection."""

    def __init__(
        self,
        *,
        request: Mapping[str, Any],
        operation: Operation,
        pagination: Pagination,
        items: Callable[[Response[Any]], list[T]],
        base_url: httpx.URL,
        start: Start,
        max_items: int | None,
        fields: Callable[[Response[Any]], Mapping[str, Any]] | None = None,
    ) -> None:
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items: expected a non-negative integer or None, got {max_items!r}")
        self.request = dict(request)
        self.operation = operation
        self.pagination = pagination
        self.items = items
        self.fields = fields
        self.style = _STYLES[pagination.kind](pagination, base_url)
        self._position: Position = Position.coerce(start)
        self.max_items = max_items
        self._handed_before = 0  # items handed out before the page being handed out item by item
        # The page being handed out item by item: its iterator and how many items it had. Handing out an item is
        # only the iterator's step; position and handed_out are computed from what it has left (bench/ part 5).
        self._handing: Iterator[T] | None = None
        self._handing_count = 0
        # Starts of the pages fetched in this run: a server that sends one of them again would loop forever.
        self._visited: set[str | int] = set()
        self._last_digest: tuple[tuple[int, int], str | int | None] | None = None
        self._full_page_seen = False
        self._page_count = 0
        self._page_next = Position(done=True)
        self._stuck: tuple[Position, str] | None = None

    def replica(self) -> _Walk[T]:
        """A walk from the same position that shares no state (for peeking at a page)."""
        return _Walk(
            request=self.request,
            operation=self.operation,
            pagination=self.pagination,
            items=self.items,
            base_url=self.style.base_url,
            start=self.position,
            max_items=self.max_items,
            fields=self.fields,
        )

    def next_request(self) -> dict[str, Any] | None:
        """The request of the next page to fetch, or ``None`` when the run is over.

        Raises :class:`PaginationError` when the next page cannot be fetched safely (a repeated cursor, a next URL
        on another host); the position then stays just after the last item handed out.
        """
        if self.position.done or (self.max_items is not None and self.handed_out >= self.max_items):
            return None
        if self._stuck is not None and self.position == self._stuck[0]:
            raise self._error(self._stuck[1])
        try:
            return self.style.request(self.request, self.position.start)
        except ValueError as exc:
            raise self._error(str(exc)) from None

    def peek_request(self) -> dict[str, Any] | None:
        """:meth:`next_request`, with ``None`` instead of an error."""
        try:
            return self.next_request()
        except PaginationError:
            return None

    def accept(self, request: Mapping[str, Any], response: Response[Any]) -> Page[T]:
        """Record the page just fetched at ``position`` and decide where the next one starts."""
        items = self.items(response)
        fields = self.fields(response) if self.fields is not None else {}
        fetched = _Fetched(request, self.position.start, response, len(items), fields)
        following = self._following(fetched)
        self._page_count = len(items)
        self._page_next = following
        visible = items[self.position.skip :]
        if self.max_items is not None:
            visible = visible[: self.max_items - self.handed_out]
        return Page(items=visible, response=response, position=self.position, next_position=following)

    @property
    def position(self) -> Position:
        """Where the run stands: just after the last item handed out (or the last page)."""
        if self._handing is not None:
            self._settle()
        return self._position

    @position.setter
    def position(self, value: Position) -> None:
        self._handing = None
        self._position = value

    @property
    def handed_out(self) -> int:
        """How many items this run handed out."""
        if self._handing is None:
            return self._handed_before
        return self._handed_before + self._handing_count - operator.length_hint(self._handing)

    def hand_out(self, page: Page[T]) -> Iterator[T]:
        """The items of ``page``, to be handed out one by one; the position follows each step of the iterator.

        An item counts as handed out once the iterator has returned it, so the position is right even if the
        caller stops at that item.
        """
        if self._handing is not None:
            self._settle()
        if not page.items:
            self.handed_page(page)
        self._handing = iterator = iter(page.items)
        self._handing_count = len(page.items)
        return iterator

    def _settle(self) -> None:
        """Fold the items handed out from the current page's iterator into the position."""
        if self._handing is None:
            return
        taken = self._handing_count - operator.length_hint(self._handing)
        if taken:
            self._handed_before += taken
            self._handing_count -= taken
            skip = self._position.skip + taken
            self._position = self._page_next if skip >= self._page_count else Position(self._position.start, skip)
        if not self._handing_count:
            self._handing = None

    def handed_page(self, page: Page[T]) -> None:
        """A whole page (``page.items``, possibly cut short by ``max_items``) was handed out."""
        position = self.position
        self._handed_before += len(page.items)
        skip = position.skip + len(page.items)
        self.position = self._page_next if skip >= self._page_count else Position(position.start, skip)

    def _following(self, page: _Fetched) -> Position:
        pagination = self.pagination
        if page.count == 0:
            return Position(done=True)
        if pagination.has_more is not None:
            has_more = page.value("has_more", pagination.has_more)
            if has_more is not ABSENT and not has_more:
                return Position(done=True)
        if self._short_page(page):
            return Position(done=True)
        try:
            start = self.style.next_start(page)
        except ValueError as exc:
            raise self._error(str(exc)) from None
        if start is None:
            return Position(done=True)
        # The same body for a different position: the server ignores the position. Those items were handed out
        # already, so none of them is handed out again. (The same position fetched again, to resume, is fine.)
        # Length and the interpreter's keyed 64-bit hash: a chance collision is 2**-64, and a server cannot aim for
        # one (the key is random per process); a third of sha256's time on a page (bench/ part 5).
        content = page.response.raw.content
        digest = ((len(content), hash(content)), page.start)
        if self._last_digest is not None and digest[0] == self._last_digest[0] and page.start != self._last_digest[1]:
            raise self._error("the server returned the same page twice; stopping instead of looping forever")
        self._last_digest = digest
        if page.start is not None:
            self._visited.add(page.start)
        if start in self._visited:
            # This page's items are new and are handed out; the run stops when it would fetch ``start`` again.
            # Its position stays at the end of this page, so a resumed run stops here too instead of repeating.
            end_of_page = Position(start=page.start, skip=page.count)
            self._stuck = (
                end_of_page,
                f"the server sent the {pagination.kind} {start!r} a second time; stopping instead of looping forever",
            )
            return end_of_page
        return Position(start=start)

    def _short_page(self, page: _Fetched) -> bool:
        """Offset/page styles only: fewer items than asked for, once a page in this run had as many as asked for.

        A server may cap the page size below what was asked, so a short *first* page proves nothing; a short page
        after a full one is the last. Cursor, link and URL styles never stop on a short page.
        """
        if self.pagination.kind not in ("offset", "page") or not self.pagination.size_param:
            return False
        if self.pagination.total is not None or self.pagination.has_more is not None:
            return False
        size = page.request.get("params", {}).get(self.pagination.size_param)
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            return False
        if page.count >= size:
            self._full_page_seen = True
            return False
        return self._full_page_seen

    def _error(self, problem: str) -> PaginationError:
        return PaginationError(f"{self.operation.name}: {problem}", position=self.position)


# ----------------------------------------------------------------------------------------------------- drivers


class Paginator(Generic[T]):
    """Every item of a paginated operation, fetched lazily page by page (one page in memory at a time).

    - ``for item in paginator``: every item; iterating again continues from :attr:`position`.
    - ``paginator.pages()``: page by page (:class:`Page`).
    - ``paginator.first_page()``: the page at the current position, without moving it.
    - ``position``: where the run is; ``start=position`` (or ``position.as_dict()``) resumes it.
    - ``max_items``: stop after this many items in total.
    - ``request_options``: per-call overrides (timeout, retries, headers) applied to every page's request.

    Breaking out of a loop leaves nothing open: every page's response is read whole and its connection returned
    to the pool before its items are handed out. An error (after the client's retries) propagates and leaves
    :attr:`position` at the first item not handed out.
    """

    def __init__(
        self,
        client: SyncAPIClient,
        request: Mapping[str, Any],
        operation: Operation,
        parse: Callable[[httpx.Response], Any],
        pagination: Pagination,
        items: Callable[[Response[Any]], list[T]],
        *,
        fields: Callable[[Response[Any]], Mapping[str, Any]] | None = None,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        self._client = client
        self._parse = parse
        self._options = request_options
        self._walk: _Walk[T] = _Walk(
            request=request,
            operation=operation,
            pagination=pagination,
            items=items,
            base_url=client.base_url,
            start=start,
            max_items=max_items,
            fields=fields,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._walk.operation.name}, position={self.position!r})"

    @property
    def position(self) -> Position:
        """Just after the last item (or page) handed out; ``start=`` this to resume without duplicates or gaps."""
        return self._walk.position

    @property
    def next_request(self) -> dict[str, Any] | None:
        """The request (``httpx.Client.build_request`` keyword arguments) of the next page, or None when done."""
        return self._walk.peek_request()

    @property
    def max_items(self) -> int | None:
        """The most items this paginator hands out in total (None: no limit)."""
        return self._walk.max_items

    def _fetch(self, walk: _Walk[T]) -> Page[T] | None:
        request = walk.next_request()
        if request is None:
            return None
        response = self._client._execute(request, walk.operation, self._parse, self._options)
        return walk.accept(request, response)

    def first_page(self) -> Page[T]:
        """Fetch the page at the current position, leaving the position where it is."""
        page = self._fetch(self._walk.replica())
        if page is None:
            raise PaginationError(f"{self._walk.operation.name}: the run is complete", position=self.position)
        return page

    def pages(self) -> Iterator[Page[T]]:
        """Every page from the current position on."""
        while (page := self._fetch(self._walk)) is not None:
            self._walk.handed_page(page)
            yield page

    def __iter__(self) -> Iterator[T]:
        # chain() steps through each page's list iterator in C: no Python frame per item (bench/ part 5).
        return itertools.chain.from_iterable(self._page_iterators())

    def _page_iterators(self) -> Iterator[Iterator[T]]:
        while (page := self._fetch(self._walk)) is not None:
            yield self._walk.hand_out(page)


class AsyncPaginator(Generic[T]):
    """The asynchronous twin of :class:`Paginator`: ``async for item in paginator`` gives every item.

    ``await paginator`` gives the first page (:class:`Page`) without moving the position; ``paginator.pages()`` is
    an async iterator of pages. Everything else is as in :class:`Paginator`.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        request: Mapping[str, Any],
        operation: Operation,
        parse: Callable[[httpx.Response], Any],
        pagination: Pagination,
        items: Callable[[Response[Any]], list[T]],
        *,
        fields: Callable[[Response[Any]], Mapping[str, Any]] | None = None,
        start: Start = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        self._client = client
        self._parse = parse
        self._options = request_options
        self._walk: _Walk[T] = _Walk(
            request=request,
            operation=operation,
            pagination=pagination,
            items=items,
            base_url=client.base_url,
            start=start,
            max_items=max_items,
            fields=fields,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._walk.operation.name}, position={self.position!r})"

    @property
    def position(self) -> Position:
        """Just after the last item (or page) handed out; ``start=`` this to resume without duplicates or gaps."""
        return self._walk.position

    @property
    def next_request(self) -> dict[str, Any] | None:
        """The request (``httpx.AsyncClient.build_request`` keyword arguments) of the next page, or None when done."""
        return self._walk.peek_request()

    @property
    def max_items(self) -> int | None:
        """The most items this paginator hands out in total (None: no limit)."""
        return self._walk.max_items

    async def _fetch(self, walk: _Walk[T]) -> Page[T] | None:
        request = walk.next_request()
        if request is None:
            return None
        response = await self._client._execute(request, walk.operation, self._parse, self._options)
        return walk.accept(request, response)

    async def first_page(self) -> Page[T]:
        """Fetch the page at the current position, leaving the position where it is."""
        page = await self._fetch(self._walk.replica())
        if page is None:
            raise PaginationError(f"{self._walk.operation.name}: the run is complete", position=self.position)
        return page

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page from the current position on."""
        while (page := await self._fetch(self._walk)) is not None:
            self._walk.handed_page(page)
            yield page

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        while (page := await self._fetch(self._walk)) is not None:
            for item in self._walk.hand_out(page):
                yield item
