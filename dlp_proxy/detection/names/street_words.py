"""Word lists and code shapes of British, American, Belgian and German street addresses.

The English street types are USPS Publication 28, appendix C1 (primary names and their standard
abbreviations) with the British road types; the unit words are its appendix C2 with the British
"Flat" and "Studio". A type is *strong* when it is hardly ever an ordinary noun after a number and
a capitalised word ("12 Baker Street", "20822 Traci Parkway"); the others ("Court", "Way",
"Points", "Green") end ordinary phrases too ("2 Supreme Court", "3 Main Points") and make an
address only with more evidence (a town, a postcode, a unit, a label, a name as street name).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Street types after which a capitalised name and a house number are an address on their own.
EN_STRONG_TYPES = _words(
    """Street St Road Rd Avenue Ave Av Lane Ln Boulevard Blvd Drive Dr Parkway Pkwy Parkways Terrace Ter
    Terr Crescent Cres Highway Hwy Expressway Expy Freeway Fwy Turnpike Tpke Stravenue Stra Mews Close"""
)
# USPS C1 primary names and abbreviations (less the strong ones), and British road types.
EN_WEAK_TYPES = _words(
    """Alley Aly Anex Annex Anx Arcade Arc Bayou Byu Beach Bch Bend Bnd Bluff Blf Bluffs Blfs Bottom Btm
    Branch Br Bridge Brg Brook Brk Brooks Brks Burg Bg Burgs Bgs Bypass Byp Camp Cp Canyon Cyn Cape Cpe
    Causeway Cswy Center Ctr Centers Ctrs Centre Circle Cir Circles Cirs Cliff Clf Cliffs Clfs Club Clb
    Common Cmn Commons Cmns Corner Cor Corners Cors Course Crse Court Ct Courts Cts Cove Cv Coves Cvs
    Creek Crk Crest Crst Crossing Xing Crossroad Xrd Crossroads Xrds Curve Curv Dale Dl Dam Dm Divide Dv
    Drives Drs Estate Est Estates Ests Extension Ext Extensions Exts Fall Falls Fls Ferry Fry Field Fld Fields
    Flds Flat Flt Flats Flts Ford Frd Fords Frds Forest Frst Forge Frg Forges Frgs Fork Frk Forks Frks
    Fort Ft Garden Gdn Gardens Gdns Gateway Gtwy Glen Gln Glens Glns Green Grn Greens Grns Grove Grv Groves Grvs Harbor
    Hbr Harbors Hbrs Harbour Haven Hvn Heights Hts Hill Hl Hills Hls Hollow Holw Inlet Inlt Island Is
    Islands Iss Isle Junction Jct Junctions Jcts Key Ky Keys Kys Knoll Knl Knolls Knls Lake Lk Lakes Lks
    Land Landing Lndg Light Lgt Lights Lgts Loaf Lf Lock Lck Locks Lcks Lodge Ldg Loop Mall Manor Mnr
    Manors Mnrs Meadow Mdw Meadows Mdws Mill Ml Mills Mls Mission Msn Motorway Mtwy Mount Mt Mountain Mtn
    Mountains Mtns Neck Nck Orchard Orch Oval Overpass Opas Park Parks Pass Passage Psge Path Pike Pine
    Pne Pines Pnes Place Pl Plain Pln Plains Plns Plaza Plz Point Pt Points Pts Port Prt Ports Prts
    Prairie Pr Radial Radl Ramp Ranch Rnch Rapid Rpd Rapids Rpds Rest Rst Ridge Rdg Ridges Rdgs River Riv
    Roads Rds Route Rte Row Rue Run Shoal Shl Shoals Shls Shore Shr Shores Shrs Skyway Skwy Spring Spg
    Springs Spgs Spur Spurs Square Sq Squares Sqs Station Sta Stream Strm Streets Sts Summit Smt Throughway
    Trwy Trace Trce Track Trak Trafficway Trfy Trail Trl Trailer Trlr Tunnel Tunl Underpass Upas Union Un
    Unions Uns Valley Vly Valleys Vlys Viaduct Via View Vw Views Vws Village Vlg Villages Vlgs Ville Vl
    Vista Vis Walk Walks Wall Way Wy Ways Well Wl Wells Wls
    Approach Bank Brae Broadway Chase Circus Croft Dene Embankment Esplanade Gate Glade Heath Parade
    Promenade Quay Reach Rise Ridgeway Vale Wharf Wynd Yard"""
)
# Unit designators (USPS C2, British flats): "Apt. 3", "Suite 200", "Flat 2".
EN_UNITS = (
    "Apartment|Apt|Building|Bldg|Department|Dept|Floor|Fl|Hangar|Hngr|Lot|Office|Ofc|Penthouse|PH|Pier|"
    "Room|Rm|Slip|Space|Spc|Suite|Ste|Trailer|Trlr|Unit|Flat|Studio|Box"
)
# Words before a street type that make "number + words + type" an ordinary phrase or a product
# ("4 Wheel Drive", "2 TB Drive", "3 Main Points", "2 Supreme Court"); compared case-folded.
# For a strong type only the first list counts; for a weak one both.
NOT_STREET_NAMES = _words(
    """wheel hard test flash thumb usb ssd hdd nvme disk disc network shared google one cloud team external
    tape memory fast slow bus bike cycle gb tb mb kb pb optical cd dvd blu blood fund toy sales recovery
    backup boot system data power media virtual dual double triple single quad express toll service
    mile miles meter meters metre metres yard yards foot feet acre acres km piece word words hour hours
    minute minutes percent euro euros dollar dollars pound pounds marketing recruitment recruiting food
    charity membership donation clothing book fundraising swim swimlane silk brick"""
)
NOT_WEAK_STREET_NAMES = _words(
    """main key best top big small great good major minor core basic simple quick easy real true false
    supreme national central public private general federal high low other more most many few several
    extra final critical important new old next last first second third fourth fifth open closed total
    green red blue black white yellow brown grey gray golden silver common different similar same
    botanical hanging secret hidden royal grand little long short full half free safe happy lucky
    focal talking bullet power check data entry exit access control starting ending turning breaking
    tipping pain pressure price decision meeting vantage view match game set tennis golf car theme trailer
    mobile food fashion water ski walking hiking bike cycling nature business industrial science tech
    technology research office retail shopping parking camping caravan holiday fishing country city town
    village community university college school hospital police fire army navy air sea river lake
    crown county district magistrates appeal appeals family tennis basketball squash circuit market work
    milky right wrong one two three boiling freezing melting sharing mount end dry home trial fun
    production batch primary foreign master shift enter escape tab ctrl alt delete space return hot
    docking gas train base charging radio call help admin security medical cost command fitness
    distribution release dev develop development hotfix feature payment nat internet default serial
    hdmi ethernet event feedback infinite for while career file learning upgrade migration happy race
    audio audit paper european credit trade student soviet labor labour page list grid tree detail
    split design street text input form custom required playing magnetic caps num scroll traffic
    status warning book fight night crash online training boot summer live revenue output boarding
    backstage hall apollo rescue climate leadership peace ai web jurassic"""
)
# The word right before the house number that makes it a count or an index, not a house number.
NOT_BEFORE_NUMBER = _words(
    """step stap steps stappen room kamer chapter hoofdstuk section sectie paragraaf phase fase part deel
    version versie v page pagina level niveau week day dag item punt ticket issue sprint table tabel figure
    figuur top slide dia rule regel artikel article lid bullet point episode season seizoen round ronde
    group groep grade klas class lane gate platform spoor terminal row rij seat stoel line lijn total
    totaal aantal count sheet tab q"""
)
# Before a 4-digit number in YEARS, words that make it a year ("In 2008 Wall Street ...").
YEAR_LEADS = _words(
    """in since by until till during before after around circa about from of the early late mid
    van uit tot vanaf sinds na rond ongeveer begin eind medio het"""
)
YEARS = range(1800, 2100)

US_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AS|FM|GU|MH|MP|PW|PR|VI|AA|AE|AP"
)
US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
    "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "Puerto Rico|Guam"
)
US_ZIP = r"\d{5}(?:-\d{4})?"
# The UK government's postcode pattern (BS 7666), upper case, the space optional.
UK_POSTCODE = (
    r"(?:GIR ?0AA|(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9][A-Z]?)"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})"
)
COUNTRIES = (
    "USA|U\\.S\\.A\\.|United States(?: of America)?|US|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|"
    "Northern Ireland|Great Britain|Germany|Deutschland|Belgium|België|Belgique|Belgien|Netherlands|Nederland"
)

# German: one word ending in a street suffix ("Hauptstraße", "Müllerstr."), or a type after an
# adjective in -er ("Berliner Straße") or after a hyphenated name ("Hans-Müller-Platz").
DE_STRONG_SUFFIXES = "straße|strasse|str\\.|gasse|allee|chaussee|weg|damm|ufer|pfad|steig|stieg|twiete|zeile|promenade"
# Suffixes that also end ordinary compounds ("Arbeitsplatz 3", "Spring 2024", "Innenhof 2").
DE_WEAK_SUFFIXES = "platz|ring|markt|graben|wall|kai|hof|berg|brücke|tor|höhe|winkel|grund|anger|kamp|garten|park|feld"
DE_TYPES = (
    "Straße|Strasse|Str\\.|Gasse|Allee|Chaussee|Weg|Damm|Ufer|Pfad|Steig|Platz|Ring|Markt|Graben|Wall|Kai|"
    "Hof|Berg|Brücke|Tor|Promenade|Landstraße|Heerstraße"
)
# French (Belgian) street types, before the name: "Rue de la Loi 16", "Chaussée de Wavre 1234".
FR_TYPES = (
    "Rue|Avenue|Av\\.|Chaussée|Boulevard|Bd|Bld|Place|Quai|Square|Impasse|Allée|Chemin|Drève|Clos|Sentier|"
    "Route|Rond-Point|Galerie|Passage|Parvis|Cours|Esplanade|Voie|Venelle|Ruelle|Cité|Résidence|Val|Vieux"
)
# Types that are ordinary English words too ("Place Order 3", "Square Enix 4"): with a connector
# ("Place de la Monnaie") or a Belgian postcode after the number only.
FR_AMBIGUOUS = _words(
    "Place Square Route Passage Cours Val Galerie Clos Cité Résidence Allée Chemin Sentier Esplanade Voie Vieux"
)
FR_CONNECTORS = "de la|de l'|de l’|des|du|de|d'|d’|aux|au|à la|la|le|les|l'|l’|sur|et"

# Labels that make a 4- or 5-digit number a postcode ("PLZ 10115", "ZIP: 90210").
POSTCODE_LABELS = (
    "postcode|post code|postal code|postalcode|postal_code|post_code|zip ?code|zip_code|zipcode|zip|plz|"
    "postleitzahl|code postal|code_postal|postnummer|postnr"
)
# A capitalised word of a town; a full stop is kept after an abbreviation ("St.", "Gn.", "D.C."),
# not after a word ending a sentence ("..., Arnhem.").
TOWN_WORD = r"\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:(?<!\p{L}{4})\.)?"

# Words shortly before a house number that say an address follows.
ADDRESS_CUES = (
    "address|addressed|adres|adresse|anschrift|lives|living|resides|residing|located|shipping|delivery|"
    "moved|woont|wonend|woonachtig|gevestigd|verhuisd|bezorgadres|wohnt|wohnhaft|habite|domicilié"
)
# Dutch words right before a street ("ik woon op de Dam 1", "woonachtig te Veldhoven, Heuvel 7"): a
# one-word street that is also an ordinary noun counts there without a postcode or place.
NL_LIVING_CUES = "woon|woont|wonen|woonde|woonachtig|wonend|verhuisd|adres|postadres|bezorgadres|bezoekadres"
# Verbs that, with "to" right before the number, say an address follows ("Ship it to 488 ...").
SEND_VERBS = "send|ship|mail|post|deliver|forward|return|bring|take|stuur|bezorg|breng"
