"""Test-only mitmproxy script: each request that leaves for the upstream names its decision.

Loaded with `--script` after dlp-proxy's own addon, so its `request` hook runs once dlp-proxy has
decided (and committed the record of) the request; it copies the decision id into the header
`x-e2e-decision-id`, which lets a test match what the fake upstream received with the decision
log, one request at a time. Never used outside tests.
"""

from mitmproxy import http

HEADER = "x-e2e-decision-id"


class DecisionTag:
    def request(self, flow: http.HTTPFlow) -> None:
        meta = flow.metadata.get("dlp")
        if isinstance(meta, dict) and meta.get("decision_id") and flow.response is None:
            flow.request.headers[HEADER] = str(meta["decision_id"])


addons = [DecisionTag()]
