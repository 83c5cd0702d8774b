"""Claim extraction: one module per kind of claim, run over every analysed document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs

from kronik.timeline.event import Analysis

from ..claim import Claims
from ..pack import Knowledge
from . import dates, entities, people, quantities, quotes, titles


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence of an analysed document: its index, span and text."""

    index: int
    start: int
    end: int
    text: str


def sentences(analysis: Analysis) -> Iterator[Sentence]:
    """The sentences of a document, in order."""
    text = analysis.doc.text
    for index, (start, end) in enumerate(analysis.sentences):
        yield Sentence(index=index, start=start, end=end, text=text[start:end])


def extract_document(analysis: Analysis, knowledge: Knowledge) -> Claims:
    """Every claim of one document: what `kronik index` stores and worker processes return."""
    matcher, _ = people.matcher(knowledge)  # the one matcher people's names use too
    sents = tuple(sentences(analysis))
    doc_mentions = tuple(entities.extract(analysis, sents, matcher))
    doc_events = tuple(entities.extract_events(analysis, sents, matcher, knowledge))
    return Claims(
        mentions=doc_mentions,
        events=doc_events,
        dates=tuple(dates.extract(analysis, sents, doc_mentions, doc_events, knowledge)),
        quantities=tuple(quantities.extract(analysis, sents)),
        titles=tuple(titles.extract(analysis, sents, knowledge)),
        quotes=tuple(quotes.extract(analysis, sents)),
    )


def extract_claims(analyses: Sequence[Analysis], knowledge: Knowledge) -> Claims:
    """Every claim of every document, in document order."""
    return merge(extract_document(a, knowledge) for a in analyses)


def merge(parts: Iterable[Claims]) -> Claims:
    """The claims of several documents together, in the order given."""
    found: dict[str, list] = {f.name: [] for f in attrs.fields(Claims)}
    for part in parts:
        for name, items in found.items():
            items.extend(getattr(part, name))
    return Claims(**{name: tuple(items) for name, items in found.items()})


def by_document(claims: Claims) -> dict[str, Claims]:
    """Claims split by the document they come from, each kind in its order."""
    names = [f.name for f in attrs.fields(Claims)]
    found: dict[str, dict[str, list]] = {}
    for name in names:
        for claim in getattr(claims, name):
            found.setdefault(claim.doc, {n: [] for n in names})[name].append(claim)
    return {doc: Claims(**{n: tuple(v) for n, v in kinds.items()}) for doc, kinds in found.items()}
