"""`settings.audio` (per tool too: `tools[].audio`): what becomes of spoken audio or video a
request carries: ChatGPT dictation (`/backend-api/transcribe`), Le Chat voice, and sound or video
sent to an API (an OpenAI `input_audio` part, a Gemini `inlineData` of type audio/* or video/*).
Audio cannot be read by the proxy; what is labelled sound but is a document, an image or text is
read as what it is (dlp_proxy.adapters.inline_files), so a label never lets a file through unread.

- `allow` (the default): the audio passes unread. Dictation keeps working; what was said
  reaches the vendor unscanned. In the web apps the transcript comes back into the message box
  and is scanned like typed text when the person sends it, so what the AI answers on is still
  judged; an API model hears the sound itself, so for APIs `allow` means "unscanned".
- `block`: any audio is refused (fail reason `audio_refused`), whatever the fail mode says;
  the person sees the notice in the app's own error shape and types instead.

Its own module so that schema.py stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from dlp_proxy.policy.schema import Policy, Tool

Audio = Literal["allow", "block"]
AUDIO_REFUSED: Final = "audio_refused"


def audio_setting(policy: Policy, tool: Tool) -> Audio:
    """The tool's own setting, else the policy's."""
    return tool.audio or policy.settings.audio
