"""The spec loader reads YAML with libyaml's parser when it can, and gets exactly what the pure parser gets."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.errors import GenerationError
from generator.spec import loader

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPECS = ROOT.parent / "shared" / "specs"

# Scalars whose type depends on the YAML version (1.1 `yes`/`0777`/sexagesimal vs 1.2), merge keys, timestamps,
# escapes: what a different resolver or parser would silently read differently.
TRICKY = """\
openapi: 3.1.0
flags: [yes, no, on, off, y, n, true, False, TRUE, ~, null, Null, '']
numbers: [0777, 0o17, 0x1F, 0b101, 1_000, .5, +.inf, -.INF, 1e3, 1.0e+3, -0, +12, 010, 1.5_0]
base60: 1:20
base60_float: 1:20.5
date: 2020-01-02
stamp: 2020-01-02T03:04:05.5+01:00
quoted: ["\\u00e9\\t\\x41", 'it''s', "\\/"]
block: |
  %YAML 1.1 in a block scalar is text
  second line
folded: >-
  one
  two
base: &base {k: 1, l: [1, 2]}
merged: {<<: *base, l: 3}
"""


def _pure(text: str) -> object:
    return YAML(typ="safe", pure=True).load(text)


def _specs() -> list[Path]:
    small = [SHARED_SPECS / name for name in ("petstore3.yaml", "spotify.yaml", "opc-e2e-3.1.yaml")]
    return [ROOT / "openapi.yaml", *sorted((ROOT / "tests").rglob("*.yaml")), *small]


def test_the_c_parser_is_installed() -> None:
    # ruamel.yaml.clib is a dependency: without it a 3 MB spec takes 5 s to read instead of 1 s.
    assert loader._HAS_C_PARSER


@pytest.mark.parametrize("path", _specs(), ids=lambda p: str(p.relative_to(p.parents[1])))
def test_real_specs_read_the_same_as_with_the_pure_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    assert repr(loader._parse_text(path, text)) == repr(_pure(text))


@pytest.mark.parametrize(
    "text",
    [
        TRICKY,
        "a: [1:20, 2020-01-02T03:04:05Z]\n",  # libyaml refuses ':' in a flow plain scalar; YAML 1.2 allows it
        "%YAML 1.1\n---\na: yes\nb: 0777\n",  # a version directive: only the pure parser honours it
        "%YAML 1.2\n---\na: yes\n",
    ],
    ids=["tricky-scalars", "colon-in-flow", "yaml-1.1-directive", "yaml-1.2-directive"],
)
def test_documents_read_the_same_as_with_the_pure_parser(text: str) -> None:
    assert repr(loader._parse_text(Path("spec.yaml"), text)) == repr(_pure(text))


def test_the_version_directive_is_honoured() -> None:
    assert loader._parse_text(Path("spec.yaml"), "%YAML 1.1\n---\na: yes\n") == {"a": True}
    assert loader._parse_text(Path("spec.yaml"), "a: yes\n") == {"a": "yes"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\na: 2\n", 'spec.yaml:2:1: invalid YAML: found duplicate key "a"'),
        ("a: [1\nb: 2\n", "spec.yaml:2:2: invalid YAML: expected ',' or ']', but got ':'"),
        ("a: *nowhere\n", "spec.yaml:1:4: invalid YAML: found undefined alias"),
        ("a: !!python/object:os.system x\n", "spec.yaml:1:4: invalid YAML: could not determine a constructor"),
    ],
)
def test_errors_are_the_pure_parsers(text: str, message: str) -> None:
    # libyaml words its errors differently ("did not find expected','"); the message a user sees is the pure one.
    with pytest.raises(GenerationError) as caught:
        loader._parse_text(Path("spec.yaml"), text)
    assert str(caught.value).startswith(message)


def test_deep_nesting_never_reaches_the_c_composer() -> None:
    # The C composer recurses on the C stack: 50,000 levels crashed the interpreter (a segfault, not an error).
    limit = loader._C_COMPOSER_MAX_DEPTH
    assert loader._nesting_within("[" * limit + "]" * limit, limit)
    assert not loader._nesting_within("[" * (limit + 1) + "]" * (limit + 1), limit)
    assert not loader._nesting_within("a:\n" + "- " * 50_000 + "x\n", limit)  # block nesting counts too
    with pytest.raises(GenerationError, match="invalid YAML"):
        loader._parse_text(Path("spec.yaml"), "a: " + "[" * 50_000 + "]" * 50_000)


def test_the_deepest_document_the_c_composer_reads_is_safe_in_a_thread() -> None:
    # Threads get the default stack, not the main thread's: the limit must leave room there too.
    depth = loader._C_COMPOSER_MAX_DEPTH
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(loader._parse_text(Path("s.yaml"), "[" * depth + "]" * depth))
    )
    worker.start()
    worker.join()
    nested = result[0]
    for _ in range(depth - 1):
        assert isinstance(nested, list) and len(nested) == 1
        nested = nested[0]
    assert nested == []
