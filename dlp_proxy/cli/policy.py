"""`dlp-proxy policy check|explain|test|simulate`: the AI policy as code. Glue and printing only;
the logic lives in dlp_proxy.policytools.check, .cases and .simulate (imported when a command runs)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

NLP_CONFIG = "models/nlp.yaml"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; write YYYY-MM-DD") from None


def add_parsers(sub: Any) -> None:
    """Add `policy` and its subcommands to the `dlp-proxy` subparsers."""
    policy = sub.add_parser(
        "policy",
        help="check, explain, test and simulate the AI policy",
        description="The AI policy as code: check it, explain a decision, run its tests, and replay the "
        "decision log under a new version before it goes live.",
    )
    cmds = policy.add_subparsers(dest="policy_command", metavar="SUBCOMMAND", required=True)

    check = cmds.add_parser(
        "check",
        help="validate a policy and report what needs attention",
        description="Load the policy (every problem with file, line, field and fix), then look for unknown "
        "entity types, overlapping hosts, rules that never decide, overdue reviews and dated exceptions. "
        "Exit 0 without errors (warnings allowed), 1 with errors.",
    )
    check.add_argument("path", nargs="?", default="rules", help="policy folder or file (default: %(default)s)")
    check.add_argument("--date", type=_date, help="judge reviews and exceptions on this day (default: today)")

    explain = cmds.add_parser(
        "explain",
        help="show why the policy decides what it decides for a text",
        description="Scan a text and show the findings (never their values), the rule walk, the exceptions "
        "considered, the decision and the notice the employee would see.",
    )
    explain.add_argument("text", nargs="?", default="-", help="the prompt text, '-' for standard input (default)")
    explain.add_argument("--tool", required=True, metavar="TOOL_ID", help="tool id from the policy's tools")
    explain.add_argument("--user", default="", help="user name (for exceptions and groups)")
    explain.add_argument("--date", type=_date, help="decide as on this day, YYYY-MM-DD (default: today)")
    explain.add_argument("--justified", action="store_true", help="as if a valid DLP-OK line was given")
    explain.add_argument("--lang", choices=["nl", "en", "auto"], default="auto", help="language of the text")
    explain.add_argument("--notice-lang", choices=["nl", "en"], help="language of the notice (default: the policy's)")
    explain.add_argument("--json", action="store_true", help="print JSON")
    _policy_and_nlp(explain)

    test = cmds.add_parser(
        "test",
        help="run the policy's test cases (rules/tests/*.yaml)",
        description="Run every case (text, tool, user, date -> expected action, rule, exception) through the "
        "detector and the policy. Exit 1 when a case fails.",
    )
    test.add_argument("cases", nargs="?", help="folder or file of cases (default: POLICY/tests)")
    test.add_argument("--date", type=_date, help="the day for cases without a date (default: today)")
    _policy_and_nlp(test)

    simulate = cmds.add_parser(
        "simulate",
        help="replay logged decisions under a new policy",
        description="Re-decide every decision record under a new policy (from the logged entity types and "
        "counts; no text is needed or shown) and report what would change.",
    )
    simulate.add_argument("--logs", required=True, metavar="LOGDIR_OR_FILE", help="a decisions.jsonl or a folder")
    simulate.add_argument("--policy", required=True, metavar="NEW", help="the new policy folder or file")
    simulate.add_argument(
        "--current", metavar="PATH", help="re-decide under this policy for the baseline (default: the logged decisions)"
    )
    simulate.add_argument("--json", action="store_true", help="print JSON")


def _policy_and_nlp(p: argparse.ArgumentParser) -> None:
    p.add_argument("--policy", default="rules", help="policy folder or file (default: %(default)s)")
    p.add_argument("--nlp-config", default=NLP_CONFIG, help="spaCy pipelines (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    handlers = {"check": _check, "explain": _explain, "test": _test, "simulate": _simulate}
    try:
        return handlers[args.policy_command](args)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _fail(message: str, code: int = 2) -> int:
    print(f"dlp-proxy: {message}", file=sys.stderr)
    return code


def _detector(policy: Any, nlp_config: str) -> Any:
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.detection.nlp import load_pipeline_config

    # models/nlp.yaml when present, else the built-in default (as `run` and `scan` do).
    path = nlp_config if Path(nlp_config).exists() or nlp_config != NLP_CONFIG else None
    return build_detector(policy, load_pipeline_config(path)).load()


# --- check ------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    from dlp_proxy.policytools.check import check_policy, render

    report = check_policy(args.path, args.date)
    for problem in report.problems:
        print(render(problem))
    p = report.policy
    if not report.ok or p is None:
        print(f"policy INVALID: {report.count('error')} errors")
        return 1
    print(f"policy OK: version {p.version}, {len(p.tools)} tools, {len(p.rules)} rules, {len(p.exceptions)} exceptions")
    return 0


# --- explain ----------------------------------------------------------------------------


def _explain(args: argparse.Namespace) -> int:
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy
    from dlp_proxy.policytools.cases import evaluate, exception_checks, notice_for

    try:
        policy = load_policy(args.policy)
    except DlpError as e:
        return _fail(str(e))
    tool = next((t for t in policy.tools if t.id == args.tool), None)
    if tool is None:
        return _fail(f"unknown tool '{args.tool}'; the policy has: {', '.join(t.id for t in policy.tools)}")
    try:
        text = sys.stdin.read() if args.text == "-" else args.text
        detector = _detector(policy, args.nlp_config)
    except DlpError as e:
        return _fail(str(e))
    ev = evaluate(policy, detector, text, tool=tool, user=args.user, today=args.date, justified=args.justified,
                  language=None if args.lang == "auto" else args.lang)  # fmt: skip
    lang = args.notice_lang or policy.settings.default_language
    checks = exception_checks(policy, ev)
    notice = notice_for(policy, ev, lang)
    out = _explanation(policy, ev, checks, notice, lang)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        _print_explanation(out)
    return 0


def _explanation(policy: Any, ev: Any, checks: list[Any], notice: str | None, lang: str) -> dict[str, Any]:
    from dlp_proxy.policytools.cases import describe_reason

    d, t = ev.decision, ev.tool
    rules = {r.id: r for r in policy.rules}
    return {
        "policy": {"path": policy.base_dir, "version": policy.version, "mode": policy.mode(t)},
        "tool": {"id": t.id, "name": t.name, "status": t.status, "approved_for": t.approved_for},
        "user": ev.user,
        "groups": policy.groups_of(ev.user),
        "date": ev.today.isoformat(),
        "detection_error": ev.detection_error,
        "findings": [
            {
                "entity_type": f.entity_type,
                "data_class": f.data_class,
                "start": f.start,
                "end": f.end,
                "score": f.score,
                "recognizer": f.recognizer,
            }
            for f in ev.findings
        ],  # fmt: skip
        "data_classes": [
            {
                "data_class": o.data_class,
                "count": o.count,
                "risk": policy.data_classes[o.data_class].risk,
                "rule": o.rule_id,
                "rule_action": rules[o.rule_id].action,
                "action": o.action,
                "exception": o.exception_id,
            }
            for o in d.outcomes
        ],  # fmt: skip
        "trace": list(d.trace),
        "exceptions": [
            {
                "id": c.exception.id,
                "consent_ref": c.exception.consent_ref,
                "applied_to": list(c.applied),
                "rejected": [
                    {
                        "data_class": cls,
                        "reason": r,
                        "why": describe_reason(c.exception, r, tool=t, user=ev.user, data_class=cls),
                    }
                    for cls, r in c.rejected
                ],
            }
            for c in checks
            if c.considered
        ],  # fmt: skip
        "decision": {
            "action": d.action,
            "would_action": d.would_action or d.action,
            "monitor": d.monitor,
            "rule_id": d.rule_id,
            "exception_id": d.exception_id,
            "consent_ref": d.consent_ref,
            "detection_failed": d.detection_failed,
        },  # fmt: skip
        "notice": {"language": lang, "text": notice},
    }


def _print_explanation(x: dict[str, Any]) -> None:
    p, t, d = x["policy"], x["tool"], x["decision"]
    print(f"policy      {p['path']} ({p['version']}), mode {p['mode']}")
    print(f"tool        {t['id']}: {t['name']}; status {t['status']}, approved for {t['approved_for'] or '-'}")
    print(f"user        {x['user'] or '-'}; groups: {', '.join(x['groups']) or '-'}")
    print(f"date        {x['date']}")
    if x["detection_error"]:
        print(f"detection   FAILED: {x['detection_error']}")
    print(f"\nfindings ({len(x['findings'])})")
    for f in x["findings"]:
        span = f"{f['start']}-{f['end']}"
        print(f"  {f['entity_type']:<16} {f['data_class']:<9} {span:>11}  {f['score']:.2f}  {f['recognizer']}")
    print("\ndata classes")
    for c in x["data_classes"]:
        via = f" (exception {c['exception']})" if c["exception"] else ""
        print(f"  {c['data_class']:<9} {c['count']:>3}  risk {c['risk']:<6}  rule {c['rule']} -> {c['action']}{via}")
    if not x["data_classes"]:
        print("  none")
    print("\nrule walk")
    for step in x["trace"]:
        print(f"  {step}")
    print("\nexceptions")
    for e in x["exceptions"]:
        if e["applied_to"]:
            print(f"  {e['id']}: applies to {', '.join(e['applied_to'])} ({e['consent_ref']})")
        why: dict[str, list[str]] = {}
        for r in e["rejected"]:
            why.setdefault(r["why"], []).append(r["data_class"])
        for text, classes in why.items():
            print(f"  {e['id']}: does not apply to {', '.join(classes)}: {text}")
    if not x["exceptions"]:
        print("  none considered (no rule restricted the data found)")
    exc = f" with exception {d['exception_id']}" if d["exception_id"] else ""
    print(f"\ndecision    {d['action'].upper()} by rule {d['rule_id']}{exc}")
    if d["monitor"]:
        print(f"            monitor mode: the rules say {d['would_action']}, not enforced")
    n = x["notice"]
    print(f"\nnotice ({n['language']})")
    print(f"  {n['text']}" if n["text"] else "  none: the request goes through unchanged")


# --- test -------------------------------------------------------------------------------


def _test(args: argparse.Namespace) -> int:
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy
    from dlp_proxy.policytools.cases import load_cases, run_case

    root = Path(args.policy)
    cases_path = Path(args.cases) if args.cases else (root if root.is_dir() else root.parent) / "tests"
    try:
        policy = load_policy(root)
        cases = load_cases(cases_path)
        detector = _detector(policy, args.nlp_config)
    except DlpError as e:
        return _fail(str(e))
    failed = 0
    for loaded in cases:
        result = run_case(policy, detector, loaded, args.date)
        failed += not result.passed
        print(result.line())
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


# --- simulate ---------------------------------------------------------------------------


def _simulate(args: argparse.Namespace) -> int:
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy
    from dlp_proxy.policytools.simulate import read_records, simulate

    try:
        new = load_policy(args.policy)
        current = load_policy(args.current) if args.current else None
        sim = simulate(read_records(args.logs), new, current)
    except DlpError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot read {args.logs}: {e.strerror}")
    if args.json:
        print(json.dumps(sim.to_json(), indent=2, ensure_ascii=False))
        return 0
    base = "the logged decisions" if current is None else f"the current policy {args.current} ({current.version})"
    print(f"{sim.records} decision records from {args.logs}, re-decided under {args.policy} ({new.version})")
    print(f"baseline: {base}; {sim.changed} decisions change")
    print(f"\n{'old action':<12} -> {'new action':<14} {'count':>6}")
    for (old, new_action), n in sorted(sim.transitions.items()):
        mark = "" if old == new_action else "   *"
        print(f"{old:<12} -> {new_action:<14} {n:>6}{mark}")
    print("\nchanged decisions (tool: old rule -> new rule)")
    for (tool, old_rule, new_rule), c in sim.sorted_changes():
        actions = ", ".join(f"{a} -> {b} x{k}" for (a, b), k in sorted(c.actions.items()))
        unsure = f", {c.uncertain} uncertain (client not logged)" if c.uncertain else ""
        print(f"  {tool}: {old_rule} -> {new_rule}: {c.count} ({actions}{unsure})")
        print(f"      e.g. {', '.join(c.examples)}")
    if not sim.changes:
        print("  none")
    caveats = sim.caveats()
    if caveats:
        print("\ncaveats")
    for cv in caveats:
        print(f"  - {cv['message']}")
        if cv["examples"]:
            print(f"      e.g. {', '.join(cv['examples'])}")
    return 0
