"""Server-Sent Events throughput: the generated client's ``stream()`` against httpx-sse + ``json.loads``.

``python bench/sse.py [--events 100000] [--reps 5]`` (``make bench`` runs it as its last part). A loopback server
(one process) answers every GET with the same body of N small events, each ``id`` + one line of JSON ``data``
shaped like the Logbook ``Event`` model. Each client runs in its own process, alternating, repetitions
interleaved; each figure is the median. Printed:

- wall and CPU time per client (the client process's CPU: the server runs in its own), and ours as a ratio of
  httpx-sse's (target: at most 1.2x, ours decoding each event into an ``Event`` model, httpx-sse only
  ``json.loads``), with the spread of the ratio over the repetitions (CPU time is the steadier one on a loaded
  machine); ours
  twice: as installed (``orjson`` reads the data when it is there, as it reads response bodies) and with
  ``orjson`` hidden, which reads the data with ``json.loads`` as the reference does;
- our peak traced memory at N/10 and at N events (target: flat, the stream holds one event at a time);
- a correctness table: the edge cases where the decoders disagree (httpx-sse splits lines with ``str.splitlines``,
  so U+2028/U+0085 inside JSON text break its events).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

SERVER = textwrap.dedent(
    """
    import socket, sys, threading
    n = int(sys.argv[1])
    event = '{"_time": "2024-05-01T12:00:00Z", "service": "api", "status": 200, "latency_ms": 12.5, "n": %d}'
    body = "retry: 100\\n\\n" + "".join(f"id: {i}\\ndata: {event % i}\\n\\n" for i in range(n))
    payload = body.encode()
    head = (b"HTTP/1.1 200 OK\\r\\ncontent-type: text/event-stream\\r\\ncontent-length: "
            + str(len(payload)).encode() + b"\\r\\n\\r\\n")
    srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0)); srv.listen(16)
    print("PORT", srv.getsockname()[1], flush=True)
    def serve(conn):
        with conn:
            buf = b""
            while True:
                data = conn.recv(65536)
                if not data:
                    return
                buf += data
                while b"\\r\\n\\r\\n" in buf:
                    _, buf = buf.split(b"\\r\\n\\r\\n", 1)
                    conn.sendall(head + payload)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()
    """
)

_OURS = textwrap.dedent(
    """
    import sys, time, tracemalloc
    sys.path.insert(0, "generated")
    from logbook_client import Client
    from logbook_client.api.query import tail_events
    url, n = sys.argv[1], int(sys.argv[2])
    trace = len(sys.argv) > 3
    with Client(base_url=url, token="t", max_retries=0) as client:
        if trace:
            tracemalloc.start()
        start, cpu = time.perf_counter(), time.process_time(); count = 0
        with tail_events.stream(client, dataset_name="bench") as events:
            for event in events:
                count += 1
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert count == n, count
    print(tracemalloc.get_traced_memory()[1] if trace else f"{elapsed} {cpu}")
    """
)

CLIENTS = {
    "httpx-sse + json.loads": textwrap.dedent(
        """
        import json, sys, time, httpx
        from httpx_sse import connect_sse
        url, n = sys.argv[1], int(sys.argv[2])
        with httpx.Client() as client:
            start, cpu = time.perf_counter(), time.process_time(); count = 0
            with connect_sse(client, "GET", url) as source:
                for sse in source.iter_sse():
                    if sse.data:  # httpx-sse also hands out the retry-only block, with empty data
                        json.loads(sse.data); count += 1
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert count == n, count
        print(elapsed, cpu)
        """
    ),
    "ours: stream() -> Event models": _OURS,
    "ours without orjson": "import sys; sys.modules['orjson'] = None\n" + _OURS,
}


def _run(code: str, *args: str) -> tuple[float, ...]:
    """The numbers the client printed: wall and CPU seconds, or the peak traced memory."""
    out = subprocess.run([PY, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return tuple(float(value) for value in out.stdout.strip().splitlines()[-1].split())


def _server(events: int) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen([PY, "-c", SERVER, str(events)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, int(proc.stdout.readline().split()[1])


def _edge_cases() -> list[tuple[str, bool, bool]]:
    """(case, ours right, httpx-sse right) for inputs where line splitting matters."""
    sys.path.insert(0, str(ROOT / "generated"))
    import httpx
    from httpx_sse import EventSource

    from logbook_client._runtime.sse import SSEDecoder

    cases = {
        "U+2028 inside JSON data": ('data: {"t": "a\u2028b"}\n\n', ['{"t": "a\u2028b"}']),
        "U+0085 inside JSON data": ('data: {"t": "a\u0085b"}\n\n', ['{"t": "a\u0085b"}']),
        "CR line ends": ("data: a\rdata: b\r\r", ["a\nb"]),
        "BOM": ("\ufeffdata: x\n\n", ["x"]),
        "event without data": ("event: ping\n\ndata: x\n\n", ["x"]),
    }
    rows = []
    for name, (text, expected) in cases.items():
        ours = [event.data for event in SSEDecoder().feed(text)]
        response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=text.encode())
        theirs = [sse.data for sse in EventSource(response).iter_sse()]
        rows.append((name, ours == expected, theirs == expected))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    proc, port = _server(args.events)
    small, small_port = _server(args.events // 10)
    try:
        url = f"http://127.0.0.1:{port}/datasets/bench/tail"
        times: dict[str, list[tuple[float, ...]]] = {name: [] for name in CLIENTS}
        for rep in range(args.reps):
            names = list(CLIENTS)[rep % len(CLIENTS) :] + list(CLIENTS)[: rep % len(CLIENTS)]
            for name in names:
                times[name].append(_run(CLIENTS[name], url, str(args.events)))
        ours_code = CLIENTS["ours: stream() -> Event models"]
        small_url = f"http://127.0.0.1:{small_port}/datasets/bench/tail"
        (peak_small,) = _run(ours_code, small_url, str(args.events // 10), "trace")
        (peak_large,) = _run(ours_code, url, str(args.events), "trace")
    finally:
        for p in (proc, small):
            p.terminate()
            p.wait(10)
    reference = times["httpx-sse + json.loads"]
    print(f"## SSE: {args.events:,} events over loopback, median of {args.reps}\n")
    print("| client | wall s | ratio (per repetition) | CPU s | CPU ratio (per repetition) |")
    print("| --- | --- | --- | --- | --- |")
    for name, values in times.items():
        cells = []
        for column in (0, 1):  # wall, CPU
            mine, ref = [value[column] for value in values], [value[column] for value in reference]
            ratios = [a / b for a, b in zip(mine, ref, strict=True)]
            median = statistics.median(mine)
            cells += [f"{median:.3f}", f"{median / statistics.median(ref):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}x)"]
        print(f"| {name} | {' | '.join(cells)} |")
    print(
        f"\nOur peak traced memory: {peak_small / 1024:.0f} KiB at {args.events // 10:,} events, "
        f"{peak_large / 1024:.0f} KiB at {args.events:,} ({peak_large / peak_small:.2f}x for 10x the events).\n"
    )
    print("| edge case | ours | httpx-sse |\n| --- | --- | --- |")
    for name, ours, theirs in _edge_cases():
        print(f"| {name} | {'right' if ours else 'WRONG'} | {'right' if theirs else 'WRONG'} |")


if __name__ == "__main__":
    socket.setdefaulttimeout(60)
    main()
