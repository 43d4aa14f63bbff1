"""Conformance: generate a spec's package, mock the spec with Prism, call every operation through both twins.

``python -m generator conform SPEC... [--keep DIR] [--json FILE]``. Arguments and bodies are synthesised from the
schemas (:mod:`._instances`, :mod:`._arguments`), built through the generated classes (:mod:`._values`); each
call's outcome is classified (:mod:`._classify`) and counted per twin (:mod:`._report`). The calls run in a worker
process per spec (:mod:`._worker`); Prism and the worker are stopped with their process groups, on every exit.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ...errors import GenerationError
from ...pipeline import generate
from ...spec.loader import load_document
from ._arguments import count_operations
from ._prism import PRISM, prism
from ._report import SpecResult, count, render_json, render_markdown

__all__ = ["SpecResult", "conform_spec", "render_json", "render_markdown", "run_conform"]

#: The config file read when one lies beside the spec (as ``generate`` does).
_CONFIG = "generator.yaml"


def _degraded(report: object) -> int:
    value = getattr(report, "degraded", 0)
    return len(value) if isinstance(value, (list, dict, set, tuple)) else int(value or 0)


@contextlib.contextmanager
def _folder(keep: Path | None, name: str) -> Iterator[Path]:
    if keep is not None:
        folder = keep / name
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="conform-") as tmp:
        yield Path(tmp)


def conform_spec(
    spec: Path,
    *,
    keep: Path | None = None,
    prism_executable: Path = PRISM,
    call_timeout: float = 10.0,
    time_limit: float = 1800.0,
    start_timeout: float = 600.0,
) -> SpecResult:
    """Generate, mock and call one spec; every failure is in the result, none is raised."""
    started = time.monotonic()
    result = SpecResult(spec=spec.stem)
    with _folder(keep, spec.stem) as folder:
        config = spec.parent / _CONFIG
        try:
            report = generate(spec, folder / "project", config=config if config.is_file() else None)
        except GenerationError as err:
            result.error = f"generation failed: {_first_lines(str(err))}"
            with contextlib.suppress(GenerationError):
                result.in_spec = result.left_out = count_operations(load_document(spec).data)
            result.seconds = round(time.monotonic() - started, 1)
            return result
        result.in_spec = report.spec_operations
        result.generated = report.operations
        result.left_out = len(report.unsupported)
        result.degraded = _degraded(report)
        records = folder / "calls.jsonl"
        records.write_text("", encoding="utf-8")
        try:
            with prism(prism_executable, spec, folder / "prism.log", start_timeout=start_timeout) as url:
                remaining = max(time_limit - (time.monotonic() - started), 1.0)
                result.error = _work(
                    folder / "project", report.package_name, spec, url, records, call_timeout, remaining
                )
        except GenerationError as err:
            result.error = str(err)
        lines = records.read_text(encoding="utf-8").splitlines()
        count(result, (json.loads(line) for line in lines if line.strip()))
    result.seconds = round(time.monotonic() - started, 1)
    return result


def _first_lines(text: str, count: int = 3) -> str:
    lines = text.strip().splitlines()
    more = f" (+{len(lines) - count} lines)" if len(lines) > count else ""
    return " / ".join(line.strip() for line in lines[:count]) + more


def _work(root: Path, package: str, spec: Path, url: str, records: Path, call_timeout: float, limit: float) -> str:
    """Run the worker; returns "" or why it did not finish."""
    command = [sys.executable, "-m", "generator.tools.conform._worker", str(root), package, str(spec.resolve()), url]
    command += [str(records), "--call-timeout", str(call_timeout), "--deadline", str(time.time() + limit)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with (records.parent / "worker.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env)
    try:
        process.wait(timeout=limit + 2 * call_timeout + 30)
    except subprocess.TimeoutExpired:
        return "the worker did not stop at the time limit; it was killed"
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    if process.returncode != 0:
        tail = (records.parent / "worker.log").read_text(errors="replace").strip().splitlines()[-3:]
        return f"the worker exited {process.returncode}: {' / '.join(tail)}"
    return ""


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``KeyboardInterrupt`` while conforming (even where SIGINT was ignored, as in a
    background job), so that Prism and the worker are stopped on the way out."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, interrupt)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_conform(
    specs: Sequence[Path],
    *,
    keep: Path | None = None,
    json_path: Path | None = None,
    call_timeout: float = 10.0,
    time_limit: float = 1800.0,
    start_timeout: float = 600.0,
    prism_executable: Path = PRISM,
) -> list[SpecResult]:
    """Conform every spec in turn; prints the table (and writes JSON) at the end."""
    results = []
    with _interruptible():
        for spec in specs:
            print(f"conform: {spec} ...", file=sys.stderr, flush=True)
            result = conform_spec(
                spec,
                keep=keep,
                prism_executable=prism_executable,
                call_timeout=call_timeout,
                time_limit=time_limit,
                start_timeout=start_timeout,
            )
            print(f"conform: {spec}: {result.seconds}s {result.error}".rstrip(), file=sys.stderr, flush=True)
            results.append(result)
    sys.stdout.write(render_markdown(results))
    if json_path is not None:
        json_path.write_text(render_json(results), encoding="utf-8")
    return results
