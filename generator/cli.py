"""Command line: argument parsing only. Every failure prints one message and exits 2, never a traceback."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import GenerationError
from .pipeline import check, diff_specs, generate
from .release.diff import render_json, render_markdown
from .release.release import BreakingChangeError
from .tools.corpus import results_json, run_corpus
from .tools.names_report import render_names
from .tools.pagination_report import report_specs
from .tools.scaffold import init_project

__all__ = ["DEFAULT_CONFIG", "main"]

#: The config file used when ``--config`` is not given and one lies beside the spec.
DEFAULT_CONFIG = "generator.yaml"


def _prog() -> str:
    """``sdkgen`` when run as the console script, else ``python -m generator``."""
    return "sdkgen" if Path(sys.argv[0]).name.startswith("sdkgen") else "python -m generator"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=_prog(), description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser(
        "init", help="write generator.yaml (commented, with detected pagination), a .gitignore entry and a CI workflow"
    )
    init.add_argument("spec", type=Path, metavar="SPEC", help="the OpenAPI document, inside the repository")
    init.add_argument("--dir", type=Path, default=Path("."), help="the repository folder (default: here)")
    init.add_argument("--out", default="client", help="the folder the client will be generated into (default: client)")

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
    diff_cmd = commands.add_parser(
        "diff", help="generate the package for two specs and report what changed for its users"
    )
    diff_cmd.add_argument("old", type=Path, metavar="OLD_SPEC")
    diff_cmd.add_argument("new", type=Path, metavar="NEW_SPEC")
    diff_cmd.add_argument("--format", choices=("md", "json"), default="md", help="Markdown (default) or JSON")
    diff_cmd.add_argument("--package", dest="package_name", help="the import name of the package (both versions)")
    diff_cmd.add_argument(
        "--config", type=Path, help=f"a generator config file; default: {DEFAULT_CONFIG} beside NEW_SPEC, if any"
    )
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
    names = commands.add_parser("names", help="print resource.method <- METHOD /path (operationId) for every operation")
    names.add_argument("spec", type=Path, metavar="SPEC")
    names.add_argument("--config", type=Path, help="a generator config (its operations section renames and moves)")
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
    conform = commands.add_parser(
        "conform", help="generate each spec, mock it with Prism and call every operation through both twins"
    )
    conform.add_argument("specs", type=Path, nargs="+", metavar="SPEC", help="OpenAPI documents (YAML or JSON)")
    conform.add_argument("--keep", type=Path, help="keep each package, Prism's log and the calls in DIR/<spec>")
    conform.add_argument("--json", type=Path, help="also write every count and failing call to this JSON file")
    conform.add_argument("--call-timeout", type=float, default=10.0, help="seconds per call (default 10)")
    conform.add_argument(
        "--time-limit", type=float, default=1800.0, help="seconds per spec; the calls left are not made (default 1800)"
    )
    conform.add_argument(
        "--start-timeout", type=float, default=600.0, help="seconds Prism may take to load a spec (default 600)"
    )
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("openapi-sdk-generator")
    except PackageNotFoundError:  # a checkout that was not installed
        from .pipeline import GENERATOR_VERSION

        return GENERATOR_VERSION


def _init(args: argparse.Namespace) -> int:
    scaffold = init_project(args.spec, args.dir, out=args.out)
    for path in scaffold.written:
        print(f"wrote {path}")
    for path in scaffold.kept:
        print(f"kept {path} (it exists; not overwritten)")
    config = args.dir / "generator.yaml"
    print(
        "\nNext:\n"
        f"  1. read {config} and adjust it (package name, base URL, pagination);\n"
        f"  2. {_prog()} generate --spec {args.spec} --out {args.out} --config {config}\n"
        f"  3. pip install ./{args.out} and try it; commit {args.out}/ with the config and the workflow;\n"
        f"  4. CI (.github/workflows/sdk.yml) then fails whenever {args.out}/ is not what the spec makes."
    )
    return 0


def _config_beside(spec: Path, given: Path | None) -> Path | None:
    """The config given, else ``generator.yaml`` beside the spec when there is one."""
    beside = spec.parent / DEFAULT_CONFIG
    return given or (beside if beside.is_file() else None)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "init":
            return _init(args)
        if args.command == "corpus":
            results = run_corpus(
                args.folder, vanilla=args.vanilla, mypy=args.mypy, keep=args.keep, only=args.only, repeat=args.repeat
            )
            if args.json:
                args.json.write_text(results_json(results), encoding="utf-8")
            return 0
        if args.command == "names":
            sys.stdout.write(render_names(args.spec, args.config))
            return 0
        if args.command == "conform":
            from .tools.conform import run_conform  # noqa: PLC0415 - only this command needs it

            run_conform(
                args.specs,
                keep=args.keep,
                json_path=args.json,
                call_timeout=args.call_timeout,
                time_limit=args.time_limit,
                start_timeout=args.start_timeout,
            )
            return 0
        if args.command == "paginate-report":
            sys.stdout.write(report_specs(args.paths, verbose=args.verbose))
            return 0
        if args.command == "diff":
            config = _config_beside(args.new, args.config)
            changes = diff_specs(args.old, args.new, package_name=args.package_name, config=config)
            sys.stdout.write(render_json(changes) if args.format == "json" else render_markdown(changes))
            return 1 if args.fail_on_breaking and changes.breaking else 0
        if args.command in ("generate", "check"):
            args.config = _config_beside(args.spec, args.config)
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
