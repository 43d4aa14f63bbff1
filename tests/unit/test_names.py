"""Identifiers made from spec text are valid file names that Python finds: NFKC, bounded length, no clashes.

Each case generates a small package, then imports and calls it in a fresh interpreter.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import SpecError, generate
from generator.plan.operations import MAX_CLASS_NAME, MAX_NAME

USE = """
import importlib, pkgutil, httpx, sys
package = importlib.import_module(sys.argv[1])
for m in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(m.name)
client = package.Client(base_url="http://n.test", http_client=httpx.Client(
    transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"name": "x", "kind": "k"}))))
for tag in sys.argv[2:]:
    resource = getattr(client, tag)
    for name in [n for n in dir(resource) if not n.startswith("_")]:
        print(tag, name, type(getattr(resource, name)()).__name__)
"""


def spec(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Names", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def get(operation_id: str, tag: str, schema: str) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {
        "get": {
            "operationId": operation_id,
            "tags": [tag],
            "responses": {"200": {"description": "ok", "content": content}},
        }
    }


def build(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    generate(path, tmp_path / "out", package_name="names_client")
    return tmp_path / "out"


def use(out: Path, *tags: str) -> list[str]:
    """Import every module, then call every operation of ``tags`` through the client: "<tag> <method> <type>"."""
    result = subprocess.run([sys.executable, "-c", USE, "names_client", *tags], cwd=out, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


OBJECT = {"type": "object", "properties": {"name": {"type": "string"}}}


def test_non_ascii_names_are_nfkc_normalised(tmp_path: Path) -> None:
    # Python reads the identifier 𝔘𝔫 as Un: a file named 𝔘𝔫.py would never be found by `import`.
    out = build(tmp_path, spec({"/a": get("𝔤𝔢𝔱_𝔲𝔫", "𝔘𝔫", "𝔘𝔫")}, {"𝔘𝔫": OBJECT}))
    assert use(out, "Un") == ["Un get_un Un"]
    assert (out / "names_client" / "models" / "un.py").exists()


def test_very_long_names_are_shortened_with_a_hash(tmp_path: Path) -> None:
    long = "very_" * 200
    out = build(tmp_path, spec({"/a": get(long + "op", long + "tag", "Thing" * 100)}, {"Thing" * 100: OBJECT}))
    assert all(len(path.name.encode()) <= MAX_NAME + len(".py") for path in out.rglob("*"))
    [tag] = [p.name for p in (out / "names_client" / "api").iterdir() if p.is_dir() and p.name != "__pycache__"]
    [line] = use(out, tag)
    _, function, model = line.split()
    assert line.startswith(f"{tag} very_very_") and len(function) <= MAX_NAME
    assert model.startswith("ThingThing") and len(model) <= MAX_CLASS_NAME


def test_long_real_world_class_names_are_kept_whole(tmp_path: Path) -> None:
    # Twilio's schema names run to 125 characters: the class keeps its name; only its module file is shortened.
    name = "ApiV2010AccountIncomingPhoneNumberIncomingPhoneNumberAssignedAddOnIncomingPhoneNumberAssignedAddOnExtension"
    out = build(tmp_path, spec({"/a": get("get_a", "t", name)}, {name: OBJECT}))
    assert use(out, "t") == [f"t get_a {name}"]
    [module] = [p.name for p in (out / "names_client" / "models").glob("api_v2010*.py")]
    assert len(module.encode()) <= MAX_NAME + len(".py") and re.search(r"_[0-9a-f]{8}\.py$", module)


def test_classes_whose_modules_clash_get_distinct_modules(tmp_path: Path) -> None:
    other = {"type": "object", "properties": {"kind": {"type": "string"}}}
    out = build(
        tmp_path,
        spec({"/a": get("get_a", "t", "User"), "/b": get("get_b", "t", "USER")}, {"User": OBJECT, "USER": other}),
    )
    assert sorted(use(out, "t")) == ["t get_a User", "t get_b USER"]
    assert {p.name for p in (out / "names_client" / "models").glob("user*.py")} == {"user.py", "user_2.py"}


def test_operations_whose_names_clash_are_numbered_and_reported(tmp_path: Path) -> None:
    doc = spec({"/a": get("getItem", "t", "X"), "/b": get("get-item", "t", "X")}, {"X": OBJECT})
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = generate(path, tmp_path / "out", package_name="names_client")
    assert "GET /b: t.get_item is taken by GET /a; named t.get_item_2" in report.warnings
    assert (tmp_path / "out" / "names_client" / "api" / "t" / "get_item.py").is_file()
    assert (tmp_path / "out" / "names_client" / "api" / "t" / "get_item_2.py").is_file()


def test_parameters_named_like_helper_arguments_are_renamed_where_the_helper_exists(tmp_path: Path) -> None:
    # to_file takes path/resume and calls download(); stream takes chunk_size (normalisation's fixups.STREAM_NAMES)
    parameters = [
        {"name": "path", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "resume", "in": "query", "schema": {"type": "boolean"}},
        {"name": "download", "in": "query", "schema": {"type": "string"}},
    ]
    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    download = {"operationId": "download_file", "tags": ["files"], "parameters": parameters}
    download["responses"] = {"200": {"description": "the file", "content": binary}}
    listing = {"operationId": "list_files", "tags": ["files"], "parameters": parameters[1:]}
    listing["responses"] = {"200": {"description": "ok", "content": {"application/json": {"schema": OBJECT}}}}
    out = build(tmp_path, spec({"/files/{path}": {"get": download}, "/files": {"get": listing}}, {}))
    script = (
        "import httpx, inspect, names_client\n"
        "from names_client.api.files import download_file, list_files\n"
        "print(sorted(inspect.signature(download_file.to_file).parameters))\n"
        "print(sorted(inspect.signature(list_files.call).parameters))\n"
        "seen = []\n"
        "def handler(request):\n"
        "    seen.append(str(request.url))\n"
        "    return httpx.Response(200, content=b'abc')\n"
        "transport = httpx.MockTransport(handler)\n"
        "client = names_client.Client(base_url='http://n.test', http_client=httpx.Client(transport=transport))\n"
        "result = download_file.to_file(\n"
        "    client, path_path='a b', resume_query=True, download_query='d', path='out.bin', resume=False\n"
        ")\n"
        "print(result.bytes, open('out.bin', 'rb').read(), seen[-1])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    to_file, listed, outcome = result.stdout.splitlines()
    expected = [
        "client",
        "download_query",
        "path",
        "path_path",
        "progress",
        "request_options",
        "resume",
        "resume_query",
    ]
    assert to_file == str(expected)
    assert listed == str(["client", "download", "request_options", "resume"])  # no helper there: names unchanged
    assert outcome == "3 b'abc' http://n.test/files/a%20b?resume=true&download=d"


def test_every_name_our_model_importing_modules_define_is_reserved_for_classes() -> None:
    # The names a ClassName could take (PascalCase or upper case) that the templates import or define at module
    # level, in the modules that also import model classes: a model of that name would shadow them.
    from generator.plan.names import RESERVED_CLASS_NAMES
    from generator.plan.pairs import async_name
    from generator.render.project import TEMPLATES_DIR

    defined: set[str] = set()
    for template in ("operation.py.jinja", "endpoint.py.jinja", "resource.py.jinja"):
        text = (TEMPLATES_DIR / template).read_text(encoding="utf-8")
        text = re.sub(r'\{\{ mode\.name\("(\w+)"\) \}\}', lambda m: f"{m[1]}, {async_name(m[1])}", text)
        text = text.replace("{{ mode.client }}", "Client, AsyncClient")
        for imported in re.findall(r"^from \S+ import ([^\n{(]+)", text, re.M):
            defined.update(name.split(" as ")[-1].strip() for name in imported.split(","))
        defined.update(re.findall(r"^(?:class )?([A-Za-z_]\w*)\s*(?:[:=(]|$)", text, re.M))
    candidates = {name for name in defined if re.fullmatch(r"[A-Z][A-Za-z0-9]*", name)}
    assert candidates, "no names found: the template layout changed, update this test"
    assert candidates <= RESERVED_CLASS_NAMES, (
        f"add to names.RESERVED_CLASS_NAMES: {sorted(candidates - RESERVED_CLASS_NAMES)}"
    )


def test_an_operation_named_like_a_batch_helper_is_a_located_error(tmp_path: Path) -> None:
    one = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    first = get("get_thing", "t", "X")
    first["get"]["parameters"] = [one]
    doc = spec({"/a/{id}": first, "/b": get("get_thing_many", "t", "X")}, {"X": OBJECT})
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SpecError) as info:
        generate(path, tmp_path / "out", package_name="names_client")
    assert info.value.pointer == "#/paths/~1b/get/operationId"
    assert "'get_thing_many' and the batch helper of 'get_thing' both become" in info.value.problem
