"""The spec diff's exact output for every case of ``test_diff.CASES``, both ways (old -> new and new -> old).

``test_diff`` states which kinds and levels each case must produce; this pins everything else a change carries
(subject, message, pointer, order), so that reorganising the differ cannot change a word of a report or a
changelog. Diffing each case backwards also reaches the kinds that only a removal or a relaxation produces
(an undeprecated operation, a removed security scheme...). After an intended change of wording, rewrite the file
with ``UPDATE_DIFF_OUTPUT=1 pytest tests/unit/test_diff_output.py`` and review its diff.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import asdict
from pathlib import Path

from generator.release.diff import diff_documents
from tests.unit.test_diff import BASE, CASES

EXPECTED = Path(__file__).with_name("diff_output.jsonl")

#: Kinds that no forward case produces: only the backward diffs reach them, so the file must hold them.
BACKWARD_ONLY = {
    "additional-properties-allowed",
    "auth-alternative-removed",
    "body-now-required",
    "operation-undeprecated",
    "parameter-now-optional",
    "security-scheme-removed",
    "success-response-removed",
}


def render_cases() -> str:
    lines = []
    for name, mutate, _ in CASES:
        new = copy.deepcopy(BASE)
        mutate(new)
        for direction, (old_doc, new_doc) in (("forward", (BASE, new)), ("backward", (new, BASE))):
            for change in diff_documents(old_doc, new_doc).changes:
                lines.append(json.dumps({"case": name, "direction": direction, **asdict(change)}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def test_every_case_reports_exactly_as_recorded() -> None:
    actual = render_cases()
    if os.environ.get("UPDATE_DIFF_OUTPUT"):
        EXPECTED.write_text(actual, encoding="utf-8")
    assert actual == EXPECTED.read_text(encoding="utf-8")


def test_the_recorded_output_reaches_the_removal_kinds() -> None:
    recorded = {json.loads(line)["kind"] for line in EXPECTED.read_text(encoding="utf-8").splitlines()}
    assert recorded >= BACKWARD_ONLY, BACKWARD_ONLY - recorded
