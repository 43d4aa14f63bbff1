"""The arguments an operation takes beyond opc's: a JSON body's fields as keywords, an enum's plain values.

Nothing here renders text: templates declare the arguments from these records, and the runtime
(``templates/runtime/arguments.py``) checks and converts them before a request is sent.

Body fields as keyword arguments (``issues.create(owner=..., repo=..., title=..., labels=[...])``):

- an operation gets them when it has exactly one request body, that body is JSON and an object model (opc's
  ``ModelProperty``) with at least one and at most ``MAX_BODY_FIELDS`` declared properties. A map
  (``additionalProperties`` and no properties), a union, an array, a degraded (``Any``) body, a body with many
  media types or a model wider than the limit is passed as ``body=`` only (a model or a ``dict``). A model with
  declared properties *and* ``additionalProperties`` gets its declared fields; extra keys go through ``body=``.
- every field argument defaults to ``UNSET``, also the required ones: ``body=`` may supply them instead, so the
  runtime checks them (a ``TypeError`` naming the missing ones, before anything is sent), not the signature.
- a field whose Python name is taken (by a path/query/header/cookie parameter, or by a name the generated code
  uses: ``body``, ``client``, ``request_options``, the paginator's and streams' arguments...) keeps the parameter
  its name; the field is offered with a trailing underscore (``owner_``; more underscores until free), as PEP 8
  suggests for a name that is taken, and generation warns. The order is the model's: the result is deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._upstream import EnumProperty, ListProperty, ModelProperty, UnionProperty, non_null_member, untrusted
from .argument_records import BodyArguments, BodyField, Choice
from .fixups import RESERVED_NAMES, STREAM_NAMES

if TYPE_CHECKING:
    from .operations import Operation
    from .pairs import Mode

__all__ = [
    "MAX_BODY_FIELDS",
    "BodyArguments",
    "BodyField",
    "Choice",
    "body_arguments",
    "choice",
    "signature_lines",
]

#: The widest body model whose fields become keyword arguments. OpenAI's chat completion, the widest common
#: hand-written case, has about 35; past 64 a signature stops being readable and ``body=`` reads better.
MAX_BODY_FIELDS = 64

#: Names a body field argument may not take besides the operation's parameters: the locals and arguments of the
#: generated functions (``fixups.RESERVED_NAMES``), of ``stream``/``to_file`` and ``iterate``, and the module-level
#: functions an endpoint module calls.
FIELD_RESERVED = (
    RESERVED_NAMES
    | STREAM_NAMES
    | {"max_resumes", "start", "max_items", "call", "call_detailed", "build_request", "parse_response", "one", "args"}
)


def choice(prop: Any) -> Choice | None:
    """The plain values an argument of this property accepts besides the enum's members: for an enum, a nullable
    enum (opc's union of the enum and ``None``) or a list of the enum (each item); ``None`` for anything else."""
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
        item = choice(prop.inner_property)
        return None if item is None else Choice(enum_class=item.enum_class, values=item.values, is_list=True)
    if isinstance(prop, UnionProperty):  # a nullable enum (a nullable list of one keeps its declared type)
        prop = non_null_member(prop)
    if not isinstance(prop, EnumProperty):
        return None
    # opc keeps str values escaped for a "..." literal (EnumProperty.values_from_list): read them back as the spec's
    # text, so templates escape them where they render them, like every other spec text.
    values = tuple(value if isinstance(value, int) else json.loads(f'"{value}"') for value in prop.values.values())
    return Choice(enum_class=str(prop.class_info.name), values=values)


def body_arguments(op: Operation, models: Mapping[str, Any]) -> tuple[BodyArguments | None, list[str]]:
    """The body fields ``op`` takes as keyword arguments (``None``: ``body=`` only) and the renames to report.

    ``models`` are the generated model classes by name: the body's own property may be a copy whose properties
    still have the names ``plan/names.py`` changed in the model (a property ``cast`` is the attribute ``cast_``).
    """
    bodies = op.endpoint.bodies
    if len(bodies) != 1 or str(bodies[0].body_type) != "json" or not isinstance(bodies[0].prop, ModelProperty):
        return None, []
    model = models.get(str(bodies[0].prop.class_info.name), bodies[0].prop)
    if model.required_properties is None or model.optional_properties is None:
        return None, []
    props = [*model.required_properties, *model.optional_properties]
    if not props or len(props) > MAX_BODY_FIELDS:
        return None, []
    taken = {str(parameter.python_name) for parameter in op.parameters} | FIELD_RESERVED
    if op.pagination is not None:
        taken |= {op.pagination.start_arg, op.pagination.max_items_arg}
    attributes = {str(prop.python_name) for prop in props}
    fields: list[BodyField] = []
    reports: list[str] = []
    for prop in props:
        attribute = str(prop.python_name)
        argument = attribute
        while argument in taken or (argument != attribute and argument in attributes):
            argument += "_"
        if argument != attribute:
            reports.append(
                f"{op.method} {op.spec_path}: body field {untrusted(prop.name)!r} is the argument {argument}= "
                f"({attribute!r} is taken by a parameter or the generated code)"
            )
        taken.add(argument)
        fields.append(
            BodyField(
                argument=argument,
                attribute=attribute,
                name=untrusted(prop.name),
                type=prop.get_type_string(no_optional=True),
                required=bool(prop.required),
                description=untrusted(prop.description or ""),
                choice=choice(prop),
                default=str(prop.default.python_code.as_unembedded_code()) if prop.default is not None else "",
            )
        )
    required = bool(bodies[0].prop.required)
    return BodyArguments(model=str(model.class_info.name), fields=tuple(fields), body_required=required), reports


def signature_lines(op: Operation, mode: Mode) -> list[str]:
    """The keyword parameters of ``op``'s ``call`` in ``mode``'s twin as raw source lines, for documentation
    (templates escape them; the code itself comes from the templates' macros, which escape as they render)."""
    endpoint = op.endpoint
    lines = [_declaration(op, parameter) for parameter in endpoint.path_parameters]
    bodies = endpoint.bodies
    if len(bodies) == 1 and op.model_body:
        optional = op.body_arguments is not None or not bodies[0].prop.required
        lines.append(f"body: {op.model_body} | dict[str, Any]" + (" | Unset = UNSET" if optional else ""))
    elif bodies:
        types = " | ".join(op.body_type_text(body, mode) for body in bodies)
        required = all(body.prop.required for body in bodies)
        lines.append(f"body: {types}" + ("" if required else (" | Unset = UNSET" if len(bodies) > 1 else " = UNSET")))
    for field in op.body_arguments.fields if op.body_arguments else ():
        literal = f" | {field.choice.literal_text}" if field.choice else ""
        lines.append(f"{field.argument}: {field.type.as_unembedded_code()}{literal} | Unset = UNSET")
    others = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    lines.extend(_declaration(op, parameter) for parameter in others)
    lines.append("request_options: RequestOptions | None = None")
    return lines


def _declaration(op: Operation, parameter: Any) -> str:
    found = op.choices.get(str(parameter.python_name))
    if found is None:
        return str(parameter.to_string().as_unembedded_code())
    text = f"{parameter.python_name}: {parameter.get_type_string(no_optional=True).as_unembedded_code()}"
    text += f" | {found.literal_text}" + ("" if parameter.required else " | Unset")
    if parameter.default is not None:
        return f"{text} = {parameter.default.python_code.as_unembedded_code()}"
    return text if parameter.required else f"{text} = UNSET"
