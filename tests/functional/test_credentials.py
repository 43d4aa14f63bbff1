"""Where a client's ``token`` goes, in both twins: a spec without security schemes (bearer, with a warning), the
generator config's ``auth`` (scheme, environment variables), and a token no operation would ever send (an error).

Specs: tests/specs/no_security_schemes.yaml and tests/specs/unused_security_schemes.yaml.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import GenerationReport, generate
from generator.config import GeneratorConfig
from tests.twins import resolve

SPECS = Path(__file__).resolve().parents[1] / "specs"
NO_SCHEMES_WARNING = (
    "#/components/securitySchemes: the spec declares no security scheme: a token given to the client is sent as "
    "'Authorization: Bearer <token>' on every operation (set auth.scheme in the generator config to send it "
    "another way)"
)


class Built:
    """A generated package, imported, and its generation report."""

    def __init__(self, package: ModuleType, report: GenerationReport) -> None:
        self.package = package
        self.report = report

    def client(self, mode: str, handler: Callable[[httpx.Request], httpx.Response] | None = None, **kwargs: Any) -> Any:
        cls = self.package.AsyncClient if mode == "async" else self.package.Client
        if handler is not None:
            transport = httpx.MockTransport(handler)
            kwargs["http_client"] = (httpx.AsyncClient if mode == "async" else httpx.Client)(transport=transport)
        return cls(**kwargs)

    def call(self, mode: str, tag: str, operation: str, client: Any, **kwargs: Any) -> Any:
        module = importlib.import_module(f"{self.package.__name__}.{'aio' if mode == 'async' else 'api'}.{tag}")
        return importlib.import_module(f"{module.__name__}.{operation}").call(client, **kwargs)


def _build(root: Path, spec: str, package: str, config: GeneratorConfig | None = None) -> Iterator[Built]:
    out = root / package
    report = generate(SPECS / spec, out, package_name=package, config=config or GeneratorConfig())
    sys.path.insert(0, str(out))
    try:
        yield Built(importlib.import_module(package), report)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def bearer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from _build(tmp_path_factory.mktemp("creds"), "no_security_schemes.yaml", "nosec_bearer_client")


@pytest.fixture(scope="module")
def header(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    config = GeneratorConfig(
        auth={"scheme": {"header": "X-Api-Key"}, "env_token": "ACME_API_KEY", "env_base_url": "ACME_URL"}
    )
    yield from _build(tmp_path_factory.mktemp("creds"), "no_security_schemes.yaml", "nosec_header_client", config)


@pytest.fixture(scope="module")
def query(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    config = GeneratorConfig(auth={"scheme": {"query": "api_key"}})
    yield from _build(tmp_path_factory.mktemp("creds"), "no_security_schemes.yaml", "nosec_query_client", config)


@pytest.fixture(scope="module")
def unused(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from _build(tmp_path_factory.mktemp("creds"), "unused_security_schemes.yaml", "unused_creds_client")


@pytest.fixture(scope="module")
def unused_configured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    config = GeneratorConfig(auth={"scheme": "bearer"})
    yield from _build(
        tmp_path_factory.mktemp("creds"), "unused_security_schemes.yaml", "unused_configured_client", config
    )


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Recorder:
    def __init__(self, status: int = 200, **kwargs: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.response = httpx.Response(status, **kwargs)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response


async def _close(mode: str, client: Any) -> None:
    await resolve(client.aclose() if mode == "async" else client.close())


# ---------------------------------------------------------------- a spec without security schemes


async def test_without_schemes_the_token_is_a_bearer_token_on_every_operation(bearer: Built, mode: str) -> None:
    recorder = Recorder(json=["a"])
    client = bearer.client(mode, recorder, token="sk-nosec-0123456789")
    assert await resolve(bearer.call(mode, "items", "list_items", client)) == ["a"]
    recorder.response = httpx.Response(204)
    await resolve(bearer.call(mode, "items", "delete_item", client, id="a"))
    await _close(mode, client)
    assert [request.headers.get("authorization") for request in recorder.requests] == ["Bearer sk-nosec-0123456789"] * 2
    assert str(recorder.requests[0].url) == "https://nosec.example/v1/items"


async def test_without_schemes_generation_warns_where_and_what(bearer: Built, mode: str) -> None:
    assert NO_SCHEMES_WARNING in bearer.report.warnings
    assert "'Authorization: Bearer <token>'" in bearer.package.Client.__doc__


async def test_without_schemes_the_default_env_var_is_read(
    bearer: Built, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOSEC_BEARER_TOKEN", "from-the-environment")
    recorder = Recorder(json=[])
    client = bearer.client(mode, recorder)
    await resolve(bearer.call(mode, "items", "list_items", client))
    await _close(mode, client)
    assert recorder.requests[0].headers["authorization"] == "Bearer from-the-environment"


# ---------------------------------------------------------------- the config's auth section


async def test_a_configured_header_scheme_and_env_vars(
    header: Built, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not [warning for warning in header.report.warnings if "securitySchemes" in warning]
    monkeypatch.setenv("ACME_API_KEY", "acme-key-0123456789")
    monkeypatch.setenv("ACME_URL", "https://acme.test/api")
    monkeypatch.setenv("NOSEC_HEADER_TOKEN", "not-this-one")  # the default name is no longer read
    recorder = Recorder(json=[])
    client = header.client(mode, recorder)
    await resolve(header.call(mode, "items", "list_items", client))
    await _close(mode, client)
    request = recorder.requests[0]
    assert request.headers["x-api-key"] == "acme-key-0123456789"
    assert "authorization" not in request.headers
    assert str(request.url) == "https://acme.test/api/items"
    assert "``ACME_API_KEY``" in header.package.Client.__doc__ and "``ACME_URL``" in header.package.Client.__doc__


async def test_a_configured_query_scheme_is_sent_and_never_shown(query: Built, mode: str) -> None:
    recorder = Recorder(404, json={"message": "no such item"})
    client = query.client(mode, recorder, token="q-token-0123456789")
    errors = importlib.import_module(f"{query.package.__name__}.errors")
    with pytest.raises(errors.NotFoundError) as caught:
        await resolve(query.call(mode, "items", "delete_item", client, id="x"))
    await _close(mode, client)
    assert recorder.requests[0].url.params["api_key"] == "q-token-0123456789"
    assert "q-token" not in str(caught.value) and "no such item" in str(caught.value)
    assert "q-token" not in repr(client)


# ---------------------------------------------------------------- a token no operation sends


async def test_a_token_no_operation_sends_is_an_error(unused: Built, mode: str) -> None:
    with pytest.raises(ValueError, match=r"^token: no operation of this API sends a credential") as caught:
        unused.client(mode, Recorder(json={"ok": True}), token="never-sent-token")
    assert "never-sent-token" not in str(caught.value)
    # Without a token the client works, and an environment variable of that name is not an error: it is ignored.
    client = unused.client(mode, Recorder(json={"ok": True}))
    status = await resolve(unused.call(mode, "status", "get_status", client))
    await _close(mode, client)
    assert status.ok is True
    assert "passing ``token`` or ``auth``" in unused.package.Client.__doc__


async def test_an_auth_no_operation_uses_is_an_error(unused: Built, mode: str) -> None:
    auth = httpx.BasicAuth("user", "never-used-password")
    with pytest.raises(ValueError, match=r"^auth: no operation of this API sends a credential"):
        unused.client(mode, auth=auth)
    # An http_client with its own auth: every request is sent without it (auth is given per request), so the same.
    http = (httpx.AsyncClient if mode == "async" else httpx.Client)(auth=auth)
    with pytest.raises(ValueError, match=r"^http_client: no operation of this API sends a credential"):
        unused.client(mode, http_client=http)
    await resolve(http.aclose() if mode == "async" else http.close())
    assert "passing ``token`` or ``auth``" in unused.package.Client.__doc__


async def test_a_configured_scheme_makes_the_declared_ones_usable(unused_configured: Built, mode: str) -> None:
    recorder = Recorder(json={"ok": True})
    client = unused_configured.client(mode, recorder, token="now-sent-token")
    await resolve(unused_configured.call(mode, "status", "get_status", client))
    await _close(mode, client)
    assert recorder.requests[0].headers["authorization"] == "Bearer now-sent-token"


@pytest.fixture(scope="module")
def unrequired(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    yield from _build(tmp_path_factory.mktemp("creds"), "unrequired_security_schemes.yaml", "unrequired_client")


@pytest.fixture(scope="module")
def unrequired_configured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    config = GeneratorConfig(auth={"scheme": {"header": "Authorization"}})
    yield from _build(
        tmp_path_factory.mktemp("creds"), "unrequired_security_schemes.yaml", "unrequired_configured_client", config
    )


async def test_schemes_required_nowhere_refuse_a_token(unrequired: Built, mode: str) -> None:
    with pytest.raises(ValueError, match=r"^token: no operation of this API sends a credential"):
        unrequired.client(mode, Recorder(json=[]), token="k8s-token-0123456789")


async def test_schemes_required_nowhere_with_a_configured_scheme_go_on_every_operation(
    unrequired_configured: Built, mode: str
) -> None:
    recorder = Recorder(json=[])
    client = unrequired_configured.client(mode, recorder, token="Bearer k8s-token-0123456789")
    await resolve(unrequired_configured.call(mode, "pods", "list_pods", client))
    recorder.response = httpx.Response(200, json="1.31")
    await resolve(unrequired_configured.call(mode, "pods", "get_version", client))  # its own security is []
    await _close(mode, client)
    assert [request.headers.get("authorization") for request in recorder.requests] == [
        "Bearer k8s-token-0123456789",
        None,
    ]
