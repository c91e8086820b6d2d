"""SECRET: a private key's base64 body pasted without its BEGIN/END lines (PKCS#8, PKCS#1, SEC1)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from dlp_proxy.detection.results import first_valid, metadata

# Algorithm identifiers a PKCS#8 key names after its version: rsaEncryption, RSASSA-PSS,
# id-ecPublicKey, id-dsa, Ed25519, X25519, Ed448, X448; and the password-based encryption
# schemes of an EncryptedPrivateKeyInfo (PBES2, and PKCS#12's PBE).
_KEY_OIDS = (
    bytes.fromhex("2a864886f70d010101"),
    bytes.fromhex("2a864886f70d01010a"),
    bytes.fromhex("2a8648ce3d0201"),
    bytes.fromhex("2a8648ce380401"),
    bytes.fromhex("2b6570"),
    bytes.fromhex("2b656e"),
    bytes.fromhex("2b6571"),
    bytes.fromhex("2b656f"),
)
_ENCRYPTION_OIDS = (bytes.fromhex("2a864886f70d01050d"), bytes.fromhex("2a864886f70d010c01"))
_SPACE = re.compile(r"\s+")
# An OpenSSH private key file's body: base64 of its magic "openssh-key-v1\0" first, whatever the
# armour lines say or whether they are there ("-----BEGIN OPENSSH PR1VATE K3Y-----", altered to pass
# a scanner). Public keys start otherwise ("AAAAC3NzaC1lZDI1NTE5...").
_OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE"
_OPENSSH_BODY = re.compile(
    rf"(?<![A-Za-z0-9+/=]){_OPENSSH_MAGIC}[A-Za-z0-9+/]{{50,}}+(?:[ \t]*+\r?\n[ \t]*+[A-Za-z0-9+/]{{4,}}+)*+={{0,2}}+"
)
_MIN_CUT_KEY = 256


def is_private_key_der(data: bytes) -> bool:
    """DER of a private key: one SEQUENCE filling the data, then what each format puts first.

    PKCS#1 (RSA, DSA): version 0 and an INTEGER; SEC1 (EC): version 1 and an OCTET STRING;
    PKCS#8: version 0 or 1 and a key algorithm; encrypted PKCS#8: an encryption scheme. A key cut
    short counts from 256 bytes on.
    Public keys (SubjectPublicKeyInfo) and certificates start with a SEQUENCE, not a version."""
    if len(data) < 34 or data[0] != 0x30:
        return False
    if data[1] < 0x80:
        length, head = data[1], 2
    elif data[1] in (0x81, 0x82):
        size = data[1] - 0x80
        length, head = int.from_bytes(data[2 : 2 + size], "big"), 2 + size
    else:
        return False
    # The SEQUENCE fills the data; or the paste was cut short: then it is at least 256 bytes of
    # a key whose start still reads as one below (a wiki page that lost the key's last lines).
    if head + length < len(data) or (head + length > len(data) and len(data) < _MIN_CUT_KEY):
        return False
    body = data[head : head + 40]
    if body.startswith((b"\x02\x01\x00\x02", b"\x02\x01\x01\x04")):
        return True
    if body.startswith((b"\x02\x01\x00\x30", b"\x02\x01\x01\x30")):
        return any(oid in body for oid in _KEY_OIDS)
    return body.startswith(b"\x30") and any(oid in body[:24] for oid in _ENCRYPTION_OIDS)


def _without_last_line(block: str) -> Iterator[str]:
    """The block, then the block without its last line."""
    yield block
    yield block[: max(block.rfind("\n"), 0)].rstrip()


class PrivateKeyBodyRecognizer(HintedPatternRecognizer):
    """A base64 block (one long line, or lines as in a PEM body) that decodes to a private key.

    The armour lines are what PrivateKeyRecognizer looks for; a user who leaves them out
    still pastes the key. Base64 of any other data fails the DER check."""

    PATTERNS = [
        # A DER SEQUENCE encodes to "M" in base64. Possessive and anchored at a run start: linear.
        Pattern(
            "private_key_body",
            r"(?<![A-Za-z0-9+/=])M[A-Za-z0-9+/]{40,}+(?:[ \t]*+\r?\n[ \t]*+[A-Za-z0-9+/]{4,}+)*+={0,2}+"
            r"(?![A-Za-z0-9+/=])",
            0.9,
        )
    ]
    CONTEXT = ["private key", "key", "pem", "sleutel"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="PrivateKeyBodyRecognizer",
            patterns=list(self.PATTERNS),
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=0,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Like PatternRecognizer, but a block that fails is retried without its last line:
        a short word on the line after a key body ("klopt?") reads like one more base64 line."""
        results = first_valid(self, text, _without_last_line, self.patterns[0].score)
        if _OPENSSH_MAGIC in text:
            results += [
                RecognizerResult(
                    "SECRET", m.start(), m.end(), self.patterns[0].score, recognition_metadata=metadata(self)
                )
                for m in _OPENSSH_BODY.finditer(text)
            ]
        return results

    def validate_result(self, pattern_text: str) -> bool:
        compact = _SPACE.sub("", pattern_text)
        try:
            data = base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
        except (binascii.Error, ValueError):
            return False
        return is_private_key_der(data)
