"""The default base URL (the first server)."""

from __future__ import annotations

from typing import Any

from ._diff_change import Comparison
from ._diff_schema import shown

__all__ = ["compare_servers"]


def compare_servers(c: Comparison) -> None:
    """A change of the default base URL."""
    before, after = _first_server(c.old), _first_server(c.new)
    if before != after:
        c.add(
            "servers",
            "server-changed",
            "patch",
            f"The default base URL changes from `{shown(before or '-')}` to `{shown(after or '-')}`.",
            "#/servers",
        )


def _first_server(data: dict[str, Any]) -> str:
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    return str(servers[0].get("url", ""))
