"""Claims: what one article states, typed, each with its evidence.

Extractors in `checks/claims/` turn an analysed document into claims; rules compare
claims across documents. Claims hold data only: ids, values, the evidence span and
the stems of the sentence they come from (for alignment).
"""

from __future__ import annotations

import attrs

from .finding import Evidence


@attrs.frozen(kw_only=True)
class Mention:
    """A known entity named in a document, resolved through pack aliases."""

    doc: str
    sentence: int  # index of the sentence in the document
    entity: str  # Entity.id
    name: str  # the pack name it matched (the canonical spelling when written with a typo)
    former: bool = False  # matched a former name ("Kominfo" for Komdigi)
    typo: bool = False  # matched one edit away from a known name ("Tokopedai")
    evidence: Evidence


@attrs.frozen(kw_only=True)
class EventMention:
    """A named recurring or scheduled event in a document ("Harbolnas", "Asian Games 2018")."""

    doc: str
    sentence: int
    event: str  # Recurring.id or Scheduled.id
    evidence: Evidence


@attrs.frozen(kw_only=True)
class DateClaim:
    """A dated statement: something happened (or will) at a date."""

    doc: str
    sentence: int
    value: str  # TIMEX3 value, start of a range
    end: str | None  # end of a range
    grain: str
    statement: bool  # the date of a statement ("kata X, Sabtu (13/10)"), not of the event
    events: tuple[str, ...]  # named events the date is told of (pack ids)
    entities: tuple[str, ...]  # entities named in the sentence (pack ids)
    context: frozenset[str]  # content stems of the sentence
    near: frozenset[str] = frozenset()  # content stems of the few words around the date
    tense: str | None  # "past" / "future" when the text marks it
    zone: str | None = None  # UTC offset of a clock time ("+07:00" for WIB)
    stated: bool = True  # the day is written, not taken from the date in focus ("pukul 06.17")
    evidence: Evidence


@attrs.frozen(kw_only=True)
class Quantity:
    """A number with what it counts: "25 miliar dolar AS", "700 juta orang", "70%"."""

    doc: str
    sentence: int
    value: float  # scaled: 25 miliar -> 25e9; the low end of a range ("dua atau tiga" -> 2)
    upper: float | None = None  # the high end of a range ("dua atau tiga" -> 3), else None
    unit: str  # "USD", "IDR", "%", or the counted noun's stem ("orang", "produk")
    counted: str  # stem of what is counted or measured, "" when unknown
    approx: str  # EQUAL, APPROX, MORE, LESS
    precision: float  # the step of the number as written: 25 miliar -> 1e9, 8,1 miliar -> 1e8
    time: str | None  # TIMEX3 value of the time it holds for, from its sentence
    context: frozenset[str]
    evidence: Evidence


@attrs.frozen(kw_only=True)
class Title:
    """A person given an office or title in a document, at a time."""

    doc: str
    sentence: int
    person: str  # full name as resolved in the document ("Bambang Soelistyo")
    office: str  # Office.id when the pack knows it, else the title folded ("menteri perdagangan")
    title: str  # the title as written
    past: bool  # marked as held before ("kala itu", "mantan")
    lasting: bool  # a title that coexists with others ("pendiri", "founder")
    time: str  # TIMEX3 value it holds at: the publication date unless the text says
    evidence: Evidence


@attrs.frozen(kw_only=True)
class Quote:
    """Words put in a speaker's mouth, direct quote or reported."""

    doc: str
    sentence: int
    speaker: str  # full name as resolved in the document, "" when unknown
    text: str  # the quoted words
    evidence: Evidence


@attrs.frozen(kw_only=True)
class Claims:
    """Every claim of a corpus, by kind, in document order."""

    mentions: tuple[Mention, ...] = ()
    events: tuple[EventMention, ...] = ()
    dates: tuple[DateClaim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    titles: tuple[Title, ...] = ()
    quotes: tuple[Quote, ...] = ()
