"""The recognizers the engine runs on every text, in one list."""

from __future__ import annotations

from dlp_proxy.detection.recognizers.api_key_recognizer import ApiKeyRecognizer
from dlp_proxy.detection.recognizers.credit_card_recognizer import CreditCardRecognizer
from dlp_proxy.detection.recognizers.email_recognizer import EmailRecognizer
from dlp_proxy.detection.recognizers.iban_recognizer import IbanRecognizer
from dlp_proxy.detection.recognizers.ip_recognizer import IpRecognizer
from dlp_proxy.detection.recognizers.nl_bsn_recognizer import NlBsnRecognizer
from dlp_proxy.detection.recognizers.phone_recognizer import PhoneRecognizer

PATTERN_RECOGNIZERS = (
    EmailRecognizer,
    PhoneRecognizer,
    IbanRecognizer,
    CreditCardRecognizer,
    NlBsnRecognizer,
    IpRecognizer,
    ApiKeyRecognizer,
)
