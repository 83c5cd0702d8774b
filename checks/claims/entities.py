"""Entity and named-event mentions, matched through pack names.

Names are matched leftmost-longest, so a former name that contains another
entity's name ("X Mall", once the name of platform Y) wins over the shorter name
("X", a different platform); fuzzy matchers get this wrong (field notes).
Acronyms ("BPS", "AS") match only in
capitals. A capitalised word one edit away from a known platform or organisation
name ("Tokopedai") is resolved to it and marked as a possible typo.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import attrs

from kronik.timeline.event import Analysis

from ..claim import EventMention, Mention
from ..corpus import evidence
from ..pack import Knowledge
from ..text import damerau1
from ..vocabulary import vocabulary

if TYPE_CHECKING:
    from . import Sentence

# Words (as `text.WORD` reads them) of four letters or more that start with A-Z or a
# letter that is not ASCII: the only words `_typo_word` may take for typos. The word
# starts where no word character is before it, nor one joined by a hyphen or apostrophe;
# it ends where no word character follows, nor a hyphen or apostrophe before one. The
# first character comes first, in a plain class, so that the regex engine skips ahead
# to such characters; a lookbehind then checks that it is a letter.
_TYPO_CANDIDATE = re.compile(
    r"[A-Z\x80-\U0010ffff](?<=[^\W\d_])(?<![^\W_].)(?<![^\W_][-'’].)"
    r"[^\W\d_]{3,}(?![^\W_]|[-'’][^\W_])"
)
_DASHES = str.maketrans({"-": " ", "–": " ", "—": " ", "‐": " ", "’": "'", "‘": "'", "`": "'"})


@attrs.frozen(kw_only=True)
class Target:
    """What a name stands for: an entity (maybe by a former name) or a named event."""

    kind: str  # "entity", "recurring", "scheduled"
    id: str
    name: str  # the name as the pack writes it
    canonical: str  # the entity's first name
    former: bool = False


@attrs.frozen(kw_only=True, eq=False)
class Matcher:
    """Compiled pack names: one pattern for words, one for capitals-only acronyms.

    Compared and hashed by identity: `find` memoizes on (text, matcher, span).
    """

    words: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None
    targets: dict[str, Target] = attrs.field(eq=False)  # by normalized name
    deletes: dict[str, tuple[str, ...]] = attrs.field(eq=False)  # typo index
    known: frozenset[str]  # normalized single-word names
    longest: int = 0  # letters in the longest key of `deletes`


def normalize(text: str) -> str:
    """Text folded for name matching, one character for one, so offsets carry over."""
    text = text.translate(_DASHES)
    lowered = text.lower()
    if len(lowered) == len(text):  # the common case: no character lowers to two ("İ")
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_acronym(name: str) -> bool:
    return len(name) <= 5 and name.isupper()


def matcher(knowledge: Knowledge) -> Matcher:
    """A matcher for every name in the packs."""
    targets: dict[str, Target] = {}
    acronyms: dict[str, Target] = {}

    def add(name: str, target: Target) -> None:
        if _is_acronym(name):
            acronyms.setdefault(name, target)
        else:
            targets.setdefault(" ".join(normalize(name).split()), target)

    for e in knowledge.entities.values():
        for n in e.names:
            add(n, Target(kind="entity", id=e.id, name=n, canonical=e.names[0]))
        for f in e.former:
            add(
                f.name,
                Target(kind="entity", id=e.id, name=f.name, canonical=e.names[0], former=True),
            )
    for r in knowledge.recurring.values():
        for n in r.names:
            add(n, Target(kind="recurring", id=r.id, name=n, canonical=r.names[0]))
    for s in knowledge.scheduled.values():
        for n in s.names:
            add(n, Target(kind="scheduled", id=s.id, name=n, canonical=s.names[0]))
    for name, target in acronyms.items():
        targets.setdefault("\0" + name, target)

    word_names = [n for n in targets if not n.startswith("\0")]
    deletes: dict[str, list[str]] = {}
    known = frozenset(n for n in word_names if " " not in n)
    for n in known:
        target = targets[n]
        if target.kind != "entity" or len(n) < 5 or not n.isalpha():
            continue
        for variant in {n[:i] + n[i + 1 :] for i in range(len(n))} | {n}:
            deletes.setdefault(variant, []).append(n)
    return Matcher(
        words=_pattern(word_names),
        acronyms=_pattern(list(acronyms), skip_to_first=True),
        targets=targets,
        deletes={k: tuple(sorted(v)) for k, v in deletes.items()},
        known=known,
        longest=max(map(len, deletes), default=0),
    )


def _pattern(names: Sequence[str], skip_to_first: bool = False) -> re.Pattern[str] | None:
    """One regular expression for names, whose words any whitespace may separate.

    A name matches only where no word character or full stop is before it and no
    word character after it. Where several names match, the longest pattern is
    tried first, then shorter ones. The names are written as a trie ("b(?:ps|kpm|i)"
    for "bps", "bkpm", "bi"): at a position only the names that start with its
    character are tried, and a name only after every longer name that extends it,
    just as an alternation of all the names sorted longest first would try them.

    `skip_to_first` checks the character before a name after its first character, so
    that the regex engine skips ahead to characters that can start a name: faster
    where few characters can (acronyms start with a capital).
    """
    if not names:
        return None
    trie = _trie(names)
    if skip_to_first and "" not in trie:
        # "(?<![\w.].)" after the first character: the character before it is no word
        # character or full stop (none before the start of the text).
        return re.compile(_alternation(trie, r"(?<![\w.].)") + r"(?![\w])")
    return re.compile(r"(?<![\w.])" + _alternation(trie) + r"(?![\w])")


def alternation(names: Sequence[str]) -> str:
    """A regular expression for any of `names`, whose words any whitespace may separate,
    as `_pattern` writes them: a trie, a name tried after every longer one extending it."""
    return _alternation(_trie(names))


_Trie = dict[str, "_Trie"]  # a pattern piece -> the trie of what follows; "" where a name ends


def _trie(names: Sequence[str]) -> _Trie:
    """The names in a trie of pattern pieces (`_units`), for `_alternation`."""
    root: _Trie = {}
    for name in names:
        node = root
        for unit in _units(name):
            node = node.setdefault(unit, {})
        node[""] = {}
    return root


def _units(name: str) -> list[str]:
    """A name's pattern in pieces: each character escaped, whitespace between words."""
    units: list[str] = []
    for k, word in enumerate(name.split()):
        if k:
            units.append(r"\s+")
        units.extend(re.escape(c) for c in word)
    return units


def _alternation(node: _Trie, after_first: str = "") -> str:
    """The names of a trie as one pattern: longer names before the one ending here.

    The branches of a node start with different characters (or whitespace), so at
    most one of them can match at a position; the name ending at the node is tried
    last, after the longer names that extend it. `after_first` follows the first
    character of every name.
    """
    branches = [unit + after_first + _alternation(child) for unit, child in node.items() if unit]
    if "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


Found = tuple[tuple[int, int, Target, bool], ...]


def find(text: str, m: Matcher, start: int = 0, end: int | None = None) -> Found:
    """Non-overlapping (start, end, target, typo) matches in text[start:end], leftmost-longest.

    Entities, events and people's names all ask for a sentence's names: a text's names
    are read once for all its sentences, and the answers kept, for the last few dozen
    texts (a str caches its hash).
    """
    return _scan(text, m).find(start, len(text) if end is None else end)


@lru_cache(maxsize=64)
def _scan(text: str, m: Matcher) -> _Scan:
    return _Scan(text, m)


class _Scan:
    """The names of a whole text, for its sentences to share, and the answers of `find`.

    What a sentence matches is what the whole text matches inside it when it is cut
    from the text at whitespace (`_cut`) and no match runs across its ends: names are
    then read from the same characters, with the same characters around them. Other
    spans are read alone (`_find_in`), and so is all of a text with a "Σ": it lowers
    by its context, so the whole text may fold unlike its sentences.
    """

    __slots__ = ("answers", "m", "marks", "reach", "starts", "text")

    def __init__(self, text: str, m: Matcher) -> None:
        self.text = text
        self.m = m
        self.answers: dict[tuple[int, int], Found] = {}
        # Name matches, acronyms and typos by their starts (at one start, in that order).
        self.marks: list[tuple[int, int, Target, bool]] | None = None
        if "\u03a3" not in text:
            self.marks = sorted(_marks(text, m), key=lambda h: h[0])
        self.starts = [h[0] for h in self.marks or ()]
        # reach[i]: the furthest end of the first i marks.
        self.reach = list(accumulate((h[1] for h in self.marks or ()), max, initial=-1))

    def find(self, start: int, end: int) -> Found:
        """`find` in text[start:end]."""
        answer = self.answers.get((start, end))
        if answer is None:
            answer = self.answers[start, end] = self._read(start, end)
        return answer

    def _read(self, start: int, end: int) -> Found:
        text = self.text
        if self.marks is None or not (start <= end and _cut(text, start) and _cut(text, end)):
            return _find_in(text, self.m, start, end)
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        if self.reach[i] > start or self.reach[j] > end:  # a match runs across an end
            return _find_in(text, self.m, start, end)
        if i == j:
            return ()
        marks = self.marks[i:j]
        return _resolve([h for h in marks if not h[3]], [h for h in marks if h[3]])


def _marks(text: str, m: Matcher) -> Iterator[tuple[int, int, Target, bool]]:
    """Name matches, acronyms and typos (typo True) over a whole text; typos are words,
    which never run across whitespace."""
    if m.words is not None:
        for hit in m.words.finditer(normalize(text)):
            yield hit.start(), hit.end(), m.targets[" ".join(hit.group().split())], False
    if m.acronyms is not None:
        for hit in m.acronyms.finditer(text):
            yield hit.start(), hit.end(), m.targets["\0" + hit.group()], False
    candidates = set(_TYPO_CANDIDATE.findall(text))
    if any(_typo_word(w, m) is not None for w in candidates):  # rare: find where
        for w in _TYPO_CANDIDATE.finditer(text):
            target = _typo_word(w.group(), m)
            if target is not None:
                yield w.start(), w.end(), target, True


def _cut(text: str, at: int) -> bool:
    """True when text may be cut at offset `at` for names: the text ends there, or
    whitespace is on one side of it (no word, no name starts or ends in whitespace)."""
    if at == 0 or at == len(text):
        return True
    return 0 < at < len(text) and (text[at - 1].isspace() or text[at].isspace())


def _find_in(text: str, m: Matcher, start: int, end: int) -> Found:
    """`find` reading text[start:end] alone."""
    folded = normalize(text[start:end])
    found: list[tuple[int, int, Target, bool]] = []
    if m.words is not None:
        for hit in m.words.finditer(folded):
            key = " ".join(hit.group().split())
            found.append((start + hit.start(), start + hit.end(), m.targets[key], False))
    if m.acronyms is not None:
        for hit in m.acronyms.finditer(text, start, end):
            found.append((hit.start(), hit.end(), m.targets["\0" + hit.group()], False))
    typos: list[tuple[int, int, Target, bool]] = []
    for w in _TYPO_CANDIDATE.finditer(text[start:end]):
        target = _typo_word(w.group(), m)
        if target is not None:
            typos.append((start + w.start(), start + w.end(), target, True))
    return _resolve(found, typos)


def _resolve(
    found: list[tuple[int, int, Target, bool]], typos: Sequence[tuple[int, int, Target, bool]]
) -> Found:
    """Matches kept leftmost-longest (of one start and length, name matches before
    acronyms), then the typos in words no kept match starts in, in order."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Target, bool]] = []
    for f in found:
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    covered = [(s, e) for s, e, _, _ in kept]
    for typo in typos:
        if not any(cs <= typo[0] < ce for cs, ce in covered):
            kept.append(typo)
    kept.sort(key=lambda f: f[0])
    return tuple(kept)


@lru_cache(maxsize=1 << 16)
def _typo_word(token: str, m: Matcher) -> Target | None:
    """The name a capitalised word of four letters or more misspells, if any.

    A word two letters longer than every key of the typo index is one edit away from
    no name: it is not compared (a whole text may be one long word).
    """
    if len(token) < 4 or len(token) > m.longest + 1:
        return None
    if not token[0].isupper() or not token.isalpha():
        return None
    return _typo(token.lower(), m)


@lru_cache(maxsize=1 << 16)
def _typo(token: str, m: Matcher) -> Target | None:
    if token in m.known or token in vocabulary("id").stopwords:
        return None
    candidates = set(m.deletes.get(token, ()))
    for i in range(len(token)):
        candidates.update(m.deletes.get(token[:i] + token[i + 1 :], ()))
    hits = sorted(c for c in candidates if damerau1(token, c))
    return m.targets[hits[0]] if len(hits) == 1 else None


def extract(analysis: Analysis, sentences: Sequence[Sentence], m: Matcher) -> Iterator[Mention]:
    """Entity mentions of a document, sentence by sentence."""
    doc = analysis.doc
    for sentence in sentences:
        for s, e, target, typo in find(doc.text, m, sentence.start, sentence.end):
            if target.kind != "entity":
                continue
            yield Mention(
                doc=doc.id,
                sentence=sentence.index,
                entity=target.id,
                name=target.canonical if typo else target.name,
                former=target.former,
                typo=typo,
                evidence=evidence(doc, s, e, target.id),
            )


def extract_events(
    analysis: Analysis, sentences: Sequence[Sentence], m: Matcher, knowledge: Knowledge
) -> Iterator[EventMention]:
    """Named recurring and scheduled events of a document.

    A scheduled event counts only in documents of its year: "Pertemuan Tahunan IMF-WB"
    names a different meeting every year.
    """
    doc = analysis.doc
    year = (analysis.publication.value or "")[:4]
    for sentence in sentences:
        for s, e, target, typo in find(doc.text, m, sentence.start, sentence.end):
            if typo or target.kind == "entity":
                continue
            if target.kind == "scheduled":
                event = knowledge.scheduled[target.id]
                if year.isdigit() and not _near(int(year), event.start, event.end):
                    continue
            yield EventMention(
                doc=doc.id,
                sentence=sentence.index,
                event=target.id,
                evidence=evidence(doc, s, e, target.id),
            )


def _near(year: int, start: str, end: str) -> bool:
    return int(start[:4]) <= year <= int(end[:4]) or abs(year - int(start[:4])) == 0


_ = dt  # datetime kept for typed callers
