"""Flags a weekday that does not fit the date written beside it.

## What it flags
"Jumat (13/10)" in an article from October 2018: 13 October 2018 was a
Saturday. The date and the weekday cannot both be right.

## Why it matters
Readers and other outlets copy dates; a wrong weekday or a wrong day number
spreads. The pair is an internal contradiction, so one of the two is wrong.

## What to do
Check the date against the source or the calendar and correct the weekday or
the day. kronik keeps the date as written (nearest the publication date) and
reports the weekday it should have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..corpus import Corpus, evidence, timexes
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report each date whose written weekday differs from its calendar weekday."""
    for analysis, t in timexes(corpus):
        if t.weekday is None or len(t.value) < 10 or not t.value[:4].isdigit():
            continue
        try:
            day = dt.date.fromisoformat(t.value[:10])
        except ValueError:
            continue
        if day.isoweekday() == t.weekday:
            continue
        written, actual = WEEKDAYS[t.weekday - 1], WEEKDAYS[day.isoweekday() - 1]
        yield report(
            RULE,
            f"{t.text!r}: {day.isoformat()} is a {actual}, not a {written}",
            (evidence(analysis.doc, t.start, t.end, t.value),),
        )


RULE = Rule(
    code="K101",
    name="weekday-mismatch",
    severity=Severity.ERROR,
    summary="A weekday that does not fit the date beside it",
    explanation=__doc__ or "",
    examples=(
        flags("---\npublished: 2018-10-14\n---\nRapat digelar Jumat (13/10) di Jakarta.\n"),
        passes("---\npublished: 2018-10-14\n---\nRapat digelar Sabtu (13/10) di Jakarta.\n"),
        passes("---\npublished: 2014-12-29\n---\nPesawat hilang Minggu (28/12/2014) pagi.\n"),
    ),
    check=check,
)
