"""Run fuzz cases: generate each mutated spec in-process, then check the packages in batches in a subprocess.

Outcomes per case:

- ``ok``: a package was written; it compiles, passes ``ruff check``, imports, and every call runs with no marker.
- ``refused``: the generator raised ``GenerationError`` (the CLI's exit 2) with a one-line message.
- ``traceback``: any other exception escaped the generator (a bug).
- ``hang``: generation did not finish within the per-case timeout.
- ``broken``: the package does not compile, fails ruff, or a call raised an untyped error.
- ``injected``: a marker payload ran. The worst outcome.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import GenerationError, GeneratorConfig, generate
from generator._upstream import UPSTREAM_FAILURE
from generator.config import load_config

from .mutate import CATEGORIES, Case, dump, load_sources, make_case

__all__ = ["OUTCOMES", "Report", "run"]

OUTCOMES = ("ok", "refused", "traceback", "hang", "broken", "injected")
ROOT = Path(__file__).resolve().parents[2]


class _Timeout(Exception):
    pass


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Report:
    """Counts per category and outcome, and the details of every case that was not ``ok`` or ``refused``."""

    counts: dict[str, collections.Counter[str]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter)
    )
    failures: list[str] = field(default_factory=list)
    refusals: collections.Counter[str] = field(default_factory=collections.Counter)
    calls: int = 0
    modules: int = 0
    seconds: float = 0.0
    sources: list[str] = field(default_factory=list)

    def add(self, case: Case, outcome: str, detail: str = "") -> None:
        self.counts[case.category][outcome] += 1
        if outcome not in ("ok", "refused"):
            lines = "\n    ".join(line[:400] for line in detail.splitlines()[-12:])
            self.failures.append(
                f"[{outcome}] case {case.number} seed {case.seed} {case.category} on {case.source}: "
                f"{'; '.join(case.mutations)[:600]}\n    {lines}"
            )

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def table(self) -> str:
        lines = [f"{'category':<16}{'cases':>7}" + "".join(f"{o:>11}" for o in OUTCOMES)]
        for category in CATEGORIES:
            counter = self.counts.get(category, collections.Counter())
            lines.append(f"{category:<16}{sum(counter.values()):>7}" + "".join(f"{counter[o]:>11}" for o in OUTCOMES))
        lines.append(
            f"{'total':<16}{sum(sum(c.values()) for c in self.counts.values()):>7}"
            + "".join(f"{self.total(o):>11}" for o in OUTCOMES)
        )
        lines.append(
            f"{self.modules} modules imported, {self.calls} calls made, {self.seconds:.0f}s; "
            f"specs mutated: {', '.join(self.sources)}"
        )
        if self.refusals:
            lines.append(
                "refusals (first words of the message): "
                + ", ".join(f"{reason} x{count}" for reason, count in self.refusals.most_common(8))
            )
        return "\n".join(lines)


def _refusal_reason(message: str) -> str:
    head = message.split(": ", 1)[-1] if message.startswith("#") else message
    return " ".join(head.split()[:4])[:60]


def run(
    cases: int,
    seed: int,
    workdir: Path,
    *,
    batch: int = 25,
    timeout: int = 60,
    only: list[int] | None = None,
    keep: bool = False,
) -> Report:
    """Run ``cases`` cases spread evenly over the categories (or just the cases numbered ``only``) into ``workdir``.

    The spec and package of each case are deleted once checked, unless ``keep`` (to look at a failing case).
    """
    report = Report()
    started = time.perf_counter()
    sources = load_sources()
    report.sources = sorted(sources)
    pending: list[tuple[Case, Path, str]] = []
    for number in only if only is not None else range(cases):
        case = make_case(number, seed, sources, CATEGORIES[number % len(CATEGORIES)])
        outcome = _generate(case, workdir, timeout)
        if isinstance(outcome, tuple):
            pending.append((case, *outcome))
        else:
            kind, detail = outcome.split(":", 1)
            if kind == "refused":
                report.refusals[_refusal_reason(detail)] += 1
            report.add(case, kind, detail)
        if len(pending) >= batch:
            _inspect(pending, workdir, report)
            pending = []
            if not keep:
                _clean(workdir)
    if pending:
        _inspect(pending, workdir, report)
    if not keep:
        _clean(workdir)
    report.seconds = time.perf_counter() - started
    return report


def _clean(workdir: Path) -> None:
    """Delete the specs, packages and marker folders of the cases checked so far (none is pending when called)."""
    for path in workdir.iterdir():
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _generate(case: Case, workdir: Path, timeout: int) -> tuple[Path, str] | str:
    spec = workdir / f"case{case.number}.json"
    dump(case, spec)
    out = workdir / f"case{case.number}"
    package = f"fz{case.number}_client"
    try:
        with _deadline(timeout):
            config: GeneratorConfig | None = None
            if case.config:
                config_path = workdir / f"case{case.number}.config.json"
                config_path.write_text(json.dumps(case.config, ensure_ascii=False), encoding="utf-8")
                config = load_config(config_path)
                if config.package_name:
                    package = config.package_name
            report = generate(
                spec, out, package_name=None if case.config.get("package_name") else package, config=config
            )
            package = report.package_name
    except _Timeout:
        return f"hang:no result after {timeout}s"
    except GenerationError as exc:
        message = str(exc)
        if not message.strip() or "Traceback" in message:
            return f"traceback:unclear GenerationError {message!r:.300}"
        if message.startswith(UPSTREAM_FAILURE):
            return f"traceback:opc raised (reported without a location): {message:.300}"
        if message.startswith("ruff "):
            return f"broken:the generated code does not parse: {message:.600}"
        return f"refused:{message}"
    except Exception:  # noqa: BLE001 - anything else escaping the generator is the finding
        return "traceback:" + traceback.format_exc(limit=-6)
    return out, package


def _inspect(pending: list[tuple[Case, Path, str]], workdir: Path, report: Report) -> None:
    """ruff check all projects at once, then import and call them in one subprocess (one more per clashing name)."""
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--output-format",
            "json",
            *(str(p) for _, p, _ in pending),
        ],
        capture_output=True,
        text=True,
    )
    lint: dict[str, list[str]] = collections.defaultdict(list)
    for item in json.loads(ruff.stdout or "[]"):
        for _, project, _ in pending:
            if item["filename"].startswith(str(project) + os.sep):
                lint[str(project)].append(f"ruff {item['code']} {Path(item['filename']).name}: {item['message']}")
    groups: list[list[tuple[Case, Path, str]]] = []
    for entry in pending:  # one interpreter cannot import two packages of the same name
        group = next((g for g in groups if entry[2] not in {e[2] for e in g}), None)
        if group is None:
            groups.append([entry])
        else:
            group.append(entry)
    for group in groups:
        marker = Path(tempfile.mkdtemp(dir=workdir)) / "PWNED"
        env = {**os.environ, "FUZZ_MARKER": str(marker), "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "tests.fuzz.inspect_packages", *(f"{p}={n}" for _, p, n in group)],
                capture_output=True,
                text=True,
                env=env,
                cwd=workdir,
                timeout=60 + 10 * len(group),
            )
            outputs = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
            crash = proc.stderr[-2000:] if proc.returncode else ""
        except subprocess.TimeoutExpired:
            outputs, crash = [], "inspector timed out"
        by_project = {item["project"]: item for item in outputs}
        for case, project, _ in group:
            item = by_project.get(str(project))
            problems = lint[str(project)] + (item["problems"] if item else [f"no inspection result: {crash}"])
            if item:
                report.calls += item["calls"]
                report.modules += item["modules"]
            if item and item.get("injected"):
                report.add(case, "injected", "; ".join(problems))
            elif problems or marker.exists():
                report.add(case, "broken", "\n    ".join(problems[:6]))
            else:
                report.add(case, "ok")
