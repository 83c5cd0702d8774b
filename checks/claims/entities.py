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
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from kronik.timeline.event import Analysis

from ..claim import EventMention, Mention
from ..corpus import evidence
from ..pack import Knowledge
from ..text import damerau1, words
from ..vocabulary import vocabulary

if TYPE_CHECKING:
    from . import Sentence

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

    def pattern(names: Sequence[str], flags: int = 0) -> re.Pattern[str] | None:
        if not names:
            return None
        parts = [r"\s+".join(re.escape(w) for w in n.split()) for n in names]
        parts.sort(key=len, reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?![\w])", flags)

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
        words=pattern(word_names),
        acronyms=pattern(list(acronyms)),
        targets=targets,
        deletes={k: tuple(sorted(v)) for k, v in deletes.items()},
        known=known,
    )


Found = tuple[tuple[int, int, Target, bool], ...]


def find(text: str, m: Matcher, start: int = 0, end: int | None = None) -> Found:
    """Non-overlapping (start, end, target, typo) matches in text[start:end], leftmost-longest.

    Entities, events and people's names all ask for a sentence's names: the
    answer is kept for the last few thousand sentences (a str caches its hash).
    """
    return _find(text, m, start, len(text) if end is None else end)


@lru_cache(maxsize=4096)
def _find(text: str, m: Matcher, start: int, end: int) -> Found:
    folded = normalize(text[start:end])
    found: list[tuple[int, int, Target, bool]] = []
    if m.words is not None:
        for hit in m.words.finditer(folded):
            key = " ".join(hit.group().split())
            found.append((start + hit.start(), start + hit.end(), m.targets[key], False))
    if m.acronyms is not None:
        for hit in m.acronyms.finditer(text, start, end):
            found.append((hit.start(), hit.end(), m.targets["\0" + hit.group()], False))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Target, bool]] = []
    for f in found:
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    covered = [(s, e) for s, e, _, _ in kept]
    for w in words(text[start:end]):
        token = w.group()
        if len(token) < 4 or not token[0].isupper() or not token.isalpha():
            continue
        s, e = start + w.start(), start + w.end()
        if any(cs <= s < ce for cs, ce in covered):
            continue
        typo = _typo(token.lower(), m)
        if typo is not None:
            kept.append((s, e, typo, True))
    kept.sort(key=lambda f: f[0])
    return tuple(kept)


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
