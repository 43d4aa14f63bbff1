"""Command line: argument parsing only. Every failure prints one message and exits 2, never a traceback."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import check, generate
from .errors import GenerationError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="write the client package for a spec")
    check_cmd = commands.add_parser("check", help="exit 1 with a diff when OUT differs from a fresh generation")
    for sub in (gen, check_cmd):
        sub.add_argument("--spec", type=Path, required=True, help="the OpenAPI 3.0/3.1 document (YAML or JSON)")
        sub.add_argument("--out", type=Path, required=True, help="the project folder to write or compare")
        sub.add_argument("--package", dest="package_name", help="the import name of the package")
        sub.add_argument("--config", type=Path, help="a generator config file (YAML or JSON)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "generate":
            report = generate(args.spec, args.out, package_name=args.package_name, config=args.config)
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            elapsed = time.perf_counter() - started
            print(
                f"generated {report.package_name} into {args.out}: {report.operations} operations, "
                f"{report.files} files, {len(report.warnings)} warnings, {elapsed:.1f}s"
            )
            return 0
        result = check(args.spec, args.out, package_name=args.package_name, config=args.config)
        if result.ok:
            print(f"{args.out} is up to date with {args.spec}")
            return 0
        sys.stdout.write(result.diff)
        print(
            f"\n{args.out} differs from what the generator makes from {args.spec}. "
            f"Run `make generate` and commit the result.",
            file=sys.stderr,
        )
        return 1
    except GenerationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
