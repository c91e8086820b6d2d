"""The recognizers the engine runs on every text, in one list."""

from __future__ import annotations

from dlp_proxy.detection.recognizers.api_key_recognizer import ApiKeyRecognizer
from dlp_proxy.detection.recognizers.be_national_id_recognizer import BeNationalIdRecognizer
from dlp_proxy.detection.recognizers.connection_string_recognizer import ConnectionStringRecognizer
from dlp_proxy.detection.recognizers.credential_assignment_recognizer import CredentialAssignmentRecognizer
from dlp_proxy.detection.recognizers.credential_context_recognizer import CredentialContextRecognizer
from dlp_proxy.detection.recognizers.credential_file_recognizer import CredentialFileRecognizer
from dlp_proxy.detection.recognizers.credential_table_recognizer import CredentialTableRecognizer
from dlp_proxy.detection.recognizers.credit_card_recognizer import CreditCardRecognizer
from dlp_proxy.detection.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from dlp_proxy.detection.recognizers.de_tax_id_recognizer import DeTaxIdRecognizer
from dlp_proxy.detection.recognizers.driver_license_recognizer import DriverLicenseRecognizer
from dlp_proxy.detection.recognizers.email_recognizer import EmailRecognizer
from dlp_proxy.detection.recognizers.fr_address_recognizer import FrAddressRecognizer
from dlp_proxy.detection.recognizers.fr_nir_recognizer import FrNirRecognizer
from dlp_proxy.detection.recognizers.gb_nhs_recognizer import GbNhsRecognizer
from dlp_proxy.detection.recognizers.gb_nino_recognizer import GbNinoRecognizer
from dlp_proxy.detection.recognizers.iban_recognizer import IbanRecognizer
from dlp_proxy.detection.recognizers.ip_recognizer import IpRecognizer
from dlp_proxy.detection.recognizers.jwt_recognizer import JwtRecognizer
from dlp_proxy.detection.recognizers.keyword_token_recognizer import KeywordTokenRecognizer
from dlp_proxy.detection.recognizers.mrz_recognizer import MrzRecognizer
from dlp_proxy.detection.recognizers.nl_address_recognizer import AddressRecognizer
from dlp_proxy.detection.recognizers.nl_bank_account_recognizer import NlBankAccountRecognizer
from dlp_proxy.detection.recognizers.nl_bsn_recognizer import NlBsnRecognizer
from dlp_proxy.detection.recognizers.passport_recognizer import PassportRecognizer
from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer
from dlp_proxy.detection.recognizers.phone_recognizer import PhoneRecognizer
from dlp_proxy.detection.recognizers.private_key_body_recognizer import PrivateKeyBodyRecognizer
from dlp_proxy.detection.recognizers.private_key_recognizer import PrivateKeyRecognizer
from dlp_proxy.detection.recognizers.secret_placeholder_recognizer import SecretPlaceholderRecognizer
from dlp_proxy.detection.recognizers.street_address_recognizer import StreetAddressRecognizer
from dlp_proxy.detection.recognizers.us_ssn_recognizer import UsSsnRecognizer

PATTERN_RECOGNIZERS = (
    EmailRecognizer,
    PhoneRecognizer,
    IbanRecognizer,
    NlBankAccountRecognizer,
    CreditCardRecognizer,
    NlBsnRecognizer,
    UsSsnRecognizer,
    GbNinoRecognizer,
    GbNhsRecognizer,
    BeNationalIdRecognizer,
    DeTaxIdRecognizer,
    FrNirRecognizer,
    PassportRecognizer,
    MrzRecognizer,
    DriverLicenseRecognizer,
    IpRecognizer,
    ApiKeyRecognizer,
    PrivateKeyRecognizer,
    PrivateKeyBodyRecognizer,
    JwtRecognizer,
    ConnectionStringRecognizer,
    CredentialAssignmentRecognizer,
    CredentialContextRecognizer,
    CredentialFileRecognizer,
    CredentialTableRecognizer,
    KeywordTokenRecognizer,
    SecretPlaceholderRecognizer,
    PersonNameRecognizer,
    AddressRecognizer,
    StreetAddressRecognizer,
    FrAddressRecognizer,
    DateOfBirthRecognizer,
)
