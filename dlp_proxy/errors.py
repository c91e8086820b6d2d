"""The named errors of dlp-proxy.

    DlpError                 base of everything raised on purpose
     +-- PolicyError         the policy cannot be loaded or is invalid
     +-- DetectorError       the detection engine failed or timed out
     +-- AdapterError        a request body could not be read or rewritten
          +-- UploadError    an uploaded file cannot be read, is too large, or cannot be masked
     +-- BodyError           a body cannot be read exactly as the vendor will (dlp_proxy.pipeline.body)
     +-- RunConfigError      a `dlp-proxy run` setting cannot work (dlp_proxy.cli.run_config)
     +-- PacError            an unusable proxy address for the PAC file (dlp_proxy.deploy.pac)

None of their messages may contain prompt text or a detected value.
"""

from __future__ import annotations

from typing import Literal


class DlpError(Exception):
    """Base class of all dlp-proxy errors."""


class PolicyError(DlpError):
    """The policy is invalid; the message names file, field and fix."""


class DetectorError(DlpError):
    """Detection failed, so the text must be treated as unscanned."""


class AdapterError(DlpError):
    """A request could not be parsed or rewritten by its adapter."""


UploadReason = Literal["file_unreadable", "file_too_large", "file_not_maskable", "field_not_maskable", "prompt_bound"]


class UploadError(AdapterError):
    """An uploaded file could not be handled; `reason` is the decision record's fail_reason.

    The message names the format and the limit, never the file's name or content.
    """

    def __init__(self, reason: UploadReason, message: str) -> None:
        super().__init__(message)
        self.reason: UploadReason = reason
