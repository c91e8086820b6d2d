"""Names that name something other than a person: a storm ("Storm Darragh"), a law, a day or a
place called after someone ("Clare's Law", "St Patrick's Day", "St James' Park"), a disease
("Addison's disease"), a brand ("Ben & Jerry's", "Morgan Stanley", "Hellmann's"), a room, line or
campus ("zaal Rembrandt", "the Elizabeth line"), a street ("Willem de Zwijgerlaan") and a city in
a list of places ("travelling to Charlotte, Austin and Jackson").

The engine drops a PERSON finding that `names_a_thing` holds (engine.scan), as it drops a firm's
name (firm_names). Each test reads only the finding and the few words around it.
"""

from __future__ import annotations

import functools

import regex

from dlp_proxy.detection.names import name_words as words

# Storms are given people's names: "Storm Bronagh", "Hurricane Katrina", "storm Ciarán".
_STORM_BEFORE = regex.compile(r"(?i:storm|hurricane|typhoon|cyclone|orkaan|tropical[ \t]+storm)[ \t]+\Z")
_STORM_IN = regex.compile(r"(?i:storm|hurricane|typhoon|cyclone|orkaan)[ \t]")

# A possessive name and a capitalised noun make one proper name: a law, a day, a building, a park.
_PROPER_NOUNS = (
    "Law|Laws|Day|Eve|Park|Cathedral|Church|Chapel|College|Hospital|School|Academy|Bridge|Square|Gate|Cross"
    "|Wharf|Place|Green|Hall|Court|Inn|Hotel|Road|Street|Lane|Row|Walk|Garden|Gardens|Field|Fields|Wood|Island"
    "|Bay|Rule|Theorem|Principle|Paradox|Prize|Award|Cup|Trophy|Register|Syndrome|Disease"
)
# ... and the lower-case nouns of the diseases, tests and effects called after a physician.
_EPONYM_NOUNS = (
    "disease|syndrome|palsy|thyroiditis|lymphoma|sarcoma|phenomenon|sign|test|ulcer|contracture|neuroma"
    "|law|principle|theorem|rule|razor|constant|effect|paradox"
)
_POSSESSIVE_THING = regex.compile(
    rf"(?:['’]s|s['’]|['’])?[ \t]+(?:(?:{_PROPER_NOUNS})|(?:{_EPONYM_NOUNS}))(?![\p{{L}}\d])"
)
# An illness called after a physician, whatever the name: "Addison's disease", "Bell's palsy".
_POSSESSIVE_ILLNESS = regex.compile(
    r"(?:['’]s|s['’]|['’])[ \t]+(?:disease|syndrome|palsy|thyroiditis|lymphoma|sarcoma|dementia|chorea|anomaly)"
    r"(?![\p{L}\d])"
)
# "Sarah's test results", "Tom's rule of thumb": a first name's own test, not an eponym. Only a
# capitalised noun after a first name makes the proper name ("Sarah's Law").
_POSSESSIVE_PROPER = regex.compile(rf"(?:['’]s|s['’]|['’])?[ \t]+(?:{_PROPER_NOUNS})(?![\p{{L}}\d])")
# The noun itself, found as a name after a possessive ("Clare's Law": "Law").
_AFTER_POSSESSIVE = regex.compile(r"\p{L}(?:['’]s|s['’]|['’])[ \t]+\Z")
_PROPER_NOUN_WORDS = frozenset(_PROPER_NOUNS.casefold().split("|"))
# A saint before the name: "St James' Park", "Saint Patrick's Day", "Sint-Niklaas".
_SAINT = regex.compile(r"(?:St\.?|Saint|Sint)[ \t-]+\Z")

# A room, hall or wing named after someone: "zaal Rembrandt", "the Turing room", "the Elizabeth line".
_ROOM_BEFORE = regex.compile(
    r"(?i:(?:vergader)?zaal|(?:vergader)?kamer|ruimte|lokaal|vleugel|paviljoen|(?:meeting[ \t]+)?room|suite)[ \t]+\Z"
)
_THE_BEFORE = regex.compile(r"(?i:the|de|het)[ \t]+(?:\p{Lu}[\p{L}'’-]*+[ \t]+(?:and|&|en)[ \t]+)?\Z")
# "our university in Kimberley", "a site near Darwin": where a person does not stand.
_IN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:in|near|outside)[ \t]+\Z")
# ... but "loop in Sydney", "bring in Jackson": a verb and "in" take a person.
_VERB_IN = regex.compile(
    r"(?i)\b(?:loop|looping|looped|bring|bringing|brought|rope|roped|call|called|calling|let|keep|kept|include"
    r"|cc|pull|pulled|fill|filled|sub|subbed|swap|swapped|phone|phoned|buzz|buzzed|sign|signed|check|checked)"
    r"[ \t]+in[ \t]+\Z"
)
_FACILITY_AFTER = regex.compile(
    r"(?:[ \t]+(?:and|&|en)[ \t]+\p{Lu}[\p{L}'’-]*+)?[ \t]+"
    r"(?:line|lines|campus|campuses|building|buildings|wing|ward|wards|room|rooms|suite|hall|centre|center"
    r"|stadium|theatre|theater|gallery|museum|library|lecture|award|prize|medal|scholarship|fund|trust"
    r"|lijn|zaal|vleugel|gebouw|prijs|fonds|stichting)(?![\p{L}\d])"
)

# Capitalised nouns that make a name a place: "Chelsea Harbour", "Victoria Station". Not "Bay" nor
# "Bridge", which are surnames as well ("Michael Bay").
_PLACE_NOUNS = frozenset(
    "Harbour Harbor Wharf Quay Marina Docks Station Airport Junction Pier Terminal Interchange Parkway".split()
)
_PLACE_AFTER = regex.compile(r"[ \t]++(?:" + "|".join(sorted(_PLACE_NOUNS)) + r")(?![\p{L}\d])")

# Brands and firms written as a person's name, as they stand in prompts. Possessives are left out:
# "Jack Daniel's" is "jack daniel". Lower case.
BRANDS = frozenset(
    {
        # banks, insurers, funds, consultancies
        "morgan stanley", "goldman sachs", "wells fargo", "charles schwab", "merrill lynch", "lehman brothers",
        "baillie gifford", "jp morgan", "j.p. morgan", "dow jones", "edward jones", "raymond james",
        "fidelity", "standard life", "aviva", "hargreaves lansdown", "rathbones", "coutts", "lloyds",
        "barclays", "schroders", "rothschild", "deloitte", "ernst & young", "arthur andersen", "mckinsey",
        "bain", "booz allen", "kpmg", "grant thornton", "baker mckenzie", "freshfields", "linklaters",
        "clifford chance", "allen & overy", "slaughter and may", "de brauw", "van doorne", "loyens & loeff",
        "houthoff", "stibbe", "nauta dutilh",
        # retail, food and drink
        "john lewis", "harvey nichols", "marks & spencer", "marks and spencer", "sainsbury", "morrisons",
        "selfridges", "debenhams", "fortnum & mason", "fortnum and mason", "ben & jerry", "ben and jerry",
        "johnson & johnson", "procter & gamble", "jack daniel", "johnnie walker", "jim beam", "jose cuervo",
        "captain morgan", "earl grey", "lady grey", "tom collins", "bloody mary", "heinz", "hellmann",
        "colman", "kellogg", "cadbury", "mcdonald", "wendy", "dunkin", "ronald mcdonald", "betty crocker",
        "uncle ben", "sara lee", "dr pepper", "dr. pepper", "mr kipling", "tate & lyle", "lyle",
        "douwe egberts", "albert heijn", "jan linders", "dirk van den broek", "hema", "c&a",
        "tony chocolonely", "van houten", "verkade", "de ruijter", "van nelle", "hertog jan", "grolsch",
        # fashion and cosmetics
        "ted baker", "paul smith", "laura ashley", "calvin klein", "ralph lauren", "tommy hilfiger",
        "hugo boss", "louis vuitton", "christian dior", "yves saint laurent", "estée lauder",
        "estee lauder", "kate spade", "michael kors", "marc jacobs", "tom ford", "vivienne westwood",
        "stella mccartney", "alexander mcqueen", "jimmy choo", "victoria's secret", "victoria secret",
        "coco chanel", "giorgio armani", "karl lagerfeld", "jack wills", "joe browns", "max mara",
        # cars, tech, industry
        "ford", "ferrari", "lamborghini", "porsche", "mercedes-benz", "rolls-royce", "rolls royce",
        "aston martin", "tesla", "dyson", "dell", "hewlett-packard", "hewlett packard", "boeing",
        "siemens", "philips", "bosch", "van oord", "heijmans", "boskalis", "ballast nedam", "dura vermeer",
        "van lanschot", "van leeuwen", "stork", "fokker", "martin-baker", "black & decker",
        # hotels, airlines, media, entertainment
        "hilton", "hilton garden inn", "marriott", "conrad", "hyatt", "holiday inn", "warner bros",
        "warner brothers", "walt disney", "disney", "paramount", "emirates", "virgin", "ryanair",
        "thomas cook", "harry potter", "peppa pig", "mickey mouse", "winnie the pooh", "sherlock holmes",
        "james bond", "santa claus", "father christmas", "sinterklaas", "zwarte piet",
        # sports clubs called after places and founders
        "hamilton academical", "queen of the south", "aston villa", "charlton athletic", "hamilton",
    }
)  # fmt: skip  # a list of phrases reads as a paragraph, not one phrase a line
# Of those, the ones a real person may well be called ("Paul Smith", "John Lewis"): a brand only
# where the text names another brand or shop around it.
_PERSON_LIKE_BRANDS = frozenset(
    {"john lewis", "paul smith", "ted baker", "tom ford", "laura ashley", "harvey nichols", "kate spade",
     "michael kors", "marc jacobs", "calvin klein", "edward jones", "raymond james", "jack wills", "joe browns",
     "ford", "dell", "hilton", "hamilton", "conrad", "bosch", "stork", "lyle", "wendy", "colman",
     "van leeuwen", "grant thornton", "dirk van den broek", "jan linders", "tom collins"}
)  # fmt: skip
_SHOP_WORDS = regex.compile(
    r"(?i)\b(?:store|stores|shop|shops|retailer|retailers|brand|brands|department|gift[ \t]+cards?|vouchers?"
    r"|uniforms?|stationery|supplier|suppliers|winkel|winkels|merk|merken|hotel|hotels|cocktails?|menu)\b"
)
_POSSESSIVE_END = regex.compile(r"(?:['’]s|['’])\Z")

# Cities and regions that are also given names or surnames: a place when the text lists places
# or someone travels there. Lower case.
PLACES_LIKE_NAMES = frozenset(
    """charlotte jackson adelaide darwin kimberley victoria lincoln wellington chelsea kingston madison
    hamilton austin houston dallas phoenix florence sydney paris orlando eugene helena augusta savannah
    georgia virginia carolina dakota montana nevada santiago valencia alexandria regina nelson napier
    perth preston stanley bradford chester clifton lancaster warwick winchester salisbury durban
    jordan denver columbus raleigh charleston camden hudson logan tyler trenton richmond sheffield
    cambridge oxford burton stafford darlington mackay cairns albany marion beverly shelby""".split()
)
# Places that are no person's name, to recognise a list of places by; beside the lexicon's.
_MORE_PLACES = frozenset(
    """hobart bloemfontein brisbane canberra auckland christchurch dunedin pretoria johannesburg
    soweto gqeberha kaapstad windhoek harare lusaka accra kampala kigali addis abeba mombasa
    manchester leeds glasgow belfast cardiff swansea newcastle sunderland norwich ipswich exeter
    plymouth brighton southampton portsmouth reading slough luton coventry leicester nottingham derby
    stoke wolverhampton bolton wigan blackpool york hull middlesbrough aberdeen dundee inverness
    sacramento seattle portland boise tucson albuquerque tulsa omaha wichita memphis nashville
    atlanta miami tampa baltimore pittsburgh cleveland cincinnati detroit milwaukee minneapolis
    chicago boston philadelphia brooklyn manhattan toronto montreal ottawa calgary edmonton winnipeg
    vancouver halifax quebec breda tilburg eindhoven utrecht amsterdam rotterdam groningen zwolle
    arnhem nijmegen maastricht leiden haarlem delft gouda dordrecht almere amersfoort apeldoorn
    enschede leeuwarden assen lelystad middelburg gent antwerpen leuven brugge hasselt mechelen
    luik namen charleroi bergen kortrijk oostende aalst""".split()
)
_MORE_PLACE_PHRASES = frozenset(
    {"san antonio", "san jose", "alice springs", "port elizabeth", "east london", "den bosch", "den haag",
     "den helder", "new york", "new orleans", "new jersey", "north carolina", "south carolina", "west virginia",
     "north dakota", "south dakota", "las vegas", "los angeles", "san francisco", "san diego", "salt lake city",
     "st albans", "st helens", "st ives", "milton keynes", "stoke-on-trent", "kings cross", "canary wharf",
     "gold coast", "sunshine coast", "cape town", "port louis", "hong kong", "kuala lumpur", "abu dhabi"}
)  # fmt: skip
_TRAVEL_BEFORE = regex.compile(
    r"(?i)\b(?:travel(?:l?ing|s|led)?|fly(?:ing)?|flew|flights?|drive|driving|drove|trip|route|moving|move[sd]?"
    r"|relocat(?:e|es|ed|ing)|commut(?:e|es|ed|ing)|offices?|branch(?:es)?|sites?|stores?|based|depots?"
    r"|reis|reizen|vliegen|rijden|vestiging(?:en)?|kantoor|kantoren)\b[^.!?\n]{0,60}?"
    r"\b(?:to|into|in|from|via|between|at|naar|in|vanuit|tussen)[ \t]+\Z"
)
# A capitalised run: one item of a list.
_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*+){0,2}")
_LIST_JOIN = regex.compile(r"[ \t]*+(?:,|;|/|\band\b|\bor\b|\ben\b|\bof\b|&)[ \t]*+(?:(?i:and|or|en|of|the)[ \t]+)*")


@functools.lru_cache(maxsize=1)
def _street_suffixes() -> tuple[str, ...]:
    return (*words.STREET_SUFFIXES, "pad", "baan", "lei")


def names_a_thing(text: str, start: int, end: int, surnames: frozenset[str], places: frozenset[str]) -> bool:
    """The PERSON finding text[start:end] names a storm, law, day, disease, brand, room, street or
    place rather than a person. `surnames` and `places`: the lexicon's (lower case for places)."""
    span = text[start:end]
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    # Storms, laws, illnesses, saints' days and lines are called by one name: a first name and a
    # surname before "'s Law" or after "Storm" are a person's ("Storm Pieter Jansen" hides no one).
    words_in = _POSSESSIVE_END.sub("", span).split()
    one = len(words_in) == 1
    if (one and _STORM_BEFORE.search(before)) or (len(words_in) == 2 and _STORM_IN.match(span)):
        return True
    if (
        one
        and _POSSESSIVE_PROPER.match(after)
        or (one and _possessive(span) and _POSSESSIVE_PROPER.match(" " + after.lstrip()))
    ):
        return True
    if one and (_POSSESSIVE_ILLNESS.match(after) or (_possessive(span) and _POSSESSIVE_ILLNESS.match("'s" + after))):
        return True  # "Addison's disease", "Hodgkin's lymphoma", "Bell's palsy"
    if (_POSSESSIVE_THING.match(after) or _possessive_then(span, after)) and _not_a_first_name(span):
        return True  # "Occam's razor", "Murphy's law"; not "Sarah's test results"
    if span.casefold() in _PROPER_NOUN_WORDS and _AFTER_POSSESSIVE.search(before):
        return True  # "Clare's Law": the "Law"
    saint = regex.match(r"(?:St\.?|Saint|Sint)[ \t-]", span)
    if (one and _SAINT.search(before)) or (saint and len(words_in) == 2):
        if _possessive(span) or regex.match(r"['’]s?(?![\p{L}])", after) or regex.match(r"[ \t]+\p{Lu}", after):
            return True  # "St Patrick's Day", "St James' Park", "Saint Helena Island"
    if " " not in span and _ROOM_BEFORE.search(before):
        return True  # "zaal Rembrandt", "meeting room Turing"
    if (len(words_in) == 2 and words_in[-1] in _PLACE_NOUNS) or (one and _PLACE_AFTER.match(after)):
        return True  # "Chelsea Harbour", "Victoria Station", "Canary Wharf"
    if one and _THE_BEFORE.search(before) and _FACILITY_AFTER.match(after):
        return True  # "the Elizabeth line", "the Victoria and Albert campuses"
    if _month_in_list(text, span, start, end):
        return True  # "June and July are staffed"
    if _street(span, surnames):
        return True
    if _brand(text, span, start, end):
        return True
    return _listed_place(text, span, start, end, places)


_MONTH_JOIN = r"[ \t]*+(?:,|and|or|en|of|to|tot|t/m|-|–|/)[ \t]*+"


def _month_in_list(text: str, span: str, start: int, end: int) -> bool:
    """A month or day that is also a first name, joined to another month or day ("June and July")."""
    if span.casefold() not in words.MONTHS_AND_DAYS:
        return False
    after = regex.match(_MONTH_JOIN + r"(\p{L}+)", text[end : end + 24])
    before = regex.search(r"(\p{L}+)" + _MONTH_JOIN + r"\Z", text[max(0, start - 24) : start])
    return any(m is not None and m.group(1).casefold() in words.MONTHS_AND_DAYS for m in (after, before))


def _possessive(span: str) -> bool:
    return _POSSESSIVE_END.search(span) is not None


def _possessive_then(span: str, after: str) -> bool:
    return _possessive(span) and regex.match(rf"[ \t]+(?:{_EPONYM_NOUNS})(?![\p{{L}}\d])", after) is not None


@functools.lru_cache(maxsize=4096)
def _not_a_first_name(span: str) -> bool:
    """A single word that no first-name list holds as a confident first name ("Addison", "Crohn")."""
    from dlp_proxy.detection.names.name_lexicon import lexicon

    word = _POSSESSIVE_END.sub("", span)
    if " " in word.strip():
        return False
    lex = lexicon()
    return word not in lex.first_names or word in lex.ambiguous_first_names


def _street(span: str, surnames: frozenset[str]) -> bool:
    """The last word ends in a street suffix and is no surname: "Willem de Zwijgerlaan"."""
    last = span.split()[-1] if span.split() else ""
    low = last.casefold()
    parts = len(span.split())
    suffixes = _STREET_ENDS if parts == 2 else _street_suffixes() if parts > 2 else ()
    return last not in surnames and any(low.endswith(s) and len(low) > len(s) + 2 for s in suffixes)


# With only a first name before it, the endings no surname has ("Oversteeg", "Terweg" are surnames).
_STREET_ENDS = ("straat", "laan", "plein", "gracht", "kade", "singel", "dreef")


def _phrase(raw: str) -> str:
    """Lower case, possessives and repeated spaces left out: "Jack Daniel's" -> "jack daniel"."""
    return " ".join(_WORD_POSSESSIVE.sub("", raw).split()).casefold()


def _brand(text: str, span: str, start: int, end: int) -> bool:
    """The finding is a brand of the list, alone or with the words joined to it ("Ben" of
    "Ben & Jerry's", "Warner" of "Warner Bros", "Hilton" of "Hilton Garden Inn")."""
    candidates = [_phrase(span)]
    if (m := _BRAND_AFTER.match(text, end)) is not None:
        candidates += [_phrase(text[start : m.end(1)])] + ([_phrase(text[start : m.end(2)])] if m.group(2) else [])
    if (m := _BRAND_BEFORE.search(text[max(0, start - 30) : start])) is not None:
        candidates.append(_phrase(m.group(1) + text[start - len(m.group()) + len(m.group(1)) : end]))
    key = next((c for c in candidates if c in BRANDS), None)
    if key is None:
        return False
    before = text[max(0, start - 40) : start]
    if _GREETING_BEFORE.search(before):
        return False  # "Dear Tommy Hilfiger," "Mr Paul Smith": a person is addressed
    if key not in _PERSON_LIKE_BRANDS:
        return True
    if (m := _COORDINATED_BEFORE.search(before)) is not None:  # "e-mail Ted Baker and Paul Smith"
        before = text[max(0, start - len(m.group()) - 40) : start - len(m.group())]
    if _CONTACT_BEFORE.search(before) or _ROLE_AFTER.match(text, end):
        return False  # "e-mail Paul Smith", "John Lewis (head of buying at ...)", "Paul Smith at Ted Baker"
    # "John Lewis and Harvey Nichols", "uniforms from Ted Baker": another brand or a shop word near
    window = text[max(0, start - 120) : end + 120]
    others = {_phrase(m.group()) for m in _brand_pattern().finditer(window)} - {key}
    return bool(others) or _SHOP_WORDS.search(window) is not None


@functools.lru_cache(maxsize=1)
def _brand_pattern() -> regex.Pattern[str]:
    """Any brand of the list as whole words, in any case, a possessive allowed."""
    alternatives = "|".join(regex.escape(b).replace(r"\ ", r"[ \t]+") for b in sorted(BRANDS, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}\d])(?:{alternatives})(?:['’]s)?(?![\p{{L}}\d])")


# What marks the name as a person's, not the brand's: a greeting or title before it (any brand);
# for names a person may have, also a verb of contacting someone before it, or a role or the firm
# the person works at after it.
_GREETING_BEFORE = regex.compile(
    r"(?i)(?:^|(?<![\p{L}\d]))(?:dear|hi|hello|hey|beste|geachte|hallo|attn\.?|t\.a\.v\.|mr|mrs|ms|miss|mx|dr|prof"
    r"|dhr|mevr|mw|sir|madam)\.?[ \t]++\Z"
)
_CONTACT_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:e-?mail(?:ed)?|mail(?:ed)?|call(?:ed)?|phone[ds]?|bel|mailen|ask(?:ed)?|vraag|tell|told"
    r"|cc|bcc|contact(?:ed)?|(?:spoke|speak|talk(?:ed)?|meeting|met|meet|sync)[ \t]+with|(?:spoke|speak|talk(?:ed)?)"
    r"[ \t]+to|signed[ \t]+by|approved[ \t]+by|on[ \t]+behalf[ \t]+of|namens|invite[ds]?|introduce[ds]?)[ \t]++\Z"
)
_ROLE_AFTER = regex.compile(
    r"[ \t]*+(?:,|\(|–|—|-)[ \t]*+(?:(?:our|the|their|a|an|onze|de)[ \t]++)?(?:head|director|manager|buyer|ceo|cfo"
    r"|cto|coo|founder|partner|lead|chair|account|sales|procurement|inkoper|directeur|hoofd|eigenaar|contact"
    r"|senior|junior|vp)\b"
    r"|[ \t]++(?:at|bij|from|van)[ \t]++(?:the[ \t]++)?\p{Lu}",
    regex.IGNORECASE,
)
_COORDINATED_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*+[ \t]++){1,3}(?:and|&|en)[ \t]++\Z")
_WORD_POSSESSIVE = regex.compile(r"(?:['’]s|(?<=s)['’])(?![\p{L}])")
_BRAND_AFTER = regex.compile(r"(?:[ \t]*+(?:&|and)[ \t]*+|[ \t]++)(\p{Lu}[\p{L}'’.]*+)(?:[ \t]++(\p{Lu}[\p{L}'’.]*+))?")
_BRAND_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’.]*+)(?:[ \t]*+(?:&|and)[ \t]*+|[ \t]++)\Z")
_LEFT_ITEMS = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.-]*+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*+){0,2}"
    r"[ \t]*+(?:,|;|/|&|\band\b|\bor\b|\ben\b|\bof\b)[ \t]*+(?:(?:and|or|en|of|the)[ \t]+)*)+\Z"
)


def _listed_place(text: str, span: str, start: int, end: int, places: frozenset[str]) -> bool:
    """A city that is also a name, in a list of places or where someone travels to it."""
    key = _phrase(span)
    if key not in PLACES_LIKE_NAMES and not _plain_place(span, places):
        return False
    near = text[max(0, start - 24) : start]
    if key in PLACES_LIKE_NAMES and _IN_BEFORE.search(near) and not _VERB_IN.search(near) and not _possessive(span):
        if not regex.match(r"['’]s?(?![\p{L}])", text[end : end + 3]):
            return True
    items: list[str] = []
    first = start
    if (left := _LEFT_ITEMS.search(text[max(0, start - 200) : start])) is not None:
        items += [m.group() for m in _ITEM.finditer(left.group())]
        first = start - len(left.group())
    if _TRAVEL_BEFORE.search(text[max(0, first - 80) : first]):
        return True
    pos = end
    while pos - end < 200 and (join := _LIST_JOIN.match(text, pos)) is not None and join.end() > pos:
        item = _ITEM.match(text, join.end())
        if item is None:
            break
        items.append(item.group())
        pos = item.end()
    return any(_plain_place(i, places) for i in items)


def _plain_place(item: str, places: frozenset[str]) -> bool:
    """A place that is no one's name: "Hobart", "Breda", "San Antonio"."""
    key = _phrase(item)
    return (key in places or key in _MORE_PLACES or key in _MORE_PLACE_PHRASES) and key not in PLACES_LIKE_NAMES
