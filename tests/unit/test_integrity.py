"""The check of model imports over a generated tree: lazy imports inside functions included."""

from __future__ import annotations

from pathlib import Path

from generator.render.integrity import broken_model_imports


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
