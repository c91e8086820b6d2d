"""What a key name says about its value: a password, a secret, a token, an API key, or nothing secret.

Shared by the SECRET recognizers that read `key = value` (credential assignments) and key words
in prose (keyword tokens). Names are split into lower-case words first: "x-api-key" -> x, api,
key; "clientSecret" -> client, secret; "DB_PASSWORD_PROD" -> db, password, prod.
"""

from __future__ import annotations

import regex

# Keys ending in "token" that name something public or not a credential at all.
NOT_SECRET_TOKENS = tuple(
    """csrf xsrf page next continuation cancellation sync eos bos pad unk sep cls mask max num total start end
    stop special input output prompt completion reasoning cached pagination""".split()
)
# "<qualifier>_key" / "<qualifier>key" that name a secret.
KEY_QUALIFIERS = frozenset(
    "api access secret private account subscription master encryption decryption signing auth client app "
    "shared storage service webhook license consumer session jwt hmac crypto geheime toegangs".split()
)
# "<word>_key" that names no secret: database and cache keys, public keys, lookups, UI keys.
NOT_SECRET_KEYS = frozenset(
    """primary foreign sort partition hash range cache idempotency routing object public publishable pub lookup
    dedup deduplication unique composite natural surrogate row column field map dict index group label
    translation i18n message config setting settings property attribute react list item entry record table
    node parent child cursor next last start end search query filter order join match shortcut hot keyboard
    music enum registry s3 file path prefix suffix resource bucket local localstorage meta metadata
    event type name verify verification openbare publieke""".split()
)
PASSWORDISH = ("password", "passwd", "passphrase", "wachtwoord", "paswoord", "pincode", "passwort", "kennwort")
# Key words that name a password in a sentence ("Mijn inlogcode is ...", "pwd for the host = ...").
PROSE_PASSWORDS = frozenset(
    {*PASSWORDISH, "wachtwoordzin", "inlogcode", "logincode", "pwd", "pw", "passcode", "passe"}  # "mot de passe"
)
_PASSWORD_WORDS = frozenset(
    {"password", "passwd", "passphrase", "wachtwoord", "paswoord", "pwd", "passwort", "kennwort"}
)
# Words after a password word that make the key about the password rather than the password
# itself: password_hash, passwordPolicy, password_min_length, wachtwoord_vergeten.
PASSWORD_TAILS = frozenset(
    """hash hashed hasher digest salt length len min max minlength maxlength policy policies rule rules
    requirement requirements regex pattern hint reset forgot forgotten url uri link path file env var
    variable field label prompt placeholder expiry expires expiration expired age ttl changed updated last
    strength complexity history attempts retries retry required enabled disabled type mode format validator
    validation valid invalid help text message msg error errors input form manager less protected command
    cmd flag option options size count chars characters lifetime days interval timeout check checker score
    visible visibility toggle show hide style class id name store encoder algorithm algo scheme flow grant
    auth authentication set at date time status screen page dialog modal button component view template
    column col table beleid lengte vergeten regels eisen wijzigen herstel herstellen sterkte verloopt
    verlopen""".split()
)

_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = regex.compile(r"[_.\- \t]+")


def key_words(name: str) -> list[str]:
    """'x-api-key' -> [x, api, key]; 'clientSecret' -> [client, secret]; 'DB_PASSWORD' -> [db, password]."""
    return [w for w in _SEPARATORS.split(_CAMEL.sub("_", name.strip("\"'-")).lower()) if w]


def _key_kind(before: list[str], last: str) -> str | None:
    """key / sleutel and the word before it: an API key, a key named for something else, or any key."""
    if last in ("key", "sleutel"):
        if before and before[-1] in KEY_QUALIFIERS:
            return "key"
        if before and before[-1] in NOT_SECRET_KEYS:
            return None
        return "weak_key"  # "key", "sleutel", "bucket_x_key": only a random value counts
    if any(last == q + "key" for q in KEY_QUALIFIERS) or last in ("apisleutel", "toegangssleutel"):
        return "key"
    return None


def key_kind(words: list[str]) -> str | None:
    """What a key names: password, secret, token, key, weak_key (any other key, and credentials:
    only random values count), password_inner (a password word inside the name), basic_auth,
    private_key_id, or None."""
    if not words:
        return None
    last, before = words[-1], words[:-1]
    joined = "".join(words)
    if (
        last.endswith(PASSWORDISH[:5])
        or last.endswith(("passwort", "kennwort"))
        or last in ("pwd", "pass", "pw", "passcode", "pincode", "toegangscode", "accesscode")
        or last in ("wachtwoordzin", "inlogcode", "logincode")
        or words == ["ww"]
        or (last == "code" and before[-1:] in (["wifi"], ["fi"], ["wlan"]))  # "wifi-code", "wi-fi code"
        or last in ("wificode", "wlancode", "netwerksleutel", "netzwerkschlüssel")
        or last in ("psk", "presharedkey")
        or joined.endswith("presharedkey")  # "wpa-psk", "pre_shared_key"
    ):
        return "password"
    if last.endswith(("secret", "geheim")):
        return "secret"
    if last.endswith("token"):
        return None if any(joined.endswith(w + "token") for w in NOT_SECRET_TOKENS) else "token"
    if last == "pat":
        return "token"  # a personal access token: "AZDO_PAT", "GITHUB_PAT"
    if joined.endswith("secretkeybase"):
        return "secret"  # Rails' secret_key_base
    if last == "hmac":
        return "weak_key"  # "WEBHOOK_HMAC=<40 hex>": the key, or a signature (random values only)
    if words == ["auth"]:
        return "basic_auth"  # "auth": "<base64 of user:password>" in a Docker config.json
    if joined.endswith("privatekeyid"):
        return "private_key_id"  # GCP service-account JSON: the id of the key in "private_key"
    if last in ("credential", "credentials", "creds"):
        return "weak_key"  # `credentials: "include"` in a fetch() call is no secret
    kind = _key_kind(before, last)
    if kind is not None or last in ("key", "sleutel"):
        return kind
    for i, word in enumerate(before):  # db_password_prod, passwordConfirm, "Password for admin"
        if word in _PASSWORD_WORDS:
            return None if PASSWORD_TAILS.intersection(words[i + 1 :]) else "password_inner"
    return None
