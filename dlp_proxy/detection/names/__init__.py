"""Name lists and the name finder the PERSON and address recognizers share."""
