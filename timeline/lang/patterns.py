"""What every language's recognizer shares: regex building blocks, choosing among matches.

All of them keep patterns linear: spaces never cross a line, word alternations are
tries (a position fails at its first letter), nothing nests quantifiers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Mention

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


def longest_first(candidates: list[tuple[int, int, int, Mention]]) -> list[Mention]:
    """Keep non-overlapping candidates, longest first, then earliest, then by rule order."""
    taken: list[Mention] = []
    occupied: list[tuple[int, int]] = []
    for _, _, _, mention in sorted(candidates, key=lambda c: (c[1], c[0], c[2])):
        i = bisect.bisect_left(occupied, (mention.start, mention.start))
        clash = (i > 0 and occupied[i - 1][1] > mention.start) or (
            i < len(occupied) and occupied[i][0] < mention.end
        )
        if not clash:
            occupied.insert(i, (mention.start, mention.end))
            taken.append(mention)
    return sorted(taken, key=lambda x: x.start)


def drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions without overlaps: the earliest first, the longest of those starting together."""
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def clock_parts(clock: Mention) -> dict[str, object]:
    """The clock fields of a mention, to give another mention the same time."""
    return {
        "hour": clock.hour,
        "minute": clock.minute,
        "until_hour": clock.until_hour,
        "until_minute": clock.until_minute,
        "zone": clock.zone,
    }
