"""Optional evidence for incident work: the masked prompt and keyed fingerprints of detected values."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Sequence
from typing import Any

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy.schema import Evidence, Identity

_SEPARATORS = re.compile(r"[\s.\-_/]+")


def normalise(value: str) -> str:
    """The form a value is fingerprinted in: "NL91 ABNA 0417 1643 00" = "nl91abna0417164300"."""
    return _SEPARATORS.sub("", value).casefold()


def fingerprint(key: bytes, entity_type: str, value: str) -> str:
    digest = hmac.new(key, f"{entity_type}\x00{normalise(value)}".encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def _env_key(on: bool, env: str, setting: str, off: str) -> bytes | None:
    """The key in environment variable `env` when `setting` is on; a PolicyError when it is on
    without one (no silent fallback to unkeyed hashes or clear text)."""
    if not on:
        return None
    secret = os.environ.get(env)
    if not secret:
        raise PolicyError(f"{setting} is on but ${env} is empty; set the key or {off}")
    return secret.encode("utf-8")


def evidence_key(spec: Evidence) -> bytes | None:
    """The fingerprint key from the environment; an error when fingerprints are on without one."""
    return _env_key(spec.fingerprints, spec.key_env, "settings.evidence.fingerprints", "turn fingerprints off")


def build(
    spec: Evidence, key: bytes | None, values: Sequence[tuple[str, str]], masked_prompt: str | None
) -> dict[str, Any] | None:
    """The record's `evidence` field: (entity type, value) pairs become fingerprints, never text."""
    out: dict[str, Any] = {}
    if spec.masked_prompt and masked_prompt is not None:
        out["masked_prompt"] = masked_prompt
    if spec.fingerprints and key is not None:
        out["fingerprints"] = sorted({(t, fingerprint(key, t, v)) for t, v in values}, key=lambda p: (p[0], p[1]))
        out["fingerprints"] = [{"entity_type": t, "fingerprint": f} for t, f in out["fingerprints"]]
    return out or None


def pseudonym(key: bytes, user: str) -> str:
    """A stable pseudonym for a user name or address: "p:" and 16 hex characters."""
    return "p:" + hmac.new(key, user.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def pseudonym_key(identity: Identity) -> bytes | None:
    """The pseudonym key from the environment; an error when pseudonyms are on without one."""
    return _env_key(identity.pseudonymise, identity.pseudonym_key_env, "identity.pseudonymise", "turn it off")
