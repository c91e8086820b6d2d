"""scanning: join segments into one text, clip findings back to segments, mask with numbered placeholders."""

from __future__ import annotations

import pytest

from dlp_proxy.adapters import Segment
from dlp_proxy.findings import DataClass, Finding
from dlp_proxy.pipeline.scanning import SEPARATOR, Located, join, locate, mask


def finding(start: int, end: int, entity_type: str = "EMAIL_ADDRESS", score: float = 1.0) -> Finding:
    data_class: DataClass = "secret" if entity_type == "SECRET" else "personal"
    return Finding(entity_type, data_class, start, end, score, "hand-made")


def segs(*texts: str) -> list[Segment]:
    return [Segment(("messages", i, "content"), t) for i, t in enumerate(texts)]


def spans(text: str, *values: str) -> list[Finding]:
    """A finding for the first occurrence of each value (as EMAIL_ADDRESS)."""
    return [finding(text.index(v), text.index(v) + len(v)) for v in values]


def masked(segments: list[Segment], findings: list[Finding]) -> dict[object, str]:
    text, starts = join(segments)
    return mask(segments, locate(findings, segments, starts))


# --- join / locate ---------------------------------------------------------------------


def test_when_segments_are_joined_then_starts_point_at_each_segment() -> None:
    segments = segs("eerste", "", "derde bericht")
    text, starts = join(segments)
    assert text == "eerste" + SEPARATOR + "" + SEPARATOR + "derde bericht"
    assert [text[s : s + len(seg.text)] for s, seg in zip(starts, segments, strict=True)] == [
        "eerste",
        "",
        "derde bericht",
    ]


def test_when_there_are_no_segments_then_the_text_is_empty() -> None:
    assert join([]) == ("", [])


def test_when_a_finding_lies_in_one_segment_then_it_is_located_with_local_offsets() -> None:
    segments = segs("hallo", "mail a@b.nl nu")
    text, starts = join(segments)
    [f] = spans(text, "a@b.nl")
    [loc] = locate([f], segments, starts)
    assert loc.segment == 1
    assert segments[1].text[loc.finding.start : loc.finding.end] == "a@b.nl"
    assert loc.origin == f


def test_when_a_finding_spans_two_segments_then_it_is_clipped_to_both() -> None:
    segments = segs("rekening NL91 ABNA", "0417 1643 00 graag")
    text, starts = join(segments)
    start = text.index("NL91")
    end = text.index(" graag")
    f = finding(start, end, "IBAN_CODE")
    located = locate([f], segments, starts)
    assert [(loc.segment, segments[loc.segment].text[loc.finding.start : loc.finding.end]) for loc in located] == [
        (0, "NL91 ABNA"),
        (1, "0417 1643 00"),
    ]
    assert all(loc.origin == f for loc in located)
    assert all(loc.finding.entity_type == "IBAN_CODE" for loc in located)


def test_when_a_finding_covers_only_the_separator_then_it_belongs_to_no_segment() -> None:
    segments = segs("a", "b")
    text, starts = join(segments)
    assert locate([finding(1, 1 + len(SEPARATOR))], segments, starts) == []


# --- mask ------------------------------------------------------------------------------


def test_when_one_value_is_masked_then_it_becomes_a_numbered_placeholder() -> None:
    segments = segs("Mail a@b.nl vandaag")
    text, _ = join(segments)
    assert masked(segments, spans(text, "a@b.nl")) == {("messages", 0, "content"): "Mail [EMAIL_ADDRESS_1] vandaag"}


def test_when_the_same_value_appears_twice_then_both_get_the_same_placeholder() -> None:
    segments = segs("a@b.nl en A@B.NL", "nogmaals a@b.nl")
    text, starts = join(segments)
    first = text.index("a@b.nl")
    upper = text.index("A@B.NL")
    last = text.rindex("a@b.nl")
    out = masked(segments, [finding(first, first + 6), finding(upper, upper + 6), finding(last, last + 6)])
    assert out == {
        ("messages", 0, "content"): "[EMAIL_ADDRESS_1] en [EMAIL_ADDRESS_1]",
        ("messages", 1, "content"): "nogmaals [EMAIL_ADDRESS_1]",
    }


def test_when_two_values_are_masked_then_they_are_numbered_1_and_2_in_order() -> None:
    segments = segs("van a@b.nl aan c@d.nl, cc a@b.nl")
    text, _ = join(segments)
    out = masked(segments, spans(text, "a@b.nl", "c@d.nl") + [finding(text.rindex("a@b.nl"), len(text))])
    assert out[("messages", 0, "content")] == "van [EMAIL_ADDRESS_1] aan [EMAIL_ADDRESS_2], cc [EMAIL_ADDRESS_1]"


def test_when_values_of_two_types_are_masked_then_each_type_counts_from_1() -> None:
    segments = segs("a@b.nl 06-12345678 c@d.nl")
    text, _ = join(segments)
    phone = text.index("06-")
    findings = [*spans(text, "a@b.nl", "c@d.nl"), finding(phone, phone + 11, "PHONE_NUMBER", 0.4)]
    assert masked(segments, findings)[("messages", 0, "content")] == (
        "[EMAIL_ADDRESS_1] [PHONE_NUMBER_1] [EMAIL_ADDRESS_2]"
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # (start, end, type, score) twice, on "x sk-abc-def y"
        ((2, 12, "SECRET", 0.9), (5, 12, "EMAIL_ADDRESS", 0.5), "x [SECRET_1] y"),  # nested
        ((2, 8, "EMAIL_ADDRESS", 0.5), (5, 12, "SECRET", 0.9), "x [SECRET_1] y"),  # overlapping: strongest names it
        ((2, 8, "SECRET", 0.9), (5, 12, "EMAIL_ADDRESS", 0.5), "x [SECRET_1] y"),
    ],
)
def test_when_spans_overlap_then_they_are_masked_as_one(
    first: tuple[int, int, str, float], second: tuple[int, int, str, float], expected: str
) -> None:
    segments = segs("x sk-abc-def y")
    findings = [finding(s, e, t, sc) for s, e, t, sc in (first, second)]
    assert masked(segments, findings)[("messages", 0, "content")] == expected


def test_when_spans_only_touch_then_they_are_masked_separately() -> None:
    segments = segs("a@b.nlc@d.nl")
    assert masked(segments, [finding(0, 6), finding(6, 12)])[("messages", 0, "content")] == (
        "[EMAIL_ADDRESS_1][EMAIL_ADDRESS_2]"
    )


def test_when_a_segment_has_no_finding_then_it_is_not_in_the_result() -> None:
    segments = segs("niets hier", "mail a@b.nl")
    text, _ = join(segments)
    assert list(masked(segments, spans(text, "a@b.nl"))) == [("messages", 1, "content")]


def test_when_a_split_value_is_masked_then_both_pieces_are_replaced() -> None:
    segments = segs("rekening NL91 ABNA", "0417 1643 00 graag")
    text, starts = join(segments)
    f = finding(text.index("NL91"), text.index(" graag"), "IBAN_CODE")
    out = mask(segments, locate([f], segments, starts))
    assert out == {
        ("messages", 0, "content"): "rekening [IBAN_CODE_1]",
        ("messages", 1, "content"): "[IBAN_CODE_2] graag",
    }


def test_when_nothing_is_located_then_nothing_is_masked() -> None:
    assert mask(segs("a@b.nl"), []) == {}


def test_when_located_by_hand_then_mask_uses_segment_local_offsets() -> None:
    segments = segs("eerste", "mail a@b.nl")
    loc = Located(1, finding(5, 11), finding(13, 19))
    assert mask(segments, [loc]) == {("messages", 1, "content"): "mail [EMAIL_ADDRESS_1]"}
