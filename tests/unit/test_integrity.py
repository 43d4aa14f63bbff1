"""The checks of lazy imports over a generated tree: model imports inside functions, the package's lazy loading."""

from __future__ import annotations

from pathlib import Path

from generator.render.integrity import broken_lazy_imports, broken_model_imports


def test_every_model_import_must_name_a_written_module_and_a_name_it_defines(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "models").mkdir(parents=True)
    (package / "_operations" / "things").mkdir(parents=True)
    (package / "models" / "thing.py").write_text(
        "class Thing:\n    def to_dict(self) -> None:\n        from ..models.part import Part\n"
        "        from ..models.gone import Gone\n"
    )
    (package / "models" / "part.py").write_text("from typing import Any\n\n\nclass Part:\n    pass\n\nALIAS = Part\n")
    (package / "_operations" / "things" / "get_thing.py").write_text(
        "from ...models.thing import Thing\nfrom ...models.part import ALIAS, Missing\n"
    )
    assert broken_model_imports(package) == [
        "pkg/_operations/things/get_thing.py: imports Missing from models.part, which does not define it",
        "pkg/models/thing.py: imports from models.gone, which was not generated",
    ]


def test_every_lazy_import_of_the_package_must_name_a_written_module_and_a_name_it_defines(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    for folder in ("api/things", "aio/things", "models", "_runtime"):
        (package / folder).mkdir(parents=True)
    (package / "_client.py").write_text(
        "class Client:\n"
        "    @property\n"
        "    def things(self) -> object:\n"
        "        from .api.things._resource import ThingsResource\n"
        "        return ThingsResource(self)\n\n"
        "    @property\n"
        "    def gone(self) -> object:\n"
        "        from .api.gone._resource import GoneResource\n"
        "        return GoneResource(self)\n\n"
        "    @property\n"
        "    def athings(self) -> object:\n"
        "        from .aio.things._resource import AsyncThingsResourceTypo\n"
        "        return AsyncThingsResourceTypo(self)\n"
    )
    (package / "api" / "things" / "_resource.py").write_text(
        "class ThingsResource:\n"
        "    def get(self) -> object:\n"
        "        from . import get as _get\n\n"
        "        return _get.call(self._client)\n\n"
        "    def list(self) -> object:\n"
        "        from . import list as _list\n\n"
        "        return _list.iterate(self._client)\n\n"
        "    def missing(self) -> object:\n"
        "        from . import missing as _missing\n\n"
        "        return _missing.call(self._client)\n"
    )
    (package / "api" / "things" / "get.py").write_text("def call(client: object) -> None:\n    pass\n")
    (package / "api" / "things" / "list.py").write_text("def call(client: object) -> None:\n    pass\n")
    (package / "aio" / "things" / "_resource.py").write_text("class AsyncThingsResource:\n    pass\n")
    (package / "models" / "thing.py").write_text("class Thing:\n    pass\n")
    (package / "models" / "__init__.py").write_text(
        '_MODULES: dict[str, str] = {\n    "Thing": "thing",\n    "Part": "part",\n    "Other": "thing",\n}\n'
    )
    (package / "_runtime" / "pagination.py").write_text("class Paginator:\n    pass\n")
    (package / "__init__.py").write_text('_MODULES: dict[str, str] = {\n    "Paginator": "_runtime.pagination",\n}\n')
    assert broken_lazy_imports(package) == [
        "pkg/_client.py: imports AsyncThingsResourceTypo from pkg/aio/things/_resource.py, which does not define it",
        "pkg/_client.py: imports GoneResource from pkg/api/gone/_resource.py, which was not generated",
        "pkg/api/things/_resource.py: imports call from pkg/api/things/missing.py, which was not generated",
        "pkg/api/things/_resource.py: imports iterate from pkg/api/things/list.py, which does not define it",
        "pkg/models/__init__.py: imports Other from pkg/models/thing.py, which does not define it",
        "pkg/models/__init__.py: imports Part from pkg/models/part.py, which was not generated",
    ]
