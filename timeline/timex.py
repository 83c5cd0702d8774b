"""Temporal expressions (TIMEX3) and the calendar arithmetic on their values.

A `Timex` is one temporal expression as found in a text: where it is, what it
says, and its TimeML value. Values use TIMEX3 syntax throughout kronik
(``2018-10-13``, ``2018-10``, ``2018``, ``2018-W41``, ``2018-Q3``,
``2014-12-28T06:18``, ``2014-12-28TMO``, ``P3D``, ``PRESENT_REF`` ...).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

import attrs


class TimexType(enum.StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Anchor(enum.StrEnum):
    """What a timex's value was computed from."""

    ABSOLUTE = "absolute"  # the text alone gives the value ("13 Oktober 2018")
    PUBLICATION = "publication"  # relative to the publication date ("kemarin")
    FOCUS = "focus"  # relative to the date in focus ("sehari kemudian")
    NONE = "none"  # durations, sets, references like PRESENT_REF
    UNRESOLVED = "unresolved"  # needed an anchor that was not known


# TIMEX3 value grammar, as much of it as kronik writes or reads.
_DATE_VALUE = re.compile(
    r"""^(?:
        (?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)               # day, maybe unknown parts
          (?:T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|AF|EV|NI|DT|XX)  # time or part of day
             (?:Z|[+-]\d{2}(?::?\d{2})?)?)?                      # zone
      | (?:\d{4}|XXXX)-(?:\d{2}|XX)        # month
      | (?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-WE|-[1-7])?   # week, weekend, weekday
      | (?:\d{4}|XXXX)-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)  # quarter, half, season
      | \d{4} | \d{3}X? | \d{2}(?:XX)? | XXXX   # year, decade (198 or 198X), century
      | PRESENT_REF | PAST_REF | FUTURE_REF
    )$""",
    re.VERBOSE,
)
_DURATION_VALUE = re.compile(
    r"^P(?:(?:[\dX]+(?:\.\d+)?(?:DE|CE|ML|[YMWDQ]))+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?"
    r"|T(?:[\dX]+(?:\.\d+)?[HMS])+)$"
)


def is_timex3_value(value: str) -> bool:
    """Whether `value` is a TIMEX3 value kronik can read."""
    return bool(_DATE_VALUE.match(value) or _DURATION_VALUE.match(value))


def _valid_offsets(instance: Timex, attribute: attrs.Attribute, value: int) -> None:
    if not 0 <= instance.start < instance.end:
        raise ValueError(f"timex span must satisfy 0 <= start < end, got {instance.start}..{value}")


def _valid_value(instance: Timex, attribute: attrs.Attribute, value: str) -> None:
    if not is_timex3_value(value):
        raise ValueError(f"not a TIMEX3 value: {value!r}")


def _valid_optional_value(instance: Timex, attribute: attrs.Attribute, value: str | None) -> None:
    if value is not None and not is_timex3_value(value):
        raise ValueError(f"not a TIMEX3 value: {value!r}")


@attrs.frozen(kw_only=True)
class Timex:
    """One temporal expression, with its span in the text and its TIMEX3 value."""

    start: int  # character offsets into the text as read
    end: int = attrs.field(validator=_valid_offsets)
    text: str  # as written: "Sabtu (13/10)"
    type: TimexType
    value: str = attrs.field(validator=_valid_value)
    begin: str | None = attrs.field(default=None, validator=_valid_optional_value)
    until: str | None = attrs.field(default=None, validator=_valid_optional_value)
    mod: str | None = None  # TIMEX3 mod: APPROX, START, MID, END, LESS_THAN, MORE_THAN ...
    tense: str | None = None  # "past" or "future" when the text marks it ("lalu", "mendatang")
    anchor: Anchor = Anchor.ABSOLUTE
    rule: str = ""  # which recognizer or resolution rule decided the value
    zone: str | None = None  # UTC offset of a clock time, "+07:00" for WIB
    role: str = "mention"  # "mention", or "dateline" for the publication line
    note: str = ""  # how the value was decided, when more than the rule name says
    weekday: int | None = None  # the weekday as written beside a date, 1 = Monday


# --- calendar values ---

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a calendar TIMEX3 value covers, or None if it is not one."""
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), month_end(y, mo)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year, end_month = (y + 1, last - 12) if last > 12 else (y, last)
            return dt.date(y, first, 1), month_end(end_year, end_month)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:  # impossible calendar values such as 2018-02-31
        return None
    return None


def grain(value: str) -> str:
    """The granularity of a calendar value: day, month, year, week, quarter ..., or ''."""
    checks = (
        (_DAY, "day"),
        (_MONTH, "month"),
        (_YEAR, "year"),
        (_WEEK, "week"),
        (_QUARTER, "quarter"),
        (_HALF, "half"),
        (_SEASON, "season"),
        (_DECADE, "decade"),
        (_CENTURY, "century"),
    )
    for pattern, name in checks:
        if pattern.match(value):
            return "time" if name == "day" and "T" in value else name
    return ""


def day_value(day: dt.date) -> str:
    """TIMEX3 value of a day."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def month_value(year: int, month: int) -> str:
    """TIMEX3 value of a month."""
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """TIMEX3 value of the ISO week holding `day`."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Calendar arithmetic on (year, month)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(value: str, *, years: int = 0) -> str | None:
    """The same calendar value `years` later (negative: earlier), or None."""
    if m := _DAY.match(value):
        y, mo, d = int(m[1]) + years, int(m[2]), int(m[3])
        d = min(d, calendar.monthrange(y, mo)[1]) if 1 <= y <= 9999 else d
        return value.replace(m[1] + "-" + m[2] + "-" + m[3], f"{y:04d}-{mo:02d}-{d:02d}", 1)
    for pattern in (_MONTH, _YEAR, _WEEK, _QUARTER, _HALF, _SEASON):
        if m := pattern.match(value):
            return f"{int(m[1]) + years:04d}" + value[4:]
    return None
