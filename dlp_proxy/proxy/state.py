"""What the addon runs with: the policy, the detection workers, the decision log and the keys,
built whole from the options and swapped in at once (start-up, `configure`, a policy reload)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.evidence import evidence_key, pseudonym_key
from dlp_proxy.detection.nlp import load_pipeline_config
from dlp_proxy.detection.workers import Scanner, start_scanner
from dlp_proxy.pipeline.pseudonyms import VaultUse
from dlp_proxy.policy import Policy, Tool, load_policy
from dlp_proxy.policy.watch import Fingerprint, detection_config, fingerprint
from dlp_proxy.respond.shared_state import ENV_URL as SHARED_URL
from dlp_proxy.respond.vault import Vault, VaultError
from dlp_proxy.respond.vault import from_env as vault_from_env

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class State:
    """Everything derived from options and the policy files; built whole, then swapped in."""

    policy: Policy
    scanner: Scanner  # detection: worker processes, or a thread with dlp_workers=0
    detector_key: str
    log: DecisionLog
    files: Fingerprint
    evidence_key: bytes | None = None
    pseudonym_key: bytes | None = None


@dataclass(frozen=True)
class Options:
    """The addon options a state is built from."""

    policy: str
    audit_log: str
    nlp_config: str
    workers: int
    audit_max_mb: int
    audit_daily: bool


def cores() -> int:
    """The cores this process may run on (a container's cpuset counts; a CPU quota does not).

    `dlp_workers` defaults to this plus one: a worker spends part of each scan waiting for the
    next text, and one more keeps the cores busy (bench/README.md, "Load benchmark")."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def build_state(opts: Options, previous: State | None) -> State:
    """Load the policy, start detection, open the log (blocking: seconds). DlpError or OSError
    when something cannot be loaded; `previous` is then untouched and keeps running."""
    policy = load_policy(opts.policy)
    check_vault_key(policy)
    pipelines = load_pipeline_config(opts.nlp_config or None)
    ev_key, p_key = evidence_key(policy.settings.evidence), pseudonym_key(policy.identity)
    scanner = start_scanner(policy, pipelines, opts.workers)
    try:
        if previous is not None:
            _drain(previous.log)  # its queued records first: the new log resumes the chain from the file
        log = DecisionLog(opts.audit_log, max_bytes=opts.audit_max_mb * 1024 * 1024, daily=opts.audit_daily)
    except BaseException:
        scanner.terminate()
        raise
    return State(
        policy=policy,
        scanner=scanner,
        detector_key=detection_config(policy),
        log=log,
        files=fingerprint(opts.policy, policy),
        evidence_key=ev_key,
        pseudonym_key=p_key,
    )


def _drain(log: DecisionLog) -> None:
    try:
        log.drain()
    except OSError:  # its own callers were told; the new log starts from what is on disk
        logger.exception("dlp-proxy: the previous decision log failed while draining")


def reloaded(state: State, path: str, nlp_config: str, workers: int) -> State:
    """`state` with the edited policy files (blocking). The detection workers are kept unless
    what detection is built from changed; then a new pool starts (the caller closes the old).
    DlpError for an invalid edit."""
    policy = load_policy(path)
    ev_key, p_key = evidence_key(policy.settings.evidence), pseudonym_key(policy.identity)
    key = detection_config(policy)
    scanner = state.scanner
    if key != state.detector_key:
        scanner = start_scanner(policy, load_pipeline_config(nlp_config or None), workers)
    return replace(
        state,
        policy=policy,
        scanner=scanner,
        detector_key=key,
        files=fingerprint(path, policy),
        evidence_key=ev_key,
        pseudonym_key=p_key,
    )


def vault_for(policy: Policy, current: Vault | None) -> Vault:
    """The vault of pseudonymised values: kept across reloads (placeholders stay restorable),
    new only when the policy names another key variable."""
    key_env = policy.settings.pseudonyms.key_env
    return current if current is not None and current.key_env == key_env else vault_from_env(key_env)


def vault_use(vault: Vault | None, policy: Policy, user: str, tool: Tool) -> VaultUse | None:
    """This request's place in the vault; None when the vault cannot name it (no key for Redis):
    a decision to pseudonymise then follows the fail mode (vault_unavailable)."""
    if vault is None:
        return None
    try:
        scope = vault.scope(user, tool.id)
    except VaultError:
        return None
    return VaultUse(vault, scope, int(policy.settings.pseudonyms.ttl_hours * 3600))


def check_vault_key(policy: Policy, environ: Mapping[str, str] | None = None) -> None:
    """Replicas share pseudonymised values in Redis only encrypted: without the key, refuse to
    start rather than fail every pseudonymised prompt later."""
    env = os.environ if environ is None else environ
    uses = any(r.action == "pseudonymise" for r in policy.rules) or any(
        e.action == "pseudonymise" for e in policy.exceptions
    )
    key_env = policy.settings.pseudonyms.key_env
    if uses and env.get(SHARED_URL, "").strip() and not env.get(key_env):
        raise VaultError(
            f"{SHARED_URL} is set and the policy pseudonymises: set {key_env} to the same secret on every "
            "replica (the values in Redis are encrypted with it)"
        )
