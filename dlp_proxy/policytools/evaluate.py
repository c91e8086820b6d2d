"""One text or request judged by the proxy's own pipeline, for `policy explain` and `policy test`.

The policy tools do not decide anything themselves: a text becomes the prompt of a chat request
(or a captured request is taken as it is) and goes through dlp_proxy.pipeline.inspection.inspect,
the function the running proxy calls, DLP-OK lines, unmaskable data, refusals and block page
included. What differs is only what cannot exist outside the proxy: no decision id is logged
(notices show "(explain)"), and justification codes are previews ("<CODE>")."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection.engine import Detector
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import Finding, count_by_type
from dlp_proxy.pipeline import pseudonyms
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.inspection import Verdict, inspect, run_sync_scan
from dlp_proxy.policy.decision import Decision
from dlp_proxy.policy.schema import Action, Policy, Tool
from dlp_proxy.respond.justify import Redemption

# Stands in for the decision id and the justification code in a notice shown outside the proxy.
EXPLAIN_ID = "(explain)"
CODE_PLACEHOLDER = "<CODE>"
# A text is judged as the prompt of a chat request, read by this adapter at this path.
PROMPT_ADAPTER = "openai"
PROMPT_PATH = "/v1/chat/completions"
PROMPT_MODEL = "policy-explain"
# With `justified`, the text carries the line an employee adds to send a held prompt anyway.
JUSTIFIED_LINE = "\nDLP-OK PREVIEW2: policy explain with --justified"


class PreviewCodes:
    """Justification codes outside the proxy: a placeholder is issued; a DLP-OK code counts
    only when the policy owner says so (`--justified`), as no real code can be checked here."""

    def __init__(self, accept: bool) -> None:
        self.accept = accept

    async def issue(self, user: str, tool: str) -> str | None:
        return CODE_PLACEHOLDER

    async def redeem(self, code: str, user: str, tool: str) -> Redemption:
        return Redemption.ACCEPTED if self.accept else Redemption.INVALID


@dataclass(frozen=True)
class Evaluation:
    """One text or request judged under the policy: what was found, decided and shown."""

    tool: Tool
    user: str
    today: dt.date
    verdict: Verdict
    # Why the text could not be scanned (the fail mode then decided), if so.
    detection_error: str | None = None

    @property
    def decision(self) -> Decision:
        return self.verdict.decision

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.verdict.findings

    @property
    def failure(self) -> Failure | None:
        return self.verdict.failure

    @property
    def counts(self) -> dict[str, int]:
        return count_by_type(self.findings)

    @property
    def notice(self) -> str | None:
        """The notice the employee would see, or None when the request simply goes through."""
        text = self.verdict.notice
        return text.replace(self.verdict.decision_id, EXPLAIN_ID) if text else None

    @property
    def action(self) -> Action:
        """What the rules decide (monitor mode only changes whether it is enforced)."""
        return self.decision.would_action or self.decision.action


def prompt_request(tool: Tool, text: str) -> RequestView:
    """The text as the one user message of a chat request to the tool's first host."""
    body = {"model": PROMPT_MODEL, "messages": [{"role": "user", "content": text}]}
    host = tool.hosts[0].removeprefix("*.")
    headers = {"content-type": "application/json"}
    return RequestView("POST", host, PROMPT_PATH, headers, json.dumps(body, ensure_ascii=False).encode("utf-8"))


def evaluate(
    policy: Policy,
    detector: Detector,
    text: str | None = None,
    *,
    tool: Tool,
    request: RequestView | None = None,
    user: str = "",
    today: dt.date | None = None,
    justified: bool = False,
    language: str | None = None,
    notice_language: str | None = None,
) -> Evaluation:
    """Judge `text` (as a prompt) or `request` (as it is) through the proxy's pipeline."""
    today = today or dt.date.today()
    if request is None:
        request = prompt_request(tool, (text or "") + (JUSTIFIED_LINE if justified else ""))
        adapter: str | None = PROMPT_ADAPTER
    else:
        adapter = None
    context = RequestContext(
        request,
        policy,
        tool,
        notice_language or policy.settings.default_language,
        user=user,
        today=today,
        adapter=adapter,
    )
    errors: list[str] = []

    def scan_text(value: str) -> list[Finding]:
        try:
            return detector.scan(value, language)
        except DetectorError as e:
            errors.append(str(e))
            raise

    vault = pseudonyms.fresh(user, tool.id)  # a new conversation: placeholders numbered from 1
    verdict = asyncio.run(inspect(context, run_sync_scan(scan_text), PreviewCodes(justified), vault))
    return Evaluation(tool, user, today, verdict, errors[0] if errors else None)
