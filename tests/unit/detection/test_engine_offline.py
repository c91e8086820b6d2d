"""Loading and running the engine makes no network call (sockets are refused in this test)."""

from __future__ import annotations

import socket

import pytest

from dlp_proxy.detection.factory import build_detector
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network use attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_when_network_is_refused_then_engine_loads_and_finds_emails_with_any_tld(no_network: list[str]) -> None:
    detector = build_detector(load_policy(TEST_POLICY)).load()
    text = "Mail an@gemeente.amsterdam, b@shop.co.uk en c@museum.museum. BSN 111222333."
    types = [f.entity_type for f in detector.scan(text)]
    assert types.count("EMAIL_ADDRESS") == 3
    assert "NL_BSN" in types
    assert no_network == []
