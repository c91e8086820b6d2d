"""Own Presidio recognizers, one per module (presidio's `<cc>_<thing>_recognizer.py`)."""
