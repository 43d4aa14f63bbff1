"""Tagged unions: which member of a ``oneOf``/``anyOf`` a JSON object's tag names, decided at generation.

openapi-python-client 0.29.1 decodes a union by trying its members in order, so an object goes to the first member
that accepts a dict, whatever its tag says (``{"type": "file_search"}`` became the ``function`` member, the tag
kept as an unknown enum value, the rest in ``additional_properties``). While opc parses, :func:`tag_union` looks
at each union it builds and, when the members can be told apart by a tag, appends an :class:`UnknownMember`
carrying the plan. The union template (``templates/property_templates/union_property.py.jinja``) then renders:

1. the ``discriminator``: ``propertyName`` and, per member ``$ref``, the ``mapping`` keys naming it, else (implicit
   mapping) the schema's name;
2. else a tag property that every object member requires with one value (``const``, or an ``enum`` of one value),
   the values all different;
3. try-in-order, as before, only for what 1 and 2 do not decide (no tag, or no object).

An object whose tag is present but names no member is kept as the JSON object it is (a ``dict``: the member typed
``dict[str, Any]``), never forced into a member; ``to_dict`` sends it back unchanged.
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define, evolve

from .._upstream import (
    ModelProperty,
    OaiReference,
    OaiSchema,
    PropertyProtocol,
    PythonCode,
    PythonIdentifier,
    Schemas,
    UnionProperty,
    UntrustedString,
    Value,
    parse_reference_path,
    untrusted,
)

__all__ = ["UnknownMember", "tag_union"]

#: A tag value as the template renders it: spec text (escaped by the template) or an integer.
Tag = UntrustedString | int


@define
class UnknownMember(PropertyProtocol):
    """The member of a tagged union holding an object whose tag names no member: the object as it came.

    It also carries the dispatch plan: ``tag`` (the tag property's wire name) and ``members`` (tag value, member
    class name), in the order the template tests them.
    """

    name: UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: UntrustedString | None
    example: UntrustedString | None
    tag: UntrustedString
    members: tuple[tuple[Tag, str], ...]
    discriminator: bool
    _type_string: ClassVar[str] = "dict[str, Any]"
    _json_type_string: ClassVar[str] = "dict[str, Any]"
    template: ClassVar[str] = "unknown_member_property.py.jinja"

    def convert_value(self, value: Any) -> Value | None:
        return None

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode("dict")

    def get_imports(self, *, prefix: str) -> set[str]:
        return {"from typing import Any"}


def _resolve(item: Any, schemas: Schemas) -> OaiSchema | None:
    """The schema a union member or ``allOf`` part stands for (a ``$ref`` to a model: that model's schema)."""
    if isinstance(item, OaiReference):
        path = parse_reference_path(item.ref)
        target = schemas.classes_by_reference.get(path) if not hasattr(path, "detail") else None
        return target.data if isinstance(target, ModelProperty) else None
    return item if isinstance(item, OaiSchema) else None


def _single_value(item: Any, schemas: Schemas) -> list[Tag]:
    """The one value a property schema allows (``const`` or a one-value ``enum``), as a list of 0 or 1 values."""
    if isinstance(item, OaiReference):
        path = parse_reference_path(item.ref)
        target = schemas.classes_by_reference.get(path) if not hasattr(path, "detail") else None
        values = getattr(target, "values", None)  # an enum component
        raw = [getattr(value, "raw_value", value) for value in values.values()] if isinstance(values, dict) else []
    elif isinstance(item, OaiSchema):
        if item.const is not None:
            raw = [item.const]
        elif item.enum is not None and len(item.enum) == 1:
            raw = list(item.enum)
        else:
            raw = []
    else:
        raw = []
    if len(raw) == 1 and isinstance(raw[0], str):
        return [UntrustedString(raw[0])]
    if len(raw) == 1 and isinstance(raw[0], int) and not isinstance(raw[0], bool):
        return [raw[0]]
    return []


def _tags_of(schema: OaiSchema, schemas: Schemas, depth: int = 0) -> dict[str, Tag]:
    """Required properties of an object schema (its ``allOf`` parts included) allowing exactly one value."""
    found: dict[str, Tag] = {}
    required = {untrusted(name) for name in schema.required or []}
    for name, item in (schema.properties or {}).items():
        values = _single_value(item, schemas)
        if values and untrusted(name) in required:
            found[untrusted(name)] = values[0]
    if depth < 5:
        for part in schema.allOf:
            resolved = _resolve(part, schemas)
            if resolved is not None:
                found.update(_tags_of(resolved, schemas, depth + 1))
    return found


def _model_name(item: Any, schemas: Schemas) -> str | None:
    if not isinstance(item, OaiReference):
        return None
    path = parse_reference_path(item.ref)
    target = schemas.classes_by_reference.get(path) if not hasattr(path, "detail") else None
    return str(target.class_info.name) if isinstance(target, ModelProperty) else None


def _discriminator_plan(data: OaiSchema, schemas: Schemas) -> tuple[str, list[tuple[Tag, str]]] | None:
    discriminator = data.discriminator
    if discriminator is None:
        return None
    mapping = {untrusted(key): untrusted(value) for key, value in (discriminator.mapping or {}).items()}
    plan: list[tuple[Tag, str]] = []
    for member in [*data.oneOf, *data.anyOf]:
        name = _model_name(member, schemas)
        if name is None or not isinstance(member, OaiReference):
            continue
        ref = "#" + untrusted(parse_reference_path(member.ref))  # type: ignore[arg-type]
        simple = ref.rsplit("/", 1)[-1]
        named = [key for key, target in mapping.items() if target in (ref, simple)]
        plan.extend((UntrustedString(value), name) for value in (named or [simple]))
    return (untrusted(discriminator.propertyName), plan) if plan else None


def _tag_plan(data: OaiSchema, schemas: Schemas) -> tuple[str, list[tuple[Tag, str]]] | None:
    members: list[tuple[str, dict[str, Tag]]] = []
    for member in [*data.oneOf, *data.anyOf]:
        resolved = _resolve(member, schemas)
        name = _model_name(member, schemas)
        if resolved is not None and name is not None:
            members.append((name, _tags_of(resolved, schemas)))
    if len(members) < 2:
        return None
    for tag in members[0][1]:
        values = [tags.get(tag) for _, tags in members]
        keys = {(type(value), untrusted(value) if isinstance(value, UntrustedString) else value) for value in values}
        if None not in values and len(keys) == len(values):
            return tag, [(value, name) for value, (name, _) in zip(values, members, strict=True) if value is not None]
    return None


def tag_union(prop: UnionProperty, data: OaiSchema, schemas: Schemas) -> UnionProperty:
    """``prop`` with an :class:`UnknownMember` appended when its members can be told apart by a tag."""
    if not data.oneOf and not data.anyOf:
        return prop
    found = _discriminator_plan(data, schemas)
    discriminator = found is not None
    if found is None:
        found = _tag_plan(data, schemas)
    if found is None:
        return prop
    tag, plan = found
    classes = {str(inner.class_info.name) for inner in prop.inner_properties if isinstance(inner, ModelProperty)}
    plan = [(value, name) for value, name in plan if name in classes]
    if not plan:
        return prop
    unknown = UnknownMember(
        name=UntrustedString(f"{untrusted(prop.name)}_unknown"),
        required=True,
        default=None,
        python_name=PythonIdentifier(f"{prop.python_name}_unknown", prefix=""),
        description=None,
        example=None,
        tag=UntrustedString(tag),
        members=tuple(plan),
        discriminator=discriminator,
    )
    return evolve(prop, inner_properties=[*prop.inner_properties, unknown])
