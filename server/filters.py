"""The filter language of queries, exports and query annotations, compiled to an SQLite condition.

Grammar (keywords are lower case)::

    expr       := or
    or         := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | "(" expr ")" | comparison
    comparison := field op literal          op: == != > >= < <=
    field      := name ("." name)*          name: [A-Za-z_][A-Za-z0-9_]*
    literal    := number | "string" | true | false | null

``status >= 500 and service == "api"``. A comparison is false when the field is missing or of another JSON
type than the literal; ``a != x`` is exactly ``not (a == x)``. Booleans and null compare only with == and !=.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["FilterError", "SqlCondition", "compile_filter"]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
      | (?P<string>"(?:[^"\\]|\\.)*")
      | (?P<op>==|!=|>=|<=|>|<)
      | (?P<paren>[()])
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false", "null"}
_MAX_LENGTH = 4096
_MAX_DEPTH = 32


class FilterError(ValueError):
    """The filter expression is not valid; the message says where."""


@dataclass(frozen=True)
class SqlCondition:
    """An SQL boolean expression over the JSON column ``data`` and its parameters."""

    sql: str
    params: tuple[Any, ...]


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            start = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise FilterError(f"unexpected character {text[start]!r} at position {start}")
        kind = match.lastgroup or ""
        value = match.group(kind)
        tokens.append(_Token(kind, value, match.start(kind)))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.peek()
        if token is None:
            raise FilterError("unexpected end of expression")
        self.index += 1
        return token

    def keyword(self, word: str) -> bool:
        token = self.peek()
        if token is not None and token.kind == "name" and token.text == word:
            self.index += 1
            return True
        return False

    def parse(self) -> SqlCondition:
        condition = self.or_()
        token = self.peek()
        if token is not None:
            raise FilterError(f"unexpected {token.text!r} at position {token.pos}")
        return condition

    def or_(self) -> SqlCondition:
        parts = [self.and_()]
        while self.keyword("or"):
            parts.append(self.and_())
        return _join(parts, "OR")

    def and_(self) -> SqlCondition:
        parts = [self.not_()]
        while self.keyword("and"):
            parts.append(self.not_())
        return _join(parts, "AND")

    def not_(self) -> SqlCondition:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise FilterError(f"expression nested deeper than {_MAX_DEPTH} levels")
        try:
            if self.keyword("not"):
                inner = self.not_()
                return SqlCondition(f"NOT ({inner.sql})", inner.params)
            token = self.peek()
            if token is not None and token.kind == "paren" and token.text == "(":
                self.index += 1
                inner = self.or_()
                close = self.take()
                if close.text != ")":
                    raise FilterError(f"expected ')' at position {close.pos}")
                return inner
            return self.comparison()
        finally:
            self.depth -= 1

    def comparison(self) -> SqlCondition:
        field = self.take()
        if field.kind != "name" or field.text in _KEYWORDS:
            raise FilterError(f"expected a field name at position {field.pos}, got {field.text!r}")
        op = self.take()
        if op.kind != "op":
            raise FilterError(f"expected a comparison operator at position {op.pos}, got {op.text!r}")
        literal = self.take()
        path = "$." + field.text
        if literal.kind == "number":
            number = float(literal.text)
            value: Any = int(number) if number.is_integer() and abs(number) < 2**63 else number
            return _compare(path, op.text, "json_type(data, ?) IN ('integer', 'real')", (path,), value)
        if literal.kind == "string":
            try:
                text = json.loads(literal.text)
            except ValueError:
                raise FilterError(f"invalid string at position {literal.pos}") from None
            return _compare(path, op.text, "json_type(data, ?) = 'text'", (path,), text)
        if literal.kind == "name" and literal.text in ("true", "false", "null"):
            if op.text not in ("==", "!="):
                raise FilterError(f"{literal.text} can only be compared with == or != (position {op.pos})")
            equal = SqlCondition("coalesce(json_type(data, ?) = ?, 0)", (path, literal.text))
            return equal if op.text == "==" else SqlCondition(f"NOT ({equal.sql})", equal.params)
        raise FilterError(f"expected a number, a string, true, false or null at position {literal.pos}")


def _compare(path: str, op: str, type_sql: str, type_params: tuple[Any, ...], value: Any) -> SqlCondition:
    sql_op = "=" if op in ("==", "!=") else op
    equal = SqlCondition(f"coalesce(({type_sql}) AND json_extract(data, ?) {sql_op} ?, 0)", (*type_params, path, value))
    return equal if op != "!=" else SqlCondition(f"NOT ({equal.sql})", equal.params)


def _join(parts: list[SqlCondition], word: str) -> SqlCondition:
    if len(parts) == 1:
        return parts[0]
    return SqlCondition(
        f" {word} ".join(f"({part.sql})" for part in parts), tuple(p for part in parts for p in part.params)
    )


def compile_filter(text: str | None) -> SqlCondition:
    """Compile a filter expression; ``None`` or blank matches every event. Raises ``FilterError``."""
    if text is None or not text.strip():
        return SqlCondition("1", ())
    if len(text) > _MAX_LENGTH:
        raise FilterError(f"longer than {_MAX_LENGTH} characters")
    return _Parser(_tokenize(text)).parse()
