"""Run the benchmarks: ``make bench`` (or ``python bench/run.py [--parts 1,2] [--reps 5] [--quick]``).

Every figure is a ratio against a reference measured in the same run, because the machine is shared and absolute
times are not comparable between runs. Each client runs in its own process (``bench/measure.py``), the servers in
theirs (``bench/server.py``), on 127.0.0.1. Repetitions are interleaved (client order rotates every repetition),
so a burst of load from elsewhere hits every client alike; each figure is the median over repetitions of the
per-process median. Wall time is what the targets are about; CPU time (``time.process_time`` of the client
process) is printed beside it because it is much less sensitive to other processes on the machine.

One Markdown table per part goes to stdout; the raw numbers go to ``bench/results/<part>.json`` (git-ignored:
they describe one machine on one day).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.tools.corpus import vanilla_command

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / ".cache"
RESULTS = BENCH / "results"
PY = sys.executable
SPECS = ROOT.parent / "shared" / "specs"
#: Large specs for parts 6 and 7, largest first; the first that generates is used for the import-time test.
#: Whether httpx2 rows are measured (httpx2 installed; set by main()).
HAS_HTTPX2 = False
LARGE_SPECS = ["digitalocean.yaml", "stripe.yaml", "k8s-core-v1.json", "twilio-api-v2010.json"]


# --------------------------------------------------------------------------------------------- plumbing


@contextmanager
def server(*args: str) -> Iterator[int]:
    """Start bench/server.py in its own process; yield its port."""
    proc = subprocess.Popen([PY, str(BENCH / "server.py"), "--port", "0", *args], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the bench server did not start: {line!r}")
        yield int(line.split()[1])
    finally:
        proc.terminate()
        proc.wait(10)


def measure(*args: str, timeout: float = 600) -> dict[str, Any]:
    """Run bench/measure.py once; return its JSON line."""
    out = subprocess.run(
        [PY, str(BENCH / "measure.py"), *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )
    if out.returncode != 0:
        raise RuntimeError(f"measure.py {' '.join(args)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def interleaved(clients: Sequence[str], reps: int, args_for: Any) -> dict[str, list[dict[str, Any]]]:
    """Run every client ``reps`` times, rotating the order each repetition."""
    runs: dict[str, list[dict[str, Any]]] = {client: [] for client in clients}
    for rep in range(reps):
        order = list(clients[rep % len(clients) :]) + list(clients[: rep % len(clients)])
        for client in order:
            runs[client].append(measure(*args_for(client)))
    return runs


def med(runs: list[dict[str, Any]], key: str = "times") -> float:
    """Median over processes of each process's median round."""
    return statistics.median(statistics.median(run[key]) for run in runs)


def spread(runs: list[dict[str, Any]], key: str = "times") -> float:
    """Noise: (max - min) / median of the per-process medians, as a percentage."""
    values = [statistics.median(run[key]) for run in runs]
    middle = statistics.median(values)
    return 100.0 * (max(values) - min(values)) / middle if middle else 0.0


def verdict(value: float, target: float | None, higher_is_better: bool = False) -> str:
    if target is None:
        return ""
    ok = value >= target if higher_is_better else value <= target
    return "✅" if ok else "❌"


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def save(part: str, payload: dict[str, Any]) -> None:
    RESULTS.mkdir(exist_ok=True)
    payload = {
        "part": part,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "loadavg_at_end": os.getloadavg(),
        **payload,
    }
    (RESULTS / f"{part}.json").write_text(json.dumps(payload, indent=2) + "\n")


def emit(text: str) -> None:
    print(text, flush=True)


def installed(module: str) -> bool:
    return subprocess.run([PY, "-c", f"import {module}"], capture_output=True).returncode == 0


# --------------------------------------------------------------------------------------------- vanilla opc


def vanilla_package() -> None:
    """Generate vanilla openapi-python-client 0.29.1 output for openapi.yaml into bench/.cache/logbook_vanilla."""
    spec = ROOT / "openapi.yaml"
    out = CACHE / "logbook_vanilla"
    stamp = CACHE / "logbook_vanilla.sha"
    digest = __import__("hashlib").sha256(spec.read_bytes()).hexdigest()
    if out.exists() and stamp.exists() and stamp.read_text() == digest:
        return
    CACHE.mkdir(exist_ok=True)
    shutil.rmtree(out, ignore_errors=True)
    opc_generate(spec, out)
    stamp.write_text(digest)


def opc_generate(spec: Path, out: Path) -> float:
    """Vanilla ``openapi-python-client generate``, as the corpus runs it (its stock YAML parser); returns seconds."""
    command, env = vanilla_command(spec, out)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def httpx2_package() -> bool:
    """Generate the flagship with ``http_library: httpx2`` into bench/.cache/logbook_httpx2, when httpx2 is
    installed (its rows are left out otherwise); returns whether it is there."""
    if not installed("httpx2"):
        return False
    out = CACHE / "logbook_httpx2"
    config = CACHE / "logbook_httpx2.yaml"
    CACHE.mkdir(exist_ok=True)
    config.write_text(f"extensions: {ROOT / 'extensions' / 'logbook_client'}\nhttp_library: httpx2\n")
    command = [PY, "-m", "generator", "generate", "--spec", str(ROOT / "openapi.yaml"), "--out", str(out)]
    command += ["--package", "logbook_client", "--config", str(config)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return True


def our_generate(spec: Path, out: Path, package: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [PY, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--package", package],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    return (elapsed, "") if result.returncode == 0 else (elapsed, (result.stderr or result.stdout).strip()[-400:])


# --------------------------------------------------------------------------------------------- parts


def part_calls(workload: str, reps: int, quick: bool) -> None:
    """Parts 1 and 2: per-call time of each client against raw httpx on the same canned server."""
    target = 1.05 if workload == "one" else 1.15
    n = {"one": 300 if quick else 1000, "list": 100 if quick else 300}[workload]
    label = "small JSON object (~300 B)" if workload == "one" else "100-item list (~23 KB)"
    part = "1-per-call" if workload == "one" else "2-list"
    clients_sync = ["httpx-sync", "generated-sync", "vanilla-sync"]
    # generated-async uses the client's default transport (httpx's own); -aiohttp asks for aiohttp's pool.
    clients_async = ["httpx-async", "generated-async", "generated-async-aiohttp", "vanilla-async"]
    if installed("openai"):
        clients_sync.append("openai-sync")
        clients_async.append("openai-async")
    if HAS_HTTPX2:  # raw httpx2 and our package generated with http_library: httpx2
        clients_sync += ["httpx-sync+httpx2", "generated-sync+httpx2"]
        clients_async += ["httpx-async+httpx2", "generated-async+httpx2", "generated-async-aiohttp+httpx2"]
    out: dict[str, Any] = {}
    with server("--pages", "1") as port:
        for mode, clients in (("sync", clients_sync), ("async", clients_async)):
            runs = interleaved(
                clients,
                reps,
                lambda c: (workload, c, "--port", str(port), "--n", str(n), "--rounds", "5", "--warmup", "100"),
            )
            httpx_ref = med(runs[clients[0]])
            rows = []
            for client in clients:
                # Each row against the raw client of its own library: httpx2 rows against raw httpx2.
                raw = clients[0] + ("+httpx2" if client.endswith("+httpx2") else "")
                ref, ref_cpu = med(runs[raw]), med(runs[raw], "cpu")
                wall, cpu = med(runs[client]), med(runs[client], "cpu")
                goal = target if client.startswith("generated") else None
                rows.append(
                    [
                        client,
                        f"{wall * 1e6:.0f}",
                        f"{wall / ref:.2f}×",
                        f"{wall / httpx_ref:.2f}×",
                        f"{cpu / ref_cpu:.2f}×",
                        f"±{spread(runs[client]) / 2:.0f}%",
                        f"≤ {goal}×" if goal else "",
                        verdict(wall / ref, goal),
                    ]
                )
            emit(
                table(
                    f"Part {part[0]}: {label}, {mode}, vs raw httpx{' + json.loads' if workload == 'list' else ''}"
                    " (+httpx2 rows: vs raw httpx2)",
                    ["client", "µs/call", "wall ratio", "vs raw httpx", "CPU ratio", "noise", "target", ""],
                    rows,
                )
            )
            out[mode] = {c: {"wall": med(r), "cpu": med(r, "cpu"), "runs": r} for c, r in runs.items()}
    save(part, out)


def part_decode(reps: int, quick: bool) -> None:
    """Part 3: decode + build 10,000 models (~2.3 MB) against pydantic v2 model_validate_json."""
    clients = ["pydantic", "generated", "generated-from-dict", "vanilla"]
    runs = interleaved(clients, reps, lambda c: ("decode", c, "--n", "10000", "--rounds", "5" if quick else "9"))
    ref, ref_cpu = med(runs["pydantic"]), med(runs["pydantic"], "cpu")
    notes = {
        "pydantic": "DatasetList.model_validate_json(raw)",
        "generated": "parse_response(httpx.Response): the runtime's JSON decoding + from_dict",
        "generated-from-dict": "DatasetList.from_dict(json.loads(raw))",
        "vanilla": "opc 0.29.1 DatasetList.from_dict(json.loads(raw))",
    }
    rows = []
    for client in clients:
        wall, cpu = med(runs[client]), med(runs[client], "cpu")
        goal = 1.0 if client == "generated" else None
        rows.append(
            [
                client,
                notes[client],
                f"{wall * 1e3:.1f}",
                f"{wall / ref:.2f}×",
                f"{cpu / ref_cpu:.2f}×",
                f"±{spread(runs[client]) / 2:.0f}%",
                f"≤ {goal}×" if goal else "",
                verdict(cpu / ref_cpu, goal),
            ]
        )
    emit(
        table(
            "Part 3: decode + build 10,000 models (2.3 MB), vs pydantic v2 (verdict on CPU time)",
            ["client", "what", "ms", "wall ratio", "CPU ratio", "noise", "target", ""],
            rows,
        )
    )
    save("3-decode", {c: {"wall": med(r), "cpu": med(r, "cpu"), "runs": r} for c, r in runs.items()})


def part_batch(reps: int, quick: bool) -> None:
    """Part 4: 1,000 GETs against a server answering after 10 ms; plus the batch machinery's own CPU."""
    n = 1000
    rounds = "3"
    out: dict[str, Any] = {}
    with server("--latency", "0.01") as port:
        async_clients = [
            "async-raw-asyncio",
            "async-httpx-gather",
            "async-httpx-aiohttp-gather",
            "async-generated-batch",
            "async-generated-batch@aiohttp",
        ]
        if installed("openai") and not quick:
            async_clients.append("async-openai-gather")
        sync_clients = ["sync-httpx-threads", "sync-generated-batch"]
        if HAS_HTTPX2:  # raw httpx2 and our package generated with http_library: httpx2
            async_clients += ["async-httpx-gather+httpx2", "async-generated-batch+httpx2"]
            async_clients += ["async-generated-batch@aiohttp+httpx2"]
            # What-if rows (bench/whatif_pool.py, not shipped): the same two on a pool with O(1) bookkeeping per
            # request, i.e. what httpx2 would give once its pool stops scanning every connection per request.
            async_clients += ["async-httpx-gather~o1pool+httpx2", "async-generated-batch~o1pool+httpx2"]
            sync_clients += ["sync-httpx-threads+httpx2", "sync-generated-batch+httpx2"]
        rows = []
        for clients, c, ideal in ((async_clients, 100, 0.1), (sync_clients, 50, 0.2)):
            runs = interleaved(
                clients,
                reps,
                lambda cl, c=c: (
                    "batch",
                    cl,
                    "--port",
                    str(port),
                    "--n",
                    str(n),
                    "--concurrency",
                    str(c),
                    "--rounds",
                    rounds,
                ),
            )
            for client in clients:
                wall = med(runs[client])
                goal = 5.0 if "generated-batch" in client and "~" not in client else None
                rows.append(
                    [
                        client,
                        c,
                        f"{wall:.3f}",
                        f"{wall / ideal:.1f}×",
                        f"{med(runs[client], 'cpu') / n * 1e6:.0f}",
                        f"±{spread(runs[client]) / 2:.0f}%",
                        f"≤ {goal}×" if goal else "",
                        verdict(wall / ideal, goal),
                    ]
                )
            out[f"c{c}"] = {cl: {"wall": med(r), "runs": r} for cl, r in runs.items()}
        emit(
            table(
                "Part 4a: 1,000 GETs, 10 ms server latency, ratio to ideal (n × latency / concurrency)",
                ["client", "concurrency", "seconds", "× ideal", "CPU µs/call", "noise", "target", ""],
                rows,
            )
            + (
                "\n_`~o1pool` rows are a what-if, not a shipped configuration: httpx2 with bench/whatif_pool.py's pool,"
                " which keeps its state incrementally instead of scanning every connection twice per request._\n"
                if HAS_HTTPX2
                else ""
            )
        )

    # The machinery's own CPU: same transport, no latency; batch against the plain loop / hand-written fan-out.
    with server() as port:
        pairs = [
            ("async-generated-loop", "async-generated-batch", 1),
            ("async-generated-gather", "async-generated-batch", 100),
            ("sync-generated-loop", "sync-generated-batch", 1),
        ]
        rows = []
        cpu_out = {}
        for plain, batch, c in pairs:
            runs = interleaved(
                [plain, batch],
                reps,
                lambda cl, c=c: (
                    "batch",
                    cl,
                    "--port",
                    str(port),
                    "--n",
                    str(n),
                    "--concurrency",
                    str(c),
                    "--rounds",
                    "5",
                ),
            )
            base_cpu, batch_cpu = med(runs[plain], "cpu"), med(runs[batch], "cpu")
            overhead = batch_cpu / base_cpu - 1
            goal = 0.05 if c == 1 else None
            rows.append(
                [
                    f"{batch} vs {plain}",
                    c,
                    f"{base_cpu / n * 1e6:.0f}",
                    f"{batch_cpu / n * 1e6:.0f}",
                    f"{overhead * 100:+.1f}%",
                    f"±{spread(runs[batch], 'cpu') / 2:.0f}%",
                    "≤ +5%" if goal is not None else "",
                    verdict(overhead, goal),
                ]
            )
            cpu_out[f"{batch}-c{c}"] = {cl: {"cpu": med(r, "cpu"), "runs": r} for cl, r in runs.items()}
        emit(
            table(
                "Part 4b: batch machinery CPU per call, against a plain loop of call() on the same transport",
                ["pair", "concurrency", "plain CPU µs/call", "batch CPU µs/call", "overhead", "noise", "target", ""],
                rows,
            )
        )
        out["cpu"] = cpu_out
    save("4-batch", out)


def part_paginate(reps: int, quick: bool) -> None:
    """Part 5: 100,000 items over 1,000 pages: iterate() against a hand-written loop over call()."""
    with server("--pages", "1000") as port:
        probe = measure("paginate", "memory-iterate", "--port", str(port))
        if "unavailable" in probe:
            emit("### Part 5: paginator\n\npaginators not available yet (no `iterate` in the generated client)\n")
            save("5-paginate", {"unavailable": probe["unavailable"]})
            return
        rows = []
        out: dict[str, Any] = {"memory": probe}
        for mode in ("sync", "async"):
            clients = [f"{mode}-hand-loop", f"{mode}-iterate"]
            runs = interleaved(
                clients, reps, lambda c: ("paginate", c, "--port", str(port), "--rounds", "1" if quick else "2")
            )
            loop_t, iter_t = med(runs[clients[0]]), med(runs[clients[1]])
            throughput = loop_t / iter_t
            rows.append(
                [
                    mode,
                    f"{runs[clients[1]][0]['items']:,}",
                    f"{loop_t:.2f}",
                    f"{iter_t:.2f}",
                    f"{throughput:.2f}×",
                    "≥ 0.95×",
                    verdict(throughput, 0.95, higher_is_better=True),
                ]
            )
            out[mode] = {c: {"wall": med(r), "runs": r} for c, r in runs.items()}
        emit(
            table(
                "Part 5a: paginator throughput (hand-written loop time / iterate time)",
                ["mode", "items", "loop s", "iterate s", "throughput", "target", ""],
                rows,
            )
        )
        emit(
            table(
                "Part 5b: peak memory growth while iterating 1,000 pages (sync, tracemalloc; one page = the peak "
                "growth of one call() that keeps its page: body + decoded JSON + models)",
                ["items", "one page (KB)", "peak growth (KB)", "pages", "target", ""],
                [
                    [
                        f"{probe['items']:,}",
                        f"{probe['page_bytes'] / 1024:.0f} (models alone: {probe['page_kept_bytes'] / 1024:.0f})",
                        f"{probe['peak_growth'] / 1024:.0f}",
                        f"{probe['pages']:.2f}",
                        "≤ 2",
                        verdict(probe["pages"], 2.0),
                    ]
                ],
            )
        )
    save("5-paginate", out)


def large_spec_client(spec_name: str) -> Path:
    return CACHE / "large" / Path(spec_name).stem.replace("-", "_")


def part_generation(reps: int, quick: bool) -> list[tuple[str, str]]:
    """Part 7: generation time; flagship absolute, large specs against vanilla openapi-python-client."""
    rows = []
    out: dict[str, Any] = {}
    generated_ok: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        ours, theirs = [], []
        for rep in range(reps):
            ours.append(our_generate(ROOT / "openapi.yaml", Path(tmp) / f"o{rep}", "logbook_client")[0])
            theirs.append(opc_generate(ROOT / "openapi.yaml", Path(tmp) / f"v{rep}"))
        ours_m, theirs_m = statistics.median(ours), statistics.median(theirs)
        rows.append(
            [
                "openapi.yaml (flagship, 26 ops)",
                f"{ours_m:.1f}",
                f"{theirs_m:.1f}",
                f"{ours_m / theirs_m:.2f}×",
                "≤ 5 s",
                verdict(ours_m, 5.0),
            ]
        )
        out["openapi.yaml"] = {"ours": ours, "vanilla": theirs}
        specs = LARGE_SPECS[:1] if quick else LARGE_SPECS
        for name in specs:
            spec = SPECS / name
            if not spec.exists():
                continue
            package = Path(name).stem.replace("-", "_") + "_client"
            target_dir = large_spec_client(name)
            shutil.rmtree(target_dir, ignore_errors=True)
            target_dir.parent.mkdir(parents=True, exist_ok=True)
            elapsed, error = our_generate(spec, target_dir, package)
            if error:
                rows.append([name, "fails", "", "", "≤ 1.2× vanilla", f"❌ {error.splitlines()[-1][:120]}"])
                out[name] = {"ours_error": error}
                continue
            generated_ok.append((name, package))
            try:
                vanilla = opc_generate(spec, Path(tmp) / f"v-{package}")
            except subprocess.CalledProcessError as exc:
                rows.append([name, f"{elapsed:.1f}", "fails", "", "≤ 1.2× vanilla", f"(vanilla: {exc.returncode})"])
                continue
            rows.append(
                [
                    name,
                    f"{elapsed:.1f}",
                    f"{vanilla:.1f}",
                    f"{elapsed / vanilla:.2f}×",
                    "≤ 1.2×",
                    verdict(elapsed / vanilla, 1.2),
                ]
            )
            out[name] = {"ours": elapsed, "vanilla": vanilla}
    emit(
        table(
            "Part 7: generation time (ours, with ruff formatting, vs vanilla openapi-python-client 0.29.1)",
            ["spec", "ours s", "vanilla s", "ratio", "target", ""],
            rows,
        )
    )
    save("7-generation", out)
    return generated_ok


def part_import(reps: int, generated_ok: list[tuple[str, str]]) -> None:
    """Part 6: ``import <package>`` time of a generated ~650-operation client; resources load lazily."""
    # Generated by part 7 in this run; otherwise generate now (a client left in the cache may be stale).
    candidates = list(generated_ok)
    if not candidates:
        for name in LARGE_SPECS:
            package = Path(name).stem.replace("-", "_") + "_client"
            if (SPECS / name).exists() and not our_generate(SPECS / name, large_spec_client(name), package)[1]:
                candidates = [(name, package)]
                break
    if not candidates:
        emit("### Part 6: import time\n\nno large shared spec generates today\n")
        return
    name, package = candidates[0]
    where = large_spec_client(name)
    operations = sum(1 for _ in (where / package / "_operations").rglob("*.py")) - sum(
        1 for _ in (where / package / "_operations").rglob("__init__.py")
    )
    script = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "import {module}\n"
        "t1 = time.perf_counter()\n"
        "extra = {{}}\n"
        "if {client}:\n"
        "    c = {module}.Client(base_url='http://127.0.0.1:1', token='t')\n"
        "    extra['loaded_api_modules'] = sum(1 for m in sys.modules if m.startswith('{module}.api.'))\n"
        "    t2 = time.perf_counter()\n"
        "    getattr(c, sorted(n for n in dir(type(c)) if not n.startswith('_') and "
        "isinstance(getattr(type(c), n), __import__('functools').cached_property))[0])\n"
        "    extra['first_resource_ms'] = (time.perf_counter() - t2) * 1000\n"
        "import json; print(json.dumps({{'import_ms': (t1 - t) * 1000, **extra}}))\n"
    )
    # Two interpreters: a venv holding only what the generated package installs (what its users import it in),
    # and this development venv, where click and rich are installed and `import httpx` imports its CLI too.
    pythons = [("users' venv (httpx, attrs, sniffio only)", python) for python in [user_python()] if python]
    pythons.append(("this dev venv (httpx imports click, rich)", PY))
    rows: list[list[str]] = []
    saved: dict[str, Any] = {"package": package, "spec": name, "operations": operations}
    for label, python in pythons:
        samples: dict[str, list[dict[str, Any]]] = {"httpx": [], package: []}
        for _ in range(max(reps, 5)):
            for module, client in (("httpx", False), (package, True)):
                result = subprocess.run(
                    [python, "-c", script.format(module=module, client=client)],
                    capture_output=True,
                    text=True,
                    cwd=where,
                    check=True,
                )
                samples[module].append(json.loads(result.stdout))
        ours = statistics.median(s["import_ms"] for s in samples[package])
        ref = statistics.median(s["import_ms"] for s in samples["httpx"])
        loaded = max(s["loaded_api_modules"] for s in samples[package])
        first = statistics.median(s["first_resource_ms"] for s in samples[package])
        rows += [
            [
                f"{label}: import {package} ({name}, {operations} operations)",
                f"{ours:.0f}",
                f"{ours / ref:.2f}×",
                "≤ 100 ms",
                verdict(ours, 100.0),
            ],
            [f"{label}: import httpx (the floor: every client imports it)", f"{ref:.0f}", "1.00×", "", ""],
            [f"{label}: api modules loaded by import + Client()", str(loaded), "", "0 (lazy)", verdict(loaded, 0)],
            [f"{label}: first resource attribute access (ms)", f"{first:.0f}", "", "", ""],
        ]
        saved[label] = samples
    emit(
        table("Part 6: import time of a large generated client", ["what", "ms", "vs import httpx", "target", ""], rows)
    )
    save("6-import", saved)


#: What a generated package installs (templates/pyproject.toml.jinja) and what those pull in, at this venv's versions.
USER_DISTRIBUTIONS = ("httpx", "httpcore", "anyio", "h11", "idna", "certifi", "attrs", "sniffio", "typing_extensions")


def user_python() -> str | None:
    """The interpreter of a venv holding only the generated package's dependencies (built once, in bench/.cache)."""
    from importlib.metadata import PackageNotFoundError, version

    pins = []
    for dist in USER_DISTRIBUTIONS:
        try:
            pins.append(f"{dist}=={version(dist)}")
        except PackageNotFoundError:
            continue
    venv = CACHE / "user-venv"
    python = venv / "bin" / "python"
    marker = venv / "pins.txt"
    if python.exists() and marker.exists() and marker.read_text() == "\n".join(pins):
        return str(python)
    shutil.rmtree(venv, ignore_errors=True)
    try:
        subprocess.run([PY, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *pins], check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        reason = exc.stderr.decode(errors="replace")[-300:]
        print(f"part 6: could not build the users' venv ({reason})", file=sys.stderr)
        return None
    marker.write_text("\n".join(pins))
    return str(python)


# --------------------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="1,2,3,4,5,6,7", help="comma-separated part numbers")
    parser.add_argument("--reps", type=int, default=0, help="processes per client (default 5, --quick 3)")
    parser.add_argument("--quick", action="store_true", help="fewer calls and repetitions (a smoke run)")
    args = parser.parse_args()
    parts = {int(p) for p in args.parts.split(",") if p.strip()}
    reps = args.reps or (3 if args.quick else 5)
    emit(f"# Benchmarks ({platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})\n")
    vanilla_package()
    global HAS_HTTPX2
    HAS_HTTPX2 = bool(parts & {1, 2, 4}) and httpx2_package()
    if 1 in parts:
        part_calls("one", reps, args.quick)
    if 2 in parts:
        part_calls("list", reps, args.quick)
    if 3 in parts:
        part_decode(reps, args.quick)
    if 4 in parts:
        part_batch(reps, args.quick)
    if 5 in parts:
        part_paginate(reps, args.quick)
    generated_ok: list[tuple[str, str]] = []
    if 7 in parts:
        generated_ok = part_generation(min(reps, 3), args.quick)
    if 6 in parts:
        part_import(reps, generated_ok)
    emit(f"_Raw numbers: {RESULTS.relative_to(ROOT)}/*.json; load average at the end {os.getloadavg()[0]:.1f}._")


if __name__ == "__main__":
    main()
