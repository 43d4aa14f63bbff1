"""What the runtime needs to know about one operation, declared by its generated module."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation"]


@dataclass(frozen=True, slots=True)
class Operation:
    """Static facts about an operation, from the spec.

    - ``security``: the names of the security schemes it requires (empty: send no credentials).
    - ``idempotency_header``: the header the operation declares for idempotency keys (e.g. ``Idempotency-Key``);
      the runtime fills it with a UUID4 per call, which makes a POST safe to retry.
    - ``retry_statuses``: statuses retried on top of the defaults (``x-retry-statuses``, e.g. 409 where safe).
    - ``accept``: the ``Accept`` header sent unless the call sets one: the success media types this client reads
      (JSON ones when there are any), so that a server or mock offering several does not pick one we cannot read.
    """

    name: str
    method: str
    path: str
    security: tuple[str, ...] = ()
    idempotency_header: str = ""
    retry_statuses: frozenset[int] = frozenset()
    accept: str = ""
