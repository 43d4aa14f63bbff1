"""``make fuzz``: ``python -m tests.fuzz [--cases N] [--seed S] [--only N ...] [--keep DIR]``.

Prints the counts per category and every failing case (replay one with ``--seed S --only N --keep DIR``); exits 1
on a failure.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from .harness import run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz")
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, help="default: a random seed, printed so a failure can be replayed")
    parser.add_argument("--only", type=int, nargs="+", help="replay these case numbers of the seed")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    if args.seed is None:
        args.seed = random.randrange(2**31)
    print(f"seed {args.seed}", flush=True)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = run(args.cases, args.seed, args.keep, only=args.only, keep=True)
    else:
        with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as tmp:
            report = run(args.cases, args.seed, Path(tmp), only=args.only)
    print(report.table())
    for failure in report.failures:
        print(failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
