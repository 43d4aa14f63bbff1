"""``sdkgen init``: the config it writes reads back as the settings detection would give, and it never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.config import load_config
from generator.errors import GenerationError
from generator.plan.pagination import plan_pagination
from generator.render import project
from generator.spec.loader import load_document
from generator.tools.scaffold import init_project

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"

HOSTILE = """\
openapi: 3.0.3
info: {title: "Evil\\"\\ninjected: true # API", version: "1"}
servers: [{url: "https://x.example/v1"}]
paths:
  /things:
    get:
      operationId: "list\\"things\\n  detect_pagination: false"
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: string}}
                  next_cursor: {type: string, nullable: true}
"""


@pytest.mark.parametrize("spec", ["spotify.yaml", "pagerduty.json", "overseerr.yaml"])
def test_written_pagination_is_what_detection_gives(spec: str, tmp_path: Path) -> None:
    path = tmp_path / spec
    path.write_bytes((SPECS / spec).read_bytes())
    init_project(path, tmp_path)
    config = load_config(tmp_path / "generator.yaml")
    data = load_document(path).data
    detected = plan_pagination(data, detect_conventions=True).declarations
    configured = plan_pagination(data, config=config.pagination, detect_conventions=False).declarations
    assert detected, "the spec has detectable list operations"
    assert {key: d.describe() for key, d in configured.items()} == {key: d.describe() for key, d in detected.items()}
    assert all(d.origin == "config" for d in configured.values())


def test_spec_text_cannot_inject_settings(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text(HOSTILE)
    init_project(path, tmp_path)
    config = load_config(tmp_path / "generator.yaml")  # still a valid config...
    assert config.detect_pagination is True  # ...whose settings the spec text did not change
    assert config.pagination is not None and list(config.pagination) == ['list"things\n  detect_pagination: false']
    assert config.base_url == "https://x.example/v1"


def test_init_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text(HOSTILE)
    (tmp_path / "generator.yaml").write_text("package_name: mine\n")
    assert main(["init", str(path), "--dir", str(tmp_path)]) == 0
    assert (tmp_path / "generator.yaml").read_text() == "package_name: mine\n"
    assert "kept" in capsys.readouterr().out
    assert main(["init", str(path), "--dir", str(tmp_path)]) == 2  # nothing left to write: a clear error
    assert "nothing to do" in capsys.readouterr().err


def test_a_broken_install_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(project, "TEMPLATES_DIR", tmp_path / "_templates")
    monkeypatch.setattr(project, "RUNTIME_DIR", tmp_path / "_templates" / "runtime")
    with pytest.raises(GenerationError, match="templates are missing"):
        project.check_install()
