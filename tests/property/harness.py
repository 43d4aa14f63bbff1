"""Drive the property checks: draw documents with Hypothesis, generate each once, draw many instances per schema.

One Hypothesis test run (``@given(st.data())``): each example draws a document, generates its package (cached per
document), and draws ``instances`` valid instances per root schema. Failures are tallied, not raised, so one run
lists every failure class (see check.py); shrinking is off (each step would regenerate a package).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import hypothesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from jsonschema.exceptions import ValidationError

from .check import Package, Tally
from .instances import TooDeep, instances, validator
from .specs import documents

__all__ = ["run"]


def run(documents_count: int, instances_per_schema: int, seed: int | None, folder: Path | None = None) -> Tally:
    """Check ``documents_count`` random documents (``seed`` None: derandomized, the CI slice)."""
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="sdkgen-property-") as tmp:
        root = folder or Path(tmp)

        @settings(
            max_examples=documents_count,
            database=None,
            derandomize=seed is None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis.given(st.data())
        def check_documents(data: st.DataObject) -> None:
            drawn = data.draw(documents(), label="document")
            package = Package(drawn, root, tally)
            try:
                if package.module is None:
                    return
                for name in drawn.roots:
                    schema_validator = validator(drawn.components, name)
                    try:
                        strategy = instances(drawn.components, name)
                        for _ in range(instances_per_schema):
                            instance = data.draw(strategy, label=name)
                            try:
                                schema_validator.validate(instance)
                            except (ValidationError, RecursionError):  # not valid, or not decidable here
                                tally.invalid += 1
                                continue
                            package.check(name, instance, tally)
                    except TooDeep:  # a recursion with no way out: no finite instance to draw
                        tally.invalid += 1
            finally:
                package.close()

        if seed is not None:
            check_documents = hypothesis.seed(seed)(check_documents)
        check_documents()
    return tally
