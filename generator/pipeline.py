"""The pipeline: one spec in, one package folder out, each stage from its subpackage in turn.

:func:`generate` writes a package; :func:`check` tells whether a committed package is exactly what :func:`generate`
would write now; :func:`diff_specs` compares two versions of a spec. ``_render`` runs the stages in order:
``spec`` (load, overlay, normalise, validate), ``release`` (plan the version and changelog), ``plan`` (pagination,
names, opc's parse, fixups, degrade), ``render`` (write and format the files, check them), then the coverage
report and the release files. ``generator/__init__.py`` re-exports the public names from here.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from . import _upstream
from .config import GeneratorConfig, load_config, package_name_problem
from .errors import GenerationError, SpecError, json_pointer
from .plan.coverage import measure, readable
from .plan.credentials import plan_credentials
from .plan.degrade import degrade, untype_left_out
from .plan.fixups import apply_fixups
from .plan.names import ClassNames, class_overrides, rename_reserved
from .plan.pagination import plan_pagination
from .plan.unions import tag_union
from .release._surface_diff import compare_surfaces
from .release.diff import DiffReport, diff_files
from .release.package_diff import merge_reports, package_report
from .release.release import BreakingChangeError, Regeneration, plan_release, read_previous, write_release
from .release.surface import Surface, read_surface
from .render.formatting import Formatter
from .render.http_library import check_http_library
from .render.integrity import broken_lazy_imports, broken_model_imports
from .render.project import SdkProject, check_install
from .render.versions import metadata_from_info, package_version
from .spec.extensions import copy_extensions, resolve_extensions
from .spec.loader import Document, load_document
from .spec.normalize import normalize
from .spec.overlay import Overlay, apply_overlay, load_overlay
from .spec.validate import check_names, check_structure

__all__ = [
    "BreakingChangeError",
    "CheckResult",
    "GenerationError",
    "GenerationReport",
    "GeneratorConfig",
    "SpecError",
    "check",
    "diff_specs",
    "generate",
]

GENERATOR_VERSION = "0.1.0"
MANIFEST = "GENERATED.json"


@dataclass
class GenerationReport:
    """What one generation produced, what it had to change in the spec, and what it had to warn about.

    ``operations`` counts the operations generated, ``spec_operations`` those in the spec; ``unsupported`` names
    each one left out (``"METHOD /path"`` -> why), and the rest of the package does not depend on them;
    ``degraded`` names each one generated with a body, parameter or response typed ``Any`` (or read as raw
    text/bytes) because its schema could not be generated (``"METHOD /path"`` -> why).
    """

    package_name: str
    out: Path
    operations: int
    files: int
    warnings: list[str] = field(default_factory=list)
    version: str = ""
    previous_version: str | None = None
    changes: DiffReport | None = None  # against the snapshot of the previous generation, if the spec changed
    recorded: bool = False  # the changes were written to CHANGELOG.md and the version bumped
    #: One line per paginated operation: its style, and whether it was configured, declared or detected (and why).
    pagination: list[str] = field(default_factory=list)
    spec_operations: int = 0
    operation_names: list[str] = field(default_factory=list)  # every operation of the spec, "METHOD /path"
    typed_operations: int = 0  # generated with every body and 2xx response the spec declares
    clean_operations: int = 0  # generated without any warning naming them
    paginated_operations: int = 0  # generated with a paginator
    unsupported: dict[str, str] = field(default_factory=dict)
    degraded: dict[str, str] = field(default_factory=dict)
    normalized: list[str] = field(default_factory=list)  # "<count> <fix label>", one per fix that changed something
    fixes: list[str] = field(default_factory=list)  # every change normalisation and fixups made, one a line

    def normalized_summary(self) -> str:
        """``normalized: 18 duplicate titles renamed, 3 enum members renamed``, or ``""``."""
        return "normalized: " + ", ".join(self.normalized) if self.normalized else ""


@dataclass
class CheckResult:
    """The outcome of :func:`check`: ``ok`` when the tree on disk equals a fresh generation."""

    ok: bool
    diff: str
    spec_changed: bool = False  # the spec differs from the snapshot in ``out``: a changelog entry is due


def generate(
    spec: Path,
    out: Path,
    *,
    package_name: str | None = None,
    config: Path | GeneratorConfig | None = None,
    changelog: bool = False,
    fail_on_breaking: bool = False,
    overlays: Sequence[Path] = (),
    detect_pagination: bool | None = None,
) -> GenerationReport:
    """Generate the package for ``spec`` into the folder ``out`` (replaced whole; it must be ours or empty).

    The history in ``out`` (spec snapshot, CHANGELOG.md, package version) is carried over. ``changelog=True``
    records the changes since the snapshot and bumps the version; ``fail_on_breaking=True`` raises
    :class:`BreakingChangeError` and writes nothing when a change is breaking. ``overlays`` (OpenAPI Overlay 1.0
    files, applied after the config's) and ``detect_pagination`` (default: the config's, else true) are the
    command line's ``--overlay`` and ``--no-detect-pagination``.
    """
    _refuse_foreign_folder(out)
    # --fail-on-breaking and --changelog judge the package report (the surface diff of the package in OUT and the
    # new one, merged with the spec diff), which needs the new package first: render, compare, and render again
    # with the report when it is to be recorded (the version and CHANGELOG.md depend on it).
    regen = Regeneration(out, read_previous(out), record_changes=changelog)
    options: dict[str, Any] = {
        "package_name": package_name,
        "config": config,
        "overlays": overlays,
        "detect_pagination": detect_pagination,
    }
    with tempfile.TemporaryDirectory(prefix=".sdkgen-", dir=_scratch_dir(out)) as tmp:
        project = Path(tmp) / "project"
        report = _render(spec, project, regen=regen, **options)
        old_package = out / report.package_name
        if report.changes is not None and (changelog or fail_on_breaking):
            if old_package.is_dir():
                merged = package_report(report.changes, old_package, project / report.package_name)
            else:  # no previous package to compare (renamed): the spec diff alone
                merged = report.changes
            if fail_on_breaking and merged.breaking:
                raise BreakingChangeError(merged)
            if changelog:
                project = Path(tmp) / "recorded"
                report = _render(spec, project, regen=dataclasses.replace(regen, changes=merged), **options)
        _replace_tree(project, out)
    report.out = out
    return report


def diff_specs(
    old: Path,
    new: Path,
    *,
    package_name: str | None = None,
    config: Path | GeneratorConfig | None = None,
    keep: Path | None = None,
) -> DiffReport:
    """The package report between two specs: both packages are generated and their surfaces compared, merged
    with the spec diff. The packages are generated into a temporary folder, or into ``keep``/old and
    ``keep``/new when given.

    The two generations run in two worker processes while this one diffs the specs: on two cores the whole takes
    about one generation (``bench/diff_speed.py``). Without ruff (the surface is read from the syntax tree).
    """
    with contextlib.ExitStack() as stack:
        root = keep if keep is not None else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=".sdkgen-")))
        pool = stack.enter_context(ProcessPoolExecutor(max_workers=2))
        jobs = {
            label: pool.submit(_surface_of, spec, root / label, package_name, config)
            for label, spec in (("old", old), ("new", new))
        }
        spec_report = diff_files(old, new)
        surfaces = {}
        for label, job in jobs.items():
            try:
                surfaces[label] = job.result()
            except GenerationError as err:
                raise GenerationError(f"{old if label == 'old' else new}: {err}") from None
        return merge_reports(spec_report, compare_surfaces(surfaces["old"], surfaces["new"]))


def _surface_of(
    spec: Path, project_dir: Path, package_name: str | None, config: Path | GeneratorConfig | None
) -> Surface:
    """Generate (unformatted) and read the package's surface: one worker of :func:`diff_specs`."""
    try:
        report = _render(spec, project_dir, package_name=package_name, config=config, format_code=False)
    except GenerationError as err:  # as a plain GenerationError: SpecError does not survive pickling
        raise GenerationError(str(err)) from None
    return read_surface(project_dir / report.package_name)


def check(
    spec: Path,
    out: Path,
    *,
    package_name: str | None = None,
    config: Path | GeneratorConfig | None = None,
    overlays: Sequence[Path] = (),
    detect_pagination: bool | None = None,
) -> CheckResult:
    """Regenerate into a temporary folder and compare the whole tree (file set and bytes) with ``out``.

    The history in ``out`` (CHANGELOG.md, package version) is carried over, as a plain :func:`generate` does.
    """
    regen = Regeneration(out, read_previous(out))
    with tempfile.TemporaryDirectory(prefix=".sdkgen-check-", dir=_scratch_dir(out)) as tmp:
        fresh = Path(tmp) / "project"
        report = _render(
            spec,
            fresh,
            package_name=package_name,
            config=config,
            regen=regen,
            overlays=overlays,
            detect_pagination=detect_pagination,
        )
        diff = _tree_diff(out, fresh)
    return CheckResult(ok=not diff, diff=diff, spec_changed=bool(report.changes and report.changes.changes))


def _render(
    spec: Path,
    project_dir: Path,
    *,
    package_name: str | None,
    config: Path | GeneratorConfig | None,
    regen: Regeneration | None = None,
    overlays: Sequence[Path] = (),
    detect_pagination: bool | None = None,
    format_code: bool = True,
) -> GenerationReport:
    """Generate into ``project_dir``. ``format_code=False`` skips ruff: the code is the same for Python (``diff``
    only reads the package's surface), not the bytes."""
    check_install()
    settings = load_config(config) if isinstance(config, Path) else (config or GeneratorConfig())
    config_dir = config.parent if isinstance(config, Path) else Path.cwd()
    extensions = resolve_extensions(settings.extensions, config_dir, regen.out if regen else None)
    document = load_document(spec)
    check_structure(document.data)  # size, depth, $refs: before anything (overlays too) walks the document
    # Overlays first (the config's, relative to the config file, then the command line's): everything after,
    # including validation, pagination planning and parsing, sees the spec as the overlays leave it.
    loaded = [load_overlay(config_dir / path) for path in settings.overlays] + [load_overlay(p) for p in overlays]
    data = document.data
    warnings: list[str] = []
    for overlay in loaded:
        data = apply_overlay(data, overlay, warnings)
    if loaded:
        check_structure(data)  # an overlay can add $refs too
    as_written = _as_written(document, data, regen)
    # Before validation: some fixes (YAML's integer response codes) are what makes the document valid to opc.
    normalization = normalize(data)
    warnings += normalization.warnings
    problems = _upstream.validation_problems(data)
    if problems:
        loc, message = problems[0]
        raise SpecError(json_pointer(loc), _plain(message))

    title = _upstream.untrusted(data.get("info", {}).get("title")) or "api"
    package = package_name or settings.package_name or _default_package(title)
    problem = package_name_problem(package)
    if problem:
        raise GenerationError(f"--package: {package!r} {problem}")
    metadata = metadata_from_info(data.get("info"))
    project_name = settings.project_name or package.replace("_", "-")
    declared = package_version(settings.package_version, metadata.api_version, warnings)
    release = plan_release(regen, as_written, declared, project_name, configured=settings.package_version is not None)
    detect = settings.detect_pagination if detect_pagination is None else detect_pagination
    pagination = plan_pagination(data, config=settings.pagination, detect_conventions=detect)
    warnings += check_names(data)  # names opc would crash on or merge, located, not a traceback

    config_obj = _upstream.make_config(
        document=spec,
        output=project_dir,
        package_name=package,
        project_name=project_name,
        version=release.version,
        content_type_overrides=normalization.content_type_overrides,
    )
    # Class and module names opc makes from spec text are checked as opc makes them: non-ASCII, very long or
    # clashing names, and models named like our own imports (Response, Client...), which get "Model".
    config_obj.class_overrides = ClassNames(class_overrides(), config_obj.field_prefix)
    openapi = _upstream.parse_document(data, config_obj, tag_union=tag_union)
    if isinstance(openapi, _upstream.GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail or ''}".strip())
    left_out = untype_left_out(openapi, data)  # no operation is left out: loosen what opc refused, parse again
    if left_out:
        config_obj.class_overrides = ClassNames(class_overrides(), config_obj.field_prefix)
        openapi = _upstream.parse_document(data, config_obj, tag_union=tag_union)
        if isinstance(openapi, _upstream.GeneratorError):
            raise GenerationError(f"{openapi.header}: {openapi.detail or ''}".strip())
    fixed = apply_fixups(openapi, normalization, config_obj)  # first: shadowing parameters get location suffixes
    renames = rename_reserved(openapi, config_obj)  # what is left: spec names our generated code already uses
    degraded = degrade(openapi, data, normalization, config_obj)  # untyped, never left out or broken at runtime

    env_prefix = settings.env_prefix or _default_env_prefix(package)
    credentials = plan_credentials(data, settings.auth_settings, env_prefix, warnings)
    formatter = Formatter(project_dir)
    project = SdkProject(
        openapi=openapi,
        config=config_obj,
        document=data,
        env_prefix=env_prefix,
        default_base_url=settings.base_url or _default_base_url(data),
        relative_server="" if settings.base_url else _relative_server(data),
        credentials=credentials,
        pagination=pagination,
        on_models_written=formatter.start if format_code else None,  # ruff formats the models while clients render
        operation_names=settings.operations,
        http_library=check_http_library(settings.http_library),
    )
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # opc prints "Generating <dir>"
            project.build()  # its errors are opc's parse errors, which `measure` accounts for, and project.errors
        if format_code:
            formatter.finish()
    finally:
        formatter.close()
    broken = broken_model_imports(project_dir / package) + broken_lazy_imports(project_dir / package)
    if broken:  # degrade.py should have made this impossible: never hand out a package that fails on first use
        raise GenerationError("generated modules import what does not exist:\n" + "\n".join(broken[:20]))
    endpoints = [op.endpoint for tag in project.tags for op in tag.operations]
    for key, reasons in [*left_out.items(), *project.degraded.items()]:
        degraded.operations.setdefault(key, []).extend(reasons)
    coverage = measure(data, openapi, endpoints, fixed.operations, fixed.warnings, degraded.operations)
    warnings += [f"{op}: {message}" for op in coverage.spec_operations for message in coverage.warned.get(op, [])]
    warnings += degraded.warnings
    warnings += coverage.schema_warnings + [readable(_describe(error)) for error in project.errors]
    warnings += project.pagination_warnings
    warnings += project.name_reports
    warnings += project.argument_reports
    warnings += renames
    copy_extensions(extensions, project_dir / package)
    snapshot = write_release(project_dir, release, document)
    _write_manifest(
        project_dir,
        document,
        package,
        settings,
        package_version=release.version,
        api_version=metadata.api_version,
        snapshot=snapshot,
        overlays=loaded,
    )
    files = sum(1 for path in project_dir.rglob("*") if path.is_file())
    fixes = normalization.details() + [f"{label}: {line}" for label, lines in fixed.changes.items() for line in lines]
    counts = [f"{len(fix.changes)} {fix.label}" for fix in normalization.fixes if fix.changes]
    counts += [f"{len(lines)} {label}" for label, lines in fixed.changes.items() if lines]
    return GenerationReport(
        package_name=package,
        out=project_dir,
        operations=len(coverage.generated),
        files=files,
        warnings=warnings,
        version=release.version,
        previous_version=release.previous_version,
        changes=release.changes,
        recorded=release.recorded,
        pagination=pagination.notes,
        spec_operations=len(coverage.spec_operations),
        operation_names=coverage.spec_operations,
        typed_operations=coverage.typed,
        clean_operations=coverage.clean,
        paginated_operations=sum(1 for tag in project.tags for op in tag.operations if op.pagination is not None),
        unsupported=dict(sorted(coverage.unsupported.items())),
        degraded={op: "; ".join(coverage.degraded[op]) for op in coverage.spec_operations if op in coverage.degraded},
        normalized=counts,
        fixes=fixes,
    )


def _as_written(document: Document, data: dict[str, Any], regen: Regeneration | None) -> Document:
    """The document for the release plan, which diffs the spec as written against the previous snapshot.

    Normalising changes ``data`` in place; when ``data`` is the loaded document itself (no overlay) and a diff
    will be made (a snapshot whose bytes differ), the plan gets a copy made before normalising.
    """
    snapshot = regen.previous.snapshot if regen is not None else None
    if data is not document.data or snapshot is None or snapshot.read_bytes() == document.raw:
        return document
    return dataclasses.replace(document, data=copy.deepcopy(document.data))


def _default_package(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    words = [word for word in words if word not in ("api", "client")] or ["api"]
    name = "_".join(words) + "_client"
    return name if name[0].isalpha() else "api_" + name


def _default_env_prefix(package: str) -> str:
    return (package.removesuffix("_client") or package).upper()


def _default_base_url(data: dict[str, Any]) -> str:
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    variables = servers[0].get("variables") or {}
    if isinstance(variables, dict):
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url if re.match(r"^https?://", url) else ""


def _relative_server(data: dict[str, Any]) -> str:
    """The first server's URL when it is relative (``/api/v1``): no default base URL, but what to add to a host."""
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    return url if url.startswith("/") and not url.startswith("//") and url != "/" else ""


def _plain(message: str) -> str:
    return message[:1].lower() + message[1:] if message else "invalid"


def _describe(error: _upstream.GeneratorError) -> str:
    header = error.header or ""
    detail = (error.detail or "").strip()
    return f"{header}: {detail}" if detail else header


def _write_manifest(
    project_dir: Path,
    document: Document,
    package: str,
    settings: GeneratorConfig,
    *,
    package_version: str,
    api_version: str,
    snapshot: str,
    overlays: list[Overlay],
) -> None:
    defaults = GeneratorConfig()
    config: dict[str, Any] = {
        item.name: getattr(settings, item.name)
        for item in dataclasses.fields(settings)
        if item.name != "overlays" and getattr(settings, item.name) != getattr(defaults, item.name)
    }
    if overlays:  # by name and content: a path would make the manifest depend on where the files are
        config["overlays"] = [
            {"file": overlay.path.name, "sha256": hashlib.sha256(overlay.raw).hexdigest()} for overlay in overlays
        ]
    manifest = {
        "package": package,
        "package_version": package_version,
        "api_version": api_version,
        "snapshot": snapshot,
        "spec": document.path.name,
        "spec_sha256": document.sha256,
        "config": config,
        "generator": GENERATOR_VERSION,
        "openapi-python-client": _upstream.OPC_VERSION,
        "ruff": version("ruff"),
    }
    (project_dir / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _refuse_foreign_folder(out: Path) -> None:
    if out.exists() and any(out.iterdir()) and not (out / MANIFEST).exists():
        raise GenerationError(
            f"{out} is not empty and has no {MANIFEST}: refusing to replace a folder we did not write"
        )


def _scratch_dir(out: Path) -> str | None:
    """Where to render before swapping in: beside ``out`` when possible.

    On the same filesystem the finished tree is moved into place by renaming (a package of thousands of files is
    written once, not twice), and the system temp folder, which can be much slower, is not used.
    """
    parent = out.resolve().parent
    return str(parent) if parent.is_dir() and os.access(parent, os.W_OK) else None


def _replace_tree(source: Path, out: Path) -> None:
    if out.exists():
        for child in out.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    out.mkdir(parents=True, exist_ok=True)
    for child in source.iterdir():
        if child.name not in ("__pycache__", ".ruff_cache"):
            shutil.move(child, out / child.name)  # a rename on the same filesystem


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    skip = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and not skip & set(path.relative_to(root).parts) and not path.name.endswith(".pyc")
    }


def _tree_diff(committed: Path, fresh: Path) -> str:
    old, new = _files(committed), _files(fresh)
    chunks: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        before = old[name].read_bytes() if name in old else None
        after = new[name].read_bytes() if name in new else None
        if before == after:
            continue
        if before is None:
            chunks.append(f"only in a fresh generation: {name}\n")
        elif after is None:
            chunks.append(f"only in {committed}: {name}\n")
        chunks.extend(
            difflib.unified_diff(
                (before or b"").decode("utf-8", "replace").splitlines(keepends=True),
                (after or b"").decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"{committed}/{name}",
                tofile=f"fresh/{name}",
            )
        )
    return "".join(chunks)
