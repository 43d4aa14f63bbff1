"""How a client's ``token`` reaches the wire: the spec's security schemes, the config's ``auth``, or bearer.

- The spec declares schemes and the config sets no ``auth.scheme``: each operation sends the token as the first
  requirement the runtime can satisfy says (``operations._operation_security``); as before.
- The config sets ``auth.scheme``: every scheme the spec declares is sent that way instead (a spec you do not own
  may declare the wrong one, or one a token cannot satisfy); which operations send it still follows the spec,
  unless the spec requires its schemes nowhere (Kubernetes declares one and requires none): then every operation.
- The spec declares no scheme at all: every operation (but those whose own ``security`` is ``[]``) sends the token,
  as ``auth.scheme`` says, else as ``Authorization: Bearer <token>``, with a warning.

Whether any operation sends it at all decides ``token_used``: when none does, the client refuses a ``token``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..config import AuthSettings
from .operations import SecurityScheme, security_schemes

__all__ = ["FALLBACK_KEY", "Credentials", "plan_credentials"]

#: The key of the scheme made up for a spec that declares none (the spec has no key it could clash with).
FALLBACK_KEY = "token"


@dataclass(frozen=True)
class Credentials:
    """What ``_client.py`` and the README say about credentials."""

    schemes: dict[str, SecurityScheme]  # the schemes the runtime applies, by key
    fallback: tuple[str, ...]  # the requirement of every operation when the spec declares no scheme, else ()
    env_token: str
    env_base_url: str
    note: str = ""  # a sentence for the README: where the way the token is sent comes from, when not the spec
    token_used: bool = True  # set once the operations are known

    @property
    def how(self) -> str:
        """How the token is sent, in words (scheme parameters are spec text: templates escape this)."""
        ways = list(dict.fromkeys(_how(scheme) for scheme in self.schemes.values()))
        if len(ways) <= 1:
            return ways[0] if ways else "nowhere"
        return "as each operation's security scheme says: " + ", or ".join(ways)

    def with_operations(self, securities: list[tuple[str, ...]]) -> Credentials:
        """These credentials, knowing the security of every operation."""
        return replace(self, token_used=any(securities))


def plan_credentials(data: dict[str, Any], auth: AuthSettings, env_prefix: str, warnings: list[str]) -> Credentials:
    """The credentials of the spec ``data`` under the config's ``auth`` settings."""
    raw = (data.get("components") or {}).get("securitySchemes")
    declared = [key for key in raw if isinstance(key, str)] if isinstance(raw, dict) else []
    env_token = auth.env_token or f"{env_prefix}_TOKEN"
    env_base_url = auth.env_base_url or f"{env_prefix}_BASE_URL"
    configured = (
        SecurityScheme(key="", kind=auth.kind, location=auth.location, parameter=auth.parameter) if auth.kind else None
    )
    if not declared:
        scheme = configured or SecurityScheme(key=FALLBACK_KEY, kind="bearer")
        scheme = replace(scheme, key=FALLBACK_KEY)
        if configured is None:
            warnings.append(
                "#/components/securitySchemes: the spec declares no security scheme: a token given to the client "
                "is sent as 'Authorization: Bearer <token>' on every operation (set auth.scheme in the generator "
                "config to send it another way)"
            )
            note = "The spec declares no security scheme: the token is sent on every operation, as a bearer token."
        else:
            note = "The spec declares no security scheme: the generator's config says how the token is sent."
        return Credentials({FALLBACK_KEY: scheme}, (FALLBACK_KEY,), env_token, env_base_url, note)
    if configured is not None:
        schemes = {key: replace(configured, key=key) for key in declared}
        if not _requires_any(data):  # declared, but required nowhere (Kubernetes): the config means every operation
            note = "No operation of the spec requires its security schemes: the token is sent on every operation."
            return Credentials(schemes, (declared[0],), env_token, env_base_url, note)
        note = "The generator's config says how the token is sent, in place of the spec's security schemes."
        return Credentials(schemes, (), env_token, env_base_url, note)
    return Credentials(security_schemes(data), (), env_token, env_base_url)


def _requires_any(data: dict[str, Any]) -> bool:
    """Whether the spec requires a security scheme anywhere: globally or on an operation."""
    lists = [data.get("security")]
    for item in (data.get("paths") or {}).values():
        if isinstance(item, dict):
            lists += [op.get("security") for op in item.values() if isinstance(op, dict)]
    return any(isinstance(requirements, list) and any(requirements) for requirements in lists)


def _how(scheme: SecurityScheme) -> str:
    if scheme.kind == "bearer":
        return "as 'Authorization: Bearer <token>'"
    if scheme.kind == "basic":
        return "as basic auth ('Authorization: Basic', the token being 'user:password')"
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}.get(scheme.location, "parameter")
    return f"in the '{scheme.parameter}' {where}"
