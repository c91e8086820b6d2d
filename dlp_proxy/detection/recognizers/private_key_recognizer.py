"""SECRET: private key blocks (PEM: RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP; SSH2; PuTTY; JWK)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer

# The armour label: up to three words before "PRIVATE KEY" ("RSA", "ENCRYPTED", "SSH2 ENCRYPTED",
# "PGP ... BLOCK"); "PUBLIC KEY" and "CERTIFICATE" blocks are not secrets.
_LABEL = r"(?:(?!PRIVATE )[A-Z0-9]{1,20}+ ){0,3}+PRIVATE KEY(?: BLOCK)?"
# A body runs to the first "-----": anything but a dash, or a dash not starting a run of five.
# Possessive and bounded, so a BEGIN line without an END costs one scan up to the next dashes.
_PEM_BODY = r"(?:[^-]|-(?!----)){1,32768}+"
# Key material follows the BEGIN line (a 32-character base64 run within the next 300 characters,
# before any other armour), so code that merely names the armour is not a key:
# `_SK_START = b"-----BEGIN OPENSSH PRIVATE KEY-----"`.
_MATERIAL = r"(?=(?:[^-]|-(?!----)){0,300}?[A-Za-z0-9+/]{32})"
# PuTTY .ppk files: header lines, base64 lines, then a Private-MAC (v2/v3) or Private-Hash (v1) line.
_PPK_LINE = r"\r?\n(?!PuTTY-User-Key-File-)[^\r\n]{0,1000}+"

PATTERNS = [
    # The whole block when its END line is there (the label must match the BEGIN line).
    Pattern(
        "pem_private_key_block",
        rf"-----BEGIN (?P<label>{_LABEL})-----{_MATERIAL}{_PEM_BODY}-----END (?P=label)-----",
        0.99,
    ),
    Pattern(
        "ssh2_private_key_block",
        r"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[^-]|-(?!---)){1,32768}+"
        r"---- END SSH2 ENCRYPTED PRIVATE KEY ----",
        0.99,
    ),
    Pattern(
        "putty_private_key_file",
        rf"PuTTY-User-Key-File-[1-3]: [^\r\n]{{1,200}}+(?:{_PPK_LINE}){{0,200}}?"
        r"\r?\nPrivate-(?:MAC|Hash): [0-9a-fA-F]{40,128}+",
        0.99,
    ),
    # A private key as a JSON Web Key (RFC 7517/7518): a key object whose "kty" names a key type
    # and which holds a private member ("d" of an EC, RSA or OKP key, "k" of a symmetric one),
    # either order, inside one object. A public JWK has no such member.
    Pattern(
        "jwk_private_key",
        r'"kty"\s{0,20}+:\s{0,20}+"(?:EC|RSA|OKP|oct)"[^{}]{0,2000}?"[dk]"\s{0,20}+:\s{0,20}+"[A-Za-z0-9_-]{16,}+"'
        r'|"[dk]"\s{0,20}+:\s{0,20}+"[A-Za-z0-9_-]{16,}+"[^{}]{0,2000}?"kty"\s{0,20}+:\s{0,20}+"(?:EC|RSA|OKP|oct)"',
        0.95,
    ),
    # Otherwise the BEGIN line alone: a pasted key cut short is still a key. Inside a whole
    # block these lower-scored findings are dropped as duplicates.
    Pattern("pem_private_key_header", rf"-----BEGIN {_LABEL}-----{_MATERIAL}", 0.95),
    Pattern("ssh2_private_key_header", r"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----", 0.95),
    Pattern("putty_private_key_header", r"PuTTY-User-Key-File-[1-3]: [A-Za-z0-9@.-]{3,60}+", 0.95),
]


class PrivateKeyRecognizer(HintedPatternRecognizer):
    """Private keys pasted as text: the whole armoured block, or its first line if the block is cut short."""

    PATTERNS = PATTERNS
    CONTEXT = ["private key", "key", "ssh", "pem", "sleutel", "certificate", "certificaat"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="PrivateKeyRecognizer",
            patterns=list(self.PATTERNS),
            context=self.CONTEXT,
            supported_language=supported_language,
            # Armour lines are written in capitals ("-----BEGIN RSA PRIVATE KEY-----").
            global_regex_flags=0,
        )
