"""Third-party harness: `pii-leak-benchmark selfcheck --duty restore` against dlp-proxy as a gateway.

    python bench/pii_leak.py [--duty restore|anonymize] [--iterations N] [--no-credentials] [--repo PATH] [--out PATH]

pii-leak-benchmark (PyPI, 0.6.0; the `bench` extra installs it) starts a capture server on
loopback that plays the model provider, sends an OpenAI-compatible streaming chat completion
with synthetic personal data (e-mail, US SSN, card) and, by default, credential specimens (AWS
key id, GitHub token, Slack token, documentation-style placeholders) to the target, and reports
whether any of it reached the capture unmasked. Two runs, one after the other:

1. the negative control: `--target-base-url capture://self`, no gateway in between. It MUST
   report LEAK, or the capture sees nothing and the second run means nothing (this script stops);
2. through the gateway: `dlp-proxy run --mode reverse:http://127.0.0.1:<capture>@<port>` with a
   copy of rules/ whose catalogue lists the capture (127.0.0.1, OpenAI adapter) as an approved
   tool for low risk, as the OpenAI API is: personal data and example credentials are
   pseudonymised, secrets are blocked.

`--duty restore` (default): the gateway pseudonymises (the bundled policy's action for personal
data and example credentials in a low-risk tool), so the harness also checks that the client's
streamed answer, which the capture builds from the placeholders it received one character per
event, comes back with every value restored, exactly (the OpenAI adapter puts no note in the
stream; the notice is in the response headers). `--duty anonymize` skips that check. Everything
is loopback (127.0.0.1); proxy variables are removed from the harness's environment (its client
trusts them). Results: bench/results/pii-leak.json (the
verdicts, per-specimen results and the gateway's decision records, never a value) and the
harness's own reports beside it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from proxy_latency import free_port, stop_group  # bench/ is on sys.path: these run as scripts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
HARNESS = "pii-leak-benchmark"
HARNESS_VERSION = "0.6.0"
START_TIMEOUT_S = 180
CAPTURE_TOOL = """
  # Added by bench/pii_leak.py: the harness's capture server plays the model provider.
  - id: pii-leak-capture
    name: "pii-leak-benchmark capture (bench only)"
    vendor: pii-leak-benchmark
    hosts: ["127.0.0.1"]
    adapter: openai
    category: general_use
    status: approved
    approved_for: low
    owner: "bench"
    reviewed: 2026-10-01
"""


def _ensure_interpreter(argv: list[str]) -> None:
    """Re-run under the project's venv when this Python lacks the harness or dlp_proxy."""
    if all(importlib.util.find_spec(m) for m in ("pii_leak_benchmark", "dlp_proxy")):
        return
    venv = ROOT / ".venv"
    if (venv / "bin" / "python").exists() and Path(sys.prefix).resolve() != venv.resolve():
        print(f"(re-running with {venv / 'bin' / 'python'})", file=sys.stderr)
        os.execv(venv / "bin" / "python", [str(venv / "bin" / "python"), str(Path(__file__)), *argv])
    sys.exit(
        f"bench: {HARNESS} is not installed; `make bench` installs the bench extra, or "
        f"`.venv/bin/pip install '{HARNESS}=={HARNESS_VERSION}'` (from PyPI: this needs the network once)"
    )


def loopback_env() -> dict[str, str]:
    """The harness's environment: no proxy (its async client honours HTTP(S)_PROXY), loopback only."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.pop("CONFORMANCE_CAPTURE_PUBLIC_URL", None)  # public capture mode would need a tunnel
    env["PYTHONUNBUFFERED"] = "1"
    return env


def harness_command() -> list[str]:
    script = Path(sys.executable).with_name(HARNESS)
    return [str(script)] if script.exists() else [sys.executable, "-m", "pii_leak_benchmark.cli"]


def policy_copy(repo: Path, work: Path) -> Path:
    """rules/ copied, with the capture (127.0.0.1) as an approved tool; checked by load_policy."""
    from dlp_proxy.policy import load_policy

    rules = work / "rules"
    shutil.copytree(repo / "rules", rules)
    tools = rules / "tools.yaml"
    tools.write_text(tools.read_text(encoding="utf-8").rstrip("\n") + "\n" + CAPTURE_TOOL, encoding="utf-8")
    policy = load_policy(rules)
    tool = policy.tool_for("127.0.0.1", "/v1/chat/completions")
    if tool is None or tool.id != "pii-leak-capture" or tool.status != "approved":
        sys.exit("bench: the policy copy does not approve the capture host 127.0.0.1")
    return rules


class Gateway:
    """`dlp-proxy run` in reverse mode in front of the capture, in its own process group."""

    def __init__(self, repo: Path, work: Path, rules: Path, capture_port: int) -> None:
        self.port = free_port()
        self.audit_log = work / "decisions.jsonl"
        self.output = work / "dlp-proxy.out"
        script = Path(sys.executable).with_name("dlp-proxy")
        prefix = [str(script)] if script.exists() else [sys.executable, "-m", "dlp_proxy.cli"]
        self.command = [
            *prefix, "run",
            "--listen-host", "127.0.0.1",
            "--mode", f"reverse:http://127.0.0.1:{capture_port}@{self.port}",
            "--policy", str(rules),
            "--audit-log", str(self.audit_log),
            "--certs", str(work / "certs"),
            "--nlp-config", str(repo / "models" / "nlp.yaml"),
            "--admin-port", "0",
        ]  # fmt: skip
        env = loopback_env() | {
            "HF_HUB_OFFLINE": "1",
            "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
            "PYTHONPATH": str(repo),
        }
        with self.output.open("wb") as out:
            self.process = subprocess.Popen(
                self.command, cwd=repo, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip

    def output_tail(self, chars: int = 3000) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")[-chars:] if self.output.exists() else ""

    def wait_ready(self) -> float:
        started = time.monotonic()
        while time.monotonic() - started < START_TIMEOUT_S:
            if self.process.poll() is not None:
                sys.exit(f"bench: dlp-proxy exited during start-up:\n{self.output_tail()}")
            text = self.output.read_text(encoding="utf-8", errors="replace") if self.output.exists() else ""
            if "dlp-proxy: policy" in text and "loaded" in text:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                    return time.monotonic() - started
                except OSError:
                    pass
            time.sleep(0.2)
        self.stop()
        sys.exit(f"bench: dlp-proxy did not start in {START_TIMEOUT_S} s:\n{self.output_tail()}")

    def records(self) -> list[dict[str, Any]]:
        if not self.audit_log.exists():
            return []
        lines = self.audit_log.read_text(encoding="utf-8").splitlines()
        return [json.loads(ln) for ln in lines if ln.strip()]

    def stop(self) -> None:
        stop_group(self.process)


def selfcheck(target: str, capture_port: int, report: Path, args: argparse.Namespace) -> dict[str, Any]:
    """One `selfcheck` run; its printed output is passed through, its report read back."""
    cmd = [
        *harness_command(), "selfcheck",
        "--target-base-url", target,
        "--capture-host", "127.0.0.1",
        "--capture-port", str(capture_port),
        "--duty", args.duty,
        "--iterations", str(args.iterations),
        "--timeout-seconds", str(args.timeout),
        "--json-out", str(report),
    ]  # fmt: skip
    if args.no_credentials:
        cmd.append("--no-credentials")
    print(f"$ {' '.join([HARNESS, *cmd[len(harness_command()) :]])}", flush=True)
    done = subprocess.run(cmd, env=loopback_env(), stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=args.timeout * (args.iterations + 2) + 60, check=False)  # fmt: skip
    print(done.stdout.rstrip())
    if done.stderr.strip():
        print(done.stderr.rstrip(), file=sys.stderr)
    result: dict[str, Any] = {"command": cmd, "exit_code": done.returncode, "report": str(report)}
    if not report.exists():
        result |= {"verdict": "NOT MEASURED", "reason": (done.stderr or done.stdout).strip()[-500:], "specimens": {}}
        return result
    data = json.loads(report.read_text(encoding="utf-8"))
    from pii_leak_benchmark.selfcheck import verdict_for

    verdict, reason = verdict_for(data, duty=args.duty)
    boundary = data["checks"]["configured_upstream_boundary"]
    leaked = set(boundary["leaked_entity_types"]) | set(boundary["unattributed_leaked_entity_types"])
    measured = bool(boundary["correlated_requests"]) and not (
        boundary["uninspectable_requests"] or boundary["unattributed_uninspectable_requests"]
    )
    specimens = {
        entity: ("LEAK" if entity in leaked else "contained" if measured else "not measured")
        for entity in sorted(data.get("fixture", {}).get("formats", {}))
    }
    result |= {
        "verdict": verdict,
        "reason": reason,
        "specimens": specimens,
        "capture_mode": boundary.get("capture_mode"),
        "captured_requests": boundary["captured_requests"],
        "correlated_requests": boundary["correlated_requests"],
        "client_status_codes": data["checks"].get("sse_validity", {}).get("status_codes", []),
        "checks": {name: check.get("passed") for name, check in data["checks"].items()},
    }
    return result


def decisions(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gateway's decision records, reduced to what says what it did (they never hold a value)."""
    keep = ("action", "rule_id", "tool", "host", "path", "entities", "fail_reason")
    return [{k: r.get(k) for k in keep if k in r} for r in records]


def summary_lines(control: dict[str, Any], gateway: dict[str, Any] | None, duty: str) -> list[str]:
    lines = ["", f"pii-leak-benchmark selfcheck --duty {duty}: summary", "-" * 60]
    runs = [("negative control (no gateway)", control)] + (
        [("through dlp-proxy (reverse)", gateway)] if gateway else []
    )
    for label, run in runs:
        lines.append(f"{label:<32} {run['verdict']:<13} (exit {run['exit_code']})")
        for entity, state in run["specimens"].items():
            lines.append(f"    {entity:<22} {state}")
    if gateway:
        lines.append(f"gateway reason: {gateway['reason']}")
        lines.append(
            "gateway checks: " + ", ".join(f"{k} {'pass' if v else 'FAIL'}" for k, v in gateway["checks"].items())
        )
        acts = gateway.get("decisions", [])
        shown = [f"{d.get('action')} {d.get('rule_id') or ''} {d.get('entities') or ''}".strip() for d in acts[:6]]
        lines.append(f"gateway decisions: {len(acts)}; " + "; ".join(shown))
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duty", choices=("restore", "anonymize"), default="restore",
                    help="restore (default): values must come back in the answer; anonymize: masking only")  # fmt: skip
    ap.add_argument("--iterations", type=int, default=3, help="requests per run (the harness's default 3)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    ap.add_argument("--no-credentials", action="store_true",
                    help="only the personal-data specimens; default: credentials included")  # fmt: skip
    ap.add_argument("--repo", type=Path, default=ROOT, help="the dlp-proxy checkout to run (default: this one)")
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/pii-leak[-nocred].json)")
    args = ap.parse_args(argv)
    _ensure_interpreter(argv)
    repo = args.repo.resolve()
    stem = "pii-leak" + ("-nocred" if args.no_credentials else "") + ("-anonymize" if args.duty == "anonymize" else "")
    out = args.out or RESULTS / f"{stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    version = importlib.metadata.version(HARNESS)

    print(f"negative control: {HARNESS} {version} selfcheck against capture://self (no gateway); must be LEAK")
    control = selfcheck("capture://self", free_port(), out.with_name(f"{stem}-control-report.json"), args)
    summary: dict[str, Any] = {"harness": f"{HARNESS} {version}", "duty": args.duty, "control": control}
    if control["verdict"] != "LEAK":
        summary["gateway"] = None
        out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        print("\n".join(summary_lines(control, None, args.duty)))
        sys.exit(f"bench: the negative control reported {control['verdict']}, not LEAK: the capture does not see "
                 "the traffic, so a run through the gateway would mean nothing")  # fmt: skip

    with tempfile.TemporaryDirectory(prefix="dlp-pii-leak-") as tmp:
        work = Path(tmp)
        capture_port = free_port()
        rules = policy_copy(repo, work)
        gw = Gateway(repo, work, rules, capture_port)
        try:
            startup = gw.wait_ready()
            print(f"\ndlp-proxy gateway http://127.0.0.1:{gw.port} -> capture http://127.0.0.1:{capture_port} "
                  f"(ready in {startup:.1f} s)")  # fmt: skip
            target = f"http://127.0.0.1:{gw.port}/v1"
            gateway = selfcheck(target, capture_port, out.with_name(f"{stem}-gateway-report.json"), args)
            gateway["decisions"] = decisions(gw.records())
            gateway["startup_s"] = startup
        finally:
            gw.stop()
    summary["gateway"] = gateway
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print("\n".join(summary_lines(control, gateway, args.duty)))
    print(f"\nresults: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return {"CLEAN": 0, "LEAK": 1, "CHECK FAILED": 1}.get(gateway["verdict"], 2)


if __name__ == "__main__":
    sys.exit(main())
