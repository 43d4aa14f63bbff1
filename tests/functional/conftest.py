"""The ``paged`` package (golden spec ``paged.yaml``, one operation per pagination style), generated once for the
paginator tests and for the guard-mutation test that runs them with a guard disabled."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from generator import generate
from tests.golden.regen import GOLDEN

PAGED_SPEC = GOLDEN / "specs" / "paged.yaml"


@pytest.fixture(scope="package")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("paged")
    report = generate(PAGED_SPEC, out, package_name="paged_client")
    assert len(report.pagination) == 9, report.pagination
    assert report.warnings == [
        "#/components/securitySchemes: the spec declares no security scheme: a token given to the client is sent as "
        "'Authorization: Bearer <token>' on every operation (set auth.scheme in the generator config to send it "
        "another way)",
        "list_untyped: pagination items: `rows` is not a property of ListUntypedResponse200; its items are typed Any",
    ]
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("paged_client")
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name == "paged_client" or name.startswith("paged_client.")]:
            del sys.modules[name]
