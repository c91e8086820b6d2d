"""An endpoint an app's adapter does not know, on that app's host: read as the generic fallback
reads it, answered in the app's own way.

Apps add channels faster than public sources describe them (ChatGPT's autocompletion, Claude's
conversation rename and search, Perplexity's Space instructions, Copilot's document uploads).
The generic adapter reads such a request whole (every string of a JSON or form body, an
uploaded file; the closed-world pass adds the query string and headers) and masks in place, so
nothing there goes unjudged. A block, though, is shown the way the app shows its own errors:
the app's adapter answers it (ChatGPT's `{"detail": ...}`, Claude's `permission_error`, DeepSeek's
envelope, an API's SDK error), because the app surfaces that shape to the employee and a foreign
one as "something went wrong". A page navigation (`Accept: text/html`) gets the readable block
page instead, as does any request the app's adapter cannot answer.

The record still names the generic adapter: it is what read the request, and adapter drift
(dlp_proxy.pipeline.drift) counts such requests as unknown endpoints of the app.
"""

from __future__ import annotations

import logging

from dlp_proxy.adapters.base import Adapter, BlockResponse, Extraction, JsonPath, RequestView
from dlp_proxy.adapters.generic import GenericAdapter

logger = logging.getLogger(__name__)


def is_navigation(request: RequestView) -> bool:
    """A page the browser loads (it renders HTML, not an app's JSON error)."""
    return "text/html" in request.headers.get("accept", "").lower()


class AppFallback:
    """The generic adapter's reading of an unknown endpoint, with the app's block shape."""

    name = GenericAdapter.name

    def __init__(self, app: Adapter, generic: GenericAdapter) -> None:
        self.app = app
        self.generic = generic

    def handles(self, request: RequestView) -> bool:
        return True

    def extract(self, request: RequestView) -> Extraction:
        return self.generic.extract(request)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        return self.generic.rewrite(request, extraction, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if is_navigation(request):
            return self.generic.block_response(request, notice, decision_id)
        try:
            return self.app.block_response(request, notice, decision_id)
        except Exception:  # the app's shape is a nicety; the block itself must not fail
            logger.warning("dlp-proxy: %s could not answer an unknown endpoint; generic block", self.app.name)
            return self.generic.block_response(request, notice, decision_id)
