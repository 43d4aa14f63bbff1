"""The properties of issue 26, checked for one random document: generate its package once, decode many instances.

For every valid instance ``x`` of a root schema ``S<i>`` (wrapped as ``{"value": x}`` in the model ``R<i>``):

1. ``decode``: ``R<i>.from_dict({"value": x})`` succeeds;
2. ``roundtrip``: ``to_dict`` gives the input back, up to :func:`same` (the documented normalisations);
3. ``union_tag``: a tagged union (discriminator, or a const / single-value-enum tag) decodes to the member class the
   tag names;
4. ``parse_response``: the operation's ``parse_response`` over an ``httpx.Response`` carrying ``x`` gives what
   ``from_dict`` gives;
5. ``generate``: generation succeeds (a refused or failed generation is a failure of the whole document).

Failures are collected, not raised, so one run lists every class it met: :class:`Tally`.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import importlib
import json
import re
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from generator import GenerationError, generate
from generator.config import GeneratorConfig

from .specs import Drawn

__all__ = ["Package", "Tally", "same"]

_RENAMED = re.compile(r"is named '[^']*' in Python")


@dataclass
class Tally:
    """What a run did, and its failures grouped by class (property + exception + message shape)."""

    documents: int = 0
    generated: int = 0
    degraded: int = 0  # generated with a schema or response dropped: decoding is not checked (see generate_dropped)
    instances: int = 0
    invalid: int = 0  # drawn instances the full schema rejects (not counted as checked)
    failures: dict[str, list[str]] = field(default_factory=lambda: collections.defaultdict(list))

    def fail(self, kind: str, message: str, document: Drawn, instance: Any = None) -> None:
        first = message.strip().splitlines()[0] if message.strip() else ""
        shape = re.sub(r"rnd_\w+|\d+", "N", first)[:160]
        key = f"{kind}: {shape}"
        if len(self.failures[key]) < 3:
            detail = json.dumps(document.document, sort_keys=True)
            if instance is not None:
                detail += "\n  instance: " + json.dumps(instance)[:2000]
            self.failures[key].append(f"{message[:2000]}\n  document: {detail}")
        else:
            self.failures[key].append("")

    def summary(self) -> str:
        lines = [
            f"{self.documents} random documents, {self.generated} generated ({self.degraded} degraded), "
            f"{self.instances} instances checked "
            f"({self.invalid} drawn instances invalid, skipped); {len(self.failures)} failure classes"
        ]
        for key, examples in sorted(self.failures.items()):
            lines.append(f"- {key} ({len(examples)} times)")
            lines.extend("    " + line for example in examples[:1] for line in example.splitlines())
        return "\n".join(lines)


def same(expected: Any, actual: Any) -> bool:
    """``actual`` equals the wire value ``expected`` up to the documented normalisations.

    Date-times and dates are compared as the instants/days they name (``Z`` and ``+00:00`` are one instant;
    ``isoformat`` may spell it either way), UUIDs case-insensitively; nothing else is normalised.
    """
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and expected.keys() == actual.keys()
            and all(same(value, actual[key]) for key, value in expected.items())
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(expected) == len(actual)
            and all(same(a, b) for a, b in zip(expected, actual, strict=True))
        )
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        for parse in (datetime.datetime.fromisoformat, datetime.date.fromisoformat, uuid.UUID):
            try:
                return parse(expected) == parse(actual)  # type: ignore[operator]
            except (ValueError, TypeError, OverflowError):
                continue
        return False
    return bool(expected == actual) and type(expected) in (type(actual), int, float)


class Package:
    """The package generated for one document, imported under a name of its own."""

    def __init__(self, drawn: Drawn, root: Path, tally: Tally) -> None:
        self.drawn = drawn
        text = json.dumps(drawn.document, sort_keys=True)
        self.name = "rnd_" + hashlib.sha256(text.encode()).hexdigest()[:12]
        self.folder = root / self.name
        self.module: ModuleType | None = None
        self.warnings: list[str] = []
        tally.documents += 1
        spec = root / f"{self.name}.json"
        spec.write_text(text)
        try:
            # Random documents declare no security scheme: saying how a token goes keeps that warning out.
            report = generate(
                spec, self.folder, package_name=self.name, config=GeneratorConfig(auth={"scheme": "bearer"})
            )
        except GenerationError as err:
            tally.fail("generate", f"{type(err).__name__}: {err}", drawn)
            return
        except Exception as err:  # a traceback out of the generator is the worst generation failure
            tally.fail("generate", f"traceback {type(err).__name__}: {err}", drawn)
            return
        self.warnings = report.warnings
        #: Warnings that something was dropped or degraded (a renamed Python name is not one).
        self.dropped = [warning for warning in report.warnings if not _RENAMED.search(warning)]
        for warning in self.dropped:
            tally.fail("generate_dropped", warning, drawn)
        tally.generated += 1
        if self.dropped:
            tally.degraded += 1
            return
        sys.path.insert(0, str(self.folder))
        try:
            self.module = importlib.import_module(self.name)
        except Exception as err:
            tally.fail("import", f"{type(err).__name__}: {err}", drawn)

    def close(self) -> None:
        if str(self.folder) in sys.path:
            sys.path.remove(str(self.folder))
        for name in [name for name in sys.modules if name.split(".")[0] == self.name]:
            del sys.modules[name]

    def model(self, name: str) -> Any:
        return importlib.import_module(f"{self.name}.models").__getattr__(name)

    def parse_response(self, root: str) -> Any:
        module = importlib.import_module(f"{self.name}._operations.things.get_{root.lower()}")
        return module.parse_response

    def check(self, root: str, instance: Any, tally: Tally) -> None:
        """Check the four decoding properties for one valid instance of ``root``."""
        drawn = self.drawn
        tally.instances += 1
        wire = {"value": instance}
        try:
            model = self.model("R" + root[1:])
            decoded = model.from_dict(wire)
        except Exception as err:
            tally.fail("decode", f"{type(err).__name__}: {err}", drawn, instance)
            return
        try:
            back = decoded.to_dict()
        except Exception as err:
            tally.fail("to_dict", f"{type(err).__name__}: {err}", drawn, instance)
            return
        else:
            if not same(wire, back):
                tally.fail("roundtrip", f"to_dict gave {json.dumps(back, default=repr)[:300]}", drawn, instance)
        tags = drawn.unions.get(root)
        if tags is not None:
            values = decoded.value if tags.in_list else [decoded.value]
            for raw, value in zip(instance if tags.in_list else [instance], values, strict=True):
                member = tags.members.get(raw.get(tags.property)) if isinstance(raw, dict) else None
                got = type(value).__name__
                if member is not None and got.lower() != member.lower():
                    kind = "discriminator" if tags.discriminator else "const tag"
                    tally.fail("union_tag", f"{kind} names {member}, decoded as {got}", drawn, instance)
        try:
            body = json.dumps(instance).encode()
            response = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
            parsed = self.parse_response(root)(response)
        except Exception as err:
            tally.fail("parse_response", f"{type(err).__name__}: {err}", drawn, instance)
            return
        if parsed != decoded.value and model(parsed).to_dict() != back:  # File payloads compare by identity
            tally.fail("parse_response", f"differs from from_dict: {parsed!r:.200} != {decoded.value!r:.200}", drawn)
