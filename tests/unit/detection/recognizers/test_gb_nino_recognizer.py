"""UK_NINO: HMRC's prefix rules, the suffix, the notations and the label a compact number needs."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.gb_nino_recognizer import GbNinoRecognizer

R = GbNinoRecognizer()
THRESHOLD = 0.5


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in R.analyze(text, ["UK_NINO"]) if r.score >= THRESHOLD]


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [
        ("AB 12 34 56 C", "DA 12 34 56 C"),  # D is never a first letter
        ("AB 12 34 56 C", "FA 12 34 56 C"),  # nor F
        ("JG 10 37 59 A", "QQ 12 34 56 C"),  # HMRC's own example: Q is never a first letter
        ("CE 12 34 56 D", "UA 12 34 56 D"),
        ("AB 12 34 56 C", "AO 12 34 56 C"),  # O is never a second letter
        ("AB 12 34 56 C", "AV 12 34 56 C"),
        ("HE 12 34 56 B", "BG 12 34 56 B"),  # prefixes never allocated
        ("HE 12 34 56 B", "GB 12 34 56 B"),
        ("HE 12 34 56 B", "NK 12 34 56 B"),
        ("HE 12 34 56 B", "TN 12 34 56 B"),
        ("HE 12 34 56 B", "ZZ 12 34 56 B"),
        ("AB 12 34 56 C", "AB 12 34 56 E"),  # suffix A-D only
        ("AB 123456 C", "KN 123456 C"),
    ],
)
def test_when_a_nino_follows_the_prefix_rules_then_found_and_when_not_then_no_finding(valid: str, invalid: str) -> None:
    assert found(f"Payslip: {valid}") == [valid]
    assert found(f"National Insurance number: {invalid}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number: AB123456C", ["AB123456C"]),  # compact with a label
        ("Her National Insurance no. is AB123456C.", ["AB123456C"]),
        ("NINO AB 12 34 56 C", ["AB 12 34 56 C"]),
        ("Het National Insurance-nummer van de werknemer: JG103759A", ["JG103759A"]),
        ("AB 12 34 56 C", ["AB 12 34 56 C"]),  # the pairs notation counts on its own
        ("AB-12-34-56-C", ["AB-12-34-56-C"]),  # ... also with dashes
        ("Employee Mary Smith JG103759A started on 1 March.", ["JG103759A"]),  # compact, no other label
        ("Can you draft a letter to HMRC about JG103759A?", ["JG103759A"]),
        ("my ni number is ab 12 34 56 c", ["ab 12 34 56 c"]),  # lower case with a label
        ("nino: jg103759a", ["jg103759a"]),
        ("NINO AB12 34 56C", ["AB12 34 56C"]),  # mixed grouping with a label
        ("NI no. AB123456", ["AB123456"]),  # without its suffix, with a label
        ("National Insurance number: AB 12 34 56", ["AB 12 34 56"]),
        ("N.I. number JG103759A", ["JG103759A"]),
        ("N.I. JG 10 37 59 A", ["JG 10 37 59 A"]),
        ("national insurance no JG103759A", ["JG103759A"]),
        ("insurance number: jg 10 37 59 a", ["jg 10 37 59 a"]),
        ("| Employee | NI Number |\n|---|---|\n| Mary Smith | jg103759a |", ["jg103759a"]),
        # ... and what is not a NINO
        ("Ticket AB123456C is opgelost", []),  # compact, no label: shaped like a reference code
        ("ref AB 12 34 56 C", []),  # another number's label
        ("ab 12 34 56 c", []),  # written in lower case
        ("AB1234567C", []),  # seven digits
        ("AB123456", []),  # no suffix
        ("NI number: ZZ123456A", []),
        ("Ticket ab 12 34 56 c is opgelost", []),  # lower case without a label
        ("AB12 34 56C", []),  # mixed grouping without a label
        ("Error code HE000123B", []),  # compact after another code's label
        ("Model TW123456A laptop", []),
        ("patient id ME123456A", []),
        ("booking reference: AB123456C", []),
        ("National Insurance number: AB 12 34 56 E", []),  # a suffix that is none
        ("AB123456C1", []),  # glued to a digit
        ("container ab123456c", []),  # lower case, no label
    ],
)
def test_when_text_holds_nino_like_codes_then_only_ninos_count(text: str, expected: list[str]) -> None:
    assert found(text) == expected
