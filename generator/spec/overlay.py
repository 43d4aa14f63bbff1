"""OpenAPI Overlay 1.0: apply an overlay file's actions to a spec (as a dict) before anything else reads it.

An overlay lets a user keep their annotations of someone else's spec (``x-pagination`` on the operations, say) in a
separate file. Each action has a ``target`` (a JSONPath) and either ``update`` (merged into every selected node) or
``remove: true`` (every selected node is removed from its parent).

Targets use a small JSONPath subset, enough for OpenAPI documents:

- ``$`` the document; ``.name`` or ``['name']`` / ``["name"]`` a member (use brackets for ``/paths`` keys);
- ``[N]`` an array element (negative counts from the end);
- ``.*`` or ``[*]`` every member of an object or element of an array.

Filters (``[?...]``), recursive descent (``..``) and slices are rejected with an error. ``update`` merges objects
recursively (members of ``update`` replace or extend the target's); an array target gets the value appended.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GenerationError
from .loader import _parse_text

__all__ = ["Overlay", "apply_overlay", "load_overlay", "parse_target"]

_WILDCARD = object()
_SEGMENT = re.compile(
    r"""\.(?P<name>[A-Za-z_$][A-Za-z0-9_$-]*)|\.(?P<star>\*)|\[(?P<bstar>\*)\]|\[(?P<index>-?[0-9]+)\]"""
    r"""|\[(?P<quoted>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\]"""
)


@dataclass(frozen=True)
class Overlay:
    """A loaded overlay file."""

    path: Path
    actions: list[dict[str, Any]]
    raw: bytes


def load_overlay(path: Path) -> Overlay:
    """Read and check an overlay file (YAML or JSON)."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise GenerationError(f"cannot read overlay {path}: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise GenerationError(f"{path}: not UTF-8 text (byte {err.start})") from None
    data = _parse_text(path, text)
    if not isinstance(data, dict) or not isinstance(data.get("overlay"), str):
        raise GenerationError(f"{path}: not an overlay: the document needs an 'overlay: 1.0.0' version")
    if not data["overlay"].startswith("1."):
        raise GenerationError(f"{path}: overlay version {data['overlay']!r} is not supported (1.x is)")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise GenerationError(f"{path}: actions: expected a non-empty list")
    for number, action in enumerate(actions):
        where = f"{path}: actions[{number}]"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise GenerationError(f"{where}: expected a mapping with a target")
        if "update" not in action and action.get("remove") is not True:
            raise GenerationError(f"{where}: expected update or remove: true")
        try:
            parse_target(action["target"])
        except ValueError as exc:
            raise GenerationError(f"{where}.target: {exc}") from None
    return Overlay(path=path, actions=actions, raw=raw)


def parse_target(target: str) -> list[object]:
    """Parse a JSONPath of the supported subset into keys, indices and wildcards."""
    if not target.startswith("$"):
        raise ValueError(f"{target!r}: a target starts with '$'")
    parts: list[object] = []
    position = 1
    while position < len(target):
        match = _SEGMENT.match(target, position)
        if match is None:
            raise ValueError(
                f"{target!r}: unsupported syntax at character {position + 1} (supported: .name, ['name'], [N], .*, [*])"
            )
        if match.group("name") is not None:
            parts.append(match.group("name"))
        elif match.group("star") or match.group("bstar"):
            parts.append(_WILDCARD)
        elif match.group("index") is not None:
            parts.append(int(match.group("index")))
        else:
            parts.append(re.sub(r"\\(.)", r"\1", match.group("quoted")[1:-1]))
        position = match.end()
    return parts


def _select(node: Any, parts: list[object]) -> Iterator[tuple[Any, object]]:
    """Every (parent, key) the path selects; the root itself is (None, None)."""
    if not parts:
        yield None, None
        return
    head, rest = parts[0], parts[1:]
    children: list[tuple[Any, object]] = []
    if head is _WILDCARD:
        if isinstance(node, dict):
            children = [(node, key) for key in list(node)]
        elif isinstance(node, list):
            children = [(node, index) for index in range(len(node))]
    elif isinstance(head, int) and isinstance(node, list) and -len(node) <= head < len(node):
        children = [(node, head % len(node))]
    elif isinstance(head, str) and isinstance(node, dict) and head in node:
        children = [(node, head)]
    for parent, key in children:
        if rest:
            yield from _select(parent[key], rest)
        else:
            yield parent, key


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        merged = dict(target)
        for key, value in update.items():
            merged[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return merged
    return copy.deepcopy(update)


def apply_overlay(document: dict[str, Any], overlay: Overlay, warnings: list[str]) -> dict[str, Any]:
    """A copy of ``document`` with the overlay's actions applied in order; unmatched targets become warnings."""
    result = copy.deepcopy(document)
    for number, action in enumerate(overlay.actions):
        parts = parse_target(action["target"])
        selected = list(_select(result, parts))
        if not selected:
            warnings.append(f"{overlay.path.name}: actions[{number}]: target {action['target']!r} selects nothing")
            continue
        if action.get("remove") is True:
            # Remove from the end so that list indices stay valid.
            for parent, key in sorted(selected, key=lambda pair: -pair[1] if isinstance(pair[1], int) else 0):
                if parent is None:
                    raise GenerationError(f"{overlay.path}: actions[{number}]: cannot remove the whole document")
                del parent[key]
            continue
        update = action["update"]
        for parent, key in selected:
            node = result if parent is None else parent[key]
            if isinstance(node, list):
                node.append(copy.deepcopy(update))
            elif parent is None:
                if not isinstance(update, dict):
                    raise GenerationError(f"{overlay.path}: actions[{number}]: the document can only merge a mapping")
                result = _merge(result, update)
            else:
                parent[key] = _merge(node, update)
    return result
