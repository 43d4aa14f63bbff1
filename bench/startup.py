"""Start-up of a large generated client: ``import``, first resource access, first call of one operation.

``python -m bench.startup [SPEC ...] [--reps 7] [--resource NAME] [--python PY] [--explain]`` (default SPEC: the
shared DigitalOcean spec, the largest by operation count). Not part of ``make bench``.

Each spec is generated into a temporary folder twice: by us and by vanilla openapi-python-client 0.29.1
(``--meta none``, as ``bench/run.py`` runs it); both are byte-compiled first, as ``pip install`` does, so a sample
measures loading, not compiling. Each sample is a FRESH interpreter that times, in order:

- ``import <package>``;
- ``Client()`` then the first access to one resource (``client.<resource>``; by default the resource with the most
  operations, the worst case), and the same on ``AsyncClient``;
- the first call of one operation of it (a GET without required arguments, non-paginated when there is one),
  answered by an ``httpx.MockTransport`` with ``200 {}`` (the call decodes or raises ``ResponseDecodingError``:
  either way its operation module and models are loaded and the request built, sent and read).

Vanilla has no resources: its figures are ``import <package>``, ``import <package>.api.<tag>.<operation>`` (the
first-call module import) and the same first call (``sync_detailed``) on the same mock. Each figure is the median
over ``--reps`` samples, with the growth of ``len(sys.modules)`` at each step and, per step, how many of the
package's resource (``api.*``/``aio.*``), operation (``_operations.*``) and model modules it loaded.

The interpreter is the users' venv of ``bench/run.py`` part 6 (only what a generated package installs: in this dev
venv ``import httpx`` also imports click and rich), unless ``--python`` says otherwise. ``--explain`` runs one more
sample under ``python -X importtime`` and prints, per step, the modules that took the most time.

Targets (issue 25): import <= 100 ms; first resource access <= 30 ms, loading only that resource's module; first
call <= 60 ms beyond that.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.run import SPECS, opc_generate, user_python  # noqa: E402

DEFAULT_SPECS = [SPECS / "digitalocean.yaml"]

#: Picks the resource and the operation, in an untimed interpreter (it imports every resource of the package).
PLAN = r"""
import inspect, json, sys
from functools import cached_property
from pathlib import Path
import {package} as p

wanted = {resource!r}
client = p.Client(base_url="http://api.test", token="t")
names = sorted(n for n, v in vars(type(client)).items() if isinstance(v, cached_property))
root = Path(p.__file__).parent
count = {{n: sum(1 for f in (root / "_operations" / n).glob("*.py") if f.name != "__init__.py") for n in names}}
order = [wanted] if wanted else sorted(names, key=lambda n: (-count[n], n))
failures = {{}}
for name in order:
    try:
        resource = getattr(client, name)
    except Exception as exc:  # a resource that cannot load is reported, and the next largest is measured
        failures[name] = f"{{type(exc).__name__}}: {{exc}}"
        continue
    best = None
    for method in sorted(m for m in vars(type(resource)) if not m.startswith("_")):
        source = root / "_operations" / name / f"{{method}}.py"
        if not source.exists():
            continue
        text = source.read_text()
        if 'method="GET"' not in text or "{{" in text.split('path="', 1)[1].split('"', 1)[0]:
            continue
        signature = inspect.signature(getattr(resource, method))
        if any(q.default is inspect.Parameter.empty for q in signature.parameters.values()):
            continue
        paged = "PAGINATION = " in text
        rank = (paged, method)
        if best is None or rank < best[0]:
            best = (rank, method, text.split('path="', 1)[1].split('"', 1)[0], paged)
    if best is not None:
        print(json.dumps({{"resource": name, "method": best[1], "path": best[2], "paged": best[3],
                          "operations": count[name], "resources": len(names),
                          "all_operations": sum(count.values()), "failures": failures}}))
        break
else:
    print(json.dumps({{"error": "no resource with a GET operation without required arguments", "failures": failures}}))
"""

#: One sample of ours, in a fresh interpreter: the sync twin (``Client``) or the async one (``AsyncClient``).
OURS = r"""
import sys, time
base = len(sys.modules)
c0, t0 = time.process_time(), time.perf_counter()
import {package} as p
t1, c1 = time.perf_counter(), time.process_time()
out = {{"import_ms": (t1 - t0) * 1000, "import_cpu": (c1 - c0) * 1000, "import_modules": len(sys.modules) - base}}

import asyncio, json
import httpx

KINDS = {{"resource": (".api.", ".aio."), "operation": ("._operations.",), "model": (".models.",)}}


def step(name, action):
    sys.stderr.write(f"STEP {{name}}\n")
    sys.stderr.flush()
    before = set(sys.modules)
    c, t = time.process_time(), time.perf_counter()
    value = action()
    out[name + "_ms"] = (time.perf_counter() - t) * 1000
    out[name + "_cpu"] = (time.process_time() - c) * 1000
    new = [m for m in set(sys.modules) - before if m.startswith("{package}.")]
    out[name + "_modules"] = len(sys.modules) - len(before)
    out[name + "_ours"] = {{k: sum(1 for m in new if any(s in m for s in v)) for k, v in KINDS.items()}}
    return value


transport = httpx.MockTransport(lambda request: httpx.Response(200, json={{}}))
if {is_async}:
    client = p.AsyncClient(base_url="http://api.test", token="t", http_client=httpx.AsyncClient(transport=transport))
else:
    client = p.Client(base_url="http://api.test", token="t", http_client=httpx.Client(transport=transport))
resource = step("resource", lambda: client.{resource})


async def acall():
    return await getattr(resource, "{method}")()  # a paginator awaited gives its first page


def call():
    try:
        if {is_async}:
            return asyncio.run(acall())
        value = getattr(resource, "{method}")()
        return next(iter(value.pages()), None) if {paged} else value
    except p.ResponseDecodingError as exc:
        return exc


if {is_async}:
    asyncio.new_event_loop().close()  # asyncio's own first-use cost is not the operation's
out["outcome"] = type(step("call", call)).__name__
print(json.dumps(out))
"""

#: One sample of vanilla openapi-python-client's package, in a fresh interpreter.
VANILLA = r"""
import sys, time
base = len(sys.modules)
t0 = time.perf_counter()
import {package}
t1 = time.perf_counter()
out = {{"import_ms": (t1 - t0) * 1000, "import_modules": len(sys.modules) - base}}
import json
import httpx
from {package}.client import AuthenticatedClient
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={{}}))
client = AuthenticatedClient(base_url="http://api.test", token="t", httpx_args={{"transport": transport}})
n = len(sys.modules)
t2 = time.perf_counter()
import {package}.api.{tag}.{module} as operation
t3 = time.perf_counter()
out["module_ms"] = (t3 - t2) * 1000
out["module_modules"] = len(sys.modules) - n
try:
    value = operation.sync_detailed(client=client)
except Exception as exc:
    value = exc
out["call_ms"] = (time.perf_counter() - t3) * 1000
out["outcome"] = type(value).__name__
print(json.dumps(out))
"""


def run(python: str, code: str, cwd: Path, importtime: bool = False) -> tuple[dict[str, Any], str]:
    command = [python, *(["-X", "importtime"] if importtime else []), "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"sample failed in {cwd}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def vanilla_module(package_dir: Path, path: str) -> tuple[str, str] | None:
    """The (tag, module) of vanilla's GET operation at ``path`` (no path parameters: the URL is a plain literal)."""
    literal = f'"url": "{path}",'
    for source in sorted((package_dir / "api").glob("*/*.py")):
        text = source.read_text(encoding="utf-8")
        if literal in text and '"method": "get"' in text:
            return source.parent.name, source.stem
    return None


def explain(stderr: str, top: int = 8) -> list[str]:
    """Per step, the ``top`` modules with the most self time in ``-X importtime`` output."""
    lines: list[str] = []
    step = "import"
    rows: dict[str, list[tuple[int, int, str]]] = {step: []}
    for line in stderr.splitlines():
        if line.startswith("STEP "):
            step = line[5:].strip()
            rows[step] = []
            continue
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows[step].append((int(match.group(1)), int(match.group(2)), match.group(4)))
    for name, found in rows.items():
        total = sum(self_us for self_us, _, _ in found)
        lines.append(f"- {name}: {len(found)} modules imported, {total / 1000:.1f} ms of import self time; top:")
        for self_us, _, module in sorted(found, reverse=True)[:top]:
            lines.append(f"    {self_us / 1000:6.1f} ms  {module}")
    return lines


def median(samples: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(s[key]) for s in samples)


def generate(root: Path, spec: Path, out: Path, package: str) -> str:
    """Generate ``spec`` with the generator of the source tree at ``root``; the error text, or ""."""
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    result = subprocess.run([*command, "--package", package], capture_output=True, text=True, cwd=root)
    return "" if result.returncode == 0 else (result.stderr or result.stdout).strip()[-400:]


def rows_of(label: str, samples: dict[str, list[dict[str, Any]]], plan: dict[str, Any]) -> list[str]:
    """The table rows of one generated package: import, then per twin first resource access and first call."""

    def modules(mode: str, step: str) -> str:
        counts = samples[mode][0][f"{step}_ours"]
        grown = round(median(samples[mode], f"{step}_modules"))
        return f"+{grown} ({counts['resource']} res, {counts['operation']} op, {counts['model']} models)"

    def row(what: str, runs: list[dict[str, Any]], step: str, loaded: str, target: float) -> str:
        value, cpu = median(runs, f"{step}_ms"), median(runs, f"{step}_cpu")
        verdict = "✅" if value <= target else "❌"
        return f"| {label} | {what} | {value:.1f} | {cpu:.1f} | {loaded} | ≤ {target:.0f} ms | {verdict} |"

    resource, method = plan["resource"], plan["method"]
    both = samples["sync"] + samples["async"]
    rows = [row("`import` package", both, "import", f"+{round(median(both, 'import_modules'))}", 100)]
    for mode, client, await_ in (("sync", "client", ""), ("async", "async_client", "await ")):
        rows += [
            row(f"first `{client}.{resource}`", samples[mode], "resource", modules(mode, "resource"), 30),
            row(f"then `{await_}{client}.{resource}.{method}()`", samples[mode], "call", modules(mode, "call"), 60),
        ]
    return rows


def bench_spec(spec: Path, args: argparse.Namespace, python: str, work: Path) -> list[str]:
    stem = spec.stem.replace("-", "_").replace(".", "_")
    package, vanilla = f"{stem}_client", f"v_{stem}"
    trees = {"ours": ROOT, **({"before": args.before.resolve()} if args.before else {})}
    folders = {label: work / f"{label}_{stem}" for label in trees}
    for label, root in trees.items():
        error = generate(root, spec, folders[label], package)
        if error:
            return [f"## {spec.name}\n\n{label}: generation failed: {error}\n"]
    vanilla_dir = work / f"vanilla_{stem}"
    try:
        opc_generate(spec, vanilla_dir / vanilla)
    except subprocess.CalledProcessError:  # vanilla refuses some specs (Stripe): ours is measured alone
        vanilla_dir.mkdir(parents=True, exist_ok=True)
    for folder in [*folders.values(), vanilla_dir]:
        compileall.compile_dir(str(folder), quiet=1, workers=2)
    plan, _ = run(python, PLAN.format(package=package, resource=args.resource), folders["ours"])
    if "error" in plan:
        return [f"## {spec.name}\n\n{plan}\n"]
    found = vanilla_module(vanilla_dir / vanilla, plan["path"]) if (vanilla_dir / vanilla).is_dir() else None
    code = {
        mode: OURS.format(
            package=package,
            resource=plan["resource"],
            method=plan["method"],
            paged=plan["paged"],
            is_async=mode == "async",
        )
        for mode in ("sync", "async")
    }
    samples: dict[str, dict[str, list[dict[str, Any]]]] = {label: {"sync": [], "async": []} for label in trees}
    theirs: list[dict[str, Any]] = []
    httpx_ms: list[float] = []
    httpx_code = "import json, time\nt = time.perf_counter()\nimport httpx\n"
    httpx_code += "print(json.dumps({'ms': (time.perf_counter() - t) * 1000}))"
    for _ in range(args.reps):  # interleaved, so a load spike hits every package alike
        for label in trees:
            for mode in ("sync", "async"):
                samples[label][mode].append(run(python, code[mode], folders[label])[0])
        if found:
            theirs.append(run(python, VANILLA.format(package=vanilla, tag=found[0], module=found[1]), vanilla_dir)[0])
        httpx_ms.append(run(python, httpx_code, work)[0]["ms"])
    out = [
        f"## {spec.name}: {plan['all_operations']} operations in {plan['resources']} resources; "
        f"`{plan['resource']}` has {plan['operations']} (`{plan['method']}`: GET {plan['path']})",
        "",
        f"{args.reps} fresh interpreters per figure, medians; `{python}`; `import httpx` alone: "
        f"{statistics.median(httpx_ms):.0f} ms; call outcome {samples['ours']['sync'][0]['outcome']}.",
        "",
        "| package | step | ms | CPU ms | modules loaded (package's resource / operation / model ones) | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    for label in trees:
        out += rows_of(label, samples[label], plan)
    if plan["failures"]:
        failed = "; ".join(f"{name}: {text[:160]}" for name, text in plan["failures"].items())
        out += ["", f"Resources that failed to load (the next largest was measured): {failed}"]
    if found:
        ours = samples["ours"]["sync"]
        imp, res, call = median(ours, "import_ms"), median(ours, "resource_ms"), median(ours, "call_ms")
        vimp, vmod, vcall = median(theirs, "import_ms"), median(theirs, "module_ms"), median(theirs, "call_ms")
        first, vfirst = imp + res + call, vimp + vmod + vcall
        out += [
            "",
            f"| vanilla opc 0.29.1 (`api.{found[0]}.{found[1]}`) | ms | modules loaded | ours (sync) ÷ vanilla |",
            "|---|---|---|---|",
            f"| `import` package | {vimp:.0f} | +{round(median(theirs, 'import_modules'))} | {imp / vimp:.2f}× |",
            f"| `import` the operation's module (ours: first resource access + first call) | {vmod:.0f} | "
            f"+{round(median(theirs, 'module_modules'))} | {(res + call) / vmod:.3f}× |",
            f"| first `sync_detailed()` (outcome {theirs[0]['outcome']}) | {vcall:.1f} | | |",
            f"| `import` to first response | {vfirst:.0f} | | {first / vfirst:.3f}× (ours {first:.0f} ms) |",
        ]
    else:
        out += ["", f"(vanilla generated no module for GET {plan['path']}: not compared)"]
    if args.explain:
        for mode in ("sync", "async"):
            _, stderr = run(python, code[mode], folders["ours"], importtime=True)
            out += ["", f"`-X importtime`, ours, {mode}:", "```", *explain(stderr), "```"]
    return [*out, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, default=DEFAULT_SPECS)
    parser.add_argument("--reps", type=int, default=7, help="fresh interpreters per figure (default 7)")
    parser.add_argument("--resource", default="", help="the resource to touch (default: the one with most operations)")
    parser.add_argument("--python", default="", help="interpreter (default: bench/run.py's users' venv)")
    parser.add_argument("--before", type=Path, help="another source tree (e.g. main) whose generator is measured too")
    parser.add_argument("--explain", action="store_true", help="one more sample under -X importtime, summarised")
    args = parser.parse_args()
    python = args.python or user_python() or sys.executable
    print(f"# Start-up (load {os.getloadavg()[0]:.1f})\n")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        for spec in args.specs:
            print("\n".join(bench_spec(spec.resolve(), args, python, Path(tmp))))
            sys.stdout.flush()
    print(f"_load average at the end {os.getloadavg()[0]:.1f}_")


if __name__ == "__main__":
    main()
