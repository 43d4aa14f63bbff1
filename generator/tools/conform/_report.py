"""Counting a conformance run and writing it out (Markdown table, JSON). Pure: no I/O."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ._classify import KINDS

__all__ = ["SpecResult", "TwinCounts", "count", "render_json", "render_markdown", "results_from_json"]

#: Short column titles for the kinds, in table order.
_TITLES = {
    "ok": "2xx decoded",
    "decode_error": "decode error",
    "error_on_2xx": "error on 2xx",
    "missing_module": "missing module",
    "wrong_member": "wrong union member",
    "rejected": "Prism rejected",
    "prism_failure": "Prism failed",
    "non_2xx": "no 2xx declared",
    "other": "other",
}


@dataclass
class TwinCounts:
    """One twin's calls of one spec, by kind (:data:`KINDS`), and the operations not called (with why)."""

    called: int = 0
    kinds: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    not_called: int = 0

    @property
    def decode_rate(self) -> float | None:
        """2xx decoded / calls that could decode: called, less Prism's own failures and operations without a
        declared 2xx."""
        base = self.called - self.kinds["prism_failure"] - self.kinds["non_2xx"]
        return self.kinds["ok"] / base if base > 0 else None


@dataclass
class SpecResult:
    """What one spec gave: the generation counts, each twin's calls, and each failing call."""

    spec: str
    in_spec: int = 0
    generated: int = 0
    degraded: int = 0
    left_out: int = 0
    error: str = ""  # generation, Prism or the worker failed: the reason
    seconds: float = 0.0
    twins: dict[str, TwinCounts] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)  # every call that was not ok, or not called


def count(result: SpecResult, records: Iterable[Mapping[str, Any]]) -> SpecResult:
    """Add the worker's records (one per call) to ``result``."""
    for record in records:
        twin = result.twins.setdefault(str(record.get("twin")), TwinCounts())
        kind = str(record.get("kind"))
        if kind == "not_called":
            twin.not_called += 1
        else:
            twin.called += 1
            twin.kinds[kind if kind in twin.kinds else "other"] += 1
        if kind != "ok":
            result.failures.append(dict(record))
    return result


def _rate(counts: TwinCounts) -> str:
    rate = counts.decode_rate
    base = counts.called - counts.kinds["prism_failure"] - counts.kinds["non_2xx"]
    return "–" if rate is None else f"{100 * rate:.1f}% of {base}"


def render_markdown(results: Iterable[SpecResult]) -> str:
    """One row per spec and twin; then the failure causes, most frequent first, with a sample operation each."""
    results = list(results)
    head = ["spec", "twin", "in spec", "generated", "degraded", "left out", "called", "decode %"]
    head += [_TITLES[kind] for kind in KINDS] + ["not called"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for result in results:
        if result.error and not result.twins:
            lines.append(
                f"| {result.spec} | – | {result.in_spec} | {result.generated} | {result.degraded} | "
                f"{result.left_out} | " + " | ".join(["–"] * (len(head) - 6)) + " |"
            )
            continue
        for name, counts in sorted(result.twins.items(), reverse=True):
            row = [result.spec, name, str(result.in_spec), str(result.generated), str(result.degraded)]
            row += [str(result.left_out), str(counts.called), _rate(counts)]
            row += [str(counts.kinds[kind]) for kind in KINDS] + [str(counts.not_called)]
            lines.append("| " + " | ".join(row) + " |")
    errors = [f"- {r.spec}: {' / '.join(r.error.splitlines())}" for r in results if r.error]
    causes = failure_causes(results)
    out = "\n".join(lines) + "\n"
    if errors:
        out += "\nRuns that failed:\n\n" + "\n".join(errors) + "\n"
    if causes:
        out += "\nFailure causes (both twins counted; kind, cause: count, sample operation):\n\n"
        out += (
            "\n".join(f"- {kind}, {cause}: {n} (e.g. {spec}: {sample})" for (kind, cause), (n, spec, sample) in causes)
            + "\n"
        )
    return out


_IDENTIFIER = re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b|\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def group(cause: str) -> str:
    """A cause with the names in its message (``ApiV2010AccountSmsMethod``, ``some_field``) made ``<name>``, so that
    one failure class is one line; the exception type before the first ``:`` stays."""
    head, sep, message = cause.partition(": ")
    return (head + sep + _IDENTIFIER.sub("<name>", message))[:100] if sep else cause[:100]


def failure_causes(results: Iterable[SpecResult]) -> list[tuple[tuple[str, str], tuple[int, str, str]]]:
    """``((kind, cause), (count, spec, sample operation))``, most frequent first."""
    counter: Counter[tuple[str, str]] = Counter()
    sample: dict[tuple[str, str], tuple[str, str]] = {}
    for result in results:
        for failure in result.failures:
            key = (str(failure.get("kind")), group(str(failure.get("cause") or failure.get("detail", ""))))
            counter[key] += 1
            sample.setdefault(key, (result.spec, f"{failure.get('operation')} ({failure.get('detail', '')[:140]})"))
    return [(key, (n, *sample[key])) for key, n in counter.most_common()]


def results_from_json(text: str) -> list[SpecResult]:
    """The results that :func:`render_json` wrote (to merge several runs into one table)."""
    results = []
    for entry in json.loads(text):
        twins = {
            name: TwinCounts(
                called=c["called"], kinds={**dict.fromkeys(KINDS, 0), **c["kinds"]}, not_called=c["not_called"]
            )
            for name, c in entry.pop("twins").items()
        }
        results.append(SpecResult(**entry, twins=twins))
    return results


def render_json(results: Iterable[SpecResult]) -> str:
    """Every count and every failing call, as JSON."""
    data = []
    for result in results:
        entry = asdict(result)
        for name, counts in result.twins.items():
            entry["twins"][name]["decode_rate"] = counts.decode_rate
        data.append(entry)
    return json.dumps(data, indent=2) + "\n"
