"""Custom code: a folder named in the generator config is copied verbatim into the package as ``lib/`` on every
generation, survives regeneration, is covered by the drift check, and is never written to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import check, generate
from generator.errors import GenerationError

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
paths:
  /pets/{pet_id}:
    get:
      operationId: get_pet
      tags: [pets]
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
"""

# Deliberately not in ruff's style (single quotes): the copy must be byte for byte, never reformatted.
HELPERS = """\
'''Hand-written helpers shipped with the generated client.'''

from pets_client import Client
from pets_client.models import Pet


def pet_label(pet: Pet) -> str:
    '''A display label for a pet.'''
    return 'pet:' + pet.id


def make_client() -> Client:
    '''A client for the local server.'''
    return Client(base_url='http://127.0.0.1:9')
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    ext = tmp_path / "extensions" / "pets_client"
    ext.mkdir(parents=True)
    (ext / "helpers.py").write_text(HELPERS, encoding="utf-8")
    (ext / "data").mkdir()
    (ext / "data" / "breeds.txt").write_text("beagle\n", encoding="utf-8")
    (tmp_path / "generator.yaml").write_text(
        "package_name: pets_client\nextensions: extensions/pets_client\n", encoding="utf-8"
    )
    return tmp_path


def test_custom_code_is_copied_verbatim_and_survives_regeneration(project: Path) -> None:
    spec, out, config = project / "openapi.yaml", project / "out", project / "generator.yaml"
    source = project / "extensions" / "pets_client"
    generate(spec, out, config=config)
    lib = out / "pets_client" / "lib"
    assert (lib / "helpers.py").read_bytes() == HELPERS.encode()
    assert (lib / "data" / "breeds.txt").read_text(encoding="utf-8") == "beagle\n"
    assert (lib / "__init__.py").exists()
    assert not (source / "__init__.py").exists()  # the source folder is only read
    assert check(spec, out, config=config).ok

    spec.write_text(SPEC.replace("        id: {type: string}\n", "        id: {type: string}\n        age: {}\n"))
    generate(spec, out, config=config, changelog=True)
    assert (lib / "helpers.py").read_bytes() == HELPERS.encode()
    assert (source / "helpers.py").read_bytes() == HELPERS.encode()
    assert sorted(p.name for p in source.rglob("*")) == ["breeds.txt", "data", "helpers.py"]
    assert check(spec, out, config=config).ok

    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pets_client.lib.helpers import make_client, pet_label; "
            "from pets_client.models import Pet; print(pet_label(Pet(id='7'))); make_client().close()",
        ],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "pet:7\n"


def test_the_drift_check_covers_custom_code(project: Path) -> None:
    spec, out, config = project / "openapi.yaml", project / "out", project / "generator.yaml"
    generate(spec, out, config=config)
    copied = out / "pets_client" / "lib" / "helpers.py"
    copied.write_text(HELPERS + "# edited in the output\n", encoding="utf-8")
    result = check(spec, out, config=config)
    assert not result.ok and "lib/helpers.py" in result.diff

    (project / "extensions" / "pets_client" / "helpers.py").write_text(HELPERS + "X = 1\n", encoding="utf-8")
    generate(spec, out, config=config)  # a change at the source is picked up by the next generation
    assert copied.read_text(encoding="utf-8").endswith("X = 1\n")
    assert check(spec, out, config=config).ok


def test_extensions_must_exist_and_live_outside_the_output(project: Path) -> None:
    spec, out = project / "openapi.yaml", project / "out"
    config = project / "generator.yaml"
    config.write_text("package_name: pets_client\nextensions: nowhere\n", encoding="utf-8")
    with pytest.raises(GenerationError, match=r"extensions: 'nowhere' is not a folder"):
        generate(spec, out, config=config)

    generate(spec, out, package_name="pets_client")
    (out / "mine").mkdir()
    config.write_text("package_name: pets_client\nextensions: out/mine\n", encoding="utf-8")
    with pytest.raises(GenerationError, match="inside the output folder"):
        generate(spec, out, config=config)
