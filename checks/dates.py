"""Calendar helpers for rules: the days a date claim covers and how to show a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kronik.timeline.timex import interval

from .claim import DateClaim
from .finding import Evidence

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def span(claim: DateClaim) -> tuple[dt.date, dt.date] | None:
    """The first and last day a claim covers (a range runs to the end of its `end`)."""
    first = interval(claim.value[:10] if "T" in claim.value else claim.value)
    if first is None:
        return None
    if claim.end:
        last = interval(claim.end)
        if last is not None and last[1] >= first[0]:
            return first[0], last[1]
    return first


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether two day ranges share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


def show(value: str, end: str | None = None) -> str:
    """A date value for people: '11 Oct 2018', 'Nov 2018', '2017', 'Jan-May 2018'."""

    def one(v: str) -> str:
        v = v[:10] if "T" in v else v
        parts = v.split("-")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return v

    return f"{one(value)} - {one(end)}" if end else one(value)


def counted(groups: Iterable[tuple[str, Iterable[Evidence]]]) -> str:
    """'11 Nov 2018: 2 sources; 11 Oct 2018: 1 source', most sources first."""
    rows = []
    for label, evidence in groups:
        docs = {e.doc for e in evidence}
        rows.append((-len(docs), label, len(docs)))
    rows.sort()
    return "; ".join(f"{label}: {n} source{'s' if n != 1 else ''}" for _, label, n in rows)
