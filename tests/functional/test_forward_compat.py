"""Forward-compatible enums in the committed client: a value the spec does not list is kept, typed as the enum."""

from __future__ import annotations

import pickle

import httpx
import pytest

from logbook_client import errors
from logbook_client.models.health import Health
from logbook_client.models.health_status import HealthStatus
from tests.twins import TWINS, Twin

pytestmark = pytest.mark.parametrize("twin", TWINS, ids=lambda t: t.name)

HEALTH = {"status": "ok", "version": "1.2.3", "time": "2026-11-22T10:00:00+00:00"}


async def test_an_unknown_enum_value_in_a_response_is_kept(twin: Twin) -> None:
    client = twin.client(lambda request: httpx.Response(200, json={**HEALTH, "status": "maintenance"}))
    health = await twin.call("health", "get_health", client)
    await twin.close(client)

    assert isinstance(health, Health) and isinstance(health.status, HealthStatus)
    assert (
        health.status == "maintenance" and health.status.value == "maintenance" and str(health.status) == "maintenance"
    )
    assert not health.status.is_known
    assert health.to_dict()["status"] == "maintenance"  # sent back unchanged
    assert health.status not in list(HealthStatus)  # the class does not grow
    assert HealthStatus("maintenance") == health.status and pickle.loads(pickle.dumps(health.status)) == "maintenance"


async def test_known_values_are_the_members(twin: Twin) -> None:
    client = twin.client(lambda request: httpx.Response(200, json=HEALTH))
    health = await twin.call("health", "get_health", client)
    await twin.close(client)
    assert health.status is HealthStatus.OK and health.status.is_known


async def test_a_wrong_type_for_an_enum_is_still_a_decoding_error(twin: Twin) -> None:
    client = twin.client(lambda request: httpx.Response(200, json={**HEALTH, "status": 3}))
    with pytest.raises(errors.ResponseDecodingError) as info:
        await twin.call("health", "get_health", client)
    await twin.close(client)
    assert info.value.response.status_code == 200


@pytest.mark.parametrize(
    ("body", "extra"),
    [
        ({"type": "about:blank", "title": "t", "status": 400}, {}),
        ({"type": "about:blank", "title": "t", "status": 400, "detail": "d"}, {}),
        # As many keys as with one optional property, but the other key is unknown: it is kept.
        ({"type": "about:blank", "title": "t", "status": 400, "trace_id": "x1"}, {"trace_id": "x1"}),
        ({"type": "about:blank", "title": "t", "status": 400, "detail": "d", "a": 1, "b": None}, {"a": 1, "b": None}),
    ],
)
def test_unknown_keys_are_kept_whatever_the_number_of_keys(
    twin: Twin, body: dict[str, object], extra: dict[str, object]
) -> None:
    from logbook_client.models.problem import Problem

    problem = Problem.from_dict(body)
    assert problem.additional_properties == extra
    assert problem.to_dict() == body  # sent back unchanged
