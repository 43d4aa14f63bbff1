"""``python -m generator paginate-report``: which list operations of some specs get a paginator, and in which style.

It reads the raw specs only (no opc parse, no generation), with the same planning as ``generate``: the spec's
``x-pagination`` declarations first, then detection. A *list operation* is a GET whose path does not end in a parameter
(``/things``, not ``/things/{id}``) and whose 2xx JSON response is an array or an object holding one identifiable
array of items (see ``pagination._find_items``); any operation that gets a paginator counts as one too.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import GenerationError
from ..plan.pagination import STYLES, _find_items, _Resolver, iter_operations, plan_pagination
from ..spec.loader import load_document

__all__ = ["report_specs", "spec_report"]

_SUFFIXES = (".yaml", ".yml", ".json")


def report_specs(paths: list[Path], *, verbose: bool = False) -> str:
    """The report for every spec file given (folders: every YAML/JSON file directly inside)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in _SUFFIXES))
        else:
            files.append(path)
    if not files:
        raise GenerationError("paginate-report: no spec files found")
    out: list[str] = []
    totals: Counter[str] = Counter()
    for file in files:
        try:
            text, counts = spec_report(file, verbose=verbose)
        except GenerationError as exc:
            out.append(f"{file.name}: skipped ({exc})\n")
            continue
        out.append(text)
        totals.update(counts)
    out.append(
        f"TOTAL: {totals['list']} list operations, {totals['paginated']} with a paginator "
        f"({_styles(totals)}); {totals['list'] - totals['paginated_list']} list operations without one\n"
    )
    return "".join(out)


def spec_report(path: Path, *, verbose: bool = False) -> tuple[str, Counter[str]]:
    """One spec's report and its counts (``operations``, ``list``, ``paginated``, one key per style)."""
    data = load_document(path).data
    plan = plan_pagination(data)
    resolver = _Resolver(data)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    unpaginated: list[str] = []
    for method, route, operation, _item in iter_operations(data):
        counts["operations"] += 1
        declaration = plan.declarations.get((method, route))
        schema, _headers = resolver.success(operation)
        is_list = (
            method == "GET"
            and "{" not in route.rstrip("/").rsplit("/", 1)[-1]  # /things/{id} reads one thing
            and schema is not None
            and _find_items(resolver, schema) is not None
        )
        if declaration is not None:
            counts["paginated"] += 1
            counts[declaration.style] += 1
            counts[declaration.origin] += 1
            is_list = True
            if verbose:
                lines.append(f"  {method} {route}: {declaration.describe()} [{declaration.source_note()}]")
        elif is_list:
            unpaginated.append(f"{method} {route}")
        if is_list:
            counts["list"] += 1
            if declaration is not None:
                counts["paginated_list"] += 1
    header = (
        f"{path.name}: {counts['operations']} operations, {counts['list']} list operations, "
        f"{counts['paginated']} with a paginator ({_styles(counts)}; "
        f"{counts['x-pagination']} declared, {counts['detected']} detected), {len(unpaginated)} without\n"
    )
    if verbose and unpaginated:
        lines.append("  without a paginator: " + ", ".join(unpaginated))
    return header + "".join(f"{line}\n" for line in lines), counts


def _styles(counts: Counter[str]) -> str:
    return ", ".join(f"{style} {counts[style]}" for style in STYLES if counts[style]) or "none"
