"""Server settings, from command-line options or ``LOGBOOK_SERVER_*`` environment variables."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["DEFAULT_ADMIN_TOKEN", "FaultSpec", "ServerConfig", "parse_faults"]

#: The admin token seeded when none is given (``--token`` / ``LOGBOOK_SERVER_TOKEN``). For local use only.
DEFAULT_ADMIN_TOKEN = "lbk_dev_admin_token"


@dataclass(frozen=True)
class FaultSpec:
    """Faults to inject; every field off by default. See ``server/README.md`` for the directive syntax."""

    latency_ms: tuple[float, float] = (0.0, 0.0)
    error: float = 0.0
    throttle: float = 0.0
    drop: float = 0.0
    drop_after: float = 0.0
    slow_ms: float = 0.0
    chunk: int = 256
    retry_after: int | None = 1
    status: int | None = None
    times: int | None = None
    cut: int | None = None  # close the connection after this many response body messages (a stream dropped mid-way)

    @property
    def active(self) -> bool:
        """Whether any fault is switched on."""
        return bool(
            self.latency_ms[1]
            or self.error
            or self.throttle
            or self.drop
            or self.drop_after
            or self.slow_ms
            or self.status is not None
            or self.cut is not None
        )


def _rate(name: str, value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise ValueError(f"{name}: expected a fraction between 0 and 1, got {value!r}") from None
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"{name}: expected a fraction between 0 and 1, got {value!r}")
    return rate


def _number(name: str, value: str, *, integer: bool = False) -> float:
    try:
        number = float(int(value)) if integer else float(value)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise ValueError(f"{name}: expected {kind}, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{name}: must not be negative, got {value!r}")
    return number


def parse_faults(text: str) -> dict[str, Any]:
    """Parse directives such as ``"error=0.2, latency=50-150, retry-after=2"`` into ``FaultSpec`` fields.

    Only the directives present are returned, so a per-request ``X-Fault`` header can override the server-wide
    settings one by one. Raises ``ValueError`` naming the bad directive.
    """
    result: dict[str, Any] = {}
    for raw in text.replace(";", ",").split(","):
        item = raw.strip()
        if not item:
            continue
        name, _, value = (part.strip() for part in item.partition("="))
        name = name.lower().replace("_", "-")
        if name == "latency":
            low, _, high = value.partition("-")
            lo = _number(name, low)
            hi = _number(name, high) if high else lo
            if hi < lo:
                raise ValueError(f"latency: {value!r} is not a range MIN-MAX")
            result["latency_ms"] = (lo, hi)
        elif name in ("error", "throttle", "drop"):
            result[name] = _rate(name, value or "1")
        elif name == "drop-after":
            result["drop_after"] = _rate(name, value or "1")
        elif name == "slow":
            result["slow_ms"] = _number(name, value)
        elif name == "chunk":
            result["chunk"] = max(1, int(_number(name, value, integer=True)))
        elif name == "retry-after":
            result["retry_after"] = None if value.lower() == "none" else int(_number(name, value, integer=True))
        elif name == "status":
            code = int(_number(name, value, integer=True))
            if not 400 <= code <= 599:
                raise ValueError(f"status: expected an error status 400-599, got {value!r}")
            result["status"] = code
        elif name == "cut":
            result["cut"] = int(_number(name, value, integer=True))
        elif name == "times":
            result["times"] = int(_number(name, value, integer=True))
        elif name == "key":
            pass  # a label only: it makes a header value (and so its ``times`` counter) unique
        else:
            known = "latency, error, throttle, drop, drop-after, slow, chunk, retry-after, status, times, cut, key"
            raise ValueError(f"unknown fault directive {name!r} (known: {known})")
    return result


@dataclass(frozen=True)
class ServerConfig:
    """Everything the server needs to start. The host is always 127.0.0.1."""

    port: int = 8080
    db: str = ":memory:"
    token: str = DEFAULT_ADMIN_TOKEN
    users: int = 25
    seed: int = 0
    faults: FaultSpec = field(default_factory=FaultSpec)
    export_delay: float = 0.05
    port_file: str | None = None
    exit_with_parent: bool = False
    log_level: str = "warning"

    def with_faults(self, text: str) -> ServerConfig:
        """A copy with the server-wide faults parsed from ``text``."""
        return replace(self, faults=replace(self.faults, **parse_faults(text)))
