"""Cross-check our diff classification against Atlassian's ``openapi-diff`` (npm), on the pairs of tests/unit/test_diff.

Not part of ``make test`` (it needs node and a package from npm). Run it by hand:

    npm install --prefix /tmp/oad openapi-diff@0.24.1
    .venv/bin/python tests/crosscheck/openapi_diff.py /tmp/oad/node_modules/.bin/openapi-diff

openapi-diff reads JSON OpenAPI 3.0 only, so each pair is converted from 3.1 (``type: [X, "null"]`` becomes
``nullable: true``). It compares wire contracts (paths, parameters, body schemas), not a Python package, so the
verdicts are expected to differ where the Python names matter (operationId, tags, model names); the script
prints every case with both verdicts and the disagreements.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_diff import BASE, CASES  # noqa: E402

from generator.release.diff import diff_documents  # noqa: E402


def to_30(node: Any) -> Any:
    """A 3.1 document as 3.0: type lists become one type (+ ``nullable``) or a oneOf."""
    if isinstance(node, list):
        return [to_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: to_30(value) for key, value in node.items()}
    if out.get("openapi") == "3.1.0":
        out["openapi"] = "3.0.3"
    kind = out.get("type")
    if isinstance(kind, list):
        types = [t for t in kind if t != "null"]
        if "null" in kind:
            out["nullable"] = True
        if len(types) == 1:
            out["type"] = types[0]
        else:
            del out["type"]
            out["oneOf"] = [{"type": t} for t in types]
    return out


def their_verdict(tool: str, old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "old.json", Path(tmp) / "new.json"
        a.write_text(json.dumps(to_30(old)))
        b.write_text(json.dumps(to_30(new)))
        run = subprocess.run([tool, str(a), str(b)], capture_output=True, text=True, check=False)
    text = run.stdout
    start = text.find("{")
    if start < 0 and "No changes found" in text:
        return False, []
    if start < 0:
        raise RuntimeError(f"openapi-diff failed: {run.stderr or text}")
    result = json.loads(text[start:])
    codes = [
        f"{d['code']}:{d['type']}"
        for key in ("breakingDifferences", "nonBreakingDifferences", "unclassifiedDifferences")
        for d in result.get(key) or []
    ]
    return bool(result.get("breakingDifferencesFound")), codes


def main(tool: str) -> int:
    agree = seen = agree_seen = 0
    disagreements: list[str] = []
    base = copy.deepcopy(BASE)
    del base["components"]["schemas"]["Pet"]["properties"]["children"]  # openapi-diff rejects recursive schemas
    for name, mutate, _expected in CASES:
        new = copy.deepcopy(base)
        mutate(new)
        ours = diff_documents(base, new).breaking
        theirs, codes = their_verdict(tool, base, new)
        same = ours == theirs
        agree += same
        seen += bool(codes)
        agree_seen += same and bool(codes)
        line = (
            f"{'=' if same else '!'} {name}: ours={'breaking' if ours else 'ok'} "
            f"theirs={'breaking' if theirs else 'ok'} {codes}"
        )
        print(line)
        if not same:
            disagreements.append(line)
    print(f"\n{agree}/{len(CASES)} cases agree on breaking/non-breaking; {len(disagreements)} differ.")
    print(f"openapi-diff saw a difference in {seen} cases; on those, {agree_seen}/{seen} agree.")
    print("Disagreements:")
    print("\n".join(disagreements))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "openapi-diff"))
