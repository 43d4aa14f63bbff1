"""The golden package generated with ``http_library: httpx2``: it imports httpx2 only, and works on it."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from tests.golden.regen import GOLDEN

TREE = GOLDEN / "expected" / "on_httpx2"

RUN = """
import asyncio, json, sys
import on_httpx2_client
from on_httpx2_client.api.notes import get_note, create_note
from on_httpx2_client.aio.notes import get_note as aget_note
from on_httpx2_client.models import NewNote
from on_httpx2_client.errors import NotFoundError
import httpx2

print("httpx" in sys.modules, "httpcore" in sys.modules)
seen = []

def handler(request):
    seen.append((request.method, request.url.path, request.headers.get("authorization")))
    if request.url.path == "/notes/404":
        return httpx2.Response(404, json={"detail": "no"})
    if request.method == "POST":
        return httpx2.Response(201, json={"id": 2, "text": json.loads(request.content)["text"]})
    return httpx2.Response(200, json={"id": 1, "text": "hi"})

transport = httpx2.MockTransport(handler)
http = httpx2.Client(transport=transport)
with on_httpx2_client.Client(base_url="http://n.test", token="t0k", http_client=http) as c:
    print(get_note.call(c, note_id=1).text, create_note.call(c, body=NewNote(text="new")).id)
    try:
        get_note.call(c, note_id=404)
    except NotFoundError as err:
        print(type(err).__name__)

async def main():
    http = httpx2.AsyncClient(transport=transport)
    async with on_httpx2_client.AsyncClient(base_url="http://n.test", token="t0k", http_client=http) as c:
        print((await aget_note.call(c, note_id=3)).text)

asyncio.run(main())
print(seen)
print("httpx" in sys.modules)
"""


def test_the_httpx2_golden_depends_on_httpx2() -> None:
    project = tomllib.loads((TREE / "pyproject.toml").read_text())["project"]
    assert [dep for dep in project["dependencies"] if dep.startswith("httpx")] == ["httpx2>=2.17,<3"]


def test_the_httpx2_golden_runs_on_httpx2_without_importing_httpx() -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUN], capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(TREE)}
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "False False"  # importing the package imported neither httpx nor httpcore
    assert lines[1:4] == ["hi 2", "NotFoundError", "hi"]
    assert eval(lines[4]) == [  # noqa: S307  # our own script's repr of a list of tuples
        ("GET", "/notes/1", "Bearer t0k"),
        ("POST", "/notes", "Bearer t0k"),
        ("GET", "/notes/404", "Bearer t0k"),
        ("GET", "/notes/3", "Bearer t0k"),
    ]
    assert lines[5] == "False"
