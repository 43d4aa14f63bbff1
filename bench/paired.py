"""Per-call CPU of the generated client against its raw library, both in ONE process, in alternating blocks.

``bench/run.py`` parts 1-2 run each client in its own process and compare medians; on a shared machine their
wall-clock ratios swing by ±30% or more. Here the raw client and ours take turns, a block of calls each, in the
same process and on the same connection pool kind, and each block is timed in CPU time: the ratio of two
neighbouring blocks sees the same machine. Reported: the median and quartiles of the per-block-pair ratios.

    python bench/paired.py [--httpx2] [--workload one|list] [--in-memory] [--package DIR]

``--in-memory`` answers from a transport in the process (no socket): what remains is the client's own work, the
per-call overhead of our layer in microseconds. ``--package DIR`` measures another generated package (e.g. one
generated from main's templates, for a before/after).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))


def blocks(pairs: int, size: int, raw: Callable[[], Any], ours: Callable[[], Any]) -> tuple[list[float], list[float]]:
    """CPU seconds per call of ``raw`` and ``ours``, one figure per block, the two alternating."""
    a, b = [], []
    for _ in range(pairs):
        for fn, out in ((raw, a), (ours, b)):
            started = time.process_time()
            for _ in range(size):
                fn()
            out.append((time.process_time() - started) / size)
    return a, b


async def ablocks(
    pairs: int, size: int, raw: Callable[[], Awaitable[Any]], ours: Callable[[], Awaitable[Any]]
) -> tuple[list[float], list[float]]:
    a, b = [], []
    for _ in range(pairs):
        for fn, out in ((raw, a), (ours, b)):
            started = time.process_time()
            for _ in range(size):
                await fn()
            out.append((time.process_time() - started) / size)
    return a, b


def report(mode: str, a: list[float], b: list[float]) -> None:
    ratios = sorted(y / x for x, y in zip(a, b, strict=True))
    q = len(ratios) // 4
    print(
        f"{mode:5s} raw {statistics.median(a) * 1e6:6.1f} µs  ours {statistics.median(b) * 1e6:6.1f} µs CPU/call"
        f"  ratio median {statistics.median(ratios):.3f} (quartiles {ratios[q]:.3f}-{ratios[-q - 1]:.3f})"
        f"  ours - raw {(statistics.median(b) - statistics.median(a)) * 1e6:+.1f} µs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--httpx2", action="store_true", help="raw httpx2 and the package generated for it")
    parser.add_argument("--workload", choices=["one", "list"], default="one")
    parser.add_argument("--in-memory", action="store_true", help="no socket: a transport answers in the process")
    parser.add_argument("--package", type=Path, help="a generated package's parent folder to measure instead")
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--size", type=int, default=0, help="calls per block (default 300 in memory, else 100)")
    args = parser.parse_args()
    import measure  # bench/measure.py: the package paths and the httpx2 switch

    if args.httpx2:
        measure.use_httpx2()
    if args.package:
        sys.path.insert(0, str(args.package.resolve()))
    import httpx
    from run import server

    from logbook_client import AsyncClient, Client
    from logbook_client.aio.datasets import get_dataset as aget_dataset
    from logbook_client.aio.datasets import list_datasets as alist_datasets
    from logbook_client.api.datasets import get_dataset, list_datasets

    spec = importlib.util.spec_from_file_location("bench_server", BENCH / "server.py")  # not the repo's server/
    assert spec is not None and spec.loader is not None
    bench_server = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_server)
    canned = bench_server.Canned(1)
    answer = canned.one if args.workload == "one" else canned.dataset_page("limit=100")
    head, body = answer.split(b"\r\n\r\n", 1)
    headers = [tuple(line.split(b": ", 1)) for line in head.split(b"\r\n")[1:]]

    class Memory(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))

    class AsyncMemory(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))

    size = args.size or (300 if args.in_memory else 100)
    path = "/datasets/web-logs" if args.workload == "one" else "/datasets?limit=100"
    with server("--pages", "1") as port:
        base = f"http://127.0.0.1:{port}"
        url = base + path
        memory = {"transport": Memory()} if args.in_memory else {}
        raw = httpx.Client(headers={"Authorization": "Bearer t"}, **memory)
        ours = Client(base_url=base, token="t")
        if args.in_memory:
            ours._http._transport = Memory()

        def raw_call() -> Any:
            return json.loads(raw.get(url).content)

        def our_call() -> Any:
            if args.workload == "one":
                return get_dataset.call(ours, dataset_name="web-logs")
            return list_datasets.call(ours, limit=100)

        blocks(2, size, raw_call, our_call)  # warm-up
        report("sync", *blocks(args.pairs, size, raw_call, our_call))

        async def amain() -> None:
            amemory = {"transport": AsyncMemory()} if args.in_memory else {}
            araw = httpx.AsyncClient(headers={"Authorization": "Bearer t"}, **amemory)
            aours = AsyncClient(base_url=base, token="t")
            if args.in_memory:
                aours._http._transport = AsyncMemory()

            async def araw_call() -> Any:
                return json.loads((await araw.get(url)).content)

            async def aour_call() -> Any:
                if args.workload == "one":
                    return await aget_dataset.call(aours, dataset_name="web-logs")
                return await alist_datasets.call(aours, limit=100)

            await ablocks(2, size, araw_call, aour_call)
            report("async", *await ablocks(args.pairs, size, araw_call, aour_call))
            await araw.aclose()
            await aours.aclose()

        asyncio.run(amain())
        raw.close()
        ours.close()


if __name__ == "__main__":
    main()
