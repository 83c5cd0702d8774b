"""Events and the timeline: every dated statement of every document, in one order.

`analyze` reads one document: its language, publication date, sentences and
timexes. `build` does that for a corpus: documents without a publication date
choose years near the corpus's own dates, so the whole corpus is read before
any one document is resolved, and the result does not depend on file order.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from functools import partial

import attrs

from . import sentences as sentence_splitter
from .document import Document, locate
from .language import detect
from .lexicon import lexicon
from .parallel import map_in_order
from .publication import (
    UNKNOWN,
    Publication,
    dateline_value,
    day_of,
    find_dateline,
    infer,
    self_anchor,
)
from .resolve import future_sentences
from .tagger import find_timexes, recognize
from .timex import Anchor, Timex, TimexType, grain, interval


@attrs.frozen(kw_only=True)
class Analysis:
    """One document read through: language, publication date, sentences and timexes."""

    doc: Document
    lang: str
    publication: Publication
    sentences: tuple[tuple[int, int], ...]
    timexes: tuple[Timex, ...]


@attrs.frozen(kw_only=True)
class Event:
    """A dated statement: what a document says happened when."""

    doc: str
    date: str  # TIMEX3 value; the start of a range
    end: str | None  # the end of a range
    grain: str  # day, month, year, time, week, quarter ...
    expression: str  # the temporal expression as written
    text: str  # the sentence
    line: int
    column: int
    offset: int  # character offset of the expression in the document text
    timex: Timex


@attrs.frozen(kw_only=True)
class Row:
    """One date of the timeline with every event that sources give for it."""

    date: str
    end: str | None
    grain: str
    events: tuple[Event, ...]


@attrs.frozen(kw_only=True)
class Timeline:
    """Documents, their events in date order, and the events merged by date into rows."""

    analyses: tuple[Analysis, ...]
    events: tuple[Event, ...]
    rows: tuple[Row, ...]
    corpus: dt.date | None = None  # the date documents without one were read near


def regions(doc: Document) -> tuple[tuple[int, int], ...]:
    """The article text of a document: its body without site furniture lines."""
    out = []
    position = doc.body[0]
    for start, end in sorted(doc.furniture):
        if start > position:
            out.append((position, start))
        position = max(position, end)
    if position < doc.body[1]:
        out.append((position, doc.body[1]))
    return tuple(out)


def analyze(
    doc: Document,
    *,
    corpus: dt.date | None = None,
    lang: str | None = None,
    ref: dt.date | None = None,
) -> Analysis:
    """Read one document: language, publication date, sentences, resolved timexes."""
    parts = regions(doc)
    language = lang or doc.lang or detect(" ".join(doc.text[s:e] for s, e in parts[:20]))
    if language not in ("id", "en"):
        language = detect(doc.text[doc.body[0] : doc.body[1]])
    mentions = recognize(doc.text, lang=language, regions=parts)
    spans = tuple(
        s
        for start, end in parts
        for s in sentence_splitter.split(doc.text, start, end, lang=language)
    )
    dateline = find_dateline(doc.text, doc.body, mentions)
    if ref is not None:
        publication = Publication(value=ref.isoformat(), basis="explicit", rule="given")
    elif doc.published:
        publication = Publication(value=doc.published, basis="explicit", rule="front-matter")
    elif dateline is not None:
        publication = Publication(value=dateline_value(dateline), basis="explicit", rule="dateline")
    else:
        publication = _infer(doc, language, parts, mentions, spans, corpus)
    timexes = find_timexes(
        doc.text,
        lang=language,
        ref=day_of(publication.value),
        corpus=corpus,
        regions=parts,
        mentions=mentions,
        spans=spans,
    )
    if dateline is not None:
        timexes = tuple(
            attrs.evolve(t, role="dateline") if t.start == dateline.start else t for t in timexes
        )
    return Analysis(
        doc=doc, lang=language, publication=publication, sentences=spans, timexes=timexes
    )


def _infer(
    doc: Document,
    lang: str,
    parts: Sequence[tuple[int, int]],
    mentions: Sequence,
    spans: Sequence[tuple[int, int]],
    corpus: dt.date | None,
) -> Publication:
    first = find_timexes(
        doc.text, lang=lang, corpus=corpus, regions=parts, mentions=mentions, spans=spans
    )
    anchor = self_anchor(first) or corpus
    timexes = find_timexes(
        doc.text, lang=lang, corpus=anchor, regions=parts, mentions=mentions, spans=spans
    )
    future = future_sentences(doc.text, spans, lexicon(lang).future_tense)
    return infer(timexes, future) if timexes else UNKNOWN


def corpus_date(docs: Iterable[Document]) -> dt.date | None:
    """The middle of the corpus's stated publication dates (else of its documents' own dates)."""
    stated: list[dt.date] = []
    own: list[dt.date] = []
    for doc in docs:
        if doc.published and (day := day_of(doc.published)):
            stated.append(day)
            continue
        parts = regions(doc)
        lang = doc.lang or detect(" ".join(doc.text[s:e] for s, e in parts[:20]))
        lang = lang if lang in ("id", "en") else "id"
        mentions = recognize(doc.text, lang=lang, regions=parts)
        dateline = find_dateline(doc.text, doc.body, mentions)
        if dateline is not None and (day := day_of(dateline_value(dateline))):
            stated.append(day)
        elif anchor := self_anchor(
            find_timexes(doc.text, lang=lang, regions=parts, mentions=mentions)
        ):
            own.append(anchor)
    dates = sorted(stated or own)
    return dates[(len(dates) - 1) // 2] if dates else None


def build(
    docs: Sequence[Document],
    progress: Callable[[Document], None] | None = None,
    jobs: int = 1,
) -> Timeline:
    """The timeline of a corpus: every document analysed, events ordered and merged by date.

    `progress`, when given, is called after each document is analysed (for a
    progress bar; the timeline itself never prints). `jobs` processes analyse
    documents side by side (0: every core); the timeline is the same.
    """
    docs = sorted(docs, key=lambda d: (d.id, d.path))
    corpus = corpus_date(docs)
    analysed = map_in_order(partial(_analyze, corpus=corpus), docs, jobs, progress)
    return assemble(analysed, corpus)


def _analyze(doc: Document, corpus: dt.date | None) -> Analysis:
    return analyze(doc, corpus=corpus)


def assemble(analyses: Iterable[Analysis], corpus: dt.date | None) -> Timeline:
    """The timeline of documents analysed already (in any order, e.g. by worker processes)."""
    ordered = tuple(sorted(analyses, key=lambda a: (a.doc.id, a.doc.path)))
    events = sorted((e for a in ordered for e in events_of(a)), key=_event_order)
    return Timeline(
        analyses=ordered, events=tuple(events), rows=tuple(merge(events)), corpus=corpus
    )


def events_of(analysis: Analysis) -> list[Event]:
    """The events of one analysed document: its dated, resolved timexes with their sentences."""
    doc = analysis.doc
    starts = [s for s, _ in analysis.sentences]
    out = []
    for t in analysis.timexes:
        if t.role != "mention" or t.anchor == Anchor.UNRESOLVED:
            continue
        if t.type not in (TimexType.DATE, TimexType.TIME) or interval(t.value) is None:
            continue
        i = bisect.bisect_right(starts, t.start) - 1
        sentence = analysis.sentences[i] if i >= 0 else (t.start, t.end)
        line, column = locate(doc, t.start)
        out.append(
            Event(
                doc=doc.id,
                date=t.begin or t.value,
                end=t.until,
                grain=grain(t.value),
                expression=t.text,
                text=doc.text[sentence[0] : sentence[1]].strip(),
                line=line,
                column=column,
                offset=t.start,
                timex=t,
            )
        )
    return out


def _event_order(e: Event) -> tuple:
    span = interval(e.date)
    end_span = interval(e.end) if e.end else span
    assert span is not None and end_span is not None
    return (span[0], end_span[1], e.date, e.end or "", e.doc, e.offset)


def merge(events: Sequence[Event]) -> list[Row]:
    """Rows of the timeline: events with the same date (or range) merged into one row."""
    rows: dict[tuple[str, str | None], list[Event]] = {}
    for e in events:
        rows.setdefault((e.date.split("T")[0], e.end), []).append(e)
    out = [
        Row(date=date, end=end, grain=grain(date), events=tuple(group))
        for (date, end), group in rows.items()
    ]
    return sorted(out, key=lambda r: _event_order(r.events[0]))
