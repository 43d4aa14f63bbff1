"""Print the fuzzers' counts per category at the end of the run (they are the report the issue asks for)."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from . import test_generator_fuzz, test_responses

    if test_generator_fuzz.TABLE:
        terminalreporter.write_sep("-", "hostile specs: cases per category and outcome")
        terminalreporter.write_line(test_generator_fuzz.TABLE)
    if test_responses.STATS:
        terminalreporter.write_sep("-", "lying responses: outcomes per category")
        for category, counts in test_responses.STATS.items():
            terminalreporter.write_line(f"{category:<20} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
