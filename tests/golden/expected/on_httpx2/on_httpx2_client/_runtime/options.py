"""Per-call settings: ``call(client, ..., request_options=RequestOptions(timeout=5, max_retries=0))``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import httpx2 as httpx

__all__ = ["RequestOptions", "with_headers"]


@dataclass(frozen=True)
class RequestOptions:
    """Overrides for one call; anything left as ``None`` uses the client's setting.

    - ``timeout``: seconds or an ``httpx.Timeout`` for this call.
    - ``max_retries``: retries for this call (0 disables them).
    - ``headers``: extra headers for this call (they win over the client's default headers).
    - ``idempotency_key``: the key sent on operations that declare an idempotency header; by default a UUID4 is
      made once per call and reused on every retry of it.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    idempotency_key: str | None = None


def with_headers(options: RequestOptions | None, headers: Mapping[str, str]) -> RequestOptions:
    """``options`` with ``headers`` added (they win over the options' own, whatever the case of their names)."""
    base = options or RequestOptions()
    replaced = {name.lower() for name in headers}
    kept = {name: value for name, value in base.headers.items() if name.lower() not in replaced}
    return replace(base, headers={**kept, **headers})
