"""Language of a document, detected once per document from its frequent words."""

from __future__ import annotations

import re

from .lexicon import LANGUAGES, lexicon

_WORD = re.compile(r"[a-z]+")
SAMPLE = 20_000  # characters read: enough for news, cheap for a 5 MB line


def detect(text: str, default: str = "id") -> str:
    """ "id" or "en": whichever language's frequent words the text uses more (ties: `default`)."""
    words = _WORD.findall(text[:SAMPLE].lower())
    counts = {code: sum(1 for w in words if w in lexicon(code).stopwords) for code in LANGUAGES}
    best = max(counts.values())
    if best == 0 or list(counts.values()).count(best) > 1:
        return default
    return max(counts, key=lambda code: counts[code])
