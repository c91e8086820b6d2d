"""Detection: find personal data, client data, secrets and internal markers in text."""

from dlp_proxy.detection.engine import Detector, PresidioDetector

__all__ = ["Detector", "PresidioDetector"]
