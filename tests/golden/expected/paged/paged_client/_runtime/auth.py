"""Applying credentials to a request, as the spec's ``securitySchemes`` declare them. Pure: no I/O."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SecurityScheme", "apply_credentials"]


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
