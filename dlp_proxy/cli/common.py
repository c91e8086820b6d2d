"""What every `dlp-proxy` command group shares: the error exit, the detector with its pipeline
fallback, and argument helpers. Nothing heavy at import: the detector loads when asked for."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlp_proxy.detection.engine import PresidioDetector
    from dlp_proxy.policy import Policy

    # What `add_subparsers` returns; the class is private in argparse and generic only in typeshed.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

NLP_CONFIG = "models/nlp.yaml"


def fail(message: str, code: int = 2) -> int:
    """Print `dlp-proxy: <message>` to stderr and return the exit code (2: usage or setup)."""
    print(f"dlp-proxy: {message}", file=sys.stderr)
    return code


def nlp_config_file(path: str) -> str | None:
    """The pipeline config file, or None for the built-in default.

    Only the default path may be absent (a fresh checkout has no models/nlp.yaml); a path the
    user gave must exist, and loading it reports the error.
    """
    return path if Path(path).exists() or path != NLP_CONFIG else None


def build_detector(policy: Policy, nlp_config: str) -> PresidioDetector:
    """The loaded detection engine for a policy, as `run` builds it in the proxy."""
    from dlp_proxy.detection.factory import build_detector as build_engine
    from dlp_proxy.detection.nlp import load_pipeline_config

    return build_engine(policy, load_pipeline_config(nlp_config_file(nlp_config))).load()


def date_arg(value: str) -> date:
    """An argparse `type` for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; write YYYY-MM-DD") from None


def add_policy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", default="rules", help="policy folder or file (default: %(default)s)")


def add_nlp_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nlp-config", default=NLP_CONFIG, help="spaCy pipelines (default: %(default)s)")
