"""Versions and metadata from any spec: a valid PEP 440 package version from free-text ``info.version`` at the first
generation and at every ``--changelog`` bump, the config's ``package_version`` honoured even over a recorded version
an older generator wrote, and ``info`` text made valid in pyproject.toml."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from generator import generate
from generator.config import GeneratorConfig
from generator.errors import GenerationError
from generator.release.release import bump_version
from generator.render.versions import derive_version, normalized

from .test_regenerate import ADDITION, SPEC_V1

# PEP 440's canonical public form (what pip accepts), independent of the generator's own pattern.
_CANONICAL = re.compile(
    r"^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?"
    r"(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?$"
)


@pytest.mark.parametrize(
    ("api_version", "expected"),
    [
        ("2024.0", "2024.0"),
        ("1.0", "1.0"),
        ("1.0.0", "1.0.0"),
        ("v2.3", "2.3"),
        ("1.0.0-beta", "1.0.0b0"),
        ("2020-09-14_1.680.8", "2020.9.14"),
        ("Wed Oct 15 2025 13:53:36 GMT+0000", "2025.10.15"),
        ("15 October 2025", "2025.10.15"),
        ("20240501", "2024.5.1"),
        ("2.1 (beta)", "2.1"),
        ("latest", None),
        ("", None),
    ],
)
def test_a_package_version_is_derived_from_any_info_version(api_version: str, expected: str | None) -> None:
    version, _ = derive_version(api_version)
    assert version == expected
    assert version is None or _CANONICAL.match(version)


def test_bump_version_reads_every_version_the_generator_can_derive() -> None:
    assert bump_version("2024.0", "minor") == "2024.1.0"
    assert bump_version("1.0", "major") == "2.0.0"
    assert bump_version("2020-09-14_1.680.8", "patch") == "2020.9.15"
    with pytest.raises(GenerationError, match="set package_version"):
        bump_version("latest", "minor")


def test_an_invalid_configured_package_version_is_a_clear_error() -> None:
    with pytest.raises(GenerationError, match="package_version: 'next' is not a valid PEP 440 version"):
        GeneratorConfig(package_version="next")
    assert normalized("1.2.0") == "1.2.0"


def _spec(tmp_path: Path, text: str, info_version: str) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(text.replace("version: 1.0.0}", f"version: {json.dumps(info_version)}}}"), encoding="utf-8")
    return path


def _pyproject(out: Path) -> dict[str, object]:
    project: dict[str, object] = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project


@pytest.mark.parametrize(
    ("info_version", "first", "after_addition"),
    [("2024.0", "2024.0", "2024.1.0"), ("1.0", "1.0", "1.1.0"), ("2020-09-14_1.680.8", "2020.9.14", "2020.10.0")],
)
def test_changelog_runs_through_for_free_text_versions(
    tmp_path: Path, info_version: str, first: str, after_addition: str
) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, SPEC_V1, info_version)
    assert generate(spec, out, package_name="pets_client").version == first
    assert _pyproject(out)["version"] == first
    _spec(tmp_path, ADDITION, info_version)
    report = generate(spec, out, package_name="pets_client", changelog=True)
    assert report.recorded and report.version == after_addition
    assert _pyproject(out)["version"] == after_addition
    assert f"## {after_addition}\n" in (out / "CHANGELOG.md").read_text(encoding="utf-8")
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert f"for API version {info_version} (`info.version`)" in readme  # the API version is kept, as written
    assert json.loads((out / "GENERATED.json").read_text(encoding="utf-8"))["api_version"] == info_version


def test_the_configured_version_wins_over_a_recorded_one_an_older_generator_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = _spec(tmp_path, SPEC_V1, "2020-09-14_1.680.8")
    generate(spec, out, package_name="pets_client")
    manifest = out / "GENERATED.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["package_version"] = "2020-09-14_1.680.8"  # what today's main records for this spec
    manifest.write_text(json.dumps(data), encoding="utf-8")
    _spec(tmp_path, ADDITION, "2020-09-14_1.680.8")
    config = GeneratorConfig(package_name="pets_client", package_version="3.0.0")
    report = generate(spec, out, config=config, changelog=True)
    assert report.version == "3.0.0"  # the unreadable recorded version gives way to the configured one
    assert _pyproject(out)["version"] == "3.0.0"


def test_without_any_version_the_package_starts_at_0_1_0_with_a_warning(tmp_path: Path) -> None:
    spec = _spec(tmp_path, SPEC_V1, "latest")
    report = generate(spec, tmp_path / "out", package_name="pets_client")
    assert report.version == "0.1.0"
    assert any("info.version 'latest' is not a version" in warning for warning in report.warnings)


def test_info_text_is_valid_and_escaped_in_pyproject(tmp_path: Path) -> None:
    hostile = SPEC_V1.replace(
        "info: {title: Pets, version: 1.0.0}",
        'info:\n  title: "Pets \\"quoted\\"\\nsecond line \\\\ \\u0007"\n'
        '  version: "Wed Oct 15 2025 13:53:36 GMT+0000"\n'
        '  license: {name: "MIT\\" or \\"Apache\\nnew line"}',
    )
    spec = tmp_path / "openapi.yaml"
    spec.write_text(hostile, encoding="utf-8")
    out = tmp_path / "out"
    generate(spec, out, package_name="pets_client")
    project = _pyproject(out)  # parses: the quotes, backslash and newline were escaped
    assert project["version"] == "2025.10.15"
    assert project["name"] == "pets-client"
    description = str(project["description"])
    assert "\n" not in description and "\x07" not in description
    assert (
        description
        == 'A client library for accessing Pets "quoted" second line \\ (API version Wed Oct 15 2025 13:53:36 GMT+0000)'
    )
    assert project["license"] == {"text": 'MIT" or "Apache new line'}
