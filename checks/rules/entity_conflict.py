"""Flags distinct entities in the same slot of one event: two platforms for one sale.

## What it flags
Two articles tell the same thing (their sentences share most content words) but
name different members of one slot that a knowledge pack declares: "dipasarkan
di Tokopedia" in one, "dipasarkan melalui Shopee" in another. Both are
marketplaces, and not the same one. A parent and its child do not conflict (a
group and one of its platforms), and a former name counts as the entity it
names now.

## Why it matters
Readers act on the name: the shop to visit, the company to credit. At most one
of the two articles is right.

## What to do
Check which entity the source named, and say so in both articles if both were
involved.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..claim import Mention
from ..corpus import Corpus
from ..dates import counted
from ..finding import Finding, Severity
from ..pack import Knowledge
from ..rule import Rule, flags, passes, report
from ..text import content, similarity

MIN_SHARED = 3
MIN_SIMILARITY = 0.3


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report slot members that different articles give for the same happening."""
    knowledge = corpus.knowledge
    slotted = [m for m in corpus.claims.mentions if knowledge.entities[m.entity].slot]
    named_in: dict[str, set[str]] = {}
    for m in corpus.claims.mentions:
        named_in.setdefault(m.doc, set()).add(m.entity)
    contexts = {m: _context(corpus, m, slotted) for m in slotted}
    pairs: dict[tuple[str, frozenset[str]], set[Mention]] = {}
    for i, a in enumerate(slotted):
        for b in slotted[i + 1 :]:
            if a.doc == b.doc or a.entity == b.entity:
                continue
            slot = knowledge.entities[a.entity].slot
            if knowledge.entities[b.entity].slot != slot or _related(knowledge, a.entity, b.entity):
                continue
            if b.entity in named_in[a.doc] or a.entity in named_in[b.doc]:
                continue  # an article that names both knows they are two
            ca, cb = contexts[a], contexts[b]
            if len(ca & cb) < MIN_SHARED or similarity(ca, cb) < MIN_SIMILARITY:
                continue
            pairs.setdefault((slot or "", frozenset({a.entity, b.entity})), set()).update({a, b})
    for (slot, _), mentions in sorted(pairs.items(), key=lambda p: (p[0][0], sorted(p[0][1]))):
        groups: dict[str, list] = {}
        for m in sorted(mentions, key=lambda m: m.evidence):
            groups.setdefault(knowledge.entities[m.entity].names[0], []).append(m.evidence)
        yield report(
            RULE,
            f"different {slot} for one event: {counted(groups.items())}",
            tuple(sorted(m.evidence for m in mentions)),
        )


def _context(corpus: Corpus, m: Mention, slotted: list[Mention]) -> frozenset[str]:
    """Content stems of a mention's sentence, without the names of slot members."""
    analysis = corpus.analyses[m.doc]
    start, end = analysis.sentences[m.sentence]
    names = {
        s.evidence.start: s.evidence.end
        for s in slotted
        if s.doc == m.doc and start <= s.evidence.start < end
    }
    text = analysis.doc.text
    pieces, position = [], start
    for s, e in sorted(names.items()):
        pieces.append(text[position:s])
        position = max(position, e)
    pieces.append(text[position:end])
    return content(" ".join(pieces), analysis.lang)


def _related(knowledge: Knowledge, a: str, b: str) -> bool:
    """Whether one entity is the other's parent (or further up)."""
    return b in _ancestors(knowledge, a) or a in _ancestors(knowledge, b)


def _ancestors(knowledge: Knowledge, entity: str) -> set[str]:
    seen: set[str] = set()
    current = knowledge.entities.get(entity)
    while current is not None and current.parent and current.parent not in seen:
        seen.add(current.parent)
        current = knowledge.entities.get(current.parent)
    return seen


_FRONT = "---\npublished: 2018-10-14\n---\n"
RULE = Rule(
    code="K201",
    name="entity-conflict",
    severity=Severity.WARNING,
    summary="Distinct entities in the same slot of one event (two platforms for one sale)",
    explanation=__doc__ or "",
    examples=(
        flags(
            _FRONT
            + "Produk kopi Indonesia dipasarkan lewat platform Tokopedia mulai pekan depan.\n",
            _FRONT + "Produk kopi Indonesia dipasarkan lewat platform Shopee mulai pekan depan.\n",
        ),
        passes(
            _FRONT
            + "Produk kopi Indonesia dipasarkan lewat platform Tokopedia mulai pekan depan.\n",
            _FRONT
            + "Produk kopi Indonesia dipasarkan lewat platform Tokopedia mulai pekan depan.\n",
        ),
        passes(
            _FRONT
            + "Produk kopi Indonesia dipasarkan lewat platform Tokopedia mulai pekan depan.\n",
            _FRONT + "Harga cabai di pasar induk Jakarta naik; Shopee mencatat lonjakan pesanan.\n",
        ),
    ),
    check=check,
)
