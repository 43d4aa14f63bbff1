"""Hostile strings: text that tries to break out of every context spec text lands in.

Code payloads carry two markers. ``PWNED`` sets ``builtins.PWNED``; ``TOUCH`` and the shell payloads create the
file named by the environment variable ``FUZZ_MARKER``. Either one appearing after an import or a call means spec
text ran as code.
"""

from __future__ import annotations

__all__ = ["CODE", "NAMES", "PAYLOADS", "PWNED", "TOUCH", "variants"]

PWNED = "__import__('builtins').__setattr__('PWNED', 1)"
TOUCH = "__import__('pathlib').Path(__import__('os').environ['FUZZ_MARKER']).touch()"

#: Attempts to leave a string, docstring, comment, template or shell context and run a marker.
CODE = [
    f'"""; {PWNED} #',
    f'"""\n{PWNED}\n"""',
    f"'''\n{PWNED}\n'''",
    f'" + {PWNED} + "',
    f"' + {TOUCH} + '",
    f'\\"; {PWNED} #',
    f'\\\\"""; {TOUCH} #',
    f"line\n{PWNED}\n#",
    f"\r\n{TOUCH}\r\n",
    f"# {PWNED}",
    f"\\\n{PWNED}",
    f"{{{{ {PWNED} }}}}",
    "{{ config.__class__.__init__.__globals__ }}",
    "{% for x in range(9999999) %}{% endfor %}",
    "{# unclosed",
    f"${{{PWNED}}}",
    '$(touch "$FUZZ_MARKER")',
    '`touch "$FUZZ_MARKER"`',
    f"\u2028{PWNED}\u2029",
    f"\x00{PWNED}",
    f"{{{PWNED}}}",
    f'f"{{{PWNED}}}"',
    f"\\N{{QUOTATION MARK}}\\N{{QUOTATION MARK}}\\N{{QUOTATION MARK}}; {PWNED} #",
    f"\\x22\\x22\\x22; {PWNED} #",
    f"\\u0022\\u0022\\u0022; {TOUCH} #",
    f"*/ {PWNED} /*",
    f"]]; {PWNED}; [[",
    f'"\n[tool.evil]\nx = "{PWNED}',
]

#: The same breakouts without spaces, for fields that refuse whitespace (pagination parameter names, paths).
CODE += [
    '"""+__import__("builtins").__setattr__("PWNED",1)+"""',
    "'+__import__('builtins').__setattr__('PWNED',1)+'",
    '\\"];__import__("builtins").__setattr__("PWNED",1);#',
    '"}+__import__("builtins").__setattr__("PWNED",1)+{"',
]

#: Odd text that is not code but breaks naive quoting, wrapping, encoding or parsing.
TEXT = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "ends with a backslash \\",
    "\\\\\\",
    "\n",
    "\r",
    "\t",
    "#",
    "{}",
    "{0}",
    "{x}",
    "%s",
    "%(x)s",
    "\u2028",
    "\u2029",
    "\x00",
    "\x0b\x0c\x1b[31m\x7f",
    "\u200b",
    "\u202e evil",
    "\ufeff",
    "ünïcödé",
    "名前",
    "\U0001d518\U0001d52b",
    "e\u0301",
    "A" * 5000,
    "\\" * 301,
    '"""' * 150,
    "word " * 400,
    "x" * 81 + "\\" + "y",
    "a" * 70 + '"""' * 5 + " b",
    "a" * 73 + "\\" * 5 + " b",
    "",
    " ",
]

#: Names that collide with Python syntax, builtins, dunders, our runtime or each other.
NAMES = [
    "class",
    "def",
    "import",
    "from",
    "None",
    "True",
    "False",
    "self",
    "async",
    "await",
    "match",
    "lambda",
    "print",
    "list",
    "type",
    "id",
    "str",
    "exec",
    "eval",
    "open",
    "object",
    "__import__",
    "__init__",
    "__class__",
    "__dict__",
    "__getattr__",
    "__all__",
    "__version__",
    "__builtins__",
    "__name__",
    "_",
    "__",
    "0",
    "1abc",
    "-",
    "client",
    "close",
    "httpx",
    "UNSET",
    "Unset",
    "Response",
    "call",
    "call_detailed",
    "build_request",
    "parse_response",
    "OPERATION",
    "request_options",
    "json_body",
    "kwargs",
    "_kwargs",
    "params",
    "headers",
    "cookies",
    "d",
    "field_dict",
    "additional_properties",
    "to_dict",
    "from_dict",
    "models",
    "api",
    "aio",
    "types",
    "errors",
    "Client",
    "AsyncClient",
    "Response",
    "RequestOptions",
    "Operation",
    "Any",
    "T",
    "File",
    "cast",
    "prop_name",
    "src_dict",
    "body",
    "tags_item",
    "x_type_0",
    "json_x",
    "x",
]

PAYLOADS = CODE + TEXT + NAMES


def variants(name: str) -> list[str]:
    """Names that differ from ``name`` only by case or punctuation (they sanitise to the same identifier), or that
    are the name of one of its generated helpers."""
    base = name or "x"
    return [
        base.upper(),
        base.lower(),
        base.capitalize(),
        f"{base}_",
        f"_{base}",
        f"{base}-",
        f"{base}.",
        f"{base} ",
        f"{base}!",
        base.replace("_", "-"),
        base.replace("_", ""),
        f"{base[:1]}-{base[1:]}",
        f"{base[:1]}_{base[1:]}",
        f"{base}_many",  # the name of the batch helper of an operation with one required parameter
    ]
