"""Errors the generator reports to its user: each names where in the spec the problem is."""

from __future__ import annotations

__all__ = ["GenerationError", "SpecError", "json_pointer"]


def json_pointer(parts: tuple[object, ...] | list[object]) -> str:
    """Render a path into a document as an RFC 6901 JSON pointer fragment, e.g. ``#/paths/~1datasets/get``."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "#/" + "/".join(escaped) if parts else "#"


class GenerationError(Exception):
    """A problem that stops generation. The CLI prints it and exits with status 2, never a traceback."""


class SpecError(GenerationError):
    """The spec is broken or unsupported at a known location."""

    def __init__(self, pointer: str, problem: str) -> None:
        self.pointer = pointer
        self.problem = problem
        super().__init__(f"{pointer}: {problem}")
