"""Builtins written ``builtins.<name>`` where a resource method of that name would shadow them.

A resource class can have a method named like a builtin (``client.apps.list()``, as hand-written SDKs name it).
Inside the class body that name is the method: ``list[Widget]`` in the annotation of another method then means
the method, subscripted (a ``TypeError`` when evaluated, and mypy's ``Function "...list" is not valid as a
type``). Annotations of the resource are strings (``from __future__ import annotations``), so only type checkers
resolve them; this filter makes what they resolve the builtin.

The rewrite works on tokens, not text: a parameter named ``list`` (``list: int``), an attribute (``x.list``), a
keyword argument and any string literal (``Literal["list[x]"]``, a default) are left as they are.
"""

from __future__ import annotations

import builtins
import io
import tokenize
from collections.abc import Iterable

__all__ = ["qualify_builtins"]

_BUILTINS = frozenset(dir(builtins))
_SKIP = frozenset({tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT})


def qualify_builtins(code: str, method_names: Iterable[str]) -> str:
    """``code`` (a type, or the parameter declarations of a signature) with every builtin that one of
    ``method_names`` shadows written ``builtins.<name>``; unchanged when none does, or when it does not tokenize."""
    shadowed = {name for name in method_names if name in _BUILTINS and name in code}
    if not shadowed:
        return code
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type not in _SKIP]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return code
    starts = [0]
    for line in code.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits: list[int] = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string not in shadowed:
            continue
        before = tokens[index - 1].string if index else ""
        after = tokens[index + 1].string if index + 1 < len(tokens) else ""
        if before == "." or after in (":", "="):  # an attribute, a parameter's name, a keyword argument
            continue
        row, column = token.start
        edits.append(starts[row - 1] + column)
    for offset in reversed(edits):
        code = f"{code[:offset]}builtins.{code[offset:]}"
    return code
