"""A Hypothesis strategy for random OpenAPI 3.0 / 3.1 documents made of the schema keywords the generator supports.

Each document has a few component schemas ``S0``, ``S1``... (plus the members its unions create), one GET
operation returning each, and a wrapper ``R<i>`` per ``S<i>`` (``{value: S<i>}``, required) so that every schema,
objects or not, is decoded through a model's ``from_dict``. Depth is bounded; ``$ref`` may point at any component,
itself included (recursion), and unions get tagged member components of their own.

What a document holds is also described in :class:`Drawn`: which schemas are unions and, for a tagged union, which
member each tag value names (the property ``union_expectation`` checks).
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

__all__ = ["Drawn", "UnionTags", "documents"]

#: Property names: plain ones, Python keywords, names of the generated code, names that are not identifiers and
#: pairs that collide once sanitised (``+1``/``-1``, ``a-b``/``a_b``, ``A``/``a``).
NAMES = (
    "id",
    "name",
    "count",
    "when",
    "class",
    "from",
    "import",
    "type",
    "self",
    "+1",
    "-1",
    "a-b",
    "a_b",
    "A",
    "a",
    "2fa",
    "to_dict",
    "additional_properties",
    "with space",
    "dollar$",
)
STRINGS = ("a", "b", "on", "x-y", "None", "1", "")
FORMATS = ("date-time", "date", "uuid", "byte", "binary")


@dataclass
class UnionTags:
    """A tagged union: the tag property's wire name and, per tag value, the member component it names."""

    property: str
    members: dict[Any, str]
    discriminator: bool
    #: The root schema is an array of this union, not the union itself.
    in_list: bool = False


@dataclass
class Drawn:
    """A random document and what the checks need to know about it."""

    version: str
    document: dict[str, Any]
    roots: list[str]
    #: Component name -> its tagged union description (only for components that are such unions).
    unions: dict[str, UnionTags] = field(default_factory=dict)

    @property
    def components(self) -> dict[str, Any]:
        return self.document["components"]["schemas"]  # type: ignore[no-any-return]


class _Builder:
    def __init__(self, draw: st.DrawFn, version: str) -> None:
        self.draw = draw
        self.version = version
        self.v31 = version.startswith("3.1")
        self.components: dict[str, Any] = {}
        self.unions: dict[str, UnionTags] = {}
        self.names: list[str] = []  # the S<i> components that refs may point at
        self.counter = 0
        self.current = ""  # the S<i> component being built
        self.shallow = False  # building the top of a component, outside any object or array
        self.objects: list[str] = []  # the S<i> components that are objects (allOf merges only those)
        self.pending_tags: UnionTags | None = None

    def flag(self, p: float = 0.5) -> bool:
        return self.draw(st.floats(0, 1)) < p

    def nullable(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` that also allows null, spelled as this version spells it."""
        if "$ref" in schema:
            if self.v31:
                return {"oneOf": [schema, {"type": "null"}]} if self.flag() else {"anyOf": [schema, {"type": "null"}]}
            return {"allOf": [schema], "nullable": True}
        if self.v31 and "type" in schema:
            out = dict(schema, type=[schema["type"], "null"])
        elif self.v31:
            return {"anyOf": [schema, {"type": "null"}]}
        else:
            out = dict(schema, nullable=True)
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out

    def primitive(self) -> dict[str, Any]:
        kind = self.draw(st.sampled_from(["string", "format", "integer", "number", "boolean", "enum", "const"]))
        if kind == "string":
            schema: dict[str, Any] = {"type": "string"}
            if self.flag(0.2):
                schema["default"] = self.draw(st.sampled_from(STRINGS))
            return schema
        if kind == "format":
            return {"type": "string", "format": self.draw(st.sampled_from(FORMATS))}
        if kind in ("integer", "number", "boolean"):
            return {"type": kind}
        if kind == "enum":
            values = self.draw(
                st.one_of(
                    st.lists(st.sampled_from(STRINGS), min_size=1, max_size=4, unique=True),
                    st.lists(st.integers(-3, 5), min_size=1, max_size=3, unique=True),
                    st.lists(st.sampled_from([*STRINGS[:3], 1, 2]), min_size=2, max_size=4, unique=True),
                )
            )
            schema = {"enum": values}
            if all(isinstance(v, str) for v in values):
                schema["type"] = "string"
            elif all(isinstance(v, int) for v in values):
                schema["type"] = "integer"
            if self.flag(0.2):
                schema["default"] = values[0]
            return schema
        value = self.draw(st.sampled_from([*STRINGS[:3], 7]))
        if self.v31:
            return {"const": value}
        return {"type": "string" if isinstance(value, str) else "integer", "enum": [value]}

    def ref(self) -> dict[str, Any]:
        """A reference; outside any object or array of the component being built, only to an earlier component.

        ``S0 = S1 or null``, ``S1 = S0 or null`` (aliases in a cycle) describe no value: not a valid document.
        """
        names = self.names
        if self.shallow:
            names = self.names[: self.names.index(self.current)] if self.current in self.names else []
        if not names:
            return self.primitive()
        return {"$ref": "#/components/schemas/" + self.draw(st.sampled_from(names))}

    def nested(self, build: Any, *args: Any) -> Any:
        """``build(*args)`` for what sits inside an object or array: references there may point anywhere."""
        shallow, self.shallow = self.shallow, False
        try:
            return build(*args)
        finally:
            self.shallow = shallow

    def object(self, depth: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        names = self.draw(st.lists(st.sampled_from(NAMES), min_size=0, max_size=4, unique=True))
        properties = {name: self.nested(self.schema, depth - 1) for name in names}
        for prop in properties.values():
            if "$ref" not in prop and self.flag(0.1):
                prop[self.draw(st.sampled_from(["readOnly", "writeOnly"]))] = True
        properties.update(extra or {})
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        required = [name for name in properties if name in (extra or {}) or self.flag(0.4)]
        if required:
            schema["required"] = required
        additional = self.draw(st.sampled_from(["absent", "true", "false", "schema"]))
        if additional == "true":
            schema["additionalProperties"] = True
        elif additional == "false":
            schema["additionalProperties"] = False
        elif additional == "schema":
            schema["additionalProperties"] = self.nested(self.schema, min(depth - 1, 1))
        return schema

    def composition(self, depth: int) -> dict[str, Any]:
        """allOf around a $ref: with a nullable / description fragment, or with an object fragment or second $ref.

        The references point at components built before this one, or at object components other than this one: an
        allOf containing its own schema says nothing (``S0 = S0 and ...``), and opc refuses it (a known limitation,
        not drawn here).
        """
        before = self.names[: self.names.index(self.current)] if self.current in self.names else self.names
        targets = sorted({*before, *self.objects} - {self.current})
        if not targets:
            return self.primitive()
        ref = {"$ref": "#/components/schemas/" + self.draw(st.sampled_from(targets))}
        fragment = self.draw(st.sampled_from(["nullable", "description", "object", "two_refs"]))
        if fragment == "nullable":
            return {"allOf": [ref, {"description": "maybe null"}]} if self.v31 else {"allOf": [ref], "nullable": True}
        objects = [name for name in targets if name in self.objects and name in self.components]
        if fragment == "description" or not objects:
            return {"allOf": [ref, {"description": "a described reference"}]}
        target = {"$ref": "#/components/schemas/" + self.draw(st.sampled_from(objects))}
        if fragment == "object":
            return self.extend(target["$ref"].rsplit("/", 1)[-1], self.object(depth - 1))
        first = self.components[target["$ref"].rsplit("/", 1)[-1]]["properties"]
        others = [name for name in objects if not set(first) & set(self.components[name]["properties"])]
        if not others:
            return {"allOf": [target, {"nullable": True} if not self.v31 else {"description": "one part"}]}
        return {"allOf": [target, {"$ref": "#/components/schemas/" + self.draw(st.sampled_from(others))}]}

    def extend(self, base: str, own: dict[str, Any]) -> dict[str, Any]:
        """``allOf: [base, own]``, ``own``'s properties that ``base`` declares too left out.

        A property declared in both parts with two different types would allow no value (or none but absence): a
        contradiction, not a shape. ``base`` must be built already (its properties known).
        """
        for name in self.components.get(base, {}).get("properties", {}):
            own["properties"].pop(name, None)
            if name in own.get("required", []):
                own["required"].remove(name)
        if "required" in own and not own["required"]:
            del own["required"]
        return {"allOf": [{"$ref": "#/components/schemas/" + base}, own]}

    def tagged_union(self, depth: int) -> dict[str, Any]:
        """oneOf/anyOf of fresh object members told apart by a tag property (a discriminator or a const)."""
        style = self.draw(st.sampled_from(["discriminator", "mapping", "const"]))
        tag = self.draw(st.sampled_from(["type", "kind", "object"]))
        count = self.draw(st.integers(2, 3))
        self.counter += 1
        base = f"M{self.counter}x"
        members: dict[Any, str] = {}
        refs = []
        mapping: dict[str, str] = {}
        for i in range(count):
            member = f"{base}{i}"
            if style == "mapping":
                value: Any = f"t_{i}" if i else "t-zero"
                mapping[value] = "#/components/schemas/" + member
            elif style == "discriminator":
                value = member
            else:
                value = self.draw(st.sampled_from([f"v{i}", i])) if not self.v31 else f"v{i}"
            members[value] = member
            if style == "const" or self.flag(0.5):
                tag_schema: dict[str, Any] = (
                    {"const": value}
                    if self.v31
                    else {"type": "string" if isinstance(value, str) else "integer", "enum": [value]}
                )
            else:
                tag_schema = {"type": "string"}
            own = self.object(depth - 1, extra={tag: tag_schema})
            bases = [
                name
                for name in self.objects
                if name != self.current and name in self.components and tag not in self.components[name]["properties"]
            ]
            if bases and self.flag(0.3):  # the inheritance pattern: a base object, and the tag in an allOf part
                own = self.extend(self.draw(st.sampled_from(bases)), own)
            self.components[member] = own
            refs.append({"$ref": "#/components/schemas/" + member})
        schema: dict[str, Any] = {self.draw(st.sampled_from(["oneOf", "anyOf"])): refs}
        if style != "const":
            schema["discriminator"] = {"propertyName": tag}
            if mapping:
                schema["discriminator"]["mapping"] = mapping
        self.pending_tags = UnionTags(tag, members, style != "const")
        return schema

    def schema(self, depth: int) -> dict[str, Any]:
        choices = ["primitive", "primitive", "ref"]
        if depth > 0:
            choices += ["object", "array", "composition", "union", "tagged"]
        kind = self.draw(st.sampled_from(choices))
        if kind == "primitive":
            schema = self.primitive()
        elif kind == "ref":
            schema = self.ref()
        elif kind == "object":
            schema = self.object(depth)
        elif kind == "array":
            schema = {"type": "array", "items": self.nested(self.schema, depth - 1)}
        elif kind == "composition":
            schema = self.composition(depth)
        elif kind == "union":
            members = [self.schema(depth - 1) for _ in range(self.draw(st.integers(2, 3)))]
            schema = {self.draw(st.sampled_from(["oneOf", "anyOf"])): members}
        else:
            schema = self.tagged_union(depth)
            self.pending_tags = None  # a nested tagged union is not checked for its tag, only decoded
        if kind in ("primitive", "ref", "object", "array") and self.flag(0.15):
            schema = self.nullable(schema)
        return schema


@st.composite
def documents(draw: st.DrawFn, max_depth: int = 3) -> Drawn:
    """A random OpenAPI document (see the module docstring)."""
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    builder = _Builder(draw, version)
    count = draw(st.integers(1, 3))
    builder.names = [f"S{i}" for i in range(count)]
    kinds = [draw(st.sampled_from(["object", "object", "tagged", "array_of_tagged", "any"])) for _ in builder.names]
    builder.objects = [name for name, kind in zip(builder.names, kinds, strict=True) if kind == "object"]
    for name, kind in zip(builder.names, kinds, strict=True):
        builder.current = name
        builder.shallow = True
        depth = draw(st.integers(1, max_depth))
        if kind == "object":
            schema = builder.object(depth)
        elif kind in ("tagged", "array_of_tagged"):
            schema = builder.tagged_union(depth)
            assert builder.pending_tags is not None
            builder.unions[name] = builder.pending_tags
            if kind == "array_of_tagged":
                builder.components[name + "Item"] = schema
                schema = {"type": "array", "items": {"$ref": f"#/components/schemas/{name}Item"}}
                builder.unions[name].in_list = True
        else:
            schema = builder.schema(depth)
        builder.components[name] = schema
    schemas = dict(builder.components)
    paths: dict[str, Any] = {}
    for name in builder.names:
        schemas["R" + name[1:]] = {
            "type": "object",
            "required": ["value"],
            "properties": {"value": {"$ref": f"#/components/schemas/{name}"}},
        }
        paths[f"/{name.lower()}"] = {
            "get": {
                "operationId": f"get_{name.lower()}",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "One.",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    }
                },
            }
        }
    document = {
        "openapi": version,
        "info": {"title": "Random", "version": "1.0"},
        "servers": [{"url": "https://random.example"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    assert not any(keyword.iskeyword(name) for name in schemas)
    return Drawn(version, document, builder.names, builder.unions)
