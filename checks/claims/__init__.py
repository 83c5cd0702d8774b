"""Claim extraction: one module per kind of claim, run over every analysed document."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from kronik.timeline.event import Analysis

from ..claim import Claims
from ..pack import Knowledge
from . import dates, entities, quantities, quotes, titles


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


def extract_claims(analyses: Sequence[Analysis], knowledge: Knowledge) -> Claims:
    """Every claim of every document, in document order."""
    matcher = entities.matcher(knowledge)
    mentions, events, found_dates = [], [], []
    found_quantities, found_titles, found_quotes = [], [], []
    for analysis in analyses:
        sents = tuple(sentences(analysis))
        doc_mentions = tuple(entities.extract(analysis, sents, matcher))
        doc_events = tuple(entities.extract_events(analysis, sents, matcher, knowledge))
        mentions.extend(doc_mentions)
        events.extend(doc_events)
        found_dates.extend(dates.extract(analysis, sents, doc_mentions, doc_events, knowledge))
        found_quantities.extend(quantities.extract(analysis, sents))
        found_titles.extend(titles.extract(analysis, sents, knowledge))
        found_quotes.extend(quotes.extract(analysis, sents))
    return Claims(
        mentions=tuple(mentions),
        events=tuple(events),
        dates=tuple(found_dates),
        quantities=tuple(found_quantities),
        titles=tuple(found_titles),
        quotes=tuple(found_quotes),
    )
