"""resolve_overlaps: one finding per value, whichever rules found it."""

from __future__ import annotations

from dlp_proxy.detection.engine import resolve_overlaps
from dlp_proxy.findings import DataClass, Finding


def f(
    kind: str, start: int, end: int, score: float, data_class: DataClass = "secret", subject: str | None = None
) -> Finding:
    return Finding(kind, data_class, start, end, score, f"r{start}-{end}", subject)


def spans(findings: list[Finding]) -> list[tuple[str, int, int, float]]:
    return [(x.entity_type, x.start, x.end, x.score) for x in findings]


def test_a_finding_inside_a_surer_one_is_dropped() -> None:
    assert spans(resolve_overlaps([f("SECRET", 0, 20, 0.9), f("SECRET", 5, 10, 0.8)])) == [("SECRET", 0, 20, 0.9)]


def test_a_surer_finding_inside_a_longer_one_of_its_type_makes_one_finding_over_both() -> None:
    # "deze sleutel: AKIA...?": the vendor shape (1.0) inside the prose match (0.75)
    [merged] = resolve_overlaps([f("SECRET", 10, 31, 0.75), f("SECRET", 10, 30, 1.0)])
    assert (merged.start, merged.end, merged.score, merged.recognizer) == (10, 31, 1.0, "r10-30")


def test_overlapping_findings_of_one_type_join_and_others_stay() -> None:
    found = resolve_overlaps(
        [
            f("PERSON", 0, 6, 0.7, "personal"),
            f("PERSON", 4, 12, 0.85, "personal"),
            f("EMAIL_ADDRESS", 5, 20, 1.0, "personal"),
            f("PERSON", 30, 35, 0.7, "personal"),
        ]
    )
    assert spans(found) == [("PERSON", 0, 12, 0.85), ("EMAIL_ADDRESS", 5, 20, 1.0), ("PERSON", 30, 35, 0.7)]


def test_client_findings_of_different_clients_are_not_joined() -> None:
    found = resolve_overlaps([f("CLIENT", 0, 10, 0.9, "client", "acme"), f("CLIENT", 5, 15, 0.95, "client", "beta")])
    assert [(x.start, x.end, x.subject) for x in found] == [(0, 10, "acme"), (5, 15, "beta")]


def test_touching_findings_stay_apart() -> None:
    assert len(resolve_overlaps([f("SECRET", 0, 10, 0.9), f("SECRET", 10, 20, 0.9)])) == 2
