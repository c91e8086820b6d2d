"""The mitmproxy options of the DLP addon (`--set dlp_...`), declared apart from its hooks."""

from __future__ import annotations

from mitmproxy.addonmanager import Loader

from dlp_proxy.proxy.state import cores


def declare_options(loader: Loader) -> None:
    loader.add_option("dlp_policy", str, "rules", "Policy folder or file (tool catalogue, data classes, rules).")
    loader.add_option("dlp_audit_log", str, "logs/decisions.jsonl", "Decision log (JSON lines); '-' writes to stderr.")
    loader.add_option(
        "dlp_nlp_config", str, "", "spaCy pipelines per language (models/nlp.yaml); empty: built-in default."
    )
    loader.add_option(
        "dlp_workers",
        int,
        cores() + 1,
        "Detection worker processes (default: one per core plus one); 0 runs detection in a thread of the proxy.",
    )
    loader.add_option("dlp_audit_max_mb", int, 0, "Rotate the decision log at this size (MiB); 0: never.")
    loader.add_option("dlp_audit_daily", bool, False, "Rotate the decision log at UTC midnight.")
    loader.add_option(
        "dlp_reload_ms", int, 2000, "Milliseconds between checks of the policy files for edits; 0 disables."
    )
