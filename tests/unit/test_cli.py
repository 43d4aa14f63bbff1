"""The command line: clear errors with JSON pointers and exit status 2, drift check exit status 1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

MINIMAL = """\
openapi: 3.1.0
info: {title: Tiny, version: "1.0"}
servers: [{url: "https://tiny.example"}]
paths:
  /things/{thing_id}:
    get:
      operationId: get_thing
      tags: [things]
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: A thing.
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}, required: [id]}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=ROOT)


def write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("openapi: 3.1.0\ninfo: [unclosed\n", "spec.yaml", "invalid YAML"),
        ('{"openapi": "3.1.0", ', "spec.json", "invalid JSON"),
        ("- just\n- a list\n", "spec.yaml", "#: the document must be a mapping"),
        ("swagger: '2.0'\ninfo: {}\n", "spec.yaml", "#/swagger: Swagger 2.0 is not supported"),
        ("openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n", "spec.yaml", "#/openapi: unsupported"),
        ("openapi: 3.1.0\npaths: {}\n", "spec.yaml", "#/info: "),
        (
            MINIMAL.replace("description: A thing.", "description: 12\n          oops: [1"),
            "spec.yaml",
            "invalid YAML",
        ),
        (
            MINIMAL.replace('responses:\n        "200":', 'responses:\n        "200": 7\n        "201":'),
            "spec.yaml",
            "#/paths/~1things~1{thing_id}/get/responses/200",
        ),
    ],
    ids=["yaml", "json", "not-mapping", "swagger", "version", "no-info", "yaml-nested", "bad-response"],
)
def test_broken_spec_exits_2_with_location_and_no_traceback(
    tmp_path: Path, text: str, name: str, expected: str
) -> None:
    result = run("generate", "--spec", str(write(tmp_path, text, name)), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out").exists()


def test_missing_spec_file(tmp_path: Path) -> None:
    result = run("generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "cannot read spec" in result.stderr and "Traceback" not in result.stderr


def test_bad_package_name_names_the_option(tmp_path: Path) -> None:
    result = run(
        "generate", "--spec", str(write(tmp_path, MINIMAL)), "--out", str(tmp_path / "o"), "--package", "Bad-Name"
    )
    assert result.returncode == 2
    assert "--package" in result.stderr


def test_generate_refuses_to_replace_a_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    result = run("generate", "--spec", str(write(tmp_path, MINIMAL)), "--out", str(out))
    assert result.returncode == 2
    assert "refusing" in result.stderr
    assert (out / "precious.txt").read_text() == "keep me"


# Seven generator processes: measured 9.2 s in a full run at load 4-8 (2 shared cores), 21.7 s at load 12-14.
@pytest.mark.timeout(90)
def test_check_passes_then_fails_on_any_difference(tmp_path: Path) -> None:
    spec, out = write(tmp_path, MINIMAL), tmp_path / "out"
    assert run("generate", "--spec", str(spec), "--out", str(out)).returncode == 0
    assert (out / "tiny_client" / "py.typed").exists()
    ok = run("check", "--spec", str(spec), "--out", str(out))
    assert ok.returncode == 0, ok.stdout + ok.stderr

    module = out / "tiny_client" / "api" / "things" / "get_thing.py"
    module.write_text(module.read_text() + "# hand edit\n")
    edited = run("check", "--spec", str(spec), "--out", str(out))
    assert edited.returncode == 1
    assert "+# hand edit" not in edited.stdout and "-# hand edit" in edited.stdout
    assert "make generate" in edited.stderr

    assert run("generate", "--spec", str(spec), "--out", str(out)).returncode == 0
    (out / "tiny_client" / "extra.py").write_text("x = 1\n")
    extra = run("check", "--spec", str(spec), "--out", str(out))
    assert extra.returncode == 1 and "extra.py" in extra.stdout

    shutil.rmtree(out / "tiny_client" / "aio")
    missing = run("check", "--spec", str(spec), "--out", str(out))
    assert missing.returncode == 1 and "only in a fresh generation: tiny_client/aio" in missing.stdout

    changed_spec = write(tmp_path, MINIMAL.replace("A thing.", "A changed thing."), "spec2.yaml")
    assert run("check", "--spec", str(changed_spec), "--out", str(out)).returncode == 1


# A generator process, a pip install and an interpreter: measured 4.3 s at load 4-8, 10.9 s at load 12-14.
@pytest.mark.timeout(60)
def test_generated_project_installs_and_runs(tmp_path: Path) -> None:
    spec, out = write(tmp_path, MINIMAL), tmp_path / "out"
    assert run("generate", "--spec", str(spec), "--out", str(out)).returncode == 0
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(out)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    code = (
        "import httpx, tiny_client\n"
        "from tiny_client.api.things import get_thing\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'id': r.url.raw_path.decode()}))\n"
        "c = tiny_client.Client(http_client=httpx.Client(transport=t))\n"
        "print(get_thing.call(c, thing_id='a b').id)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(target)}, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/things/a%20b"
    assert (target / "tiny_client" / "py.typed").exists()


def test_generator_yaml_beside_the_spec_is_the_default_config(tmp_path: Path) -> None:
    spec = write(tmp_path, MINIMAL)
    (tmp_path / "generator.yaml").write_text("package_name: beside_client\n")
    out = tmp_path / "out"
    assert run("generate", "--spec", str(spec), "--out", str(out)).returncode == 0
    assert (out / "beside_client" / "__init__.py").exists()
    assert run("check", "--spec", str(spec), "--out", str(out)).returncode == 0
    explicit = tmp_path / "other.yaml"
    explicit.write_text("package_name: other_client\n")
    assert run("check", "--spec", str(spec), "--out", str(out), "--config", str(explicit)).returncode == 1
