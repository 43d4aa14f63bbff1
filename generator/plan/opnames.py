"""Operation names that read like a hand-written SDK: ``client.<resource>.<method>`` from any operationId.

opc turns an operationId into one identifier by dropping every character that is not a letter, digit, ``.``, ``_``,
``-`` or space, then splitting camel case only before lower-case runs. On real specs that glues the resource onto
the method (``issues/list-for-repo`` under ``issues`` -> ``issueslist_for_repo``) and breaks acronyms
(``createAnAPIKey`` -> ``create_an_ap_ikey``). The rules here, applied to the method name only (the resource is the
tag, named as before):

1. a separator in the operationId (``/``, ``.``, ``:``) splits resource from method: the method keeps only the part
   after the last one (``issues/list-for-repo`` -> ``list_for_repo``);
2. words split at camel-case boundaries with acronyms kept whole (``createAnAPIKeyForAServiceAccount`` ->
   ``create_an_api_key_for_a_service_account``; digits stay with the word before them, ``v1``), and at ``-``,
   ``_`` and spaces; a trailing file extension (``.yml``) is not a method;
3. a leading tag name, in singular or plural, is stripped when a verb follows it (``reposGet`` under ``repos`` ->
   ``get``, ``dedicatedInferences_get`` under ``Dedicated Inference`` -> ``get``; ``ingest_events`` under
   ``ingest`` stays), unless it would clash with another method of the resource;
4. clashes left are resolved in spec order: the first keeps its name, later ones get ``_2``, ``_3``... and each
   is reported;
5. the config's ``operations`` section renames any operation, or moves it to another resource, by operationId or
   ``METHOD /path``; those names win over the rules and are checked the same way.

Operations without an operationId keep opc's name from method and path (``get_user_user_id``). Every name is a
valid, lower-case, non-keyword identifier; ``file_name`` (NFKC, length) applies after.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import GenerationError

__all__ = ["OperationName", "method_words", "name_operations", "snake"]

_SEPARATORS = re.compile(r"[/.:]")
#: An acronym with a version (IPv6) or a plural ``s`` (IPs, APIs, URLs), an acronym before a capitalised word (API
#: in APIKey), a capitalised or lower-case word (with a short version number: v3, not a date: api 20100401), an
#: acronym, a number.
_WORD = re.compile(
    r"[A-Z]{2,}v[0-9]+(?![a-z])|[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+(?:[0-9]{1,2}(?![0-9]))?"
    r"|[A-Z]+[0-9]*|[0-9]+"
    r"|[^\W\d_A-Za-z]+"
)
#: A file extension some specs end operationIds with (``monitoring_get_x.yml``): not a method name.
_EXTENSION = re.compile(r"\.(ya?ml|json|xml|html?|txt|csv)$", re.IGNORECASE)
#: Names a method of a resource class must not take (its own attributes), and builtins a module name would shadow.
_TAKEN = frozenset({"client", "self"})
#: Verbs an operation name starts with once its resource is stripped: the tag is stripped only when one follows
#: (``sshKeys_list`` -> ``list``), so that ``ingest_events`` under ``ingest`` keeps its noun.
_VERBS = frozenset(
    {
        "get", "list", "create", "update", "delete", "patch", "put", "post", "remove", "add", "set", "search",
        "retrieve", "upload", "download", "cancel", "replace", "fetch", "find", "query", "read", "write", "edit",
        "modify", "check", "validate", "start", "stop", "restart", "run", "send", "export", "import", "enable",
        "disable", "assign", "unassign", "attach", "detach", "approve", "reject", "archive", "unarchive", "count",
        "bulk", "batch", "reset", "revoke", "rotate", "test", "verify", "install", "uninstall", "move", "copy",
        "clone", "merge", "lock", "unlock", "subscribe", "unsubscribe", "register", "deregister", "reorder",
        "resize", "reboot", "power", "rename", "transfer", "preview", "resolve", "acknowledge", "snooze",
    }
)  # fmt: skip


def method_words(text: str) -> list[str]:
    """The words of ``text``, lower case: camel case and acronyms split, delimiters dropped.

    Letters beyond ASCII count as letters of their case (``Übersicht``, ``straßenNamen``, ``naïveCafé`` are one
    word, then two, then two): :data:`_WORD` is matched against the text's shape, in which each such letter stands
    as an ASCII letter of its case, and the words are cut from the text itself.
    """
    shape = "".join(_shape(char) for char in text) if not text.isascii() else text
    return [text[match.start() : match.end()].lower() for match in _WORD.finditer(shape)]


def _shape(char: str) -> str:
    if char.isascii():
        return char
    if char.isupper():
        return "A"
    if char.islower():
        return "a"
    return char  # a letter without case (CJK...), a digit of another script, a symbol: as it is


def snake(words: list[str], fallback: str = "operation", digit_prefix: str = "op_") -> str:
    """A valid lower-case identifier from ``words``: keywords get ``_``, a leading digit ``digit_prefix``."""
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{digit_prefix}{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _TAKEN:
        name += "_"
    return name


@dataclass
class OperationName:
    """One operation's place in the client: ``client.<resource>.<method>``, and where the name came from."""

    key: str  # "METHOD /path"
    operation_id: str | None
    resource: str  # the tag's Python name (or the configured resource)
    method: str
    default: str  # opc's name, used when the spec gives no operationId
    note: str = ""


def _same_word(a: str, b: str) -> bool:
    """One word in singular or plural (``inference``/``inferences``, ``policy``/``policies``)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1] + "ies")


def _starts_with(words: list[str], prefix: list[str]) -> bool:
    return len(words) > len(prefix) and all(_same_word(w, p) for w, p in zip(words, prefix, strict=False))


def _candidate(operation_id: str | None, default: str, tag_words: list[str]) -> tuple[str, str]:
    """(stripped name, unstripped name) of one operation under a tag."""
    if not operation_id:
        return default, default
    parts = [part for part in _SEPARATORS.split(_EXTENSION.sub("", operation_id)) if method_words(part)]
    last = parts[-1] if parts else operation_id
    words = method_words(last)
    full = snake(words, default)
    if tag_words and _starts_with(words, tag_words) and words[len(tag_words)] in _VERBS:
        return snake(words[len(tag_words) :], full), full
    return full, full


def name_operations(
    operations: list[OperationName], tag_words: Mapping[str, list[str]], config: Mapping[str, Any] | None
) -> list[str]:
    """Set ``resource`` and ``method`` of each operation by the rules above; returns the clash reports.

    ``operations`` hold their tag's resource and opc's default name on the way in; ``tag_words`` the words of each
    resource's tag as written in the spec.
    """
    config = dict(config or {})
    used: set[str] = set()
    for op in operations:
        for key in (op.operation_id, op.key):
            if key is not None and key in config:
                used.add(key)
                settings = config[key]
                if not isinstance(settings, Mapping) or not set(settings) <= {"name", "resource"}:
                    raise GenerationError(f"config operations[{key!r}]: expected {{name: ..., resource: ...}}")
                for field in ("name", "resource"):
                    value = settings.get(field)
                    if value is None:
                        continue
                    if (
                        not isinstance(value, str)
                        or not re.fullmatch(r"[a-z_][a-z0-9_]*", value)
                        or (keyword.iskeyword(value))
                    ):
                        raise GenerationError(
                            f"config operations[{key!r}].{field}: {value!r} is not a lower-case Python identifier"
                        )
                    if field == "resource":
                        op.resource = value
                    else:
                        op.method, op.note = value, "configured"
                break
    unknown = sorted(set(config) - used)
    if unknown:
        raise GenerationError(f"config operations: no operation has the operationId or 'METHOD /path' {unknown[0]!r}")

    by_resource: dict[str, list[OperationName]] = {}
    for op in operations:
        by_resource.setdefault(op.resource, []).append(op)
    reports: list[str] = []
    for resource, ops in by_resource.items():
        words = tag_words.get(resource, method_words(resource))
        pairs = {id(op): _candidate(op.operation_id, op.default, words) for op in ops if op.note != "configured"}
        stripped = [pairs[id(op)][0] for op in ops if id(op) in pairs]
        configured = {op.method for op in ops if op.note == "configured"}
        for op in ops:
            if id(op) not in pairs:
                continue
            short, full = pairs[id(op)]
            clashes = stripped.count(short) > 1 or short in configured
            op.method = full if clashes and short != full else short
        seen: dict[str, OperationName] = {}
        for op in ops:
            name, number = op.method, 1
            while name in seen:
                number += 1
                name = f"{op.method}_{number}"
            if name != op.method:
                reports.append(
                    f"{op.key}: {resource}.{op.method} is taken by {seen[op.method].key}; named {resource}.{name}"
                )
                op.method = name
            seen[name] = op
    return reports
