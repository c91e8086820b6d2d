"""ner_windows: the NER model reads only the sentences around listed name words the name lists
did not place, cut at a sentence end, a line break or a space, merged when close; and the
engine still finds a statistical name far into a long text, inside a window."""

from __future__ import annotations

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.ner_windows import (
    NER_MERGE_GAP,
    NER_WINDOW,
    first_name_pair,
    unexplained_words,
    windows,
)
from dlp_proxy.detection.span_index import SpanIndex

FILLER = "The quarterly figures were discussed at length and the plan was approved. "


def word_span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Elizabeth met the board.", "Yesterday Elizabeth met the board."),
        (FILLER * 3 + "Yesterday Elizabeth met the board. " + FILLER * 3, "Yesterday Elizabeth met the board."),
        ("Line one\nYesterday Elizabeth met the board\nline three", "Yesterday Elizabeth met the board\n"),
        ("Is it true? Elizabeth met the board! Then she left.", "Elizabeth met the board!"),
    ],
    ids=["whole-text", "one-sentence-of-many", "one-line", "question-and-exclamation"],
)
def test_the_window_is_the_sentence_or_line_around_the_word(text: str, expected: str) -> None:
    [(start, end)] = windows(text, 0, len(text), [word_span(text, "Elizabeth")])
    assert text[start:end].strip() == expected.strip()


def test_without_a_sentence_end_the_window_is_cut_at_a_space_within_reach() -> None:
    text = "word " * 200 + "Elizabeth " + "word " * 200
    [(start, end)] = windows(text, 0, len(text), [word_span(text, "Elizabeth")])
    ws, we = word_span(text, "Elizabeth")
    assert ws - start <= NER_WINDOW and end - we <= NER_WINDOW
    assert text[start - 1] == " " and text[end] == " "  # no word cut


def test_close_words_share_a_window_and_far_ones_do_not() -> None:
    close = "Elizabeth met Warren today."
    assert len(windows(close, 0, len(close), [word_span(close, "Elizabeth"), word_span(close, "Warren")])) == 1
    far = "Elizabeth met us. " + FILLER * 12 + "Warren met us."
    found = windows(far, 0, len(far), [word_span(far, "Elizabeth"), word_span(far, "Warren")])
    assert len(found) == 2 and found[1][0] - found[0][1] > NER_MERGE_GAP


def test_the_window_stays_inside_the_region() -> None:
    text = "Dutch paragraph here.\n\nElizabeth met the board and left for home.\n\nNog een alinea."
    region = (text.index("Elizabeth"), text.index("\n\nNog"))
    [(start, end)] = windows(text, *region, [word_span(text, "Elizabeth")])
    assert region[0] <= start and end <= region[1]


def test_unexplained_words_are_listed_name_words_outside_found_names() -> None:
    text = "Elizabeth met Warren and the Board."
    everything = unexplained_words(text, 0, len(text), SpanIndex([]))
    assert [text[s:e] for s, e in everything] == ["Elizabeth", "Warren"]
    found = SpanIndex([word_span(text, "Elizabeth")])
    assert [text[s:e] for s, e in unexplained_words(text, 0, len(text), found)] == ["Warren"]


def test_without_unexplained_words_there_is_no_window() -> None:
    assert windows("Nothing to read here.", 0, 21, []) == []


def test_the_engine_finds_a_statistical_name_deep_in_a_long_english_text(detector: PresidioDetector) -> None:
    text = FILLER * 60 + "Yesterday Elizabeth Warren met the board in Boston. " + FILLER * 60
    spans = {text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "PERSON"}
    assert "Elizabeth Warren" in spans


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Mark", "Carter", True),  # a first name that is a word, a census surname that is a word
        ("Julia", "Hogan", True),
        ("Jordan", "Hughes", True),
        ("Imke", "Wutke", True),  # no word at all
        ("Mark", "Down", False),  # an English word, no surname
        ("Grace", "Period", False),
        ("Jordan", "River", False),
        ("Tony", "Lane", False),  # a street word
        ("May", "Carter", False),  # a month
        ("Deadline", "Carter", False),  # no first name
    ],
)
def test_a_first_name_pair_is_a_listed_first_name_and_a_surname_like_word(
    first: str, second: str, expected: bool
) -> None:
    assert first_name_pair(first, second) is expected


def test_a_word_like_first_name_before_a_surname_opens_a_window() -> None:
    text = "Yesterday Mark Carter met the board. The Mark Down feature is new."
    assert [text[s:e] for s, e in unexplained_words(text, 0, len(text), SpanIndex([]))] == ["Mark"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mark Carter, 42, is looking for a new job in healthcare and asked for advice.", {"Mark Carter"}),
        ("Note about Julia Hogan: she prefers email over phone calls in the afternoon.", {"Julia Hogan"}),
        # the model runs the name on into a CSV cell or a heading: the name alone is kept
        ("12345,Dean Harvey,active,2024-03-01 is the row we need to update in the sheet.", {"Dean Harvey"}),
        ("Case Jordan Hughes - status: open, and we should look at it this week.", {"Jordan Hughes"}),
        ("May I ask about the Mark Down feature? The Rose Gold iPhone is sold out.", set()),
        ("We need a Grace Period for the Amber Alert before the release goes out.", set()),
    ],
)
def test_the_engine_reads_first_name_pairs_with_the_model(
    detector: PresidioDetector, text: str, expected: set[str]
) -> None:
    assert {text[f.start : f.end] for f in detector.scan(text) if f.entity_type == "PERSON"} == expected


def test_months_and_brand_or_place_phrases_open_no_window() -> None:
    text = "Bestel bij Albert Heijn in July, en plan een bezoek aan Den Haag met Warren."
    assert [text[s:e] for s, e in unexplained_words(text, 0, len(text), SpanIndex([]))] == ["Warren"]
