"""The generator config's ``auth`` section: what it accepts, and errors that name the key for what it does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import AuthSettings, GeneratorConfig, load_config
from generator.errors import GenerationError


@pytest.mark.parametrize(
    ("auth", "expected"),
    [
        ({"scheme": "bearer"}, AuthSettings(kind="bearer")),
        ({"scheme": "basic"}, AuthSettings(kind="basic")),
        ({"scheme": {"header": "X-Api-Key"}}, AuthSettings(kind="api_key", location="header", parameter="X-Api-Key")),
        ({"scheme": {"query": "api_key"}}, AuthSettings(kind="api_key", location="query", parameter="api_key")),
        ({"scheme": {"cookie": "sid"}}, AuthSettings(kind="api_key", location="cookie", parameter="sid")),
        (
            {"env_token": "OPENAI_API_KEY", "env_base_url": "OPENAI_BASE_URL"},
            AuthSettings(env_token="OPENAI_API_KEY", env_base_url="OPENAI_BASE_URL"),
        ),
        ({}, AuthSettings()),
    ],
)
def test_accepted(auth: dict[str, Any], expected: AuthSettings) -> None:
    assert GeneratorConfig(auth=auth).auth_settings == expected


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        ("bearer", "auth: expected a mapping with scheme, env_token, env_base_url, got str"),
        ({"schema": "bearer"}, "auth: unknown setting 'schema' (known: scheme, env_token, env_base_url)"),
        (
            {"scheme": "digest"},
            "auth.scheme: expected bearer, basic, {header: NAME}, {query: NAME} or {cookie: NAME}, got 'digest'",
        ),
        ({"scheme": {"header": "X Api Key"}}, "auth.scheme.header: 'X Api Key' is not a valid header name"),
        ({"scheme": {"query": "a&b"}}, "auth.scheme.query: 'a&b' is not a valid query name"),
        ({"scheme": {"header": "a", "query": "b"}}, "auth.scheme: expected bearer, basic"),
        ({"env_token": "openai_api_key"}, "auth.env_token: 'openai_api_key' must be an environment variable name"),
        ({"env_base_url": 3}, "auth.env_base_url: 3 must be an environment variable name"),
    ],
)
def test_refused_naming_the_key(auth: Any, message: str) -> None:
    with pytest.raises(GenerationError) as caught:
        GeneratorConfig(auth=auth)
    assert str(caught.value).startswith(message)


def test_read_from_a_config_file(tmp_path: Path) -> None:
    path = tmp_path / "generator.yaml"
    path.write_text("auth:\n  scheme: {header: X-Key}\n  env_token: ACME_KEY\nbase_url: https://acme.test\n")
    config = load_config(path)
    assert config.auth_settings == AuthSettings(
        kind="api_key", location="header", parameter="X-Key", env_token="ACME_KEY"
    )
    assert config.base_url == "https://acme.test"
    path.write_text("auth:\n  scheme: {query: ''}\n")
    with pytest.raises(GenerationError, match=r"auth\.scheme\.query: '' is not a valid query name"):
        load_config(path)
