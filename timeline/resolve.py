"""Resolution: from recognized mentions to TIMEX3 values, by calendar arithmetic.

Deictic expressions ("kemarin", "bulan lalu") count from the publication date;
anaphoric ones ("sehari kemudian", "hari itu", "periode yang sama tahun lalu")
from the date in focus, the last date the text resolved. A date written
without a year takes the year that puts it nearest the publication date, in
the direction its marker says ("lalu": before, "mendatang": after). Without a
publication date, a weekday fixes the year ("Jumat (2/9)" fits only 2011,
2016 and 2022 within 2010-2025) and the corpus's own dates choose among the
candidates. Every value records the rule that decided it.

dateparser is not used here: the field notes measured it swapping day and
month, ignoring weekdays and missing "mendatang", "pekan" and ranges; once the
recognizer has read the parts of an expression, the arithmetic is exact.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from functools import cache

import attrs

from .lang import Mention
from .timex import (
    Anchor,
    Timex,
    TimexType,
    add_months,
    day_value,
    grain,
    interval,
    month_value,
    shift,
    week_value,
)

TODAY = dt.date.today()
NEAR_DAYS = 7  # a date this close on the wrong side of its marker is still the near one


@attrs.frozen(kw_only=True)
class Context:
    """What resolution counts from."""

    ref: dt.date | None = None  # the publication date
    corpus: dt.date | None = None  # the middle of the corpus's dates, for documents without one
    today: dt.date = TODAY  # nothing in a news archive is published after this
    future_sentences: tuple[tuple[int, int], ...] = ()  # sentences written in the future tense


@attrs.define
class _Focus:
    """The date in focus while reading a document (mutable state of one resolution pass)."""

    day: dt.date | None
    value: str | None
    range: tuple[str, str] | None = None
    first: dt.date | None = None  # the first and last day of the value in focus
    last: dt.date | None = None
    holiday: dt.date | None = None  # the holiday the text is about, for "H-7"
    day_end: int = -1  # where the expression that set `day` ends in the text
    lead: dt.date | None = None  # the day of the text's main event: the earliest day (up to
    # publication) its first paragraph naming a day names ("searched on Tuesday for the
    # victims of the jet that crashed Monday": Monday)
    lead_end: int = -1  # where the expression that named the lead day ends
    value_end: int = -1  # where the expression that set `value` ends
    written: Timex | None = None  # the last date written with its year ("sepanjang 2008")
    named: tuple[int, dt.date] | None = None  # where the last day named ends, and the day,
    # holidays included ("misa malam Natal ... pukul 17.00")


# Words after which a date is a reference point, not the date of what is told:
# "menjelang Lebaran" does not move the narrative to Lebaran. Holidays are
# reference points too ("libur Lebaran", "momen Imlek"): they give their day
# only to what their own sentence tells.
_NOT_FOCUS = frozenset(("menjelang", "jelang"))
# Words before a year that make it an edge, not the time a sentence tells of ("since 1998").
_NOT_NARRATIVE = frozenset(
    ("since", "sejak", "until", "till", "hingga", "sampai", "by", "from", "dari")
)
# Words that tell an earlier day as the background of the lead's ("IHSG menguat hari ini
# setelah kemarin anjlok", "reopened Monday after the crash on Sunday"): it is not the lead.
_AFTER = frozenset(("setelah", "sesudah", "usai", "seusai", "pasca", "after", "following"))


def resolve(text: str, mentions: Sequence[Mention], context: Context) -> list[Timex]:
    """TIMEX3 timexes for the mentions of one text, in text order."""
    focus = _Focus(day=context.ref, value=day_value(context.ref) if context.ref else None)
    focus.first = focus.last = context.ref
    out: list[Timex] = []
    holidays = [i for i, m in enumerate(mentions) if m.kind == "holiday"]
    for i, mention in enumerate(mentions):
        if mention.kind == "holiday-day" and focus.holiday is None:
            focus.holiday = _next_holiday(mentions, holidays, i, context)
        timex = _resolve_one(text, mention, context, focus)
        if timex is None:
            continue
        out.append(timex)
        if mention.aside or _word_before(text, timex.start) in _NOT_FOCUS:
            continue  # "(2320 GMT Sunday)": the same moment in another zone, not the story's day
        if mention.kind == "holiday":
            span = interval(timex.value)
            if span is not None and span[0] == span[1]:
                focus.named = (timex.end, span[0])
            continue
        line_start = timex.start == 0 or text[timex.start - 1] == "\n"
        _update_focus(focus, timex, at_line_start=line_start, text=text, ref=context.ref)
    return out


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


def _next_holiday(
    mentions: Sequence[Mention], holidays: Sequence[int], i: int, context: Context
) -> dt.date | None:
    """The day of the first holiday named after mention i ("H-7 ... menjelang Lebaran").

    `holidays` are the indexes of the holiday mentions: a bisection, not a scan of
    every later mention for each "H-7" (quadratic in a text of many).
    """
    k = bisect.bisect_right(holidays, i)
    return _holiday_day(mentions[holidays[k]], context)[0] if k < len(holidays) else None


def _update_focus(
    focus: _Focus,
    timex: Timex,
    at_line_start: bool = False,
    text: str = "",
    ref: dt.date | None = None,
) -> None:
    if timex.type not in (TimexType.DATE, TimexType.TIME) or timex.anchor == Anchor.UNRESOLVED:
        return
    span = interval(timex.value)
    if span is None:
        return
    focus.value = timex.value.split("T")[0]
    focus.value_end = timex.end
    focus.first = span[0]
    focus.last = (interval(timex.until) or span)[1] if timex.until else span[1]
    if timex.anchor == Anchor.ABSOLUTE:
        focus.written = timex
    if span[0] == span[1]:
        focus.day = span[0]
        focus.day_end = timex.end
        focus.named = (timex.end, span[0])
        if (focus.lead is None and not at_line_start) or _earlier_lead(
            focus, span[0], timex.start, text, ref
        ):
            focus.lead, focus.lead_end = span[0], timex.end
    if timex.until:
        focus.range = (timex.begin or timex.value, timex.until)
    elif (
        (timex.value[:4].isdigit() and len(timex.value) in (4, 7))
        or "-Q" in timex.value
        or "-H" in timex.value
    ):
        focus.range = (timex.value, timex.value)


def _earlier_lead(focus: _Focus, day: dt.date, start: int, text: str, ref: dt.date | None) -> bool:
    """Whether a day named later in the lead's paragraph, before it and not after publication,
    is the main event's ("searched on Tuesday for the victims of the jet that crashed Monday"),
    not the background of the lead's ("menguat hari ini setelah kemarin anjlok")."""
    if focus.lead is None or day >= focus.lead or (ref is not None and day > ref):
        return False
    between = text[focus.lead_end : start]
    return "\n" not in between and not _AFTER & set(re.findall(r"\w+", between.lower()))


def _timex(text: str, m: Mention, type_: TimexType, value: str, **kw: object) -> Timex:
    return Timex(
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        type=type_,
        value=value,
        mod=m.mod,
        tense=m.tense,
        zone=_utc_offset(m.zone, value),
        weekday=m.weekday if m.kind == "calendar" else None,
        **kw,
    )  # type: ignore[arg-type]


_CLOCK_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})")


def _utc_offset(zone: str | None, value: str) -> str | None:
    """The UTC offset of a clock time's zone: as written ("+07:00"), or, for a zone with daylight
    saving time given by its IANA name ("America/New_York" for "ET"), the offset on that day."""
    if zone is None or zone[:1] in "+-":
        return zone
    m = _CLOCK_VALUE.match(value)
    tz = _zone_info(zone)
    if m is None or tz is None:
        return None
    try:
        moment = dt.datetime(int(m[1]), int(m[2]), int(m[3]), min(int(m[4]), 23), int(m[5]))
    except ValueError:
        return None
    offset = moment.replace(tzinfo=tz).utcoffset()
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@cache
def _zone_info(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _resolve_one(text: str, m: Mention, context: Context, focus: _Focus) -> Timex | None:
    if m.kind in ("duration", "set", "reference"):
        type_ = {"duration": TimexType.DURATION, "set": TimexType.SET, "reference": TimexType.DATE}[
            m.kind
        ]
        return _timex(text, m, type_, m.value or "PXX", anchor=Anchor.NONE, rule=m.rule)
    if m.kind == "clock":
        if focus.day is None:
            return _timex(
                text, m, TimexType.TIME, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule="clock"
            )
        if (day := _day_in_sentence(text, m, focus)) is not None:
            return _day_timex(text, m, day, Anchor.FOCUS, "clock-on-focus")
        if focus.lead is not None and not _focus_is_near(text, m, focus):
            # a clock time far from any date tells of the article's main event ("Sesi I
            # ditutup pukul 12.00 WIB" in an article that opens with "hari ini")
            return _day_timex(text, m, focus.lead, Anchor.FOCUS, "clock-on-lead-day")
        return _day_timex(text, m, focus.day, Anchor.FOCUS, "clock-on-focus")
    if m.kind == "same-period":
        return _same_period(text, m, focus)
    if m.kind == "holiday":
        return _holiday(text, m, context, focus)
    if m.kind == "holiday-day":
        if focus.holiday is None:
            return None  # "H-7" with no holiday in the text: not a date kronik can place
        day = focus.holiday + dt.timedelta(days=m.offset)
        return _day_timex(text, m, day, Anchor.FOCUS, "days-from-holiday")
    if m.kind == "weekend":
        return _weekend(text, m, context)
    if m.kind == "relative":
        return _relative(text, m, context, focus)
    if m.kind == "weekday":
        day = _day_in_sentence(text, m, focus)
        if m.tense is None and day is not None and day.isoweekday() == m.weekday:
            # "12 Desember mendatang, bertepatan dengan hari Selasa": that Tuesday
            return _day_timex(text, m, day, Anchor.FOCUS, "weekday-of-date-in-sentence")
        return _weekday(text, m, context)
    return _calendar(text, m, context, focus)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def _same_sentence(text: str, end: int, start: int) -> bool:
    """Whether `start` is in the sentence where `end` is."""
    return 0 <= end <= start and not _SENTENCE_END.search(text, end, start)


def _near(text: str, end: int, start: int) -> bool:
    """Whether `start` is in the paragraph and the sentence of `end`, or the sentence after."""
    if not 0 <= end <= start or "\n" in text[end:start]:
        return False
    return len(_SENTENCE_END.findall(text, end, start)) <= 1


def _focus_is_near(text: str, m: Mention, focus: _Focus) -> bool:
    """Whether the day in focus was written in the paragraph of `m`, in its sentence or the one
    before."""
    if not 0 <= focus.day_end <= m.start or "\n" in text[focus.day_end : m.start]:
        return False
    return len(_SENTENCE_END.findall(text, focus.day_end, m.start)) <= 1


def _day_in_sentence(text: str, m: Mention, focus: _Focus) -> dt.date | None:
    """The last day named earlier in the sentence of `m`, holidays included."""
    if focus.named is None or not focus.named[0] <= m.start:
        return None
    if _SENTENCE_END.search(text, focus.named[0], m.start):
        return None
    return focus.named[1]


def _with_time(day: str, m: Mention) -> str:
    if m.hour is not None:
        return f"{day}T{m.hour:02d}:{(m.minute or 0):02d}"
    if m.part:
        return f"{day}T{m.part}"
    return day


def _day_timex(
    text: str, m: Mention, day: dt.date, anchor: Anchor, rule: str, **kw: object
) -> Timex:
    if m.hour == 24 and not m.minute:  # "pukul 24.00", "midnight tonight": written as the
        # next day's 00:00, the one form ISO 8601-1:2019 keeps
        day, m = day + dt.timedelta(days=1), attrs.evolve(m, hour=0)
    value = _with_time(day_value(day), m)
    type_ = TimexType.TIME if "T" in value else TimexType.DATE
    if m.until_hour is not None and "begin" not in kw:  # "pukul 20.00-22.00 WIB"
        kw["begin"] = value
        kw["until"] = f"{day_value(day)}T{m.until_hour:02d}:{(m.until_minute or 0):02d}"
    return _timex(text, m, type_, value, anchor=anchor, rule=rule, **kw)


# --- calendar dates ---


def _calendar(text: str, m: Mention, context: Context, focus: _Focus) -> Timex | None:
    if m.decade is not None:
        return _timex(text, m, TimexType.DATE, f"{m.decade:03d}", rule=m.rule)
    if m.century is not None:
        return _timex(text, m, TimexType.DATE, f"{m.century:02d}", rule=m.rule)
    if m.impossible:
        return _timex(
            text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule="impossible-date"
        )
    if m.month is None and m.day is not None:  # "tanggal 17": the month in focus
        if focus.day is None:
            return _timex(
                text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule=m.rule
            )
        try:
            day = focus.day.replace(day=m.day)
        except ValueError:
            return None
        return _day_timex(text, m, day, Anchor.FOCUS, "day-of-focus-month")
    year, anchor, rule, note = _year_for(m, context, focus)
    if m.day is not None and m.year is None and m.year_offset is None and m.tense is None:
        # "Pada April 2013, UN ... yang seharusnya digelar pada 15 April": April 2013's 15th
        written = _written_before(text, m, context, focus, near=False)
        if written is not None and grain(written.value) == "month" and not written.until:
            written_year, written_month = map(int, written.value.split("-"))
            if written_month == m.month:
                year, anchor, rule, note = written_year, Anchor.FOCUS, "year-of-month-in-focus", ""
        elif (
            focus.value is not None
            and grain(focus.value) == "month"
            and int(focus.value[5:7]) == m.month
            and _same_sentence(text, focus.value_end, m.start)
        ):  # "arrested the following month and extradited on Dec. 21": that month's 21st
            year, anchor, rule, note = (
                int(focus.value[:4]),
                Anchor.FOCUS,
                "year-of-month-in-focus",
                "",
            )
    elif (
        m.month is not None
        and m.day is None
        and m.year is None
        and m.year_offset is None
        and m.tense is None
        and (written := focus.written) is not None
        and grain(written.value) == "year"
        and not written.until
        and _same_sentence(text, written.end, m.start)
        and _word_before(text, written.start) not in _NOT_NARRATIVE
    ):  # "except in 2020, when the pandemic pushed it to October": October 2020
        year, anchor, rule, note = int(written.value), Anchor.FOCUS, "year-in-sentence", ""
    if m.month is None:  # a year, or a quarter or half of one
        if year is None:
            return _timex(
                text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule=rule
            )
        if m.quarter:
            return _timex(
                text, m, TimexType.DATE, f"{year:04d}-Q{m.quarter}", anchor=anchor, rule=rule
            )
        if m.half:
            return _timex(
                text, m, TimexType.DATE, f"{year:04d}-H{m.half}", anchor=anchor, rule=rule
            )
        if m.season:
            return _timex(
                text, m, TimexType.DATE, f"{year:04d}-{m.season}", anchor=anchor, rule=rule
            )
        if m.until_year:
            return _timex(
                text,
                m,
                TimexType.DATE,
                f"{year:04d}",
                begin=f"{year:04d}",
                until=f"{m.until_year:04d}",
                anchor=anchor,
                rule=rule,
            )
        return _timex(text, m, TimexType.DATE, f"{year:04d}", anchor=anchor, rule=rule)
    if year is None:
        value = f"XXXX-{m.month:02d}-{m.day:02d}" if m.day else f"XXXX-{m.month:02d}"
        return _timex(text, m, TimexType.DATE, value, anchor=Anchor.UNRESOLVED, rule=rule)
    if m.day is None:
        value = month_value(year, m.month)
        if m.until_month:
            end_year = year if m.until_month >= m.month else year + 1
            return _timex(
                text,
                m,
                TimexType.DATE,
                value,
                begin=value,
                until=month_value(end_year, m.until_month),
                anchor=anchor,
                rule=rule,
            )
        return _timex(text, m, TimexType.DATE, value, anchor=anchor, rule=rule)
    try:
        day = dt.date(year, m.month, m.day)
    except ValueError:  # 29/02 in a year without it
        return _timex(
            text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule="impossible-date"
        )
    if m.until_day:
        until_month = m.until_month or m.month
        until_year = m.until_year or (year if until_month >= m.month else year + 1)
        try:
            until = day_value(dt.date(until_year, until_month, m.until_day))
        except ValueError:
            until = day_value(day)
        return _timex(
            text,
            m,
            TimexType.DATE,
            day_value(day),
            begin=day_value(day),
            until=until,
            anchor=anchor,
            rule=rule,
        )
    return (
        _day_timex(text, m, day, anchor, rule, note=note)
        if note
        else _day_timex(text, m, day, anchor, rule)
    )


def _year_for(m: Mention, context: Context, focus: _Focus) -> tuple[int | None, Anchor, str, str]:
    """The year of a calendar mention, how it was anchored, the rule, and a note."""
    if m.year is not None:
        return m.year, Anchor.ABSOLUTE, m.rule, ""
    if m.year_offset is not None:
        in_focus = focus.first or focus.day  # "June that year" after "March 2001": 2001
        base = in_focus if m.anchor == "focus" and in_focus else context.ref
        if base is None:
            return None, Anchor.UNRESOLVED, "unanchored-relative-year", ""
        anchor = Anchor.FOCUS if m.anchor == "focus" and in_focus else Anchor.PUBLICATION
        return base.year + m.year_offset, anchor, "relative-year", ""
    if m.month is None:
        ref = context.ref or context.corpus
        if (m.quarter or m.half or m.season) and ref is not None:  # "kuartal III", "semester II"
            tense = m.tense or ("future" if _in_future_sentence(m, context) else None)
            return _period_year(m, ref, tense, bool(m.tense)), Anchor.PUBLICATION, "period-year", ""
        return None, Anchor.UNRESOLVED, m.rule, ""
    if context.ref is not None:
        # A future word elsewhere in the sentence is weaker than a marker on the date: "the
        # alert level, raised on May 13, will stay" keeps the May 13 just past.
        sentence = m.tense is None and _in_future_sentence(m, context)
        year = _nearest_year(m, context.ref, "future" if sentence else m.tense, soft=sentence)
        return year, Anchor.PUBLICATION, "year-nearest-publication", ""
    if m.weekday is not None and m.day is not None:
        return _year_from_weekday(m, context)
    if context.corpus is not None:
        return _nearest_year(m, context.corpus, m.tense), Anchor.PUBLICATION, "year-from-corpus", ""
    return None, Anchor.UNRESOLVED, "no-year", ""


def _nearest_year(m: Mention, ref: dt.date, tense: str | None, *, soft: bool = False) -> int:
    """The year that puts a day or month nearest `ref`, on the side its marker says.

    A month named alone with nothing marking the future is this year's, or last
    year's when it lies more than two months ahead: news reports what happened.
    With `soft` (the future comes from the sentence, not the date) the past
    counts three times as far as the future instead of ruling it out.
    """
    assert m.month is not None
    if m.day is None and tense is None:
        ahead = (m.month - ref.month) % 12  # "Februari" in December is two months ahead
        if ahead == 0:
            return ref.year
        if ahead <= 2:
            return ref.year + (1 if m.month < ref.month else 0)
        return ref.year if m.month < ref.month else ref.year - 1
    best: tuple[tuple[int, int, int], int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            first = dt.date(year, m.month, m.day or 1)
        except ValueError:
            continue
        last = first if m.day else interval(month_value(year, m.month))[1]  # type: ignore[index]
        if last < ref:
            distance = (ref - last).days
            side = "past"
        elif first > ref:
            distance = (first - ref).days
            side = "future"
        else:
            distance, side = 0, "present"
        wrong_side = (tense == "past" and side == "future" and distance > NEAR_DAYS) or (
            tense == "future" and side == "past" and distance > NEAR_DAYS
        )
        if soft and side == "past":
            wrong_side, distance = False, 3 * distance
        weekday_miss = (
            m.weekday is not None and m.day is not None and first.isoweekday() != m.weekday
        )
        key = (int(wrong_side), distance, int(weekday_miss))
        if best is None or key < best[0]:
            best = (key, year)
    return best[1] if best else ref.year


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14: February after


def _period_year(m: Mention, ref: dt.date, tense: str | None, marked: bool) -> int:
    """The year of a quarter, half or season written without one ("kuartal III", "semester II").

    News reports the periods of the publication's year: one that starts more
    than four months after publication is last year's ("kuartal IV" in
    February). "mendatang" picks the next one not yet over, "lalu" the last one
    begun; a sentence in the future tense prefers what is ahead.
    """
    if m.season:
        first_month, last_month = _SEASON_MONTHS[m.season]
    else:
        months = 3 if m.quarter else 6
        number = m.quarter or m.half or 1
        first_month, last_month = months * (number - 1) + 1, months * number

    def first(year: int) -> dt.date:
        return dt.date(year, first_month, 1)

    def last(year: int) -> dt.date:
        return interval(month_value(*add_months(year, 1, last_month - 1)))[1]  # type: ignore[index]

    if marked and tense == "future":
        return ref.year if last(ref.year) >= ref else ref.year + 1
    if marked and tense == "past":
        return ref.year if first(ref.year) <= ref else ref.year - 1
    if tense == "future":  # nearest, what lies ahead counting double as near as what is past

        def distance(year: int) -> int:
            if last(year) < ref:
                return 2 * (ref - last(year)).days
            return max(0, (first(year) - ref).days)

        return min((ref.year - 1, ref.year, ref.year + 1), key=distance)
    return ref.year if first_month <= ref.month + 4 else ref.year - 1


def _year_from_weekday(m: Mention, context: Context) -> tuple[int | None, Anchor, str, str]:
    """Years in which the day falls on its weekday; the one nearest the corpus, else the latest."""
    assert m.month is not None and m.day is not None and m.weekday is not None
    centre = context.corpus.year if context.corpus else context.today.year
    low, high = centre - 15, min(context.today.year, centre + 15)
    fits = []
    for year in range(low, high + 1):
        try:
            if dt.date(year, m.month, m.day).isoweekday() == m.weekday:
                fits.append(year)
        except ValueError:
            continue
    if not fits:
        return None, Anchor.UNRESOLVED, "weekday-fits-no-year", ""
    if context.corpus is not None:
        year = min(fits, key=lambda y: (abs(y - centre), -y))
        basis = f"nearest the corpus ({context.corpus.isoformat()})"
    else:
        year = max(fits)
        basis = f"the latest up to {context.today.year}"
    shown = [y for y in fits if abs(y - year) <= 10]
    note = f"weekday fits {', '.join(map(str, shown))}; took {year}, {basis}"
    return year, Anchor.PUBLICATION, "year-from-weekday", note


# --- holidays ---


def _holiday(text: str, m: Mention, context: Context, focus: _Focus) -> Timex:
    day, anchor, rule = _holiday_day(m, context)
    ref = context.ref or context.corpus
    if (
        rule == "holiday-nearest-publication"
        and ref is not None
        and focus.day is not None
        and abs((focus.day - ref).days) > 31
        and _near(text, focus.day_end, m.start)
    ):  # "released on bail the following day and spent Christmas at home": the story's Christmas
        days = _holiday_days(m, focus.day.year - 1, focus.day.year + 1)
        if days:
            day, anchor, rule = (
                _nearest_day(days, focus.day, m.tense),
                Anchor.FOCUS,
                "holiday-near-focus",
            )
    if day is None:
        return _timex(text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule=rule)
    focus.holiday = day
    return _day_timex(text, m, day + dt.timedelta(days=m.offset), anchor, rule)


def _holiday_day(m: Mention, context: Context) -> tuple[dt.date | None, Anchor, str]:
    """The day a holiday falls on (before "H-5"): in its year, else the one nearest publication."""
    if m.year is not None:
        if m.dates:
            return m.dates[0], Anchor.ABSOLUTE, "holiday"
        if m.month is not None and m.day is not None:
            return dt.date(m.year, m.month, m.day), Anchor.ABSOLUTE, "holiday"
        return None, Anchor.UNRESOLVED, "holiday-year-unknown"
    ref = context.ref or context.corpus
    if ref is None:
        return None, Anchor.UNRESOLVED, "holiday-without-publication"
    if m.year_offset is not None:  # "Lebaran tahun lalu"
        year = ref.year + m.year_offset
        days = _holiday_days(m, year, year)
        if not days:
            return None, Anchor.UNRESOLVED, "holiday-year-unknown"
        return days[0], Anchor.PUBLICATION, "holiday-relative-year"
    tense = m.tense or ("future" if _in_future_sentence(m, context) else None)
    days = _holiday_days(m, ref.year - 1, ref.year + 1)
    if not days:
        return None, Anchor.UNRESOLVED, "holiday-year-unknown"
    return _nearest_day(days, ref, tense), Anchor.PUBLICATION, "holiday-nearest-publication"


def _holiday_days(m: Mention, first_year: int, last_year: int) -> list[dt.date]:
    if m.dates:
        return [d for d in m.dates if first_year <= d.year <= last_year]
    assert m.month is not None and m.day is not None
    out = []
    for year in range(first_year, last_year + 1):
        try:
            out.append(dt.date(year, m.month, m.day))
        except ValueError:  # 29 February
            continue
    return out


def _nearest_day(days: Iterable[dt.date], ref: dt.date, tense: str | None) -> dt.date:
    """The day nearest `ref`, on the side the tense says (a week's slack)."""

    def key(day: dt.date) -> tuple[int, int]:
        distance = abs((day - ref).days)
        wrong_side = (tense == "past" and day > ref and distance > NEAR_DAYS) or (
            tense == "future" and day < ref and distance > NEAR_DAYS
        )
        return int(wrong_side), distance

    return min(days, key=key)


def _weekend(text: str, m: Mention, context: Context) -> Timex:
    """ "akhir pekan": the weekend of the week a Saturday would be read in."""
    saturday = _weekday(text, attrs.evolve(m, kind="weekday", weekday=6), context)
    span = interval(saturday.value)
    if span is None:
        return _timex(
            text, m, TimexType.DATE, "XXXX-WXX-WE", anchor=Anchor.UNRESOLVED, rule="weekend"
        )
    return _timex(
        text,
        m,
        TimexType.DATE,
        week_value(span[0]) + "-WE",
        anchor=Anchor.PUBLICATION,
        rule="weekend",
    )


# --- weekdays and relative expressions ---


def _weekday(text: str, m: Mention, context: Context) -> Timex:
    assert m.weekday is not None
    if context.ref is None:
        return _timex(
            text,
            m,
            TimexType.DATE,
            f"XXXX-WXX-{m.weekday}",
            anchor=Anchor.UNRESOLVED,
            rule="weekday-without-publication",
        )
    ref = context.ref
    delta = (m.weekday - ref.isoweekday()) % 7
    if m.tense is None and m.clause_tense == "future":  # "reopens on Monday": today or after
        return _day_timex(
            text, m, ref + dt.timedelta(days=delta), Anchor.PUBLICATION, "weekday-next"
        )
    if m.tense is None and m.clause_tense == "past":  # "told supporters on Wednesday"
        back = (ref.isoweekday() - m.weekday) % 7
        return _day_timex(
            text, m, ref - dt.timedelta(days=back), Anchor.PUBLICATION, "weekday-last"
        )
    if m.tense == "future" or (m.tense is None and _in_future_sentence(m, context)):
        day = (
            ref + dt.timedelta(days=delta or 7)
            if m.tense == "future"
            else ref + dt.timedelta(days=delta)
        )
        rule = "weekday-next"
    elif m.tense == "present":  # "Senin ini": the one in the publication's week
        day = ref + dt.timedelta(days=m.weekday - ref.isoweekday())
        rule = "weekday-this-week"
    else:
        back = (ref.isoweekday() - m.weekday) % 7
        if m.tense == "past" and back == 0:
            back = 7
        day = ref - dt.timedelta(days=back)
        rule = "weekday-last"
    return _day_timex(text, m, day, Anchor.PUBLICATION, rule)


def _in_future_sentence(m: Mention, context: Context) -> bool:
    return any(start <= m.start < end for start, end in context.future_sentences)


def _relative(text: str, m: Mention, context: Context, focus: _Focus) -> Timex:
    try:
        return _relative_value(text, m, context, focus)
    except (OverflowError, ValueError):  # "2001 tahun lalu" from 2000: before year 1
        return _timex(
            text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule="out-of-range"
        )


def _relative_value(text: str, m: Mention, context: Context, focus: _Focus) -> Timex:
    base = focus.day if m.anchor == "focus" else context.ref
    anchor = Anchor.FOCUS if m.anchor == "focus" else Anchor.PUBLICATION
    if m.anchor == "focus" and m.unit != "D" and focus.first and focus.last:
        # "bulan sebelumnya" after "Mei 2018" is April: count from the period in focus
        base = focus.last if m.offset > 0 else focus.first
    elif m.focus_year and (written := _narrative_period(text, m, context, focus)) is not None:
        base, anchor = written, Anchor.FOCUS  # "sepanjang 2008. Namun, hingga akhir tahun"
    if base is None:
        return _timex(
            text,
            m,
            TimexType.DATE,
            "XXXX-XX-XX",
            anchor=Anchor.UNRESOLVED,
            rule="unanchored-relative",
        )
    unit, n = m.unit, m.offset
    if unit == "D":
        return _day_timex(text, m, base + dt.timedelta(days=n), anchor, "relative-day")
    if unit == "W" and m.weekday is not None:
        monday = base + dt.timedelta(weeks=n) - dt.timedelta(days=base.isoweekday() - 1)
        day = monday + dt.timedelta(days=m.weekday - 1)
        return _day_timex(text, m, day, anchor, "weekday-of-relative-week")
    if unit in ("W", "WE"):
        value = week_value(base + dt.timedelta(weeks=n)) + ("-WE" if unit == "WE" else "")
        return _timex(text, m, TimexType.DATE, value, anchor=anchor, rule="relative-week")
    if unit == "M":
        return _timex(
            text,
            m,
            TimexType.DATE,
            month_value(*add_months(base.year, base.month, n)),
            anchor=anchor,
            rule="relative-month",
        )
    if unit == "Q":
        index = base.year * 4 + (base.month - 1) // 3 + n
        return _timex(
            text,
            m,
            TimexType.DATE,
            f"{index // 4:04d}-Q{index % 4 + 1}",
            anchor=anchor,
            rule="relative-quarter",
        )
    if unit == "H":
        index = base.year * 2 + (base.month - 1) // 6 + n
        return _timex(
            text,
            m,
            TimexType.DATE,
            f"{index // 2:04d}-H{index % 2 + 1}",
            anchor=anchor,
            rule="relative-half",
        )
    if unit == "DE":
        return _timex(
            text,
            m,
            TimexType.DATE,
            f"{base.year // 10 + n:03d}",
            anchor=anchor,
            rule="relative-decade",
        )
    return _timex(
        text, m, TimexType.DATE, f"{base.year + n:04d}", anchor=anchor, rule="relative-year"
    )


def _narrative_period(text: str, m: Mention, context: Context, focus: _Focus) -> dt.date | None:
    """The first day of a past year or month just written out in the same paragraph, if any.

    "akhir tahun" is the publication's year, unless the paragraph tells of an
    earlier one ("sepanjang 2008. Namun, hingga akhir tahun, ...").
    """
    written = _written_before(text, m, context, focus)
    if written is None:
        return None
    value = written.value
    if m.unit == "Y" or (m.unit in ("M", "W") and grain(value) in ("day", "time", "month")):
        return interval(value)[0]  # type: ignore[index]
    return None


def _written_before(
    text: str, m: Mention, context: Context, focus: _Focus, *, near: bool = True
) -> Timex | None:
    """The last date written with its year, if the paragraph of `m` tells of that time.

    It must lie before the publication's year and open its sentence ("Pada April
    2013, UN ... tertunda"), or, with `near`, be in the sentence of `m` or the one
    before ("... sepanjang 2008. Namun, hingga akhir tahun").
    """
    written = focus.written
    if written is None or context.ref is None or "\n" in text[written.end : m.start]:
        return None
    span = interval(written.value)
    if span is None or span[0].year >= context.ref.year:
        return None
    if near and len(_SENTENCE_END.findall(text, written.end, m.start)) <= 1:
        return written
    return written if _opens_sentence(text, written.start) else None


_OPENING = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)[\"“]?(?:(?:pada|sejak|hingga|sampai|selama|sepanjang|dalam|di|"
    r"awal|akhir|pertengahan|medio|tahun|bulan)\s+)*\Z",
    re.IGNORECASE,
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a date opens its sentence, after prepositions only ("Pada April 2013, ...")."""
    return bool(_OPENING.search(text, max(0, start - 60), start))


def _same_period(text: str, m: Mention, focus: _Focus) -> Timex:
    if focus.range is None:
        if focus.day is None:
            return _timex(
                text,
                m,
                TimexType.DATE,
                "XXXX-XX-XX",
                anchor=Anchor.UNRESOLVED,
                rule="same-period-without-focus",
            )
        return _timex(
            text,
            m,
            TimexType.DATE,
            f"{focus.day.year - 1:04d}",
            anchor=Anchor.FOCUS,
            rule="same-period-year",
        )
    begin = shift(focus.range[0], years=m.year_offset or -1)
    until = shift(focus.range[1], years=m.year_offset or -1)
    if begin is None or until is None:
        return _timex(
            text, m, TimexType.DATE, "XXXX-XX-XX", anchor=Anchor.UNRESOLVED, rule="same-period"
        )
    if begin == until:
        return _timex(text, m, TimexType.DATE, begin, anchor=Anchor.FOCUS, rule="same-period")
    return _timex(
        text,
        m,
        TimexType.DATE,
        begin,
        begin=begin,
        until=until,
        anchor=Anchor.FOCUS,
        rule="same-period",
    )


def future_sentences(
    text: str, sentences: Iterable[tuple[int, int]], future_words: frozenset[str]
) -> tuple[tuple[int, int], ...]:
    """The sentences that hold a future-tense word ("akan", "dijadwalkan")."""
    out = []
    for start, end in sentences:
        words = set(text[start:end].lower().replace(",", " ").split())
        if words & future_words:
            out.append((start, end))
    return tuple(out)
