"""What one call's outcome means, and whether a decoded union picked the member its tag names. Pure: no I/O.

Kinds (:data:`KINDS`, in table order):

- ``ok``: a 2xx answer decoded, every tagged union on the right member;
- ``decode_error``: a 2xx answer the client failed to decode (``ResponseDecodingError`` or a raw exception);
- ``error_on_2xx``: the client raised an API error although the answer was a 2xx;
- ``missing_module``: ``ModuleNotFoundError``/``ImportError``, importing the operation or while decoding;
- ``wrong_member``: decoded, but a union value became a member other than the one its tag names;
- ``rejected``: Prism refused the request (4xx with ``sl-violations``, or one of Prism's own 4xx errors): the
  client sent something the spec does not allow;
- ``prism_failure``: Prism itself failed (its own 5xx errors, no answer in time);
- ``non_2xx``: the spec declares no 2xx answer for the operation and Prism sent what it declares;
- ``other``: anything else raised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._instances import merge_all_of, ref_name, resolve

__all__ = ["KINDS", "Outcome", "classify", "normalized_name", "wrong_members"]

KINDS = (
    "ok",
    "decode_error",
    "error_on_2xx",
    "missing_module",
    "wrong_member",
    "rejected",
    "prism_failure",
    "non_2xx",
    "other",
)

#: The ``type`` of Prism's own error answers (application/problem+json).
_PRISM_ERROR = "https://stoplight.io/prism/errors#"


@dataclass(frozen=True)
class Outcome:
    """One call's kind, its cause (what varies per operation left out, to group failures by) and a detail."""

    kind: str
    detail: str = ""
    cause: str = ""


def classify(
    error: BaseException | None,
    *,
    status: int | None,
    headers: Mapping[str, str] | None = None,
    body: Any = None,
    has_2xx: bool = True,
    accept_parameter: bool = False,
) -> Outcome:
    """The kind of one call: ``error`` is what it raised (None: it returned), ``status``/``headers``/``body`` the
    last answer seen on the wire (None: no answer), ``has_2xx`` whether the spec declares a 2xx answer.

    ``accept_parameter``: the spec declares the ``Accept`` header as a parameter, so the client sent the value the
    spec asks for, and Prism's 406 for it (no answer of that media type) is the spec's and Prism's, not the client's.
    """
    headers = headers or {}
    chain = list(_chain(error))
    missing = next((exc for exc in chain if isinstance(exc, ImportError)), None)
    if missing is not None:
        return Outcome("missing_module", _describe(missing), type(missing).__name__)
    if error is None:
        return Outcome("ok")
    root = chain[-1]
    described = _describe(error) + (f" <- {_describe(root)}" if root is not error else "")
    cause = f"{type(root).__name__}: {_message_head(str(root))}"
    if status is None:
        if type(error).__name__ in ("APIConnectionError", "APITimeoutError"):
            return Outcome("prism_failure", described, type(error).__name__)
        return Outcome("other", described, cause)
    if 200 <= status < 300:
        if type(error).__name__ == "UnexpectedStatusError" or hasattr(error, "problem"):
            return Outcome("error_on_2xx", f"{status}: {described}", f"{type(error).__name__} on {status}")
        return Outcome("decode_error", described, cause)
    prism_type = _prism_type(body)
    violations = _violations(headers.get("sl-violations"), body)
    if status == 406 and prism_type == "NOT_ACCEPTABLE" and accept_parameter:
        return Outcome(
            "prism_failure", f"406 {_title(body)}", "406 NOT_ACCEPTABLE for the Accept parameter the spec declares"
        )
    if 400 <= status < 500 and (violations or prism_type):
        detail = "; ".join(_violation(item) for item in violations[:3]) or _title(body)
        return Outcome(
            "rejected", f"{status} {prism_type} {_short(detail)}".strip(), _cause(status, prism_type, violations, body)
        )
    if status >= 500 and has_2xx:
        detail = "; ".join(_violation(item) for item in violations[:3]) or _title(body) or described
        return Outcome(
            "prism_failure",
            f"{status} {prism_type} {_short(detail)}".strip(),
            _cause(status, prism_type, violations, body),
        )
    if not has_2xx:
        return Outcome("non_2xx", str(status), str(status))
    return Outcome("other", f"{status}: {described}", f"{status}: {cause}")


def _violations(header: str | None, body: Any) -> list[dict[str, Any]]:
    """Prism's request violations, from the ``sl-violations`` header (JSON) or its error body's ``validation``."""
    found: Any = None
    if header:
        try:
            found = json.loads(header)
        except ValueError:
            found = [{"message": header}]
    if not found and isinstance(body, Mapping):
        found = body.get("validation")
    return [dict(item) for item in found if isinstance(item, Mapping)] if isinstance(found, list) else []


def _cause(status: int, prism_type: str, violations: list[dict[str, Any]], body: Any) -> str:
    """``422 UNPROCESSABLE_ENTITY body oneOf``: the status, Prism's error type, where and what of the first
    violation (or the start of Prism's message)."""
    if violations:
        location = [str(part) for part in violations[0].get("location", []) if part != "request"]
        what = f"{' '.join(location[:1])} {violations[0].get('code', '')}"
    else:
        what = _message_head(_title(body))
    source = prism_type or "(the spec's own error answer)"
    return " ".join(f"{status} {source} {what}".split())


def _violation(item: Mapping[str, Any]) -> str:
    where = ".".join(str(part) for part in item.get("location", []) if isinstance(part, (str, int)))
    return f"{where}: {item.get('message', '')}".strip(": ")


def _message_head(text: str) -> str:
    """The start of a message, before the first quoted or bracketed part (which names the instance)."""
    for separator in ("'", '"', "(", "[", "{", " at "):
        text = text.split(separator, 1)[0]
    return " ".join(text.split())[:80]


def _chain(error: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {_short(str(error))}"


def _short(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _prism_type(body: Any) -> str:
    kind = body.get("type") if isinstance(body, Mapping) else None
    return kind[len(_PRISM_ERROR) :] if isinstance(kind, str) and kind.startswith(_PRISM_ERROR) else ""


def _title(body: Any) -> str:
    if isinstance(body, Mapping):
        return str(body.get("detail") or body.get("title") or "")
    return ""


def normalized_name(name: str) -> str:
    """A class or schema name compared loosely: lower case letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def wrong_members(
    value: Any, schema: Any, document: Mapping[str, Any], decoded_class: Callable[[Any], str | None]
) -> list[str]:
    """Where a tagged union in ``value`` was decoded to a sibling member instead of the one its tag names.

    ``value`` is the decoded JSON (the very objects the models' ``from_dict`` received); ``decoded_class(obj)``
    names the class that ``obj`` was decoded to (None: unknown). The tag is the ``discriminator`` (its
    ``mapping``, else a member's schema name) or, without one, a ``const``/single-value ``enum`` property that only
    one member matches. A member is recognised by the name of its ``$ref``; inline members are not checked.
    """
    found: list[str] = []
    _walk(value, schema, document, decoded_class, found, "", 0)
    return found


def _walk(
    value: Any,
    schema: Any,
    document: Mapping[str, Any],
    decoded_class: Callable[[Any], str | None],
    found: list[str],
    where: str,
    depth: int,
) -> None:
    if depth > 40:
        return
    schema = resolve(schema, document)
    if not isinstance(schema, Mapping):
        return
    deeper = depth + 1
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members and isinstance(value, dict):
            index = tagged_member(value, schema, members, document)
            if index is not None:
                _check(value, members, index, decoded_class, found, where)
                _walk(value, members[index], document, decoded_class, found, where, deeper)
            return
    if isinstance(schema.get("allOf"), list):
        merged = merge_all_of(schema, document)
        if merged is not None:
            schema = {**merged, **{k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")}}
    if isinstance(value, dict):
        properties = schema.get("properties") if isinstance(schema.get("properties"), Mapping) else {}
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            sub = properties.get(name, extra if isinstance(extra, Mapping) else None)
            if sub is not None:
                _walk(item, sub, document, decoded_class, found, f"{where}/{name}", deeper)
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value[:50]):
            _walk(item, schema["items"], document, decoded_class, found, f"{where}/{index}", deeper)


def tagged_member(
    value: Mapping[str, Any], schema: Mapping[str, Any], members: list[Any], document: Mapping[str, Any]
) -> int | None:
    """The index of the member that ``value``'s tag names, or None when there is no tag to go by."""
    discriminator = schema.get("discriminator")
    if isinstance(discriminator, Mapping) and isinstance(discriminator.get("propertyName"), str):
        tag = value.get(discriminator["propertyName"])
        if not isinstance(tag, str):
            return None
        mapping = discriminator.get("mapping")
        target = mapping.get(tag) if isinstance(mapping, Mapping) else None
        names = [
            ref_name(m["$ref"]) if isinstance(m, Mapping) and isinstance(m.get("$ref"), str) else None for m in members
        ]
        wanted = ref_name(target) if isinstance(target, str) else tag
        return names.index(wanted) if wanted in names else None
    candidates = [index for index, member in enumerate(members) if _tags_match(value, member, document)]
    return candidates[0] if len(candidates) == 1 else None


def _tags_match(value: Mapping[str, Any], member: Any, document: Mapping[str, Any]) -> bool:
    merged = merge_all_of({"allOf": [member]}, document)
    if merged is None:
        return False
    tags = 0
    for name, sub in merged["properties"].items():
        sub = resolve(sub, document)
        if not isinstance(sub, Mapping):
            continue
        allowed = [sub["const"]] if "const" in sub else sub.get("enum")
        if isinstance(allowed, list) and len(allowed) == 1:
            tags += 1
            if value.get(name) != allowed[0]:
                return False
    return tags > 0


def _check(
    value: Any,
    members: list[Any],
    index: int,
    decoded_class: Callable[[Any], str | None],
    found: list[str],
    where: str,
) -> None:
    names = [
        ref_name(m["$ref"]) if isinstance(m, Mapping) and isinstance(m.get("$ref"), str) else None for m in members
    ]
    expected = names[index]
    actual = decoded_class(value)
    if expected is None or actual is None:
        return
    siblings = {normalized_name(name): name for i, name in enumerate(names) if name is not None and i != index}
    if normalized_name(actual) != normalized_name(expected) and normalized_name(actual) in siblings:
        found.append(f"{where or '/'}: {actual} instead of {expected}")
