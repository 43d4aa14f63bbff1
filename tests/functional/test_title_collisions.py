"""Model names from tests/specs/title_collisions.yaml: schemas opc would give one class name are named from where
they are used (parent model + property, a component's own key) and never numbered; identical schemas sharing a
title are one class; the names do not depend on the order the spec lists things in."""

from __future__ import annotations

import copy
import importlib
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import GenerationReport, generate
from tests.packages import importable

SPEC = Path(__file__).resolve().parents[1] / "specs" / "title_collisions.yaml"
PACKAGE = "title_collisions_client"

CLASSES = {
    "CreateOrderBody",
    "CreateOrderBodyPaymentOptions",
    # card and bank share a title, with different shapes: the first by JSON pointer ("bank") keeps the title's
    # name, the other is named after its property, and so is the enum nested in it (not "...Usage2")
    "CreateOrderBodyPaymentOptionsMethodOptions",
    "CreateOrderBodyPaymentOptionsMethodOptionsUsage",
    "CreateOrderBodyPaymentOptionsCard",
    "CreateOrderBodyPaymentOptionsCardUsage",
    # card_payments and transfers share a title and a shape: one class
    "CreateOrderBodyCapabilities",
    "CreateOrderBodyCapabilitiesCapability",
    "Order",
    # the component keeps its key's name; the inline enum that would take it is named for what it is
    "Feature",
    "FeatureState",
    "FeatureStateEnum",
    "ListFeaturesResponse200",
    # v1_tag and v2_tag: same title, same shape, one class; label_tag: same title, another shape, its key
    "Tag",
    "LabelTag",
    "ListTagsResponse200",
}


def _build(spec: Path, out: Path) -> GenerationReport:
    return generate(spec, out, package_name=PACKAGE)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerationReport]:
    out = tmp_path_factory.mktemp("title_collisions") / "out"
    report = _build(SPEC, out)
    with importable(out, PACKAGE):
        yield report


def _classes(out: Path) -> set[str]:
    models = out / PACKAGE / "models"
    return {
        line.split()[1].split("(")[0].rstrip(":")
        for path in models.glob("*.py")
        for line in path.read_text().splitlines()
        if line.startswith("class ")
    }


def test_colliding_schemas_are_named_from_where_they_are_used(built: GenerationReport) -> None:
    assert _classes(built.out) == CLASSES


def test_properties_are_typed_with_the_shared_and_renamed_classes(built: GenerationReport) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")

    def types(model: str, prop: str) -> set[Any]:
        """The classes ``model.prop`` is annotated with (``X | Unset`` gives {X}), forward references resolved."""
        hint = typing.get_type_hints(getattr(models, model), localns=_Lazy(models))[prop]
        return {arg for arg in typing.get_args(hint) if arg.__name__ != "Unset"}

    capability = models.CreateOrderBodyCapabilitiesCapability
    assert types("CreateOrderBodyCapabilities", "card_payments") == {capability}
    assert types("CreateOrderBodyCapabilities", "transfers") == {capability}
    assert types("ListTagsResponse200", "v1") == types("ListTagsResponse200", "v2") == {models.Tag}
    assert types("ListTagsResponse200", "label") == {models.LabelTag}
    assert types("Feature", "state") == {models.FeatureStateEnum}
    tags = models.ListTagsResponse200.from_dict({"v1": {"name": "a"}, "v2": {"name": "b"}, "label": {"label": "c"}})
    assert (tags.v1.name, tags.v2.name, tags.label.label) == ("a", "b", "c")
    card = models.CreateOrderBodyPaymentOptions.from_dict({"card": {"usage": "off_session"}, "bank": {"usage": "none"}})
    assert card.card.usage == models.CreateOrderBodyPaymentOptionsCardUsage.OFF_SESSION
    assert card.bank.usage == models.CreateOrderBodyPaymentOptionsMethodOptionsUsage.NONE


class _Lazy(dict[str, Any]):
    """A module's names as eval's locals, looked up on first use (``models`` imports its classes lazily)."""

    def __init__(self, module: Any) -> None:
        super().__init__()
        self.module = module

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self.module, name)
        except AttributeError:
            raise KeyError(name) from None  # then eval looks in the model module's own globals


def _reversed(node: Any) -> Any:
    """Every mapping of ``node`` with its keys in the opposite order (lists keep theirs: their order is meaning)."""
    if isinstance(node, dict):
        return {key: _reversed(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [_reversed(item) for item in node]
    return node


def test_the_names_do_not_depend_on_the_order_of_the_spec(built: GenerationReport, tmp_path: Path) -> None:
    spec = tmp_path / "reversed.yaml"
    spec.write_text(yaml.safe_dump(_reversed(copy.deepcopy(yaml.safe_load(SPEC.read_text()))), sort_keys=False))
    assert _classes(_build(spec, tmp_path / "out").out) == CLASSES
