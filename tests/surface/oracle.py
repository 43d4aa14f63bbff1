"""The surface-diff oracle: does the report's "breaking" match what breaks code written against the old package?

For a pair of specs: ``diff_specs`` generates both packages (kept in a work folder) and makes the report; the
old package gives a "uses everything" script (``uses_everything.py``); ``mypy --strict`` checks that script against
the new package. Each mypy error line has a key (``models.X``, ``models.X.f``, ``client.r.m``...); each breaking
item of the report has one too (from its pointer). An error is *recalled* when a breaking item has a related key
(equal, or one inside the other); a breaking item is *confirmed* when an error has a related key.

``python -m tests.surface.oracle`` runs the whole corpus (``corpus()``) and prints recall and precision.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import diff_specs
from generator.spec.loader import load_document

ROOT = Path(__file__).resolve().parents[2]
BASE = Path(__file__).parent / "specs" / "surface_changes.yaml"
# shared/ lies beside the clone in CI, beside the folder of worktrees on a developer's machine
SHARED = next((p / "specs" for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT)
Mutation = Callable[[dict[str, Any]], None]


@dataclass
class Outcome:
    """One pair: the mypy error keys (line → key), the breaking items' keys, and what matched."""

    name: str
    errors: dict[int, str] = field(default_factory=dict)
    error_text: dict[int, str] = field(default_factory=dict)
    breaking: list[tuple[str, str]] = field(default_factory=list)  # (key, message)

    @property
    def missing_classes(self) -> set[str]:
        """Classes whose import fails: code naming them breaks there, and nowhere after (mypy reads them as Any)."""
        return {key.removeprefix("models.") for key in self.errors.values() if key.count(".") == 1}

    @property
    def missed(self) -> list[str]:
        """Error lines no breaking item accounts for."""
        return [
            f"{self.name}: line {line} ({key}): {self.error_text[line]}"
            for line, key in self.errors.items()
            if not any(_related(key, item) for item, _ in self.breaking)
        ]

    @property
    def unconfirmed(self) -> list[str]:
        """Breaking items no error confirms. An item whose old type names a class that no longer imports (a
        paginator of ``Order`` become ``Paginator[Any]``) is confirmed by that import's error."""
        missing = self.missing_classes
        return [
            f"{self.name}: {key}: {message}"
            for key, message in self.breaking
            if not any(_related(key, error) for error in self.errors.values())
            and not any(re.search(rf"\b{re.escape(name)}\b", message.split("→")[0]) for name in missing)
        ]


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _mypy(script: Path, package_root: Path, cache: Path) -> dict[int, str]:
    env = {**os.environ, "MYPYPATH": str(package_root)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    errors: dict[int, str] = {}
    for line in result.stdout.splitlines():
        match = re.match(rf"^{re.escape(str(script))}:(\d+): error: (.*)$", line)
        if match:
            errors.setdefault(int(match[1]), match[2])
    return errors


@dataclass
class _Baseline:
    package: str
    script: str
    keys: dict[int, str]
    errors: dict[int, str]  # the script against the old package itself (none expected)


def _baseline(old_root: Path, folder: Path, cache: Path) -> _Baseline:
    package = next(path.name for path in old_root.iterdir() if (path / "__init__.py").is_file())
    built = subprocess.run(
        [sys.executable, "-m", "tests.surface.uses_everything", str(old_root), package],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    data = json.loads(built.stdout)
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "uses_everything.py"
    script.write_text(data["script"], encoding="utf-8")
    keys = {int(line): key for line, key in data["keys"].items()}
    return _Baseline(package, data["script"], keys, _mypy(script, old_root, cache))


def evaluate_base(label: str, old_spec: Path, mutated: list[tuple[str, Path]], work: Path) -> list[Outcome]:
    """Run the oracle on every mutation of one spec: the old package's script and its baseline are made once."""
    cache = work / ".mypy_cache"
    baseline: _Baseline | None = None
    outcomes: list[Outcome] = []
    for name, new_spec in mutated:
        keep = work / f"{label}-{name}"
        report = diff_specs(old_spec, new_spec, keep=keep)
        if baseline is None:
            baseline = _baseline(keep / "old", work / label, cache)
            if baseline.errors:
                raise AssertionError(f"{label}: the script fails against its own package: {baseline.errors}")
        script = keep / "uses_everything.py"
        script.write_text(baseline.script, encoding="utf-8")
        outcome = Outcome(name=f"{label}-{name}")
        for line, text in _mypy(script, keep / "new", cache).items():
            outcome.errors[line] = baseline.keys.get(line, "unkeyed")
            outcome.error_text[line] = text
        outcome.breaking = [
            (change.pointer.removeprefix(baseline.package + "."), change.message)
            for change in report.changes
            if change.level == "breaking" and not change.wire
        ]
        outcomes.append(outcome)
    return outcomes


# --------------------------------------------------------------------------------------------- mutations


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op
        for item in doc.get("paths", {}).values()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch") and isinstance(op, dict)
    ]


def _op(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op for op in _operations(doc) if op.get("operationId") == operation_id)


def _first_object(doc: dict[str, Any], want: Callable[[dict[str, Any]], bool]) -> tuple[str, dict[str, Any]] | None:
    for name, schema in _schemas(doc).items():
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict) and want(schema):
            return name, schema
    return None


SYNTHETIC: dict[str, Mutation] = {
    "operation_removed": lambda d: d["paths"]["/orders/{order_id}"].pop("delete"),
    "operation_renamed": lambda d: _op(d, "get_customer").update(operationId="fetch_customer"),
    "operation_added": lambda d: d["paths"]["/customers/{customer_id}"].update(
        delete={"operationId": "delete_customer", "tags": ["customers"], "responses": {"204": {"description": "ok"}}}
    ),
    "operation_deprecated": lambda d: _op(d, "get_order").update(deprecated=True),
    "field_type_changed": lambda d: _schemas(d)["Order"]["properties"].update(total={"type": "string"}),
    "ref_made_nullable": lambda d: _schemas(d)["Order"]["properties"].update(
        customer={"anyOf": [{"$ref": "#/components/schemas/Customer"}, {"type": "null"}]}
    ),
    "schema_made_nullable": lambda d: _schemas(d)["Customer"].update(type=["object", "null"]),
    "float_in_int_enum": lambda d: _schemas(d)["Priority"]["enum"].append(4.1),
    # allOf parts that give one property two types: no class can hold both, so Order stops generating
    "model_stops_generating": lambda d: _schemas(d)["Order"].update(
        allOf=[
            {"type": "object", "properties": {"total": {"type": "string"}}},
            {"type": "object", "properties": {"total": {"type": "integer"}}},
        ]
    ),
    "enum_value_added": lambda d: _schemas(d)["Status"]["enum"].append("refunded"),
    "enum_value_removed": lambda d: _schemas(d)["Status"]["enum"].remove("shipped"),
    "schema_fails_to_generate": lambda d: _schemas(d)["Order"]["properties"].update(
        customer={"$ref": "#/components/schemas/Customer"}, priority={"enum": [1, "two", 3.5]}
    ),
    "required_parameter_added": lambda d: _op(d, "list_orders")["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    ),
    "optional_parameter_added": lambda d: _op(d, "list_orders")["parameters"].append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    ),
    "parameter_type_changed": lambda d: _op(d, "list_orders")["parameters"][1].update(schema={"type": "string"}),
    "field_removed": lambda d: _schemas(d)["Customer"]["properties"].pop("address"),
    "field_added": lambda d: _schemas(d)["Customer"]["properties"].update(email={"type": "string"}),
    "required_field_added": lambda d: (
        _schemas(d)["OrderInput"]["properties"].update(note={"type": "string"}),
        _schemas(d)["OrderInput"]["required"].append("note"),
    ),
    "field_now_optional": lambda d: _schemas(d)["Order"]["required"].remove("priority"),
    "response_model_changed": lambda d: _op(d, "get_customer")["responses"]["200"]["content"][
        "application/json"
    ].update(schema={"$ref": "#/components/schemas/Address"}),
    "description_only": lambda d: _op(d, "get_order").update(description="Fetch one order by its id."),
}


def _shared_mutations() -> dict[str, Mutation]:
    def remove_first_operation(doc: dict[str, Any]) -> None:
        for item in doc["paths"].values():
            for method in ("get", "post", "put", "delete", "patch"):
                if method in item:
                    item.pop(method)
                    return

    def string_field_to_integer(doc: dict[str, Any]) -> None:
        found = _first_object(doc, lambda s: any(p.get("type") == "string" for p in s["properties"].values()))
        assert found is not None
        name = next(k for k, p in found[1]["properties"].items() if p.get("type") == "string")
        found[1]["properties"][name] = {"type": "integer"}

    def ref_made_nullable(doc: dict[str, Any]) -> None:
        found = _first_object(doc, lambda s: any("$ref" in p for p in s["properties"].values()))
        assert found is not None
        name = next(k for k, p in found[1]["properties"].items() if "$ref" in p)
        found[1]["properties"][name] = {"anyOf": [found[1]["properties"][name], {"type": "null"}]}

    def enum_value_added(doc: dict[str, Any]) -> None:
        stack: list[Any] = list(_schemas(doc).values())
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                values = node.get("enum")
                if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
                    values.append("added_value")
                    return
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)

    def required_parameter_added(doc: dict[str, Any]) -> None:
        op = _operations(doc)[0]
        op.setdefault("parameters", []).append(
            {"name": "added_required", "in": "query", "required": True, "schema": {"type": "string"}}
        )

    return {
        "operation_removed": remove_first_operation,
        "string_field_to_integer": string_field_to_integer,
        "ref_made_nullable": ref_made_nullable,
        "enum_value_added": enum_value_added,
        "required_parameter_added": required_parameter_added,
    }


SHARED_SPECS = ("petstore3.yaml", "spotify.yaml")


def corpus(work: Path, *, shared: bool = True) -> list[tuple[str, Path, list[tuple[str, Path]]]]:
    """Every base spec with its mutations, written into ``work``: (label, old spec, [(mutation, new spec)])."""
    sources: list[tuple[str, Path, dict[str, Mutation]]] = [("synthetic", BASE, SYNTHETIC)]
    for spec in SHARED_SPECS if shared else ():
        path = SHARED / spec
        if path.is_file():
            sources.append((Path(spec).stem, path, _shared_mutations()))
    out: list[tuple[str, Path, list[tuple[str, Path]]]] = []
    for label, path, mutations in sources:
        base = load_document(path).data
        old = work / f"{label}.json"
        old.write_text(json.dumps(base, default=str), encoding="utf-8")
        mutated: list[tuple[str, Path]] = []
        for name, mutate in mutations.items():
            doc = copy.deepcopy(base)
            mutate(doc)
            new = work / f"{label}-{name}.json"
            new.write_text(json.dumps(doc, default=str), encoding="utf-8")
            mutated.append((name, new))
        out.append((label, old, mutated))
    return out


def run(work: Path, *, shared: bool = True) -> list[Outcome]:
    """Evaluate every pair of the corpus."""
    return [
        outcome
        for label, old, mutated in corpus(work, shared=shared)
        for outcome in evaluate_base(label, old, mutated, work)
    ]


def rates(outcomes: list[Outcome]) -> tuple[float, float, int, int]:
    """(recall, precision, mypy errors, breaking items) over the corpus."""
    errors = sum(len(o.errors) for o in outcomes)
    breaking = sum(len(o.breaking) for o in outcomes)
    missed = sum(len(o.missed) for o in outcomes)
    unconfirmed = sum(len(o.unconfirmed) for o in outcomes)
    recall = (errors - missed) / errors if errors else 1.0
    precision = (breaking - unconfirmed) / breaking if breaking else 1.0
    return recall, precision, errors, breaking


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="surface-oracle-") as tmp:
        results = run(Path(tmp))
        for outcome in results:
            print(f"{outcome.name}: {len(outcome.errors)} mypy errors, {len(outcome.breaking)} breaking items")
            for line in outcome.missed + outcome.unconfirmed:
                print("  ", line)
        recall, precision, n_errors, n_breaking = rates(results)
        print(
            f"recall {recall:.1%} of {n_errors} mypy errors; precision {precision:.1%} of {n_breaking} breaking items"
        )
