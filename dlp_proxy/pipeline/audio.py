"""Stage 1c, audio: a request whose adapter found spoken audio or video (Extraction.extra["audio"]:
ChatGPT dictation, an API's sound or video part) is decided by `settings.audio` (per tool too;
dlp_proxy.policy.audio_section): `allow` passes the audio unread (the request's text, if any, is
judged as usual), `block` refuses the request whatever the fail mode says."""

from __future__ import annotations

from dlp_proxy.adapters.base import AUDIO
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.extract import Read
from dlp_proxy.policy.audio_section import AUDIO_REFUSED, audio_setting


def carries_audio(read: Read | Failure) -> bool:
    return isinstance(read, Read) and bool(read.extraction.extra.get(AUDIO))


def judge_audio(ctx: RequestContext, read: Read | Failure) -> Read | Failure:
    """The read as it is, or the refusal when the request carries audio the policy refuses."""
    if isinstance(read, Read) and carries_audio(read) and audio_setting(ctx.policy, ctx.tool) == "block":
        return Failure(AUDIO_REFUSED, refused=True, endpoint=read.extraction.endpoint)
    return read
