"""The prose shapes of a credential, for credential_assignment_recognizer: a password or key stated
in a sentence ("het wachtwoord is ...", "the API key: ...", "pwd for the jump host = ..."), named
without a verb ("wachtwoord Welkom01", "client secret Xk9#..."), login instructions ("inloggen met
root / ...") and shorthand login details ("user m.jansen / pass ..."), and the further words of a
passphrase. Each value is then judged by the recognizer's _check.
"""

from __future__ import annotations

import regex

# "het wachtwoord is Zomer2024!", "the password for the VPN is hunter2", "API key is ...".
# Dutch writes compounds as one word ("het beheerwachtwoord", "root-wachtwoord"): "wachtwoord"
# needs no word boundary before it; what follows must still be a space.
# German and French too ("Das Passwort lautet", "le mot de passe est"): pasted from a colleague's mail.
PASSWORD_WORD = (
    r"(?:(?<![A-Za-z])(?i:password|passwd|mot[ \t]de[ \t]passe)|(?i:wachtwoord(?:zin)?|paswoord|passwort|kennwort))"
)
# An app password as Google shows it: four groups of four lower-case letters ("rahq cvxe vgfb rpzm");
# only random letters count (secret_values.random_letters), not "must have more than".
APP_PASSWORD = r"[a-z]{4}(?:[ ][a-z]{4}){3}(?![\w-])"
PROSE = regex.compile(
    r"(?P<key>" + PASSWORD_WORD + r"|(?<![A-Za-z])(?i:passphrase|pincode|api[ -]?key|api[ -]?sleutel"
    r"|access[ -]token|secret[ -]key|client[ -]secret|token|sleutel|geheim|inlogcode|logincode|passcode"
    r"|recovery[ -]codes?|backup[ -]codes?|(?:ww|pwd?|pass)(?![A-Za-z]))"
    r"|(?i:toegangstoken|sessietoken|verificatietoken|authenticatietoken|herstelcodes?)"
    # the code of a wireless network: "De wifi-code is ...", "netwerksleutel: ..."
    r"|(?<![A-Za-z])(?i:wi-?fi[ -]?code|wlan[ -]?code|netwerksleutel|netzwerkschlüssel)"
    # a bare "key" or "secret": only a generated value counts (see _check)
    r"|(?<![A-Za-z])(?P<bare_key>(?i:key|secret))(?![A-Za-z]))"
    # up to five words between key and verb, none ending a clause ("secret key and salt. The default is"),
    # a remark in brackets counting as one ("token (exp. 30 days) ="); or a colon ending the last of
    # them, for a password ("wachtwoord voor de NAS: ...")
    r"(?:[ \t]++(?:\([^()\r\n]{1,40}+\)|(?:[^\s:]|:(?=\S)){1,30}+(?<![.,;:!?]))){0,5}?"
    r"(?:(?:[ \t]++(?i:is|are|was|were|luidt|wordt|blijft|zijn|waren|ist|sind|lautet|est|sont)|(?<=[A-Za-z])['’]s)"
    r"(?:[ \t]++(?i:still|now|currently|nog(?:[ \t]++steeds)?|nu|momenteel|voorlopig|tijdelijk|temporarily"
    # a time: "was tot gisteren ...", "is sinds maandag ...", "is since Monday ..."
    r"|(?:tot|sinds|vanaf|until|since|as[ \t]+of)[ \t]++(?:gisteren|vandaag|kort|nu|yesterday|today|recently"
    r"|(?:vorige|last)[ \t]++(?:week|maand|month)|[a-z]{2,5}dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))?"
    # "is below:", "is as follows:", "is hieronder:": the value opens the next line
    r"(?:[ \t]++(?i:below|as[ \t]+follows|hieronder|als[ \t]+volgt)(?=[ \t]*+:?[ \t]*+\r?\n))?[ \t]*+:?"
    r"|(?<=[\w)])(?P<colon>:)|[ \t]++(?P<eq>=|->|=>|→|[-–—](?=[ \t]))(?!=))[ \t]*+"
    # after a colon the value may open the next line ("Het wachtwoord staat hieronder:\n...")
    r"(?:(?<=:|below|follows|hieronder|volgt)\r?\n[ \t]*+)?"
    r"(?:[\"'“‘«](?P<dq>[^\"'”’»\r\n]{4,128}+)[\"'”’»]|(?P<app>" + APP_PASSWORD + r")|(?P<bare>[^\s\"'“”‘’«»]{4,128}+))"
)

# "user admin, password Zomer2021!", "wachtwoord Welkom01": no separator and no verb, so the
# value must look like a password on its own (see _strong).
MENTION = regex.compile(
    r"(?P<key>" + PASSWORD_WORD + r"|(?<![A-Za-z])(?i:passphrase|client[ -]secret|api[ -]?key|api[ -]?sleutel"
    r"|secret[ -]key|access[ -]token|geheime[ -]sleutel)(?![A-Za-z])"
    # a bare word for a key: only a generated value counts (see _check)
    r"|(?<![A-Za-z])(?P<bare_key>(?i:key|secret|token|sleutel))(?![A-Za-z]))[ \t]++"
    r"(?:(?P<bare>[^\s\"'“”‘’«»]{8,128}+)|[\"'“‘](?P<dq>[^\s\"'“”‘’«»]{8,128}+)[\"'”’])"
)

# Login instructions: "Inloggen met root / Zomer2024!", "log in as admin/Welkom01!", "login: jan / S3cret!x",
# "sign in with deploy:Dpl0y-2024", "credentials are admin:Zomer2024!", "inloggegevens zijn jan /
# Welkom01!". The value must look like a password on its own (see _strong); a '/' or ':' in it would
# make "sign in with example.com/login/oauth2" a finding, so it may hold neither.
LOGIN = regex.compile(
    r"(?<![A-Za-z])(?:(?i:log(?:ge)?[ -]?in|inloggen|aanmelden|sign[ -]?in)[ \t]++(?i:met|with|as|als|using)[ \t]++"
    r"|(?i:login|inlog|inloggegevens|credentials|creds)"
    # "the login for the portal is ...", "de inlog voor het NAS is ..."
    r"(?:[ \t]++(?i:for|voor|van|of|to|op)(?:[ \t]++[\w.-]{1,30}+){1,3}?(?=[ \t]++(?i:are|is|zijn)[ \t]))?"
    r"(?:[ \t]*+:|[ \t]++(?i:are|is|zijn|zijn[ \t]+nu))[ \t]*+)"
    r"(?:(?i:user(?:name)?|gebruiker(?:snaam)?|account)[ \t]++)?"
    r"(?P<key>[\w.@\\-]{1,64}+)(?:[ \t]*+/[ \t]*+|:)(?P<bare>[^\s\"'“”‘’«»/:]{6,128}+)(?![/:])"
)

# Shorthand login details: "user m.jansen / pass Xk9!mQ2v", "gebruiker: admin, ww: Welkom01!". The
# value must look like a password on its own (see _strong), as for _LOGIN.
USER_PASS = regex.compile(
    r"(?<![A-Za-z])(?i:user(?:name)?|gebruiker(?:snaam)?|gebr\.?|login|account)[ \t]*+:?[ \t]*+"
    r"(?P<key>[\w.@\\-]{1,64}+)(?:[ \t]*+[/,;|][ \t]*+|[ \t]++)"  # "gebr: r.vandijk ww ...": a space will do
    r"(?i:pass(?:word)?|pwd|pw|ww|wachtwoord|paswoord)[ \t]*+:?[ \t]*+(?P<bare>[^\s\"'“”‘’«»]{6,128}+)"
)


# A passphrase is several words: "The passphrase is 4g8hx09 xoc6gf zs50xjd7, can you ...". After
# its first word, up to seven more words of letters and digits that run to a clause's end.
PHRASE_KEYS = frozenset({"passphrase", "wachtwoordzin"})
_PHRASE_REST = regex.compile(r"(?:[ \t][A-Za-z0-9]{2,24}+){1,7}+(?=[.,;!?]?(?:\s|$))")


def phrase_rest(text: str, end: int) -> str:
    """The passphrase's further words after `end`, up to a clause's end; '' when it stops mid-clause."""
    m = _PHRASE_REST.match(text, end)
    if m is None:
        return ""
    after = text[m.end() : m.end() + 1]
    return m.group() if after in ("", ".", ",", ";", "!", "?", "\n", "\r") else ""


# A password changed to a value: "I changed the password to X", "set the admin password to X", "ik heb het
# wachtwoord veranderd in X", "wachtwoord gewijzigd naar X". The value must look like a password on its
# own (see _strong), as for LOGIN.
CHANGED = regex.compile(
    r"(?<![A-Za-z])(?i:changed|change|set|reset|updated|update)[ \t]++"
    # "the WordPress admin password", "jsmith's AD password": up to two words before the password word
    r"(?:(?i:the|my|our|your|his|her|their|its)[ \t]++)?(?:[\w'’-]{1,20}+[ \t]++){0,2}?"
    r"(?P<key>" + PASSWORD_WORD + r")[ \t]++(?i:to|into)[ \t]++"
    r"(?:[\"'“‘](?P<dq>[^\s\"'”’]{4,128}+)[\"'”’]|(?P<bare>[^\s\"'“”‘’«»]{4,128}+))"
    # "wachtwoord (van de) SFTP-koppeling leverancier aangepast naar ...": up to five words between
    # "het wachtwoord van de gedeelde mailbox is gewijzigd naar ...", "the password for the NAS was reset to ..."
    r"|(?P<key>" + PASSWORD_WORD + r")(?:[ \t]++[\w-]{1,30}+){0,5}?[ \t]++"
    r"(?i:veranderd|gewijzigd|aangepast|gezet|gereset|ingesteld|veranderen|wijzigen|geändert|changed|reset|updated|set)"
    r"[ \t]++(?i:in|naar|op|to|zu|auf)[ \t]++"
    r"(?:[\"'“‘](?P<dq>[^\s\"'”’]{4,128}+)[\"'”’]|(?P<bare>[^\s\"'“”‘’«»]{4,128}+))"
)


# An administrator account or an e-mail address and its password, in a chat or a note: "die is
# admin / Nas!Deventer2024", "root/Zomer2024! werkt nog". Only after such an account, whose pair is
# a login anyway; the value must look like a password on its own (see _strong), as for LOGIN.
ADMIN_LOGIN = regex.compile(
    r"(?<![\w./@-])(?P<key>(?i:admin|administrator|root|beheerder|superuser|sysadmin)"
    # or an account's e-mail address: "Mailchimp: marketing@fernandfable.co.uk / Fable-Mail#2025"
    r"|[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)++)"
    r"[ \t]*+/[ \t]*+(?P<bare>[^\s\"'“”‘’«»/:]{6,128}+)(?![/:\w])"
)


# The answer to a question about a password, a sentence or a chat line later: "anyone know the vpn
# pw? ... it's Forklift_2024_wh", "Ik heb het gewoon ingevuld (het is Zomerzon2025!)". Only where a
# password word stands shortly before (credential_assignment_recognizer checks it: IT_IS_REACH);
# the value must look like a password on its own (see _strong), as for LOGIN.
IT_IS = regex.compile(
    r"(?<![A-Za-z])(?P<key>(?i:it['’]s|it[ \t]is|het[ \t]is|dat[ \t]is|that['’]s))[ \t]++"
    r"(?P<bare>[^\s\"'“”‘’«»()]{6,128}+)(?=[\s.,;:!?)—–-]|$)"
)
IT_IS_REACH = 200  # characters before the answer in which the password word must stand
PASSWORD_BEFORE = regex.compile(PASSWORD_WORD + r"|(?<![A-Za-z])(?i:pw|pwd|ww|wifi-?code|pincode|passcode)(?![A-Za-z])")
