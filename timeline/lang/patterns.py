"""Regular-expression building blocks every language's recognizer uses.

All of them keep patterns linear: spaces never cross a line, word alternations are
tries (a position fails at its first letter), nothing nests quantifiers.
"""

from __future__ import annotations

import datetime as dt
import re

SP = r"[^\S\r\n]+"  # space within a line
SP0 = r"[^\S\r\n]*"
B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end


def alt(words: object) -> str:
    """A regex alternation of words, spaces matching any in-line space.

    Written as a trie ("idul (?:adha|fitri)"), so that a position fails at its
    first letter instead of at every word; where one word extends another, the
    longer is tried first, as in a longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for word in {str(w) for w in words}:  # type: ignore[attr-defined]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_pattern(trie)


def trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        (SP if char == " " else re.escape(char)) + trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:  # a word may end here; the longer words come first (greedy)
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def exists(year: int | None, month: int, day: int) -> bool:
    """Whether a day exists; without a year, in a leap year (29 February exists)."""
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True
