"""Command line: argument parsing only. Every failure prints one message and exits 2, never a traceback."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import check, generate
from .corpus import results_json, run_corpus
from .diff import diff_files, render_json, render_markdown
from .errors import GenerationError
from .pagination_report import report_specs
from .release import BreakingChangeError

__all__ = ["DEFAULT_CONFIG", "main"]

#: The config file used when ``--config`` is not given and one lies beside the spec.
DEFAULT_CONFIG = "generator.yaml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="write the client package for a spec")
    check_cmd = commands.add_parser("check", help="exit 1 with a diff when OUT differs from a fresh generation")
    for sub in (gen, check_cmd):
        sub.add_argument("--spec", type=Path, required=True, help="the OpenAPI 3.0/3.1 document (YAML or JSON)")
        sub.add_argument("--out", type=Path, required=True, help="the project folder to write or compare")
        sub.add_argument("--package", dest="package_name", help="the import name of the package")
        sub.add_argument(
            "--config",
            type=Path,
            help=f"a generator config file (YAML or JSON); default: {DEFAULT_CONFIG} beside the spec, if there is one",
        )
        sub.add_argument(
            "--overlay",
            type=Path,
            action="append",
            default=[],
            help="an OpenAPI Overlay 1.0 file to apply to the spec first (repeatable; after the config's overlays)",
        )
        sub.add_argument(
            "--no-detect-pagination",
            action="store_true",
            help="paginate only operations declared in x-pagination or the config file",
        )
    gen.add_argument(
        "--changelog",
        action="store_true",
        help="record the changes since the last generation in OUT/CHANGELOG.md and bump the package version",
    )
    diff_cmd = commands.add_parser("diff", help="report what changed between two specs for the generated package")
    diff_cmd.add_argument("old", type=Path, metavar="OLD_SPEC")
    diff_cmd.add_argument("new", type=Path, metavar="NEW_SPEC")
    diff_cmd.add_argument("--format", choices=("md", "json"), default="md", help="Markdown (default) or JSON")
    for sub in (gen, diff_cmd):
        sub.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    report = commands.add_parser(
        "paginate-report", help="per spec: how many list operations get a paginator, in which style (no generation)"
    )
    report.add_argument("paths", type=Path, nargs="+", help="spec files, or folders of *.yaml/*.yml/*.json specs")
    report.add_argument("--verbose", "-v", action="store_true", help="one line per operation, with the reason")
    gen.add_argument(
        "--strict", action="store_true", help="exit 1 when any operation is degraded (typed Any) or left out"
    )
    gen.add_argument("-v", "--verbose", action="store_true", help="list every change made to the spec, one a line")
    corpus = commands.add_parser("corpus", help="generate every spec in a folder and print a table of measurements")
    corpus.add_argument("folder", type=Path, help="a folder of *.yaml, *.yml, *.json specs")
    corpus.add_argument("--vanilla", action="store_true", help="also run openapi-python-client 0.29.1 side by side")
    corpus.add_argument("--no-mypy", dest="mypy", action="store_false", help="skip mypy --strict on the output")
    corpus.add_argument("--only", action="append", help="only this spec (file name or stem); repeatable")
    corpus.add_argument("--keep", type=Path, help="keep the generated trees in this folder")
    corpus.add_argument("--json", type=Path, help="also write every measurement to this JSON file")
    corpus.add_argument(
        "--repeat", type=int, default=1, help="time each generator N times, alternating; keep the fastest"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "corpus":
            results = run_corpus(
                args.folder, vanilla=args.vanilla, mypy=args.mypy, keep=args.keep, only=args.only, repeat=args.repeat
            )
            if args.json:
                args.json.write_text(results_json(results), encoding="utf-8")
            return 0
        if args.command == "paginate-report":
            sys.stdout.write(report_specs(args.paths, verbose=args.verbose))
            return 0
        if args.command == "diff":
            changes = diff_files(args.old, args.new)
            sys.stdout.write(render_json(changes) if args.format == "json" else render_markdown(changes))
            return 1 if args.fail_on_breaking and changes.breaking else 0
        if args.command in ("generate", "check") and args.config is None:
            beside = args.spec.parent / DEFAULT_CONFIG
            args.config = beside if beside.is_file() else None
        if args.command == "generate":
            report = generate(
                args.spec,
                args.out,
                package_name=args.package_name,
                config=args.config,
                changelog=args.changelog,
                fail_on_breaking=args.fail_on_breaking,
                overlays=args.overlay,
                detect_pagination=False if args.no_detect_pagination else None,
            )
            for line in report.pagination:
                print(f"pagination: {line}")
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            for operation, reason in report.unsupported.items():
                print(f"unsupported: {operation}: {reason}", file=sys.stderr)
            if report.normalized:
                print(report.normalized_summary())
            if args.verbose:
                for line in report.fixes:
                    print(f"  {line}")
            elapsed = time.perf_counter() - started
            print(
                f"generated {report.package_name} {report.version} into {args.out}: {report.operations} of "
                f"{report.spec_operations} operations ({report.typed_operations} typed, {report.clean_operations} "
                f"without warnings, {len(report.degraded)} degraded, {len(report.unsupported)} left out), "
                f"{len(report.pagination)} paginated, {report.files} files, {len(report.warnings)} warnings, "
                f"{elapsed:.1f}s"
            )
            if report.recorded and report.changes is not None:
                print(
                    f"{args.out}/CHANGELOG.md: {report.previous_version} -> {report.version} "
                    f"({report.changes.bump}: {report.changes.summary})"
                )
            elif report.changes is not None and report.changes.changes:
                print(
                    f"note: {args.spec} changed since the last generation ({report.changes.summary}); nothing was "
                    "recorded: `generate --changelog` (`make regenerate`) writes CHANGELOG.md and bumps the version",
                    file=sys.stderr,
                )
            if args.strict and (report.degraded or report.unsupported):
                print(
                    f"error: --strict: {len(report.degraded)} operations degraded, {len(report.unsupported)} left out",
                    file=sys.stderr,
                )
                return 1
            return 0
        result = check(
            args.spec,
            args.out,
            package_name=args.package_name,
            config=args.config,
            overlays=args.overlay,
            detect_pagination=False if args.no_detect_pagination else None,
        )
        if result.ok:
            print(f"{args.out} is up to date with {args.spec}")
            return 0
        sys.stdout.write(result.diff)
        command = (
            "Run `make regenerate` (`python -m generator generate --changelog ...`: it also records the API changes "
            "in CHANGELOG.md and bumps the version)"
            if result.spec_changed
            else "Run `make generate`"
        )
        print(
            f"\n{args.out} is stale: it differs from what the generator makes from {args.spec}. "
            f"{command} and commit the result.",
            file=sys.stderr,
        )
        return 1
    except BreakingChangeError as err:
        sys.stdout.write(render_markdown(err.report))
        print(f"error: {err}; --fail-on-breaking: nothing was written", file=sys.stderr)
        return 1
    except GenerationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
