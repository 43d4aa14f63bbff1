"""Regeneration: the snapshot, CHANGELOG.md and semver bumps across spec versions; history carried over so that
an unchanged spec regenerates byte for byte; --fail-on-breaking; the drift check failing on a stale tree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import BreakingChangeError, check, generate
from generator.cli import main
from generator.config import GeneratorConfig
from generator.release.release import bump_version

SPEC_V1 = """\
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
paths:
  /pets/{pet_id}:
    get:
      operationId: get_pet
      tags: [pets]
      summary: Get a pet
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The pet.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
        name: {type: string}
"""

ADDITION = SPEC_V1.replace(
    "        name: {type: string}\n", "        name: {type: string}\n        nick: {type: string}\n"
)
DOCS_ONLY = ADDITION.replace("summary: Get a pet", "summary: Fetch one pet")
BREAKING = DOCS_ONLY.replace("        name: {type: string}\n", "")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(SPEC_V1, encoding="utf-8")
    return path


def _manifest(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "GENERATED.json").read_text(encoding="utf-8"))
    return data


def test_bump_version() -> None:
    assert bump_version("1.4.2", "major") == "2.0.0"
    assert bump_version("1.4.2", "minor") == "1.5.0"
    assert bump_version("1.4.2", "patch") == "1.4.3"
    assert bump_version("1.4.2-rc.1", "patch") == "1.4.3"
    assert bump_version("1.4.2", None) == "1.4.2"
    assert bump_version("2024-05-01", "minor") == "2024.6.0"  # a date is read as the first generation reads it


def test_first_generation_writes_snapshot_changelog_and_version(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = generate(spec, out, package_name="pets_client")
    assert report.version == "1.0.0"
    assert (out / "openapi.snapshot.yaml").read_bytes() == spec.read_bytes()
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog\n")
    assert "## 1.0.0\n\nFirst version, generated from Pets 1.0.0." in changelog
    assert _manifest(out)["package_version"] == "1.0.0"
    assert _manifest(out)["snapshot"] == "openapi.snapshot.yaml"
    assert '__version__ = "1.0.0"' in (out / "pets_client" / "__init__.py").read_text(encoding="utf-8")


def test_versions_follow_semver_and_the_changelog_grows_newest_first(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    versions = []
    for text in (ADDITION, DOCS_ONLY, BREAKING):
        spec.write_text(text, encoding="utf-8")
        report = generate(spec, out, package_name="pets_client", changelog=True)
        assert report.recorded
        versions.append(report.version)
        assert check(spec, out, package_name="pets_client").ok  # the bumped tree is reproducible
    assert versions == ["1.1.0", "1.1.1", "2.0.0"]

    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert headings == ["## 2.0.0", "## 1.1.1", "## 1.1.0", "## 1.0.0"]
    newest = changelog[changelog.index("## 2.0.0") : changelog.index("## 1.1.1")]
    assert "### Breaking changes" in newest
    assert "`Pet.name`: field removed" in newest
    minor = changelog[changelog.index("## 1.1.0") : changelog.index("## 1.0.0")]
    assert "### Additions" in minor and "`Pet.nick`: new optional field" in minor
    assert "The spec changed in ways that do not alter the Python API" in changelog
    assert _manifest(out)["package_version"] == "2.0.0"
    assert 'version = "2.0.0"' in (out / "pyproject.toml").read_text(encoding="utf-8")
    assert (out / "openapi.snapshot.yaml").read_text(encoding="utf-8") == BREAKING


def test_plain_generate_and_check_carry_the_history_over(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    spec.write_text(ADDITION, encoding="utf-8")
    generate(spec, out, package_name="pets_client", changelog=True)
    before = _tree(out)

    assert check(spec, out, package_name="pets_client").ok
    report = generate(spec, out, package_name="pets_client")  # no --changelog, unchanged spec
    assert report.version == "1.1.0" and not report.recorded and report.changes is None
    assert _tree(out) == before
    generate(spec, out, package_name="pets_client", changelog=True)  # --changelog, unchanged spec: a no-op
    assert _tree(out) == before


def test_a_declared_version_raised_by_hand_wins(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    spec.write_text(ADDITION, encoding="utf-8")
    report = generate(spec, out, config=GeneratorConfig(package_name="pets_client", package_version="3.0.0"))
    assert report.version == "3.0.0"
    spec.write_text(DOCS_ONLY, encoding="utf-8")
    report = generate(
        spec, out, config=GeneratorConfig(package_name="pets_client", package_version="3.0.0"), changelog=True
    )
    assert report.version == "3.0.1"


def test_fail_on_breaking_refuses_and_writes_nothing(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    before = _tree(out)
    spec.write_text(BREAKING, encoding="utf-8")
    with pytest.raises(BreakingChangeError) as caught:
        generate(spec, out, package_name="pets_client", changelog=True, fail_on_breaking=True)
    assert caught.value.report.breaking
    assert _tree(out) == before

    spec.write_text(ADDITION, encoding="utf-8")  # not breaking: goes through
    assert generate(spec, out, package_name="pets_client", fail_on_breaking=True).version == "1.0.0"


def test_cli_generate_changelog_and_fail_on_breaking(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["generate", "--spec", str(spec), "--out", str(out), "--package", "pets_client"]
    assert main(args) == 0
    spec.write_text(BREAKING, encoding="utf-8")
    capsys.readouterr()
    assert main([*args, "--fail-on-breaking"]) == 1
    captured = capsys.readouterr()
    assert "### `models.Pet`" in captured.out and "`Pet.name`: field removed" in captured.out
    assert "--fail-on-breaking: nothing was written" in captured.err

    assert main(args) == 0  # plain generate on a changed spec: says what it did not record
    assert "nothing was recorded: `generate --changelog` (`make regenerate`)" in capsys.readouterr().err
    spec.write_text(ADDITION, encoding="utf-8")
    assert main([*args, "--changelog"]) == 0
    assert "CHANGELOG.md: 1.0.0 -> 1.1.0 (minor:" in capsys.readouterr().out


def test_drift_check_fails_on_a_stale_tree(spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    assert check(spec, out, package_name="pets_client").ok

    spec.write_text(ADDITION, encoding="utf-8")  # the spec moved on, the tree did not
    result = check(spec, out, package_name="pets_client")
    assert not result.ok
    assert "openapi.snapshot.yaml" in result.diff and "nick" in result.diff
    args = ["check", "--spec", str(spec), "--out", str(out), "--package", "pets_client"]
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "is stale" in err and "Run `make regenerate`" in err and "records the API changes" in err

    spec.write_text(SPEC_V1, encoding="utf-8")
    model = out / "pets_client" / "models" / "pet.py"
    model.write_text(model.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    result = check(spec, out, package_name="pets_client")
    assert not result.ok and not result.spec_changed and "-# edited by hand" in result.diff
    assert main(args) == 1
    assert "Run `make generate` and commit" in capsys.readouterr().err


def test_spec_text_cannot_forge_changelog_entries(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec.write_text(SPEC_V1.replace("title: Pets", 'title: "Pets\\n## 9.9.9\\n`x`"'), encoding="utf-8")
    generate(spec, out, package_name="pets_client")
    spec.write_text(ADDITION.replace("title: Pets", 'title: "Pets\\n## 9.9.9\\n`x`"'), encoding="utf-8")
    generate(spec, out, package_name="pets_client", changelog=True)
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert [line for line in changelog.splitlines() if line.startswith("## ")] == ["## 1.1.0", "## 1.0.0"]
    assert "Pets ## 9.9.9 'x' 1.0.0" in changelog
