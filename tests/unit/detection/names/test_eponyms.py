"""Names that name a thing, not a person (dlp_proxy.detection.names.eponyms): storms, laws, days,
illnesses, brands, rooms, lines, streets and cities in a list of places; each beside the person
it must not hide."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.names.eponyms import names_a_thing
from dlp_proxy.detection.names.name_lexicon import lexicon


def thing(text: str, name: str) -> bool:
    start = text.index(name)
    lex = lexicon()
    return names_a_thing(text, start, start + len(name), lex.surnames, lex.places)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Met Office issued an amber warning for Storm Bronagh on Friday.", "Storm Bronagh"),
        ("Due to storm Darragh the school is closed.", "Darragh"),
        ("Explain Clare's Law and Sarah's Law to call handlers.", "Clare"),
        ("Explain Clare's Law and Sarah's Law to call handlers.", "Sarah"),
        ("Explain Clare's Law and Sarah's Law to call handlers.", "Law"),
        ("We need cover on Saint Patrick's Day.", "Patrick"),
        ("Events at St James' Park this month.", "St James'"),
        ("Explain Addison's disease and Bell's palsy simply.", "Addison"),
        ("Hashimoto's thyroiditis is common.", "Hashimoto"),
        ("Apply Occam's razor to this plan.", "Occam"),
        ("Plan three meetings in zaal Rembrandt.", "Rembrandt"),
        ("Book the Turing room for Friday.", "Turing"),
        ("The timetable of the Elizabeth line changes.", "Elizabeth"),
        ("Closed: the Victoria and Albert campuses.", "Albert"),
        ("Hoeveel straten heten Willem de Zwijgerlaan?", "Willem de Zwijgerlaan"),
        ("Hoeveel straten heten Johan de Wittstraat?", "Johan de Wittstraat"),
        ("Explain what Morgan Stanley and Goldman Sachs do.", "Morgan Stanley"),
        ("Rewrite this in a playful Ben & Jerry's style.", "Ben"),
        ("Rewrite this in a playful Ben & Jerry's style.", "Jerry"),
        ("Posts promoting our Jack Daniel's and Johnnie Walker range.", "Jack Daniel"),
        ("Tasting notes for Heinz, Hellmann's and Colman's mustard.", "Hellmann"),
        ("Tasting notes for Heinz, Hellmann's and Colman's mustard.", "Colman"),
        ("A gift card promotion with John Lewis and Harvey Nichols.", "John Lewis"),
        ("Vergelijk de jaarverslagen van Van Oord, Heijmans en BAM.", "Heijmans"),
        ("Staff travelling to Charlotte, Austin and Jackson book through the portal.", "Charlotte"),
        ("Staff travelling to Charlotte, Austin and Jackson book through the portal.", "Jackson"),
        ("Site visits: Adelaide, Darwin, Hobart and Perth.", "Darwin"),
        ("Our partner university in Kimberley hosts the lectures.", "Kimberley"),
        ("June and July are fully staffed.", "June"),
    ],
)
def test_when_a_name_names_a_thing_then_it_is_not_a_person(text: str, name: str) -> None:
    assert thing(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Storm and Sarah Jones reviewed the draft.", "Sarah Jones"),
        ("Sarah's test results came back fine.", "Sarah"),  # her own test, not an eponym
        ("Tom's rule is to reply within a day.", "Tom"),
        ("Please loop in Sydney before we reply.", "Sydney"),  # a verb and "in" take a person
        ("Send the report to Charlotte, Jackson and Priya.", "Charlotte"),  # no place among them
        ("Ask Paul Smith to sign the contract.", "Paul Smith"),  # a brand only beside shops or brands
        ("Write a farewell card for Hugo, she is moving to Canada.", "Hugo"),
        ("Het formulier is getekend door Floris Oversteeg.", "Floris Oversteeg"),  # a surname ending in -steeg
        ("Mark de Wit belde over de Kerkstraat.", "Mark de Wit"),
        ("June Okafor joined in May.", "June Okafor"),
        ("The Jones family moved to Leeds.", "Jones"),
        ("Kimberley's manager approved it.", "Kimberley"),
        ("Thanks to Ford for the slides, Mr Ford said.", "Mr Ford"),
        ("The film by Michael Bay opens on Friday.", "Michael Bay"),  # "Bay" is a surname too
        # a person with a brand's name beside a brand: addressed, contacted, given a role or a firm
        ("Send the signed contract to Paul Smith at Ted Baker, his number is in the CRM.", "Paul Smith"),
        ("Meeting with John Lewis (head of buying at Marks & Spencer) about returns.", "John Lewis"),
        ("Please e-mail Ted Baker and Paul Smith about the invoice; both signed for Next.", "Paul Smith"),
        ("Please e-mail Ted Baker and Paul Smith about the invoice; both signed for Next.", "Ted Baker"),
        ("Dear Tommy Hilfiger, thank you for your application to Zara.", "Tommy Hilfiger"),
        ("Our visitors: Kate Spade, buyer at Harvey Nichols, and a rep from Ted Baker.", "Kate Spade"),
    ],
)
def test_when_a_name_names_a_person_then_it_stays(text: str, name: str) -> None:
    assert not thing(text, name)


def test_when_the_engine_reads_a_text_of_eponyms_then_it_finds_no_person(detector: PresidioDetector) -> None:
    text = (
        "Summarise: Storm Darragh closed the Victoria and Albert campuses; Clare's Law applies; "
        "staff travelling to Charlotte, Austin and Jackson may expense Ben & Jerry's."
    )
    assert [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"] == []


def test_when_a_person_stands_beside_eponyms_then_the_engine_still_finds_her(detector: PresidioDetector) -> None:
    text = "Priya Raman explained Addison's disease to the team travelling to Charlotte."
    found = [text[f.start : f.end] for f in detector.scan(text, "en") if f.entity_type == "PERSON"]
    assert found == ["Priya Raman"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commute via Chelsea Harbour and Canary Wharf.", "Chelsea Harbour"),
        ("Meet at Victoria Station at nine.", "Victoria"),
    ],
)
def test_when_a_name_is_followed_by_a_place_noun_then_it_is_a_place(text: str, name: str) -> None:
    assert thing(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a full name dressed as a storm, a law, an illness, a saint's day, a line or a place hides no one
        ("Warning for Storm Pieter Jansen tonight.", "Pieter Jansen"),
        ("Explain Pieter Jansen's Law to the team.", "Pieter Jansen"),
        ("Explain Sarah Jones's disease to the team.", "Sarah Jones"),
        ("Book the Sarah Jones room for Friday.", "Sarah Jones"),
        ("Closed: the Anna de Vries line.", "Anna de Vries"),
        ("Meet at Pieter Jansen Station.", "Pieter Jansen"),
    ],
)
def test_when_a_full_name_is_dressed_as_a_thing_then_it_stays_a_person(text: str, name: str) -> None:
    assert not thing(text, name)
