"""The top-level domains OCR repairs may rely on: the public suffix list's snapshot bundled with
tldextract, read offline (as the e-mail recognizer is configured)."""

from __future__ import annotations

from functools import lru_cache


def known_tld(label: str) -> bool:
    """Whether the label is a top-level domain of the public suffix list's bundled snapshot."""
    return label.isascii() and label.lower() in _tlds()


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    """The public suffix list's top-level domains (one label: "nl", "com", "io", "live"), from
    the snapshot bundled in tldextract's wheel: no download (as in the e-mail recognizer)."""
    import tldextract

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return frozenset(s for s in extractor.tlds if s.isascii() and s.isalnum())
