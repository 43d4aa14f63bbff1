"""Issue 26's CI slice: random documents, many valid instances each, every decoding property holds.

Derandomized (a fixed seed), no example database: the same documents and instances on every run. ``make fuzz``
runs a long slice with a fresh seed (``python -m tests.property``).
"""

from __future__ import annotations

import os

import pytest

from .harness import run

DOCUMENTS = int(os.environ.get("PROPERTY_DOCUMENTS", "40"))
INSTANCES = int(os.environ.get("PROPERTY_INSTANCES", "25"))

#: Failure classes another branch is fixing: reported in the summary, not failed on. Remove an entry once fixed.
KNOWN_OPEN: dict[str, str] = {}  # failure classes still open, by a phrase of their message: none

#: The summary of the last run, printed by conftest.py.
SUMMARY = ""


# 40 documents generated and 1,000 instances checked: 11-60 s depending on load (2026-12-05); Hypothesis's own
# deadline is off for this loop, so the bound is here.
@pytest.mark.timeout(300)
def test_random_documents_decode_every_valid_instance() -> None:
    global SUMMARY
    tally = run(DOCUMENTS, INSTANCES, seed=None)
    SUMMARY = tally.summary()
    open_failures = {key for key in tally.failures if any(known in key for known in KNOWN_OPEN)}
    failures = {key: tally.failures[key] for key in tally.failures if key not in open_failures}
    assert not failures, SUMMARY
    assert tally.documents >= DOCUMENTS
    assert tally.generated - tally.degraded >= DOCUMENTS * 3 // 4, SUMMARY
    assert tally.instances >= DOCUMENTS * INSTANCES // 2, SUMMARY
