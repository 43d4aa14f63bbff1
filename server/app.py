"""The ASGI application: every operation of openapi.yaml, problem+json errors, fault injection in front."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Scope

from .auth import authenticate
from .config import ServerConfig
from .db import Database
from .faults import FaultMiddleware
from .handlers import annotations as notes
from .handlers import datasets, events, exports, tail, tokens, users
from .problems import ApiError, problem_response
from .web import AppState, Ctx, Handler

__all__ = ["OPERATIONS", "create_app"]

logger = logging.getLogger("server")

#: (operationId, method, path, handler, scope needed; None = any valid token). Mirrors openapi.yaml.
OPERATIONS: list[tuple[str, str, str, Handler, str | None]] = [
    ("get_current_user", "GET", "/users/me", users.get_current_user, None),
    ("list_users", "GET", "/users", users.list_users, "read"),
    ("list_tokens", "GET", "/tokens", tokens.list_tokens, "admin"),
    ("create_token", "POST", "/tokens", tokens.create_token, "admin"),
    ("get_token", "GET", "/tokens/{token_id}", tokens.get_token, "admin"),
    ("delete_token", "DELETE", "/tokens/{token_id}", tokens.delete_token, "admin"),
    ("regenerate_token", "POST", "/tokens/{token_id}/regenerate", tokens.regenerate_token, "admin"),
    ("list_datasets", "GET", "/datasets", datasets.list_datasets, "read"),
    ("create_dataset", "POST", "/datasets", datasets.create_dataset, "admin"),
    ("get_dataset", "GET", "/datasets/{dataset_name}", datasets.get_dataset, "read"),
    ("update_dataset", "PATCH", "/datasets/{dataset_name}", datasets.update_dataset, "admin"),
    ("delete_dataset", "DELETE", "/datasets/{dataset_name}", datasets.delete_dataset, "admin"),
    ("trim_dataset", "POST", "/datasets/{dataset_name}/trim", datasets.trim_dataset, "admin"),
    ("ingest_events", "POST", "/datasets/{dataset_name}/ingest", events.ingest_events, "ingest"),
    ("query_dataset", "POST", "/datasets/{dataset_name}/query", events.query_dataset, "query"),
    ("stream_events", "GET", "/datasets/{dataset_name}/events", events.stream_events, "query"),
    ("tail_events", "GET", "/datasets/{dataset_name}/tail", tail.tail_events, "query"),
    ("list_annotations", "GET", "/annotations", notes.list_annotations, "read"),
    ("create_annotation", "POST", "/annotations", notes.create_annotation, "admin"),
    ("get_annotation", "GET", "/annotations/{annotation_id}", notes.get_annotation, "read"),
    ("update_annotation", "PUT", "/annotations/{annotation_id}", notes.update_annotation, "admin"),
    ("delete_annotation", "DELETE", "/annotations/{annotation_id}", notes.delete_annotation, "admin"),
    ("create_export", "POST", "/datasets/{dataset_name}/exports", exports.create_export, "query"),
    ("get_export", "GET", "/exports/{export_id}", exports.get_export, "query"),
    ("download_export", "GET", "/exports/{export_id}/download", exports.download_export, "query"),
    (
        "upload_attachment",
        "POST",
        "/annotations/{annotation_id}/attachments",
        notes.upload_attachment,
        "admin",
    ),
]


def _endpoint(handler: Handler, scope: str | None) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state: AppState = request.app.state.logbook
        principal = await authenticate(request, state.db, scope, state.config.token)
        return await handler(Ctx(request, state, principal))

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint


async def _health(request: Request) -> Response:
    return await users.get_health(request, request.app.state.logbook)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return problem_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        detail = f"No operation at {request.url.path}."
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
        # Starlette names the methods of the first route matching the path; list every route's.
        allowed = sorted({m for route in request.app.routes for m in _methods_at(route, request.scope)})
        return problem_response(ApiError(405, detail, headers={"Allow": ", ".join(allowed)}))
    else:
        detail = str(exc.detail)
    return problem_response(ApiError(exc.status_code, detail, headers=dict(exc.headers or {})))


def _methods_at(route: BaseRoute, scope: Scope) -> set[str]:
    if not isinstance(route, Route) or route.matches(scope)[0] is Match.NONE:
        return set()
    return set(route.methods or ())


async def _server_error(request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error in %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(ApiError(500, "The server failed to handle this request."))


def create_app(config: ServerConfig | None = None) -> ASGIApp:
    """The Logbook reference server as an ASGI app (wrapped in fault injection, a no-op unless configured)."""
    config = config or ServerConfig()
    state = AppState(config=config, db=Database(config.db))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await state.db.open()
        await state.db.seed(config.users)
        try:
            yield
        finally:
            for task in list(state.tasks):
                task.cancel()
            await state.db.close()

    routes = [Route("/health", _health, methods=["GET"], name="get_health")]
    routes += [
        Route(path, _endpoint(handler, scope), methods=[method], name=name)
        for name, method, path, handler, scope in OPERATIONS
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
    )
    app.state.logbook = state
    return FaultMiddleware(app, config.faults, config.seed)
