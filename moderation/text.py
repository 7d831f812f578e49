"""Fingerprints of posted text, to recognise the same advert posted to several groups."""

import hashlib
import re

_WHITESPACE = re.compile(r"\s+")


def normalised_text(text):
    """Lowercased, with every run of whitespace (newlines included) collapsed to one space."""
    return _WHITESPACE.sub(" ", (text or "").casefold()).strip()


def text_fingerprint(text):
    """A SHA-256 of the normalised text, or "" for text that is empty once normalised."""
    normalised = normalised_text(text)
    if not normalised:
        return ""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
