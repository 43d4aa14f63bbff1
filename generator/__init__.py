"""Turn an OpenAPI 3.0/3.1 document into a typed Python client package with paired sync/async modules.

Public entry points: :func:`generate` writes a package; :func:`check` tells whether a committed package is exactly
what :func:`generate` would write now. ``python -m generator --help`` (or ``sdkgen``) is the command line.

The subpackages are the stages, in the order a spec goes through them (``pipeline.py`` runs them):

- ``spec``: load the document and make it generatable (overlay, normalise, validate, copy extensions);
- ``plan``: decide what the package holds and what everything is called (operations, names, pagination, unions,
  fixups of opc's parse, degrading what cannot be typed, coverage);
- ``render``: write the files (the opc project and our templates, formatting, HTTP library, integrity, versions);
- ``release``: compare versions (spec diff, public surface diff, changelog and version bump);
- ``tools``: commands built on the pipeline (``corpus``, ``conform``, ``names``, pagination report, ``init``).

``cli.py``, ``config.py``, ``errors.py`` serve every stage; ``_upstream.py`` is the only module that imports
openapi-python-client internals.
"""

from __future__ import annotations

from .config import GeneratorConfig
from .errors import GenerationError, SpecError
from .pipeline import CheckResult, GenerationReport, check, diff_specs, generate
from .release.release import BreakingChangeError

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
