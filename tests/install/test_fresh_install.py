"""The generator as users get it: a wheel in a fresh venv, used from an empty folder outside this checkout.

1. build the generator's wheel and check what it holds (templates and runtime; no reference server);
2. install it into a new venv;
3. in an empty folder, ``sdkgen init`` then ``sdkgen generate`` on a shared spec, with the console script;
4. build the generated package (sdist and wheel) and check the wheel: the package, ``py.typed`` and the README,
   not the spec snapshot; install it into a second new venv holding only its own dependencies, and import it;
5. call one operation of it against Prism, mocking the same spec.

Slow by nature (two venvs, pip installs from the index or its cache): about a minute alone.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT.parent / "shared" / "specs" / "petstore3.yaml"
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"

# Two venvs and pip installs: ~60-90 s alone, several times that on a loaded 2-core CI machine.
pytestmark = pytest.mark.timeout(600)


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=400, check=False
    )
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def new_venv(path: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    return path / "bin"


@pytest.fixture(scope="module")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The generator's wheel installed into a fresh venv: (venv bin folder, the wheel)."""
    if not SPEC.is_file():
        pytest.fail(f"{SPEC} is missing: CI puts shared/ beside the clone")
    base = tmp_path_factory.mktemp("install")
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", base / "dist", ROOT)
    (wheel,) = (base / "dist").glob("openapi_sdk_generator-*.whl")
    bin_dir = new_venv(base / "tool")
    run(bin_dir / "pip", "install", "--quiet", wheel)
    yield bin_dir, wheel


def test_the_wheel_holds_the_templates_and_not_the_server(tool: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(tool[1]).namelist())
    for needed in (
        "generator/_templates/endpoint.py.jinja",
        "generator/_templates/property_templates/union_property.py.jinja",
        "generator/_templates/runtime/client.py",
        "generator/_templates/runtime/__init__.py",
        "generator/_templates/README.md",
    ):
        assert needed in names, needed
    assert not any(name.startswith("server/") for name in names), "the reference server is installed"
    source = {
        "generator/_templates/" + path.relative_to(ROOT / "templates").as_posix()
        for path in (ROOT / "templates").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert source <= names, f"templates missing from the wheel: {sorted(source - names)}"


def test_init_generate_install_and_call_from_an_empty_folder(tool: tuple[Path, Path], tmp_path: Path) -> None:
    bin_dir, _ = tool
    work = tmp_path / "repo"
    work.mkdir()
    shutil.copy(SPEC, work / "openapi.yaml")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)

    assert run("sdkgen", "--version", cwd=work, env=env).startswith("sdkgen ")
    out = run("sdkgen", "init", "openapi.yaml", cwd=work, env=env)
    assert "wrote generator.yaml" in out and "sdkgen generate" in out
    assert (work / ".github" / "workflows" / "sdk.yml").is_file() and ".sdkgen-*/" in (work / ".gitignore").read_text()
    run("sdkgen", "generate", "--spec", "openapi.yaml", "--out", "client", cwd=work, env=env)
    package = json.loads((work / "client" / "GENERATED.json").read_text())["package"]
    assert (work / "client" / package / "_runtime" / "client.py").is_file()

    # The generated package's own build: sdist and wheel.
    user = new_venv(tmp_path / "user")
    run(user / "pip", "install", "--quiet", "hatchling")
    run(user / "python", "-m", "hatchling", "build", "-d", tmp_path / "dist", cwd=work / "client")
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert list((tmp_path / "dist").glob("*.tar.gz")), "no sdist"
    names = zipfile.ZipFile(wheel).namelist()
    assert f"{package}/__init__.py" in names and f"{package}/py.typed" in names
    assert not [name for name in names if "snapshot" in name], "the spec snapshot is in the wheel"
    metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
    assert "## " in zipfile.ZipFile(wheel).read(metadata).decode(), "the README is not the long description"

    # Installed with only its own dependencies, imported and called.
    run(user / "pip", "install", "--quiet", wheel)
    with prism(work / "openapi.yaml") as url:
        script = (
            f"from {package} import Client\n"
            f"from {package}.api.pet import get_pet_by_id\n"
            f"with Client(base_url={url!r}, token='t') as client:\n"
            "    pet = get_pet_by_id.call(client, pet_id=1)\n"
            "print(type(pet).__name__)\n"
        )
        assert run(user / "python", "-c", script, cwd=tmp_path).strip() == "Pet"


class prism:  # noqa: N801 - a context manager used like a function
    """Prism mocking ``spec`` on a free loopback port."""

    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        if not PRISM.exists():
            pytest.fail(f"{PRISM} is missing: `make prism` installs it")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.proc = subprocess.Popen(
            [str(PRISM), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(port), "--dynamic", "--seed", "1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return f"http://127.0.0.1:{port}"
            except OSError:
                time.sleep(0.2)
        raise AssertionError("Prism did not start within 60 s")

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        os.killpg(self.proc.pid, 15)
        self.proc.wait(10)
