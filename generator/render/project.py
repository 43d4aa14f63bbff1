"""Our Project: opc renders the models; we render the clients, both endpoint twins, resources and the runtime."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from .._upstream import AnyProperty, Config, GeneratorData, Project, UntrustedString, untrusted
from ..errors import GenerationError
from ..plan.arguments import body_arguments, choice, signature_lines
from ..plan.credentials import Credentials
from ..plan.degrade import degrade_bodies
from ..plan.fixups import operation_key
from ..plan.operations import Operation, Tag, build_tags, user_agent
from ..plan.pagination import PaginationPlan, typed_operation
from ..plan.pairs import MODES
from .http_library import HttpLibrary, copy_runtime, use_http_library
from .shadowing import qualify_builtins
from .versions import metadata_from_info

__all__ = ["RUNTIME_DIR", "TEMPLATES_DIR", "SdkProject", "check_install"]


def _templates_dir() -> Path:
    """Where the templates are: ``generator/_templates`` in an installed wheel (package data built from the
    repository's ``templates/``, the one source), else ``templates/`` beside this package in a checkout."""
    here = Path(__file__).resolve().parent.parent  # the generator package (this module is generator/render/)
    for candidate in (here / "_templates", here.parent / "templates"):
        if (candidate / "endpoint.py.jinja").is_file() and (candidate / "runtime" / "client.py").is_file():
            return candidate
    return here / "_templates"  # missing: check_install() says so before anything renders


TEMPLATES_DIR = _templates_dir()
RUNTIME_DIR = TEMPLATES_DIR / "runtime"


def check_install() -> None:
    """Raise ``GenerationError`` naming what is missing when the templates did not come with this install."""
    if not (TEMPLATES_DIR / "endpoint.py.jinja").is_file() or not (RUNTIME_DIR / "client.py").is_file():
        raise GenerationError(
            f"this installation of the generator is broken: its templates are missing from {TEMPLATES_DIR} "
            "(reinstall it, e.g. `pipx reinstall openapi-sdk-generator` or `pip install --force-reinstall ...`)"
        )


class _TemplateBytecodeCache(BytecodeCache):
    """Compiled templates, kept in memory and, when possible, in jinja's per-user cache folder.

    Each Project makes a new jinja Environment, which would otherwise recompile all ~40 templates: most of the time
    of a small spec, and what makes the fuzz tests (hundreds of generations in one process) slow. The memory layer
    serves every generation in one process; the folder (``FileSystemBytecodeCache``'s default: a per-user
    ``_jinja2-cache-<uid>`` folder in the temp folder, mode 0700, owner checked) serves the next process, which
    saves a command-line run about 0.2 s. Entries are keyed by template name and source checksum, and jinja
    ignores an entry written by another Python version. Without a usable folder only the memory layer is used.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._disk: FileSystemBytecodeCache | None = None
        self._disk_tried = False

    def _folder(self) -> FileSystemBytecodeCache | None:
        if not self._disk_tried:
            self._disk_tried = True
            if not os.environ.get("SDKGEN_NO_TEMPLATE_CACHE"):
                try:
                    self._disk = FileSystemBytecodeCache()
                except (OSError, RuntimeError):
                    self._disk = None
        return self._disk

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])
            return
        disk = self._folder()
        if disk is not None:
            with contextlib.suppress(Exception):  # a damaged entry only costs a compile
                disk.load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
        disk = self._folder()
        if disk is not None:
            with contextlib.suppress(OSError):
                disk.dump_bytecode(bucket)


_BYTECODE_CACHE = _TemplateBytecodeCache()


class SdkProject(Project):
    """opc's Project with our templates first in the loader and our own file set.

    opc's ``build()`` order is kept (package, metadata, models, api); ``_build_api`` and ``_build_metadata`` are ours.
    Formatting (ruff) is the caller's: ``on_models_written`` tells it when ``models/`` is finished.
    """

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        document: dict[str, Any],
        env_prefix: str,
        default_base_url: str,
        credentials: Credentials,
        relative_server: str = "",
        pagination: PaginationPlan | None = None,
        on_models_written: Callable[[Path], None] | None = None,
        operation_names: Mapping[str, Any] | None = None,
        http_library: HttpLibrary = "httpx",
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
        metadata = metadata_from_info(document.get("info"))  # one line each, bounded: valid in pyproject.toml
        self.package_description = UntrustedString(metadata.description)
        self._on_models_written = on_models_written
        self.http_library: HttpLibrary = http_library
        self.env.bytecode_cache = _BYTECODE_CACHE
        self.env.auto_reload = False  # templates do not change during a run: no stat() per get_template
        self.env.tests["untyped"] = lambda prop: isinstance(prop, AnyProperty)  # `body.prop is untyped`
        self.env.filters["signature_lines"] = signature_lines  # an operation's keyword parameters, for docs
        self.env.filters["qualify_builtins"] = qualify_builtins  # `list[X]` in a class with a `list` method
        #: Operations whose method name clashed and was numbered, one line each (warnings).
        self.name_reports: list[str] = []
        self.tags: list[Tag] = build_tags(
            openapi,
            document,
            config.field_prefix,
            names=operation_names,
            reports=self.name_reports,
            schemes=credentials.schemes,
            fallback=credentials.fallback,
        )
        #: How the clients send a token, knowing now whether any operation sends one.
        self.credentials = credentials.with_operations([op.security for tag in self.tags for op in tag.operations])
        #: Problems met while typing paginators (an items path not found in the model: items typed Any).
        self.pagination_warnings: list[str] = []
        #: Body fields offered under another name because a parameter or the generated code has theirs (warnings).
        self.argument_reports: list[str] = []
        #: Operations whose rendered code did not compile and were degraded: "METHOD /path" -> what was done.
        self.degraded: dict[str, list[str]] = {}
        declarations = pagination.declarations if pagination is not None else {}
        models = {str(model.class_info.name): model for model in openapi.models}
        self._models = models
        for tag in self.tags:
            for op in tag.operations:
                declaration = declarations.get((op.method, op.spec_path))  # keyed by the spec's own path
                if declaration is not None:
                    op.pagination = typed_operation(op, declaration, models, self.pagination_warnings, document)
                op.body_arguments, renamed = body_arguments(op, models)
                self.argument_reports += renamed
                op.choices = {
                    str(parameter.python_name): found for parameter in op.parameters if (found := choice(parameter))
                }
        self.env.globals.update(
            modes=MODES,
            tags=self.tags,
            title=openapi.title,
            env_prefix=env_prefix,
            default_base_url=default_base_url,
            relative_server=relative_server,
            security_schemes=self.credentials.schemes,
            auth=self.credentials,
            user_agent=user_agent(self.package_name, untrusted(self.version)),
            package_description=self.package_description,
            api_version=UntrustedString(metadata.api_version),
            package_license=UntrustedString(metadata.license),
            http_library=http_library,
        )

    def _write(self, path: Path, template: str, **context: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = self.env.get_template(template).render(**context)
        if path.suffix == ".py":
            text = use_http_library(text, self.http_library, name=template)
        path.write_text(text, encoding=self.config.file_encoding)

    def _write_operation(self, path: Path, op: Operation) -> None:
        """Render the shared half of ``op``; when it does not compile, degrade its bodies step by step until it does.

        Rendering comes before the twins', which then use the degraded signature too. Each step is reported. Only
        this module is compiled: it holds all the code made from the operation's schemas (request building,
        response parsing); the twins only pass arguments through (compiling every module cost 10% of a large
        spec's generation, this third of them about 3%). ruff's final pass still parses everything.
        """
        template = self.env.get_template("operation.py.jinja")
        text = template.render(op=op)
        original, step = list(op.endpoint.bodies), 0
        while (problem := _compile_problem(text, path)) is not None:
            step += 1
            done = degrade_bodies(op.endpoint, original, step)
            if done is None:
                raise GenerationError(
                    f"{op.method} {op.spec_path}: the generated operation does not compile: {problem}"
                )
            if step > 1:
                self.degraded[operation_key(op.endpoint)].pop()
            self.degraded.setdefault(operation_key(op.endpoint), []).append(
                f"{done}: its code did not compile ({problem})"
            )
            op.body_arguments = body_arguments(op, self._models)[0]  # the body changed: its fields with it
            text = template.render(op=op)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(use_http_library(text, self.http_library, name=str(path)), encoding=self.config.file_encoding)

    def _build_metadata(self) -> None:
        self._write(self.project_dir / "pyproject.toml", "pyproject.toml.jinja")
        self._write(self.project_dir / "README.md", "README.md.jinja")
        self._write(self.project_dir / "docs" / "api.md", "api_reference.md.jinja")

    def _build_api(self) -> None:
        package = self.package_dir
        if self._on_models_written is not None:  # opc has written models/ whole, and nothing writes there again
            self._on_models_written(package / "models")
        copy_runtime(RUNTIME_DIR, package / "_runtime", self.http_library)
        self._write(package / "_client.py", "client.py.jinja")
        self._write(package / "errors.py", "errors.py.jinja")
        self._write(
            package / "_operations" / "__init__.py",
            "docstring_init.py.jinja",
            doc="Shared request building and response parsing, one module per operation.",
        )
        for mode in MODES:
            self._write(
                package / mode.package / "__init__.py",
                "docstring_init.py.jinja",
                doc=f"The {mode.label} operations: ``{mode.package}.<tag>.<operation>.call(client, ...)``.",
            )
        for tag in self.tags:
            self._write(
                package / "_operations" / tag.name / "__init__.py",
                "docstring_init.py.jinja",
                doc=f"Shared halves of the ``{tag.name}`` operations.",
            )
            for op in tag.operations:
                self._write_operation(package / "_operations" / tag.name / f"{op.module}.py", op)
            for mode in MODES:
                tag_dir = package / mode.package / tag.name
                self._write(
                    tag_dir / "__init__.py",
                    "docstring_init.py.jinja",
                    doc=f"The {mode.label} ``{tag.name}`` operations, one module each.",
                )
                self._write(tag_dir / "_resource.py", "resource.py.jinja", tag=tag, mode=mode)
                for op in tag.operations:
                    self._write(tag_dir / f"{op.module}.py", "endpoint.py.jinja", op=op, mode=mode)


def _compile_problem(text: str, path: Path) -> str | None:
    """Why ``text`` is not valid Python (``SyntaxError`` message and line), or None. Checked as each module is
    written, so a failure names its operation instead of surfacing in the final ruff run."""
    try:
        compile(text, str(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as err:
        line = f" at line {err.lineno}" if isinstance(err, SyntaxError) and err.lineno else ""
        return f"{err.msg if isinstance(err, SyntaxError) else err}{line}"
    return None
