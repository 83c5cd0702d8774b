"""Publication dates: stated (front matter, TimeML DCT, a dateline) or inferred from the text.

The publication date anchors every relative expression, so kronik records how
it knows it: `explicit` (front matter, DCT, or a dateline such as "Minggu, 14
Okt 2018 15:14 WIB"), `inferred` (from the article's own dates: "Jumat (2/9)
kemarin" puts publication the day after; otherwise the latest date the article
reports as past), or `unknown`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .lang import Mention
from .timex import Anchor, Timex, TimexType, day_value, interval

DATELINE_REACH = 600  # characters into the body where a dateline may stand


@attrs.frozen(kw_only=True)
class Publication:
    """When a document was published, and how kronik knows."""

    value: str | None  # TIMEX3 value: a day, or a day with a time
    basis: str  # explicit, inferred, unknown
    rule: str  # front-matter, dct, dateline, kemarin-marker, latest-past-date, ...
    earliest: str | None = None  # bounds, when inferred
    latest: str | None = None


UNKNOWN = Publication(value=None, basis="unknown", rule="no-dates")


def day_of(value: str | None) -> dt.date | None:
    """The first day of a TIMEX3 calendar value, or None."""
    span = interval(value) if value else None
    return span[0] if span else None


def find_dateline(text: str, body: tuple[int, int], mentions: Sequence[Mention]) -> Mention | None:
    """A full date near the top that dates the article itself, not an event in it."""
    for m in mentions:
        if m.start > body[0] + DATELINE_REACH:
            break
        if m.kind != "calendar" or m.year is None or m.day is None or m.impossible or m.until_day:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : m.start].strip()
        after = text[m.end : line_end].strip()
        if not before and len(after) <= 12:  # "Minggu, 14 Okt 2018 15:14 WIB" on its own line
            return m
        if len(before) <= 40 and re.match(r"^(?:\([A-Za-z .]+\)\s*)?[-–—]", after):
            return m  # "Jakarta, 14/10/2018 (ANTARA) -"
    return None


def dateline_value(m: Mention) -> str:
    """The TIMEX3 value of a dateline mention."""
    assert m.year is not None and m.month is not None and m.day is not None
    day = day_value(dt.date(m.year, m.month, m.day))
    return f"{day}T{m.hour:02d}:{(m.minute or 0):02d}" if m.hour is not None else day


def self_anchor(timexes: Sequence[Timex]) -> dt.date | None:
    """The latest date a document states with its year and does not mark as future."""
    ends = [
        span[1]
        for t in timexes
        if t.anchor == Anchor.ABSOLUTE
        and t.tense != "future"
        and t.type in (TimexType.DATE, TimexType.TIME)
        and (span := interval(t.until or t.value)) is not None
        and span[1].year >= 1900
        and "-" in t.value  # a year alone ("pada 2017") says little about when the article ran
    ]
    if not ends:
        ends = [
            span[1]
            for t in timexes
            if t.anchor == Anchor.ABSOLUTE
            and t.tense != "future"
            and t.type == TimexType.DATE
            and (span := interval(t.until or t.value)) is not None
            and span[1].year >= 1900
        ]
    return max(ends) if ends else None


def infer(timexes: Sequence[Timex], future_spans: Sequence[tuple[int, int]] = ()) -> Publication:
    """A publication date from a document's own resolved dates (resolved without one)."""
    days = []
    for t in timexes:
        if (
            t.type not in (TimexType.DATE, TimexType.TIME)
            or t.anchor == Anchor.UNRESOLVED
            or t.until
        ):
            continue
        span = interval(t.value)
        if span is None or span[0] != span[1]:
            continue
        days.append((span[0], t))
    for day, t in days:
        if t.text.lower().rstrip().endswith("kemarin") and t.tense == "past":
            return Publication(
                value=day_value(day + dt.timedelta(days=1)),
                basis="inferred",
                rule="kemarin-marker",
                earliest=day_value(day + dt.timedelta(days=1)),
                latest=day_value(day + dt.timedelta(days=1)),
            )
    past = [d for d, t in days if t.tense != "future" and not _inside(t, future_spans)]
    futures = [d for d, t in days if t.tense == "future"]
    if past:
        latest_past = max(past)
        latest = min((d for d in futures if d >= latest_past), default=None)
        return Publication(
            value=day_value(latest_past),
            basis="inferred",
            rule="latest-past-date",
            earliest=day_value(latest_past),
            latest=day_value(latest) if latest else None,
        )
    periods = [
        span
        for t in timexes
        if t.type == TimexType.DATE
        and t.anchor != Anchor.UNRESOLVED
        and t.tense != "future"
        and (span := interval(t.until or t.value)) is not None
    ]
    if periods:
        last = max(periods, key=lambda s: s[1])
        return Publication(
            value=day_value(last[1]),
            basis="inferred",
            rule="latest-past-period",
            earliest=day_value(last[0]),
        )
    return UNKNOWN


def _inside(t: Timex, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= t.start < end for start, end in spans)
