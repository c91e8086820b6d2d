"""IP_ADDRESS: IPv4 and IPv6 validated by ipaddress; versions and times are not addresses."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.ip_recognizer import IpRecognizer

R = IpRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["IP_ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("server 192.168.1.10 is down", "192.168.1.10"),
        ("inloggen vanaf 62.113.192.131.", "62.113.192.131"),
        ("subnet 10.0.0.0/8 blokkeren", "10.0.0.0/8"),
        ("host fe80::1ff:fe23:4567:890a werkt", "fe80::1ff:fe23:4567:890a"),
        ("adres 2001:db8::1 in de logs", "2001:db8::1"),
        ("route dead:beef:cafe::1/64", "dead:beef:cafe::1/64"),
    ],
)
def test_when_text_has_an_ip_address_then_it_is_found(text: str, ip: str) -> None:
    assert found(text) == [ip]


@pytest.mark.parametrize(
    "text",
    [
        "upgrade naar v1.2.3.4",
        "version 10.0.0.1 released",
        "build 1.2.3.4.5",
        "999.1.1.1 is geen adres",
        "om 12:30:45 begint de meeting",
        "a::b",
        "hash 3f2a9c1d",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
    ],
)
def test_when_text_has_no_ip_address_then_nothing_is_found(text: str) -> None:
    assert found(text) == []
