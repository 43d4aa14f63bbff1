"""Print the property run's counts and failure classes at the end of the session (the report issue 26 asks for)."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from . import test_generality

    if test_generality.SUMMARY:
        terminalreporter.write_sep("-", "random documents: decoding properties")
        terminalreporter.write_line(test_generality.SUMMARY.splitlines()[0])
