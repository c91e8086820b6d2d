"""The text a detection engine scans once when it loads (no imports: the bench's Presidio
baseline warms up with it too)."""

# Scanned once by PresidioDetector.load(): the name lists, the suffix list of the e-mail check
# and the NER model's first run load on first use, which made a worker's first prompt 45 ms
# slower (and left them outside the worker's gc.freeze()). Made-up values, one of each common
# kind, so that each recognizer's lazy part loads.
WARM_UP_TEXT = (
    "Hoi Sanne, kun je Pieter de Vries (BSN 111222333, IBAN NL91ABNA0417164300) bellen op "
    "06-12345678 of mailen naar p.devries@example.nl? Hij woont op Kerkstraat 12, 1234 AB Utrecht.\n\n"
    "Hi Emma, Mark Carter asked about card 4111 1111 1111 1111, SSN 536-22-4139 and the key "
    "AKIAZ7QX4PLM9RT2VWYB; password: Zomer2024!x, server 192.168.10.4, 221B Baker Street, London."
)
