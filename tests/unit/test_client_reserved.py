"""A resource (a tag) never takes the name of something the client itself has.

The client sets ``self.auth`` (an ``httpx.Auth``) when it is made; a spec with an ``auth`` tag made a resource
``client.auth`` that this assignment hid (``client.auth`` was ``None``; mypy: "Signature of 'auth' incompatible with
supertype"), found on Overseerr. ``CLIENT_RESERVED`` (plan/operations.py) must hold every public name of both twins
of the generated client, whatever the runtime adds later.
"""

from __future__ import annotations

import functools

import logbook_client
from generator.plan.operations import CLIENT_RESERVED


def _own_names(client: object) -> set[str]:
    resources = {name for name, value in vars(type(client)).items() if isinstance(value, functools.cached_property)}
    return {name for name in dir(client) if not name.startswith("_")} - resources


def test_every_public_name_of_the_client_is_reserved_from_resources() -> None:
    client = logbook_client.Client(base_url="http://reserved.test")
    aclient = logbook_client.AsyncClient(base_url="http://reserved.test")
    names = _own_names(client) | _own_names(aclient)
    assert {"auth", "token", "base_url", "close", "aclose"} <= names  # the test sees the client's own names
    assert names <= CLIENT_RESERVED, f"add to CLIENT_RESERVED: {sorted(names - CLIENT_RESERVED)}"
    client.close()
