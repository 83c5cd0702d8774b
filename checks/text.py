"""Words of a sentence for comparing claims: tokens, light Indonesian stems, name keys.

Claims are aligned across outlets that word the same fact differently
("penjualan produk" / "produk dijual", "memasarkan" / "dipasarkan"), so context
is compared on stems, not words. The stemmer is deliberately light: it strips
the common affixes and restores the nasal of meN-/peN-, which is enough to
make the words of one story meet; it is not a morphological analyser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from .vocabulary import vocabulary

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

_SUFFIXES = ("nya", "lah", "kah", "kan", "an")
# meN-/peN- drop the first consonant of roots in p, t, s before a vowel:
# memasarkan <- pasar, menulis <- tulis, menyusun <- susun.
_NASAL = (("meny", "s"), ("peny", "s"), ("mem", "p"), ("pem", "p"), ("men", "t"), ("pen", "t"))
_PREFIXES = (
    "meng",
    "peng",
    "meny",
    "peny",
    "mem",
    "pem",
    "men",
    "pen",
    "ber",
    "ter",
    "per",
    "me",
    "pe",
    "di",
)
# Words that look prefixed but are not (loanwords and roots in di-/pe-/me-/ber-/ter-).
_UNPREFIXED = frozenset(
    [
        "digital",
        "diskon",
        "dinas",
        "direktur",
        "dividen",
        "diplomat",
        "dialog",
        "diesel",
        "dinamika",
        "diskusi",
        "distribusi",
        "dimensi",
        "meter",
        "media",
        "medis",
        "mesin",
        "menteri",
        "merek",
        "periode",
        "persen",
        "perlu",
        "pertama",
        "peta",
        "pesan",
        "petani",
        "pelan",
        "pena",
        "perang",
        "berita",
        "berat",
        "beras",
        "bersih",
        "terminal",
        "teknologi",
        "termasuk",
    ]
)
_VOWELS = frozenset("aeiou")


def words(text: str) -> Iterator[re.Match[str]]:
    """Word matches of a text (letters and digits, with inner hyphens and apostrophes)."""
    return WORD.finditer(text)


@cache
def stem(word: str) -> str:
    """A light stem of an Indonesian word, lower-cased; other words come back lower-cased."""
    w = word.casefold()
    if len(w) <= 4 or not w.isalpha() or word[0].isupper() or w in _UNPREFIXED:
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w in _UNPREFIXED:
        return w
    for prefix in _PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= (4 if len(prefix) == 2 else 3):
            rest = w[len(prefix) :]
            for nasal, restored in _NASAL:
                if prefix == nasal and rest[0] in _VOWELS:
                    return restored + rest
            return rest
    return w


@lru_cache(maxsize=8192)
def content(text: str, lang: str = "id") -> frozenset[str]:
    """The stems of a text's content words: no stopwords, no numbers, no one-letter words.

    Claims of several kinds, and rules, ask for the same sentences' words: kept.
    """
    stop = vocabulary(lang).stopwords
    return frozenset(
        stem(m.group())
        for m in words(text)
        if len(m.group()) > 2 and not m.group().isdigit() and m.group().casefold() not in stop
    )


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Text folded for comparison: lower case, no accents, one kind of apostrophe and quote."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("’", "'").replace("‘", "'").replace("`", "'")


# Old (van Ophuijsen / Soewandi) and new Indonesian spellings of one name: Soelistyo = Sulistyo.
_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A key under which spelling variants of a person's name meet: 'Soelistyo' = 'Sulistyo'."""
    key = fold(name)
    for old, new in _SPELLING:
        key = key.replace(old, new)
    key = re.sub(r"[^a-z0-9 ]+", " ", key)
    return " ".join(key.split())


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How much two sets of stems share: overlap over the smaller set (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def damerau1(a: str, b: str) -> bool:
    """True when b is a and one edit away (insert, delete, substitute, swap neighbours)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
