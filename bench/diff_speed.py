"""How long ``diff OLD NEW`` takes against one generation of the larger spec (target: at most 2.5x).

``python -m bench.diff_speed [SPEC] [--reps N]``: SPEC (default ``../shared/specs/digitalocean.yaml``, 3.0 MB) is
the old version; the new one is a copy with realistic changes (an operation removed, a field's type changed, an
enum value added). Each repetition times, in fresh processes, ``generate --spec NEW`` (into a new folder) and
``diff OLD NEW``, alternating; the fastest of each is kept, in wall time and in CPU time (of all the processes
involved: on a loaded machine wall time says little, and CPU time bounds what two idle cores would take).
Not part of ``make bench``.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = next(
    (p / "specs" / "digitalocean.yaml" for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
    ROOT / "openapi.yaml",
)


def _mutate(doc: dict[str, Any]) -> None:
    paths = doc["paths"]
    paths.pop(next(iter(paths)))
    schemas = doc.get("components", {}).get("schemas", {})
    for schema in schemas.values():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict):
            name = next((k for k, v in props.items() if isinstance(v, dict) and v.get("type") == "string"), None)
            if name is not None:
                props[name] = {"type": "integer"}
                break
    for schema in schemas.values():
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            schema["enum"].append("added_value")
            break


def _time(command: list[str]) -> tuple[float, float]:
    """Wall time, and CPU time of the process and every process it started (ruff, the diff's workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    """Print the two times and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from generator.spec.loader import load_document

    with tempfile.TemporaryDirectory(prefix="diff-speed-") as tmp:
        old = args.spec.resolve()
        doc = copy.deepcopy(load_document(old).data)
        _mutate(doc)
        new = Path(tmp) / "new.json"
        new.write_text(json.dumps(doc, default=str), encoding="utf-8")
        python = sys.executable
        generations, diffs = [], []
        for rep in range(args.reps):
            out = Path(tmp) / f"out{rep}"
            generations.append(_time([python, "-m", "generator", "generate", "--spec", str(new), "--out", str(out)]))
            diffs.append(_time([python, "-m", "generator", "diff", str(old), str(new)]))
        size = max(old.stat().st_size, new.stat().st_size) / 1e6
        for what, index in (("wall", 0), ("CPU", 1)):
            generation = min(t[index] for t in generations)
            diff = min(t[index] for t in diffs)
            ratio = diff / generation
            print(f"{old.name} ({size:.1f} MB), {what}: generate {generation:.1f} s, diff {diff:.1f} s: {ratio:.2f}x")


if __name__ == "__main__":
    main()
