"""Build the detection engine the policy asks for (entity types, thresholds, client list, markers)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from dlp_proxy.detection.engine import PresidioDetector
from dlp_proxy.detection.recognizers.client_list_recognizer import ClientListRecognizer
from dlp_proxy.detection.recognizers.internal_marker_recognizer import DEFAULT_MARKERS, InternalMarkerRecognizer
from dlp_proxy.errors import DetectorError
from dlp_proxy.policy.schema import Policy


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DetectorError(f"{path}: cannot read ({e.__class__.__name__})") from e
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def client_recognizer(policy: Policy) -> ClientListRecognizer:
    spec, base = policy.clients, Path(policy.base_dir or ".")
    names = list(spec.names)
    if spec.names_file:
        names += _lines(base / spec.names_file)
    hashes: list[str] = []
    key: bytes | None = None
    lengths: tuple[int, ...] = ()
    if spec.hashed:
        secret = os.environ.get(spec.hashed.key_env)
        if not secret:
            raise DetectorError(
                f"the hashed client list needs its key in the environment variable {spec.hashed.key_env}"
            )
        key = secret.encode("utf-8")
        hashes = _lines(base / spec.hashed.file)
        lengths = tuple(range(1, spec.hashed.max_words + 1))
    return ClientListRecognizer(
        names=names, hashes=hashes, hash_key=key, hash_lengths=lengths, references=spec.references
    )


def internal_recognizer(policy: Policy) -> InternalMarkerRecognizer:
    spec = policy.internal
    return InternalMarkerRecognizer(markers=spec.markers or DEFAULT_MARKERS, domains=spec.domains)


def build_detector(policy: Policy, pipelines: Mapping[str, str] | None = None) -> PresidioDetector:
    """An unloaded detector for this policy; call .load() (seconds) before scanning."""
    return PresidioDetector(
        entity_classes=policy.entity_classes(),
        thresholds=policy.thresholds,
        default_threshold=policy.default_threshold,
        pipelines=pipelines,
        extra_recognizers=(client_recognizer(policy), internal_recognizer(policy)),
        default_language=policy.settings.default_language,
    )
