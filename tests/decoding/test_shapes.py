"""Schema shapes whose valid responses the generated models decoded wrongly or rejected, one spec per class.

Each spec in specs/ is generated once; its models decode the instances below, and the parsed responses equal
``from_dict``. The specs are the minimal shapes the property run (tests/property) and issue 17 found.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import generate
from generator.config import GeneratorConfig

SPECS = Path(__file__).parent / "specs"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Any]]:
    """``package("tagged_unions")``: the ``models`` of the package generated from specs/tagged_unions.yaml."""
    built: dict[str, Any] = {}
    root = tmp_path_factory.mktemp("shapes")

    def get(name: str) -> Any:
        if name == "":  # the folders of every spec's package
            return [root / spec.stem for spec in sorted(SPECS.glob("*.yaml")) if get(spec.stem) is not None]
        if name not in built:
            # The specs declare no security scheme: saying how a token goes keeps the report to decoding matters.
            config = GeneratorConfig(auth={"scheme": "bearer"})
            report = generate(SPECS / f"{name}.yaml", root / name, package_name=f"{name}_client", config=config)
            assert [w for w in report.warnings if "is named" not in w] == []
            sys.path.insert(0, str(root / name))
            importlib.import_module(f"{name}_client")
            built[name] = importlib.import_module(f"{name}_client.models")
        return built[name]

    yield get
    for name in built:
        sys.path.remove(str(root / name))
        for module in [module for module in sys.modules if module.split(".")[0] == f"{name}_client"]:
            del sys.modules[module]


def parse(models: Any, operation: str, body: Any) -> Any:
    package = models.__name__.split(".")[0]
    module = importlib.import_module(f"{package}._operations.things.{operation}")
    return module.parse_response(httpx.Response(200, content=json.dumps(body).encode()))


# ------------------------------------------------------------------------------------------------ tagged unions


def test_a_const_tag_names_the_member(package: Callable[[str], Any]) -> None:
    models = package("tagged_unions")
    wire = {
        "tools": [
            {"type": "function", "name": "f"},
            {"type": "file_search", "max_results": 3},
            {"type": "code_interpreter"},
        ]
    }
    assistant = models.Assistant.from_dict(wire)
    assert [type(tool) for tool in assistant.tools] == [
        models.FunctionTool,
        models.FileSearchTool,
        models.CodeInterpreterTool,
    ]
    assert assistant.tools[1].max_results == 3
    assert assistant.tools[1].additional_properties == {}
    assert assistant.to_dict() == wire
    assert parse(package("tagged_unions"), "get_assistant", wire) == assistant


def test_a_tag_naming_no_member_is_kept_as_the_object(package: Callable[[str], Any]) -> None:
    models = package("tagged_unions")
    wire = {"tools": [{"type": "web_browser", "depth": 2}, {"type": "function"}]}
    assistant = models.Assistant.from_dict(wire)
    assert assistant.tools[0] == {"type": "web_browser", "depth": 2}  # not forced into FunctionTool
    assert isinstance(assistant.tools[1], models.FunctionTool)
    assert assistant.to_dict() == wire


def test_the_discriminator_names_the_member_by_schema_name(package: Callable[[str], Any]) -> None:
    models = package("tagged_unions")
    pets = parse(models, "list_pets", [{"petType": "Dog", "bark": "woof"}, {"petType": "Cat", "lives": 9}])
    assert [type(pet) for pet in pets] == [models.Dog, models.Cat]
    assert pets[0].bark == "woof"
    assert parse(models, "list_pets", [{"petType": "Parrot"}]) == [{"petType": "Parrot"}]


def test_the_discriminator_mapping_names_the_member(package: Callable[[str], Any]) -> None:
    models = package("tagged_unions")
    square = parse(models, "get_shape", {"kind": "sq", "side": 2.0})
    assert isinstance(square, models.Square)
    assert square.side == 2.0
    assert isinstance(parse(models, "get_shape", {"kind": "circle"}), models.Circle)
    # the schema name is not a tag once a mapping names the member otherwise
    assert parse(models, "get_shape", {"kind": "Square"}) == {"kind": "Square"}


# ------------------------------------------------------------------------------------ nullable reference fragments


def test_a_reference_made_nullable_by_a_fragment_accepts_null(package: Callable[[str], Any]) -> None:
    models = package("nullable_reference_fragments")
    holder = models.Holder.from_dict({"fragment": None, "beside": None})
    assert holder.fragment is None and holder.beside is None
    assert holder.to_dict() == {"fragment": None, "beside": None}
    wire = {"fragment": {"name": "n", "x": "y"}, "beside": {"name": "m"}}
    holder = parse(models, "get_holder", wire)
    assert isinstance(holder.fragment, models.Owner) and holder.fragment.additional_properties == {"x": "y"}
    assert holder.to_dict() == wire


# ---------------------------------------------------------------------------------------------- mixed-type enums


@pytest.mark.parametrize("wire", [{"level": 1, "mode": "on"}, {"level": "auto", "mode": 0}, {"level": 2, "mode": None}])
def test_an_enum_of_mixed_types_decodes_every_value(package: Callable[[str], Any], wire: dict[str, Any]) -> None:
    models = package("mixed_type_enums")
    setting = parse(models, "get_setting", wire)
    assert setting.to_dict() == wire
    assert setting == models.Setting.from_dict(wire)


# ----------------------------------------------------------------------------------------- binary strings in JSON


def test_a_binary_string_in_json_decodes_to_a_file_and_back(package: Callable[[str], Any]) -> None:
    models = package("binary_strings_in_json")
    wire = {"content": "héllo", "preview": "", "either": "raw"}
    blob = parse(models, "get_blob", wire)
    assert blob.content.payload.read() == "héllo".encode()
    assert blob.to_dict() == wire
    assert blob.to_dict() == wire  # reading the payload does not consume it
    assert parse(models, "get_blob", {"content": "x", "either": 3}).either == 3


# ------------------------------------------------------------------------------------------------- generated code


@pytest.mark.timeout(300)  # mypy --strict over 8 generated packages: ~20-60 s under load (2026-12-05)
def test_the_packages_of_every_shape_pass_mypy_strict_and_ruff(package: Callable[[str], Any]) -> None:
    folders = package("")
    packages = [str(folder / f"{folder.name}_client") for folder in folders]
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", *packages], capture_output=True, text=True)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    for folder in folders:
        for args in (["check", "."], ["format", "--check", "."]):
            ruff = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=folder, capture_output=True, text=True)
            assert ruff.returncode == 0, f"{folder.name}: {ruff.stdout[-2000:]}"


# ------------------------------------------------------------------------------------- recursive nullable objects


def test_a_nullable_object_referring_to_itself_decodes(package: Callable[[str], Any]) -> None:
    models = package("recursive_nullable_objects")
    wire = {"name": "leaf", "parent": {"name": "root", "parent": None}, "children": [None, {"name": "x"}]}
    node = parse(models, "get_node", wire)
    assert isinstance(node.parent, models.Node) and node.parent.parent is None
    assert node.children[0] is None
    assert node.to_dict() == wire
    assert parse(models, "get_node", None) is None
    forest = [None, {"grove": [{"grove": []}, None]}]
    assert [tree.to_dict() if tree else tree for tree in parse(models, "get_forest", forest)] == forest


# ---------------------------------------------------------------------------------- booleans beside integer enums


@pytest.mark.parametrize("value", [False, True, 0, 2])
def test_a_boolean_is_not_taken_for_an_integer_enum_member(package: Callable[[str], Any], value: Any) -> None:
    models = package("booleans_beside_integer_enums")
    flag = parse(models, "get_flag", {"value": value})
    assert type(flag.to_dict()["value"]) is type(value) and flag.to_dict() == {"value": value}


# ------------------------------------------------------------------------------------------- const union members


@pytest.mark.parametrize("value", [7, "b", False, None])
def test_every_member_of_a_union_of_consts_decodes(package: Callable[[str], Any], value: Any) -> None:
    models = package("const_union_members")
    assert parse(models, "get_choice", {"pick": value}).to_dict() == {"pick": value}


# -------------------------------------------------------------------------------------------- recursive JSON values


@pytest.mark.parametrize("value", ["s", 1.5, True, [1, ["a", {"k": [False]}]], {"a": {"b": [1, "x"]}}])
def test_a_recursive_json_value_decodes_and_round_trips(package: Callable[[str], Any], value: Any) -> None:
    models = package("recursive_json_values")
    wire = {"value": value, "nested": [1, [2, [3]], []]}
    document = parse(models, "get_document", wire)
    assert document.to_dict() == wire
    assert document == models.Document.from_dict(wire)
