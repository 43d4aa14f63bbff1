"""qualify_builtins: a builtin shadowed by a resource method's name is written ``builtins.<name>`` in annotations,
and nothing else changes (parameter names, attributes, keyword arguments, string literals)."""

from __future__ import annotations

from generator.render.shadowing import qualify_builtins


def test_a_shadowed_builtin_in_a_type_is_qualified() -> None:
    assert qualify_builtins("list[Widget] | None", ["list", "get"]) == "builtins.list[Widget] | None"
    assert qualify_builtins("dict[str, list[int]]", ["list", "dict"]) == "builtins.dict[str, builtins.list[int]]"


def test_names_that_are_not_types_stay() -> None:
    signature = '*,\nlist: list[str] | Unset = UNSET,\nkind: Literal["list[x]"] = Kind(list=1).list,\n'
    assert qualify_builtins(signature, ["list"]) == (
        '*,\nlist: builtins.list[str] | Unset = UNSET,\nkind: Literal["list[x]"] = Kind(list=1).list,\n'
    )


def test_nothing_changes_when_no_method_shadows_a_builtin() -> None:
    assert qualify_builtins("list[Widget]", ["get", "create"]) == "list[Widget]"
    assert qualify_builtins("Widget", ["widget"]) == "Widget"  # a method named like a model is no builtin
    assert qualify_builtins("list[", ["list"]) == "list["  # does not tokenize: left as it is
