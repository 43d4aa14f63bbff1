"""``make fuzz``'s long property run: ``python -m tests.property [--documents N] [--instances M] [--seed S]``.

Prints the counts and every failure class with one example document (replay it with the printed seed); exits 1
on a failure.
"""

from __future__ import annotations

import argparse
import random
import sys

from .harness import run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.property")
    parser.add_argument("--documents", type=int, default=300, help="random documents, one package generated each")
    parser.add_argument("--instances", type=int, default=40, help="instances drawn per root schema")
    parser.add_argument("--seed", type=int, help="default: a random seed, printed so a failure can be replayed")
    args = parser.parse_args()
    if args.seed is None:
        args.seed = random.randrange(2**31)
    print(f"seed {args.seed}", flush=True)
    tally = run(args.documents, args.instances, args.seed)
    print(tally.summary())
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
