"""`dlp-proxy policy check|explain|test|simulate`: the AI policy as code. Glue and printing only;
the logic lives in dlp_proxy.policytools.check, .cases and .simulate (imported when a command runs)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlp_proxy.cli.common import add_nlp_config_option, add_policy_option, build_detector, date_arg, fail

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add `policy` and its subcommands to the `dlp-proxy` subparsers."""
    policy = sub.add_parser(
        "policy",
        help="check, explain, test and simulate the AI policy",
        description="The AI policy as code: check it, explain a decision, run its tests, and replay the "
        "decision log under a new version before it goes live.",
    )
    cmds = policy.add_subparsers(dest="policy_command", metavar="SUBCOMMAND", required=True)
    policy.set_defaults(handler=cmd_policy)
    _add_check(cmds)
    _add_explain(cmds)
    _add_test(cmds)
    _add_simulate(cmds)


def _add_check(cmds: Subparsers) -> None:
    check = cmds.add_parser(
        "check",
        help="validate a policy and report what needs attention",
        description="Load the policy (every problem with file, line, field and fix), then look for unknown "
        "entity types, overlapping hosts, rules that never decide, overdue reviews and dated exceptions. "
        "Exit 0 without errors (warnings allowed), 1 with errors.",
    )
    check.add_argument("path", nargs="?", default="rules", help="policy folder or file (default: %(default)s)")
    check.add_argument("--date", type=date_arg, help="judge reviews and exceptions on this day (default: today)")


def _add_explain(cmds: Subparsers) -> None:
    explain = cmds.add_parser(
        "explain",
        help="show why the policy decides what it decides for a text or a request",
        description="Judge a text (as the prompt of a chat request) or a captured request with the proxy's own "
        "pipeline and show the findings (never their values), the rule walk, the exceptions considered, the "
        "decision and the notice the employee would see.",
    )
    explain.add_argument("text", nargs="?", default="-", help="the prompt text, '-' for standard input (default)")
    explain.add_argument(
        "--request",
        metavar="FILE",
        help="judge a whole captured request instead of a text: YAML or JSON with url, method, headers, body",
    )
    explain.add_argument(
        "--tool", metavar="TOOL_ID", help="tool id from the policy's tools (default with --request: by its URL)"
    )
    explain.add_argument("--user", default="", help="user name (for exceptions and groups)")
    explain.add_argument("--date", type=date_arg, help="decide as on this day, YYYY-MM-DD (default: today)")
    explain.add_argument("--justified", action="store_true", help="as if a valid DLP-OK line was given")
    explain.add_argument("--lang", choices=["nl", "en", "auto"], default="auto", help="language of the text")
    explain.add_argument("--notice-lang", choices=["nl", "en"], help="language of the notice (default: the policy's)")
    explain.add_argument("--json", action="store_true", help="print JSON")
    _policy_and_nlp(explain)


def _add_test(cmds: Subparsers) -> None:
    test = cmds.add_parser(
        "test",
        help="run the policy's test cases (rules/tests/*.yaml)",
        description="Run every case (text, tool, user, date -> expected action, rule, exception) through the "
        "detector and the policy. Exit 1 when a case fails.",
    )
    test.add_argument("cases", nargs="?", help="folder or file of cases (default: POLICY/tests)")
    test.add_argument("--date", type=date_arg, help="the day for cases without a date (default: today)")
    _policy_and_nlp(test)


def _add_simulate(cmds: Subparsers) -> None:
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
    add_policy_option(p)
    add_nlp_config_option(p)


def cmd_policy(args: argparse.Namespace) -> int:
    """Run the policy subcommand; a closed pipe on stdout ends it quietly."""
    handlers = {"check": _check, "explain": _explain, "test": _test, "simulate": _simulate}
    try:
        return handlers[args.policy_command](args)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


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
    from dlp_proxy.policytools.cases import exception_checks, load_request
    from dlp_proxy.policytools.evaluate import evaluate

    try:
        policy = load_policy(args.policy)
        request = load_request(args.request) if args.request else None
    except DlpError as e:
        return fail(str(e))
    tool_id = args.tool or (_tool_by_url(policy, request) if request is not None else None)
    tool = next((t for t in policy.known_tools() if t.id == tool_id), None)
    if tool is None:
        known = ", ".join(t.id for t in policy.tools)
        known += f" (and {len(policy.bundled)} bundled services)" if policy.bundled else ""
        what = f"unknown tool '{tool_id}'" if tool_id else "no tool given (--tool) and none by the request's URL"
        return fail(f"{what}; the policy has: {known}")
    try:
        text = None if request is not None else sys.stdin.read() if args.text == "-" else args.text
        detector = build_detector(policy, args.nlp_config)
    except DlpError as e:
        return fail(str(e))
    lang = args.notice_lang or policy.settings.default_language
    ev = evaluate(
        policy,
        detector,
        text,
        tool=tool,
        request=request,
        user=args.user,
        today=args.date,
        justified=args.justified,
        language=None if args.lang == "auto" else args.lang,
        notice_language=lang,
    )
    checks = exception_checks(policy, ev)
    out = _explanation(policy, ev, checks, ev.notice, lang)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        _print_explanation(out)
    return 0


def _tool_by_url(policy: Any, request: Any) -> str | None:
    """As the proxy finds it: a catalogue host's unknown path is still its vendor's, a shared
    host's path no tool owns (host_paths) nobody's."""
    from dlp_proxy.pipeline.hosts import tool_for_host

    tool = tool_for_host(policy, request.host, request.path)
    return tool.id if tool is not None else None


def _explanation(policy: Any, ev: Any, checks: list[Any], notice: str | None, lang: str) -> dict[str, Any]:
    d, t = ev.decision, ev.tool
    rules = {r.id: r for r in policy.rules}
    return {
        "policy": {"path": policy.base_dir, "version": policy.version, "mode": policy.mode(t)},
        "tool": {"id": t.id, "name": t.name, "status": t.status, "approved_for": t.approved_for},
        "user": ev.user,
        "groups": policy.groups_of(ev.user),
        "date": ev.today.isoformat(),
        "detection_error": ev.detection_error,
        "fail_reason": ev.failure.reason if ev.failure is not None else None,
        "findings": [_finding(f) for f in ev.findings],
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
        ],
        "trace": list(d.trace),
        "exceptions": [_exception(c, ev) for c in checks if c.considered],
        "decision": {
            "action": d.action,
            "would_action": d.would_action or d.action,
            "monitor": d.monitor,
            "rule_id": d.rule_id,
            "exception_id": d.exception_id,
            "consent_ref": d.consent_ref,
            "detection_failed": d.detection_failed,
        },
        "notice": {"language": lang, "text": notice},
    }


def _finding(f: Any) -> dict[str, Any]:
    """Where and what, never the value."""
    return {
        "entity_type": f.entity_type,
        "data_class": f.data_class,
        "start": f.start,
        "end": f.end,
        "score": f.score,
        "recognizer": f.recognizer,
    }


def _exception(check: Any, ev: Any) -> dict[str, Any]:
    """One exception: the data classes it applied to, and why not to the others."""
    from dlp_proxy.policytools.cases import describe_reason

    exc = check.exception
    rejected = [
        {"data_class": cls, "reason": r, "why": describe_reason(exc, r, tool=ev.tool, user=ev.user, data_class=cls)}
        for cls, r in check.rejected
    ]
    return {"id": exc.id, "consent_ref": exc.consent_ref, "applied_to": list(check.applied), "rejected": rejected}


def _print_explanation(x: dict[str, Any]) -> None:
    p, t, d = x["policy"], x["tool"], x["decision"]
    print(f"policy      {p['path']} ({p['version']}), mode {p['mode']}")
    print(f"tool        {t['id']}: {t['name']}; status {t['status']}, approved for {t['approved_for'] or '-'}")
    print(f"user        {x['user'] or '-'}; groups: {', '.join(x['groups']) or '-'}")
    print(f"date        {x['date']}")
    if x["detection_error"]:
        print(f"detection   FAILED: {x['detection_error']}")
    elif x["fail_reason"]:
        print(f"request     not judged normally: {x['fail_reason']}")
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
        detector = build_detector(policy, args.nlp_config)
    except DlpError as e:
        return fail(str(e))
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
        return fail(str(e))
    except OSError as e:
        return fail(f"cannot read {args.logs}: {e.strerror}")
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
