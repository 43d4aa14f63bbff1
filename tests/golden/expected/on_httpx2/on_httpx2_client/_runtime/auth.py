"""Applying credentials to a request, as the spec's ``securitySchemes`` declare them. Pure: no I/O."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx2 as httpx

from .redact import redact_text, remember

__all__ = ["OAuth2ClientCredentials", "SecurityScheme", "apply_credentials"]


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One security scheme: ``kind`` is ``bearer``, ``basic`` or ``api_key`` (then ``location`` and ``parameter``)."""

    kind: str
    location: str = ""
    parameter: str = ""


def apply_credentials(
    token: str,
    scheme_names: tuple[str, ...],
    schemes: Mapping[str, SecurityScheme],
    headers: dict[str, str],
    params: dict[str, Any],
    cookies: dict[str, str],
) -> None:
    """Put ``token`` where each named scheme wants it.

    Bearer: ``Authorization: Bearer <token>``. Basic: ``token`` is ``user:password``. API key: the token goes in
    the declared header, query parameter or cookie.
    """
    for name in scheme_names:
        scheme = schemes.get(name)
        if scheme is None:
            continue
        if scheme.kind == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        elif scheme.kind == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(token.encode()).decode("ascii")
        elif scheme.kind == "api_key":
            if scheme.location == "header":
                headers[scheme.parameter] = token
            elif scheme.location == "query":
                params[scheme.parameter] = token
            elif scheme.location == "cookie":
                cookies[scheme.parameter] = token


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials grant: fetches a token, caches it, refreshes it before it expires and once on a 401.

    One ``httpx.Auth`` flow serves both twins (httpx drives it with sync or async I/O). Pass it as ``auth=`` to
    ``Client`` or ``AsyncClient``; it is applied only to operations that require credentials.
    """

    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        refresh_margin: float = 30.0,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        remember(client_secret)
        self.scope = scope
        self.refresh_margin = refresh_margin
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.fetches = 0  # how many tokens were fetched (for tests and metrics)

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(token_url={redact_text(self.token_url)!r}, client_id={self.client_id!r})"

    def _token_request(self) -> httpx.Request:
        data = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scope:
            data["scope"] = self.scope
        return httpx.Request("POST", self.token_url, data=data, headers={"Accept": "application/json"})

    def _store(self, response: httpx.Response) -> None:
        from .errors import UnauthorizedError, error_for_response

        if response.status_code >= 400:
            error = error_for_response(response)
            raise UnauthorizedError(
                f"token request failed: {error.message}", response=response, body=error.body, problem=error.problem
            )
        try:
            payload = response.json()
            token = payload["access_token"]
            expires_in = float(payload.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as exc:
            from .errors import ResponseDecodingError

            raise ResponseDecodingError(f"token response is not an OAuth2 token ({exc!r})", response=response) from exc
        remember(str(token))  # never shown in a message, even if a server echoes it back
        with self._lock:
            self._token = str(token)
            self._expires_at = time.monotonic() + expires_in
            self.fetches += 1

    def _valid_token(self) -> str | None:
        with self._lock:
            if self._token and time.monotonic() < self._expires_at - self.refresh_margin:
                return self._token
            return None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._valid_token()
        if token is None:
            self._store((yield self._token_request()))
            token = self._valid_token() or self._token
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self._store((yield self._token_request()))
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request
