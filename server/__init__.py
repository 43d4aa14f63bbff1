"""The Logbook reference server: every operation of openapi.yaml over SQLite, on 127.0.0.1 only.

``python -m server`` (or ``make serve``) runs it; ``create_app(ServerConfig(...))`` gives the ASGI app. See
``server/README.md`` for options, the seeded admin token and fault injection.
"""

from .app import OPERATIONS, create_app
from .config import DEFAULT_ADMIN_TOKEN, FaultSpec, ServerConfig
from .process import RunningServer, run_server

__all__ = [
    "DEFAULT_ADMIN_TOKEN",
    "OPERATIONS",
    "FaultSpec",
    "RunningServer",
    "ServerConfig",
    "create_app",
    "run_server",
]
