"""Sentences: a splitter that knows Indonesian and English abbreviations and quotes.

Every splitter the field notes tried broke on Indonesian abbreviations ("Jl.",
"dsb.", "S.H.", "M.Si.") or on quotes that close after the speech verb, so
kronik splits by hand: a sentence ends at a line break, or at `.`, `!` or `?`
followed by space and a capital, digit or opening quote, unless the word
before the period is a known abbreviation, an initial or a number, or the
period falls inside a quotation that its sentence has not closed yet. No
sentence is longer than `MAX_LENGTH` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .lexicon import lexicon

_LINE = re.compile(r"[^\r\n]+")
# A candidate end: terminal punctuation, closing quotes or brackets, then space.
# Possessive, and only from the start of a run: a long run of dots with no space after it
# ("......") is then one failed attempt, not one per dot (which took quadratic time).
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.+$")
# Each closing mark closes only its own kind: "’" is also the apostrophe ("Jum’at"),
# which must not end a quotation opened with "“".
_OPEN = "“‘("
_CLOSE = "”’)"
_MARKS = re.compile("[" + re.escape(_OPEN + _CLOSE) + '"]')
MAX_SENTENCE = 2000  # a runaway quotation never holds more than this
# No sentence is longer than this (the longest in the test corpora has 580 characters): a
# line without sentence ends is cut at a space, so that what reads sentences stays linear.
MAX_LENGTH = 1000


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations (lower case, without the final period) for a language, plus the other's."""
    words: set[str] = set()
    for code in ("id", "en"):
        words.update(lexicon(code).abbreviations)
    return frozenset(words)


def split(
    text: str, start: int = 0, end: int | None = None, *, lang: str = "id"
) -> tuple[tuple[int, int], ...]:
    """Sentence spans (start, end) in `text[start:end]`, trimmed of surrounding space."""
    end = len(text) if end is None else end
    return tuple(_split(text, start, end, abbreviations(lang)))


def _split(text: str, start: int, end: int, abbrevs: frozenset[str]) -> Iterator[tuple[int, int]]:
    for line in _LINE.finditer(text, start, end):
        first = line.start()
        depth = [0] * len(_OPEN)  # open quotations and brackets, by kind
        straight_open = False
        position = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            for mark in _MARKS.finditer(text, position, m.end()):
                ch = mark.group()
                if ch in _OPEN:
                    depth[_OPEN.index(ch)] += 1
                elif ch in _CLOSE:
                    kind = _CLOSE.index(ch)
                    depth[kind] = max(0, depth[kind] - 1)
                elif ch == '"':
                    straight_open = not straight_open
            position = m.end()
            inside = any(depth) or straight_open
            if inside and m.end() - first < MAX_SENTENCE:
                continue
            if not _ends_sentence(text, m, line.end(), abbrevs):
                continue
            yield from _trimmed(text, first, m.end())
            first = m.end()
        yield from _trimmed(text, first, line.end())


def _ends_sentence(text: str, m: re.Match[str], limit: int, abbrevs: frozenset[str]) -> bool:
    after = text[m.end() : min(limit, m.end() + 3)].lstrip()
    if not after:
        return True
    nxt = after[0]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["):
        return False
    if m.group().startswith(".") and not m.group().startswith(".."):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
        if before:
            word = before.group(1).lower().rstrip(".")
            if word in abbrevs or (len(word) == 1 and word.isalpha()):
                return False
            if re.fullmatch(r"(?:\w\.)+\w", word):  # initials such as "S.H" or "U.S"
                return False
    return True


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_LENGTH:  # not prose: cut at a space, else anywhere
        low, high = start + MAX_LENGTH // 2, start + MAX_LENGTH
        cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
        yield from _trimmed(text, start, cut if cut > 0 else high)
        start = cut if cut > 0 else high
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end
