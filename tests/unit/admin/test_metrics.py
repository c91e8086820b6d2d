"""DlpMetrics: what each update adds, in the text format Prometheus' own parser reads."""

from __future__ import annotations

from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from dlp_proxy.admin.metrics import DlpMetrics


def samples(metrics: DlpMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = metrics.exposition().decode("utf-8")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_decisions_are_counted_by_tool_and_action_with_latency_and_fail_reason() -> None:
    m = DlpMetrics()
    m.decision({"tool": "openai-api", "action": "block", "latency_ms": 12.0, "fail_reason": None})
    m.decision({"tool": "openai-api", "action": "block", "latency_ms": 3.0})
    m.decision({"tool": "chatgpt", "action": "allow", "latency_ms": 700.0, "fail_reason": "detection_timeout"})
    got = samples(m)
    assert got[("dlp_decisions_total", (("action", "block"), ("tool", "openai-api")))] == 2
    assert got[("dlp_decisions_total", (("action", "allow"), ("tool", "chatgpt")))] == 1
    assert got[("dlp_inspection_seconds_count", (("tool", "openai-api"),))] == 2
    assert abs(got[("dlp_inspection_seconds_sum", (("tool", "openai-api"),))] - 0.015) < 1e-9
    assert got[("dlp_inspection_seconds_bucket", (("le", "0.005"), ("tool", "openai-api")))] == 1
    assert got[("dlp_inspection_seconds_bucket", (("le", "0.5"), ("tool", "chatgpt")))] == 0
    assert got[("dlp_inspection_seconds_bucket", (("le", "1.0"), ("tool", "chatgpt")))] == 1
    assert got[("dlp_errors_total", (("reason", "detection_timeout"),))] == 1


def test_reloads_errors_and_connections() -> None:
    m = DlpMetrics()
    before = samples(m)
    for result in ("success", "rejected", "crashed"):  # present from the start, at zero
        assert before[("dlp_policy_reloads_total", (("result", result),))] == 0
    m.reload("success")
    m.reload("rejected")
    m.reload("rejected")
    m.error("inspection_crash")
    m.connections.inc()
    m.connections.inc()
    m.connections.dec()
    got = samples(m)
    assert got[("dlp_policy_reloads_total", (("result", "success"),))] == 1
    assert got[("dlp_policy_reloads_total", (("result", "rejected"),))] == 2
    assert got[("dlp_errors_total", (("reason", "inspection_crash"),))] == 1
    assert got[("dlp_client_connections", ())] == 1


def test_info_names_the_policy_version_and_process_metrics_are_there() -> None:
    m = DlpMetrics()
    m.policy_loaded("sha256:abc")
    got = samples(m)
    info = [k for k in got if k[0] == "dlp_proxy_info"]
    assert len(info) == 1 and ("policy_version", "sha256:abc") in info[0][1]
    assert any(name == "process_start_time_seconds" for name, _ in got)
    assert any(name == "python_info" for name, _ in got)


def test_each_instance_has_its_own_registry_not_the_global_one() -> None:
    a, b = DlpMetrics(), DlpMetrics()
    a.decision({"tool": "t", "action": "block", "latency_ms": 1})
    assert ("dlp_decisions_total", (("action", "block"), ("tool", "t"))) not in samples(b)
    assert REGISTRY.get_sample_value("dlp_decisions_total", {"tool": "t", "action": "block"}) is None


def test_labels_hold_only_tool_action_reason_and_result() -> None:
    m = DlpMetrics()
    m.decision({"tool": "chatgpt", "action": "redact", "latency_ms": 1, "user": "alice", "host": "chatgpt.com"})
    labels = {k for _, pairs in samples(m) for k, _ in pairs}
    assert labels <= {"tool", "action", "reason", "result", "le", "version", "policy_version",
                      "implementation", "major", "minor", "patchlevel"}  # fmt: skip
