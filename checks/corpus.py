"""The corpus a rule sees: the timeline, and what it knows of each document."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs

from kronik.timeline.document import Document, locate
from kronik.timeline.event import Analysis, Timeline
from kronik.timeline.timex import Timex

from .claim import Claims
from .finding import Evidence
from .pack import Knowledge


@attrs.frozen(kw_only=True)
class Corpus:
    """Everything rules read: the analysed documents and what was read from them.

    Rules compare claims and timexes, not the timeline's rows, so a corpus holds its
    documents' analyses rather than an assembled `Timeline` (whose events and rows a
    corpus of many stories would build for nothing).
    """

    analyses: MappingProxyType[str, Analysis]  # by document id, in document order
    corpus_date: dt.date | None  # the date undated documents chose years near
    reported: frozenset[str]  # ids of documents findings are reported on (not --against ones)
    knowledge: Knowledge
    claims: Claims
    # Each document's sentence stems counted (`checks.story.terms`), when read already:
    # rules that weigh words by their sentences use them rather than count again.
    terms: Mapping[str, Counter[str]] = MappingProxyType({})

    @classmethod
    def from_analyses(
        cls,
        analyses: Iterable[Analysis],
        corpus_date: dt.date | None,
        knowledge: Knowledge,
        reported: frozenset[str] | None = None,
        claims: Claims | None = None,
        terms: Mapping[str, Counter[str]] | None = None,
    ) -> Corpus:
        """A corpus of analysed documents (in any order), with their claims (extracted
        unless given)."""
        from .claims import extract_claims

        ordered = sorted(analyses, key=lambda a: (a.doc.id, a.doc.path))
        by_id = MappingProxyType({a.doc.id: a for a in ordered})
        return cls(
            analyses=by_id,
            corpus_date=corpus_date,
            reported=reported if reported is not None else frozenset(by_id),
            knowledge=knowledge,
            claims=claims if claims is not None else extract_claims(ordered, knowledge),
            terms=MappingProxyType(dict(terms)) if terms is not None else MappingProxyType({}),
        )

    @classmethod
    def from_timeline(
        cls,
        timeline: Timeline,
        knowledge: Knowledge,
        reported: frozenset[str] | None = None,
        claims: Claims | None = None,
        terms: Mapping[str, Counter[str]] | None = None,
    ) -> Corpus:
        """A corpus of every document of a timeline, with its claims (extracted unless given)."""
        return cls.from_analyses(
            timeline.analyses, timeline.corpus, knowledge, reported, claims, terms
        )


def timexes(corpus: Corpus) -> Iterator[tuple[Analysis, Timex]]:
    """Every timex of every document, in document order."""
    for analysis in corpus.analyses.values():
        for t in analysis.timexes:
            yield analysis, t


def evidence(doc: Document, start: int, end: int, value: str) -> Evidence:
    """Evidence for a span of a document, with its line and column in the file."""
    line, column = locate(doc, start)
    return Evidence(
        doc=doc.id,
        path=doc.path,
        line=line,
        column=column,
        start=start,
        end=end,
        text=doc.text[start:end],
        value=value,
    )
