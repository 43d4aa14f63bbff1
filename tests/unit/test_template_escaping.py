"""The rule of templates/README.md, enforced: every ``{{ ... }}`` in our templates escapes spec text or is known safe.

Each template is parsed with jinja's own parser (not regexes), and every expression that produces output is
checked: it must end in an escaping filter (optionally followed by layout filters), be a constant, call one of the
macros listed below, or read a value in the explicit allowlist, where each entry says why it cannot carry spec text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from jinja2 import Environment, nodes

from generator.render.project import TEMPLATES_DIR

TEMPLATES = sorted(TEMPLATES_DIR.glob("*.jinja"))

#: Filters that make text safe for the context the README assigns them to (``int`` and ``length`` give numbers).
ESCAPING = {
    "safe_for_docstring",
    "in_double_quote_literal",
    "in_f_string_literal",
    "as_unembedded_code",
    "int",
    "length",
}
#: Filters that may follow an escaping filter: they move whole lines or split at whitespace only.
LAYOUT = {"indent", "wordwrap"}
#: Filters that may follow escaping because they rewrite Python code token by token and never touch a string
#: literal: qualify_builtins only writes ``builtins.`` before a name token (generator/render/shadowing.py).
TOKEN_SAFE = {"qualify_builtins"}
#: opc's escaping keeps escape sequences whole for wordwrap widths above this (strings._MAX_ESCAPED_WORD_LENGTH).
MIN_WORDWRAP = 77

#: Macros whose output is checked where they are defined (ours, in this folder) or that come from opc 0.29.1's
#: endpoint_macros.py.jinja, which escapes spec text itself (the upstream security fix).
MACROS = {
    "call_signature": "ours: operation_macros.py.jinja",
    "docstring": "ours: operation_macros.py.jinja",
    "forward": "ours: operation_macros.py.jinja",
    "parameters": "ours: operation_macros.py.jinja",
    "signature": "ours: operation_macros.py.jinja",
    "header_params": "opc 0.29.1",
    "cookie_params": "opc 0.29.1",
    "query_params": "opc 0.29.1",
    "body_to_kwarg": "opc 0.29.1",
    "forward_args": "ours: operation_macros.py.jinja",
    "declare": "ours: operation_macros.py.jinja",
    "literal": "ours: operation_macros.py.jinja (values escaped with in_double_quote_literal or int)",
    "body_parameter": "ours: operation_macros.py.jinja",
    "paged_signature": "ours: operation_macros.py.jinja",
    "iterate_docstring": "ours: operation_macros.py.jinja",
    "json_path": "ours: operation_macros.py.jinja",
    "body_type": "ours: operation_macros.py.jinja",
    "parameter_doc": "ours: operation_macros.py.jinja",
    "body_kwarg": "ours: operation.py.jinja (falls back to opc's body_to_kwarg)",
    "parse_success": "ours: operation_macros.py.jinja (opc's parse_response, faster)",
    "lazy_getattr": "ours: lazy_names.py.jinja (constant text, no arguments)",
}

#: Values rendered as they are, and why each cannot carry spec text. Keyed by the expression's source, without
#: layout filters. A key may be limited to one template with "template:expression".
ALLOWLIST = {
    # Identifiers: made by opc's PythonIdentifier/ClassName, then generator/plan/names.py and operations.file_name.
    "op.module": "PythonIdentifier of the operationId, NFKC-normalised",
    "op.tag": "PythonIdentifier of the tag, NFKC-normalised",
    "tag.name": "PythonIdentifier of the tag, NFKC-normalised",
    "parameter.python_name": "PythonIdentifier, renamed by generator/plan/names.py when taken",
    "enum.class_info.name": "ClassName, overridden by generator/plan/names.py when reserved",
    "str_enum.py.jinja:key": "opc's enum member name: snake_case(...).upper() of the value",
    "int_enum.py.jinja:key": "opc's enum member name: VALUE_<n> or snake_case(x-enum-varnames).upper()",
    "str_enum.py.jinja:value": "escaped by opc's parser: EnumProperty.values_from_list applies in_double_quote_literal",
    "relative": "opc's import lines: 'from <relative module> import <ClassName>', identifiers only",
    "mode.name()": "a name from generator/plan/pairs.py's table, or 'Async' + a ClassName",
    "operation_macros.py.jinja:twin.name()": "body_type's Mode (the caller's, else pairs.ASYNC): a table name",
    "mode.client": "generator/plan/pairs.py: Client or AsyncClient",
    "mode.package": "generator/plan/pairs.py: api or aio",
    "mode.def_": "generator/plan/pairs.py: def or async def",
    "mode.await_": "generator/plan/pairs.py: '' or 'await '",
    "mode.label": "generator/plan/pairs.py: synchronous or asynchronous",
    # Values the generator validates or builds from a fixed vocabulary.
    "op.method": "the HTTP method opc matched against its fixed list, upper case",
    "scheme.kind": "operations.security_schemes: bearer, basic or api_key",
    "scheme.location": "operations.security_schemes: header, query, cookie or ''",
    "code_range[...]": "status codes opc parsed as integers",
    "package_name": "validated by config.package_name_problem: [a-z_][a-z0-9_]*, not a keyword or module name",
    "project_name": "validated by config._PROJECT_RE, or the package name with dashes",
    "env_prefix": "validated by config._ENV_RE, or the package name upper-cased",
    "http_library": "validated by http_library.check_http_library: httpx or httpx2",
    "auth.env_token": "validated by config._ENV_RE (auth.env_token), or env_prefix + '_TOKEN'",
    "auth.env_base_url": "validated by config._ENV_RE (auth.env_base_url), or env_prefix + '_BASE_URL'",
    "auth.token_used": "a bool (auth.Credentials.token_used)",
    "varying.python_name": "PythonIdentifier of the batch helper's varying parameter",
    # Arguments (generator/plan/arguments.py): identifiers only; enum values and field docs are escaped in place.
    "field.argument": "a body field's PythonIdentifier, with trailing underscores when taken",
    "field.attribute": "a body model attribute's PythonIdentifier",
    "argument": "a body field argument (see field.argument)",
    "arguments.model": "opc's ClassName of the body model",
    "field.choice.enum_class": "opc's ClassName of an enum",
    "enum.enum_class": "opc's ClassName of an enum",
    "op.model_body": "opc's ClassName of the body model, or ''",
    "query.variable": "'json_' + opc's PythonIdentifier of a query parameter (plan/query_styles.py)",
    "operation.py.jinja:name": "a parameter's PythonIdentifier (the keys of Operation.choices)",
    "example.module": "README example: an Operation.module (see op.module)",
    "example_tag.name": "README example: a Tag.name (see tag.name)",
    "op.stream_item[...]": "(module, class) of an opc model: PythonIdentifier and ClassName",
    "op.stream_item": "(module, class) of an opc model, or None; rendered only through [0] and [1]",
    "op.stream_flag[...]": "(ClassName of an opc body model, PythonIdentifier of its boolean field)",
    "event[...]": "x-event-schemas: (event name, module, class); [1] and [2] are an opc model's names",
    "named[...]": "x-event-schemas: [2] is an opc ClassName ([0], the event name, is escaped where rendered)",
    # Pagination records (generator/plan/pagination.py): fixed vocabularies, validated values, opc names.
    "p.style": "pagination.STYLES, set from constants",
    "op.pagination.declaration.style": "pagination.STYLES, set from constants",
    "p.kind": "cursor, offset, page, link or url, set from constants",
    "p.location": "validated: query or body",
    "p.first_page": "validated: an int from 0 to _MAX_INDEX",
    "paged.root_check": "an opc ClassName or 'list'",
    "paged.item_model": "an opc ClassName (the items' generated model), or ''",
    "step.attr": "an opc PythonIdentifier",
    "field.role": "source, has_more or total (generator/plan/pagination.py _resolve_fields)",
    "field.condition": "isinstance/len checks built from opc ClassNames, PythonIdentifiers and ints (Field)",
    "field.expression": "'page' + opc PythonIdentifiers and integer indices (Field)",
    "step.check": "an opc ClassName or 'list'",
    "paged.start_arg": "'start' plus underscores until free",
    "paged.max_items_arg": "'max_items' plus underscores until free",
    "op.pagination.start_arg": "'start' plus underscores until free",
    "op.pagination.max_items_arg": "'max_items' plus underscores until free",
    "loop.index": "a jinja loop counter",
    "loop.index0": "a jinja loop counter",
    "operation_macros.py.jinja:key": "json_path renders a key raw only under `key is integer`",
    "operation_macros.py.jinja:source": "forward_args's record variable: every caller passes a constant ('item')",
    # Overrides of opc 0.29.1 templates (bench: fast from_dict, lazy models/__init__): upstream's expressions.
    "model.py.jinja:_prepare_field_dict()": "a macro of model.py.jinja itself (opc 0.29.1's)",
    "model.py.jinja:_to_dict()": "a macro of model.py.jinja itself (opc 0.29.1's)",
    "model.py.jinja:_transform_property()": "a macro of model.py.jinja itself (opc 0.29.1's)",
    "model.py.jinja:declare_property()": "a macro of model.py.jinja itself (opc 0.29.1's)",
    "model.py.jinja:multipart()": "a macro of model.py.jinja itself (opc 0.29.1's)",
    "model.py.jinja:property.to_docstring()": "opc's Property.to_docstring applies safe_for_docstring",
    "model.py.jinja:class_name": "opc's ClassName of the model",
    "model.py.jinja:content": "opc's own macro output (property declaration), escaped upstream",
    "model.py.jinja:source": "a Python expression built in the template from in_double_quote_literal keys",
    "model.py.jinja:lazy_import": "opc's import lines: identifiers only",
    "model.py.jinja:model.additional_properties.python_name": "PythonIdentifier",
    "model.py.jinja:module_name": "opc's module name (PythonIdentifier), '_'-prefixed when taken",
    "model.py.jinja:property.python_name": "PythonIdentifier",
    "prop_template.construct()": "opc 0.29.1's property template macros (escaped upstream)",
    "prop_template.multipart()": "opc 0.29.1's property template macros (escaped upstream)",
    "prop_template.transform()": "opc 0.29.1's property template macros (escaped upstream)",
    "response.prop.python_name": "PythonIdentifier",
    "models_init.py.jinja:import": "opc's import_string_from_class: 'from .<module> import <ClassName>'",
    "models_init.py.jinja:name": "opc's ClassName of a model",
    "models_init.py.jinja:module": "opc's module name of a model (PythonIdentifier)",
    "models_init.py.jinja:all": "opc's ClassName of a model",
    # opc's own escaping helpers.
    "parameter.to_docstring()": "opc's Property.to_docstring applies safe_for_docstring to type, description, "
    "default and example; the name is a PythonIdentifier",
}

#: Extra filters allowed after escaping in one template. README.md is markdown, not code: nothing in it runs, and
#: table cells escape '|' and join lines after the docstring filter.
TEMPLATE_LAYOUT = {"README.md.jinja": {"replace"}, "api_reference.md.jinja": {"replace"}}

ENV = Environment(trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"])


def _source(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_source(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        return f"{_source(node.node)}[...]"
    if isinstance(node, nodes.Call):
        return f"{_source(node.node)}()"
    return type(node).__name__


def _problem(template: str, node: nodes.Node, used: Counter[str], safe: frozenset[str] = frozenset()) -> str | None:
    """Why this output expression breaks the rule, or None when it follows it.

    ``safe`` holds the template's ``{% set %}`` names whose every assignment follows the rule.
    """
    if isinstance(node, nodes.Const):
        return None
    if isinstance(node, nodes.CondExpr):
        return _problem(template, node.expr1, used, safe) or (
            _problem(template, node.expr2, used, safe) if node.expr2 is not None else None
        )
    if isinstance(node, nodes.Concat):  # a ~ b ~ c: every part must be safe
        return next((p for part in node.nodes if (p := _problem(template, part, used, safe))), None)
    if isinstance(node, nodes.Add):
        return _problem(template, node.left, used, safe) or _problem(template, node.right, used, safe)
    if isinstance(node, nodes.Getitem) and isinstance(node.node, nodes.Dict):  # {"a": "x", ...}[key]
        if all(isinstance(pair.value, nodes.Const) for pair in node.node.items):
            return None
    filters: list[nodes.Filter] = []
    while isinstance(node, nodes.Filter):
        filters.append(node)
        node = node.node
    filters.reverse()  # innermost (applied first) to outermost
    names = [f.name for f in filters]
    layout = LAYOUT | TOKEN_SAFE | TEMPLATE_LAYOUT.get(template, set())
    escaping = [i for i, name in enumerate(names) if name in ESCAPING]
    if escaping:
        for later in filters[escaping[-1] + 1 :]:
            if later.name not in layout:
                return f"filter {later.name!r} after escaping can break the escaped text"
            if later.name == "wordwrap":
                width = later.args[0] if later.args else None
                if not (
                    isinstance(width, nodes.Const) and isinstance(width.value, int) and width.value >= MIN_WORDWRAP
                ):
                    return f"wordwrap needs a constant width >= {MIN_WORDWRAP} after escaping"
        return None
    if any(name not in layout | {"capitalize"} for name in names):
        return f"{_source(node)!r} with filters {names} is neither escaped nor in the allowlist"
    base = node.node if isinstance(node, nodes.Getitem) else node
    if isinstance(base, nodes.Name) and base.name in safe:
        return None
    if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and node.node.name in MACROS:
        used[f"macro:{node.node.name}"] += 1
        return None
    source = _source(node)
    for key in (f"{template}:{source}", source):
        if key in ALLOWLIST:
            used[key] += 1
            return None
    return f"{source!r} with filters {names or 'none'} is neither escaped nor in the allowlist"


def _outputs(path: Path) -> list[nodes.Node]:
    tree = ENV.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for output in tree.find_all(nodes.Output)
        for node in output.nodes
        if not isinstance(node, nodes.TemplateData)
    ]


def _safe_names(path: Path, used: Counter[str]) -> frozenset[str]:
    """``{% set name = ... %}`` names whose every assignment in the template follows the rule."""
    verdicts: dict[str, bool] = {}
    for assign in ENV.parse(path.read_text(encoding="utf-8")).find_all(nodes.Assign):
        if isinstance(assign.target, nodes.Name):
            ok = _problem(path.name, assign.node, used) is None
            verdicts[assign.target.name] = verdicts.get(assign.target.name, True) and ok
    return frozenset(name for name, ok in verdicts.items() if ok)


def _check(path: Path, used: Counter[str]) -> list[str]:
    safe = _safe_names(path, used)
    return [
        f"{path.name}:{node.lineno}: {problem}"
        for node in _outputs(path)
        if (problem := _problem(path.name, node, used, safe)) is not None
    ]


def test_there_are_templates_to_check() -> None:
    assert len(TEMPLATES) >= 10
    assert sum(len(_outputs(path)) for path in TEMPLATES) > 100


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_every_output_is_escaped_or_known_safe(path: Path) -> None:
    problems = _check(path, Counter())
    assert not problems, "\n".join(problems) + "\nSee templates/README.md for the rule."


def test_the_allowlist_has_no_stale_entries() -> None:
    used: Counter[str] = Counter()
    for path in TEMPLATES:
        _check(path, used)
    assert set(ALLOWLIST) <= set(used), f"unused allowlist entries: {sorted(set(ALLOWLIST) - set(used))}"
    assert {f"macro:{name}" for name in MACROS} <= set(used)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('"{{ op.path }}"', "neither escaped nor in the allowlist"),
        ('"{{ op.path | in_double_quote_literal }}"', None),
        ('"""{{ op.summary | safe_for_docstring | truncate(80) }}"""', "filter 'truncate' after escaping"),
        ('"""{{ op.summary | safe_for_docstring | wordwrap(40) }}"""', "wordwrap needs a constant width"),
        ('"""{{ op.summary | safe_for_docstring | wordwrap(100) | indent(4) }}"""', None),
        ("{{ x if y else op.summary }}", "neither escaped nor in the allowlist"),
        ("{{ 'a' if y else 'b' }}", None),
        ("{{ tag.name }}", None),
        ("{{ tag.name | upper }}", "neither escaped nor in the allowlist"),
        ("{{ evil_macro(op) }}", "neither escaped nor in the allowlist"),
        ("{{ '``' ~ op.module ~ '``' }}", None),
        ("{{ '``' ~ op.summary ~ '``' }}", "neither escaped nor in the allowlist"),
        ("{{ {'a': 'x', 'b': 'y'}[p.kind] }}", None),
        ("{{ {'a': op.summary}[p.kind] }}", "neither escaped nor in the allowlist"),
        ("{% set t = op.summary | safe_for_docstring %}{{ t }}", None),
        ("{% set t = op.summary %}{{ t }}", "neither escaped nor in the allowlist"),
    ],
)
def test_the_checker_catches_unescaped_text(snippet: str, expected: str | None) -> None:
    tree = ENV.parse(snippet)
    node = next(
        n for output in tree.find_all(nodes.Output) for n in output.nodes if not isinstance(n, nodes.TemplateData)
    )
    path = Path("/nonexistent/example.py.jinja")
    verdicts = {
        a.target.name: _problem(path.name, a.node, Counter()) is None
        for a in tree.find_all(nodes.Assign)
        if isinstance(a.target, nodes.Name)
    }
    safe = frozenset(name for name, ok in verdicts.items() if ok)
    problem = _problem(path.name, node, Counter(), safe)
    assert (problem is None) if expected is None else (problem is not None and expected in problem)
