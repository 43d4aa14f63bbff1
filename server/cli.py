"""``python -m server``: argument parsing and start-up only.

Every option falls back to a ``LOGBOOK_SERVER_<NAME>`` environment variable. The server listens on 127.0.0.1
and nowhere else: there is deliberately no option to choose the host.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from .app import create_app
from .config import DEFAULT_ADMIN_TOKEN, ServerConfig, parse_faults

__all__ = ["main"]

HOST = "127.0.0.1"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"LOGBOOK_SERVER_{name}", default)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m server",
        description="The Logbook reference server (openapi.yaml), on 127.0.0.1 only.",
    )
    parser.add_argument("--port", type=int, default=int(_env("PORT", "8080")), help="0 picks a free port")
    parser.add_argument("--db", default=_env("DB", ":memory:"), help="SQLite file, or :memory: (default)")
    parser.add_argument("--token", default=_env("TOKEN", DEFAULT_ADMIN_TOKEN), help="the seeded admin token")
    parser.add_argument("--users", type=int, default=int(_env("USERS", "25")), help="seeded users besides admin")
    parser.add_argument("--seed", type=int, default=int(_env("SEED", "0")), help="seed of fault injection")
    parser.add_argument(
        "--faults",
        default=_env("FAULTS", ""),
        help='server-wide faults, e.g. "error=0.1, throttle=0.05, latency=10-50, drop=0.01, slow=20"',
    )
    parser.add_argument(
        "--export-delay", type=float, default=float(_env("EXPORT_DELAY", "0.05")), help="seconds per export stage"
    )
    parser.add_argument("--port-file", help="write the bound port to this file once listening")
    parser.add_argument("--exit-with-parent", action="store_true", help="stop when the parent process dies")
    parser.add_argument("--log-level", default=_env("LOG_LEVEL", "warning"))
    return parser


def _watch_parent(server: uvicorn.Server) -> None:
    parent = os.getppid()
    while not server.should_exit:
        if os.getppid() != parent:
            server.should_exit = True
            return
        time.sleep(0.5)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, bind 127.0.0.1, serve until interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error(f"--port: {args.port} is not a port number")
    try:
        parse_faults(args.faults)
    except ValueError as exc:
        parser.error(f"--faults: {exc}")
    config = ServerConfig(
        port=args.port,
        db=args.db,
        token=args.token,
        users=args.users,
        seed=args.seed,
        export_delay=args.export_delay,
        port_file=args.port_file,
        exit_with_parent=args.exit_with_parent,
        log_level=args.log_level,
    ).with_faults(args.faults)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, config.port))
    except OSError as exc:
        print(f"error: cannot listen on {HOST}:{config.port}: {exc}", file=sys.stderr)
        return 1
    sock.listen(128)
    port = sock.getsockname()[1]
    if config.port_file:
        tmp = Path(config.port_file + ".tmp")
        tmp.write_text(str(port))
        tmp.replace(config.port_file)

    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            http="h11",
            lifespan="on",
            log_level=config.log_level,
            access_log=False,
            proxy_headers=False,
            server_header=False,
        )
    )
    if config.exit_with_parent:
        threading.Thread(target=_watch_parent, args=(server,), daemon=True).start()
    faults = " with faults: " + args.faults if config.faults.active else ""
    print(f"Logbook reference server on http://{HOST}:{port} (admin token: {config.token}){faults}", file=sys.stderr)
    server.run(sockets=[sock])
    return 0
