"""Payloads shared by the measurement scripts (the server builds the same shapes)."""

from __future__ import annotations

import json

from server import dataset


def big_list(n: int) -> bytes:
    """A ``DatasetList`` of ``n`` datasets: 10,000 make about 2.2 MB of JSON."""
    return json.dumps({"items": [dataset(i) for i in range(n)], "next_cursor": None}, separators=(",", ":")).encode()
