"""Temporal recognizers, one per language: they find spans and read their parts.

A recognizer turns text into `Mention`s: where an expression is and what it
says ("a Saturday, day 13 of month 10, no year"). It does not compute calendar
values; `timeline.resolve` does that, with the publication date and the date
in focus, the same way for every language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs


@attrs.frozen(kw_only=True)
class Mention:
    """One temporal expression as recognized, before resolution."""

    start: int
    end: int
    kind: str  # calendar, weekday, weekend, relative, clock, duration, set, reference,
    # same-period, holiday (a named day), holiday-day ("H-7": days from the holiday in focus)
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 1 = Monday ... 7 = Sunday
    until_day: int | None = None  # the end of a range ("8-14 Oktober", "Januari-Mei")
    until_month: int | None = None
    until_year: int | None = None
    hour: int | None = None
    minute: int | None = None
    until_hour: int | None = None  # the end of a clock range ("pukul 20.00-22.00")
    until_minute: int | None = None
    zone: str | None = None  # "+07:00"
    part: str | None = None  # MO, AF, EV, NI
    unit: str | None = None  # D, W, WE, M, Q, H, Y, DE, C (for relative expressions)
    offset: int = 0  # signed count of units from the anchor (days, for holidays)
    anchor: str = "publication"  # or "focus"
    year_offset: int | None = None  # "Oktober tahun lalu": the year relative to the anchor
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 20 for the 21st century
    season: str | None = None  # SP, SU, FA, WI ("summer 2018", "last winter")
    tense: str | None = None  # past, future, present (from markers such as lalu, mendatang)
    mod: str | None = None
    value: str | None = None  # durations, sets and references carry their value directly
    rule: str = ""
    impossible: bool = False  # the text names a day that does not exist ("31/02")
    dates: tuple[dt.date, ...] = ()  # a moving holiday: the days it fell on, for resolution
    focus_year: bool = False  # a period of "the year in focus" ("akhir tahun" after "2008")
    clause_tense: str | None = None  # past or future, from the verb before it in its clause
    # ("told supporters on Wednesday", "reopens on Monday"): weaker than a marker; today stays today
    aside: bool = False  # the same moment given again in another zone ("6:20 a.m. (2320 GMT
    # Sunday)"): resolved, but the day in focus stays the story's


Recognizer = Callable[[str, int, int], list[Mention]]


def recognizer(lang: str) -> Recognizer:
    """The recognizer for a language code."""
    if lang == "id":
        from . import id as module
    elif lang == "en":
        from . import en as module
    else:
        raise ValueError(f"no temporal recognizer for language {lang!r}")
    return module.recognize
