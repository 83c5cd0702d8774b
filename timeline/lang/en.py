"""English temporal expressions: find the spans and read their parts.

The words come from `en.toml`; this module holds only the grammar, built like
the Indonesian one (`id.py`): patterns compiled once, each scanning only windows
around its trigger words, overlapping candidates keeping the longest. A second
pass grows each expression by what may stand around it in news prose: an edge
before a date ("early", "mid-", "the end of"), a modifier before a duration or
clock time ("more than", "about"), a part of the day after a day ("Monday
night"), and a zone after a clock time ("07:37 UTC", "2 p.m. EST", "local
time"). A last pass joins a day and its clock time into one TIME expression when
nothing but a comma stands between them ("6:20 a.m. Monday"); with a preposition
("12:00 BST on Thursday") they stay two, as TimeML tags them, and the clock time
takes the day. A clock time given again in another zone in parentheses is an
aside that does not move the day in focus, and a bare weekday takes the tense of
the verb before it in its clause.

Names are checked as names: a month or weekday must be capitalized, "May",
"March", "June", "April" and "August" alone need a preposition before them,
abbreviations ("Oct.", "Sat.") stand only inside a date, and a year right after
a capitalized word mid-sentence ("Flight 2018", "Expo 2020") is part of a name.

Every pattern is linear: no nested quantifiers, spaces never cross a line.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..lexicon import Holiday, Lexicon, lexicon
from . import Mention
from .patterns import SP, SP0, B, E, clock_parts
from .patterns import alt as _alt
from .patterns import drop_overlaps as _drop_overlaps
from .patterns import exists as _exists
from .patterns import longest_first as _longest_first

ORD = r"(?:st|nd|rd|th)"
DASH = rf"(?:{SP0}(?:-|–|—){SP0})"
TO = rf"(?:{DASH}|{SP}(?:to|through|thru|until|till){SP})"

Handler = Callable[[re.Match[str], "Grammar", str], "Mention | None"]


@attrs.frozen
class Grammar:
    """Compiled patterns and tables for English."""

    lex: Lexicon
    words: MappingProxyType[str, frozenset[str]]  # the word lists of en.toml's [recognizer]
    hours: MappingProxyType[str, int]  # "seven" (o'clock)
    centuries: MappingProxyType[str, int]  # "nineteenth" (century)
    holidays: MappingProxyType[str, Holiday]  # every name (lower case) -> its holiday
    rules: tuple[tuple[str, re.Pattern[str], Handler], ...]
    triggers: MappingProxyType[str, tuple[int, ...]]  # word ("#": a number) -> rules
    edge_before: re.Pattern[str]
    modifier_before: re.Pattern[str]
    part_after: re.Pattern[str]
    zone_after: re.Pattern[str]
    clock_part_after: re.Pattern[str]
    word_before: re.Pattern[str]
    word_after: re.Pattern[str]


@cache
def _data() -> MappingProxyType[str, Any]:
    """The tables of `en.toml` the shared lexicon does not hold (word lists, moving holidays)."""
    raw = resources.files("kronik.timeline.lang").joinpath("en.toml").read_text("utf-8")
    return MappingProxyType(tomllib.loads(raw))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth weekday (1 = Monday) of a month; nth -1 is the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holidays(lex: Lexicon) -> tuple[Holiday, ...]:
    """Fixed holidays from the lexicon, moving ones from the Indonesian table and weekday rules."""
    data = _data()
    by_key = {h.key: h for h in lexicon("id").holidays if h.key}
    out = list(lex.holidays)
    for h in data.get("moving_holiday", ()):
        base = by_key[h["same_as"]]
        shift = dt.timedelta(days=h.get("offset", 0))
        out.append(
            Holiday(
                key=h["same_as"],
                names=tuple(h["names"]),
                source=h["source"],
                dates=tuple(d + shift for d in base.dates),
            )
        )
    for h in data.get("weekday_holiday", ()):
        shift = dt.timedelta(days=h.get("offset", 0))
        days = tuple(
            _nth_weekday(year, h["month"], h["weekday"], h["nth"]) + shift
            for year in range(1950, 2061)
        )
        out.append(Holiday(names=tuple(h["names"]), source=h["source"], dates=days))
    return tuple(out)


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNIT_WORDS = {  # a unit word of a relative expression -> the unit of arithmetic
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


@cache
def grammar() -> Grammar:
    """The English grammar, compiled once."""
    lex = lexicon("en")
    holidays = _holidays(lex)
    by_name = {name: h for h in holidays for name in h.names}
    months = _alt(lex.months)
    weekdays = _alt(lex.weekdays)
    full_weekdays = _alt(w for w in lex.weekdays if len(w) >= 6)
    units = _alt(lex.units)
    word_numbers = (
        rf"(?:{'|'.join(_TENS)})(?:(?:-|{SP})(?:{'|'.join(_ONES)}))?{E}|{_alt(lex.numbers)}"
    )
    vague = _alt(lex.vague_numbers)
    count = (
        rf"(?P<count>\d{{1,3}}(?:,\d{{3}})+(?![.,]?\d)|\d+(?:\.\d+)?(?![.,]?\d)"
        rf"|(?:{word_numbers})(?:{SP}and{SP}a{SP}half)?|{vague})"
    )
    hours = {
        word: int(n)
        for word, n in lex.numbers.items()
        if word.isalpha() and len(word) > 2 and word != "dozen" and n == int(n) and 1 <= n <= 12
    }
    centuries = {str(word): int(n) for word, n in _data()["century_ordinals"].items()}
    hour_words = _alt(hours)
    zones = _alt(lex.zones)
    refs = _alt(lex.references)
    holiday_names = _alt(by_name)
    year = r"(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
    day = rf"(?P<day>[0-3]?\d){ORD}?(?!\d)"
    relyear = (
        rf"(?P<relyear>{SP}(?:of{SP})?(?:last|this|next|that"
        rf"|the{SP}(?:previous|following|same)){SP}year)"
    )
    weekday_before = rf"(?:(?P<weekday>{weekdays})\.?{SP0},?{SP0})?"
    flags = re.IGNORECASE

    def rx(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    rules: list[tuple[str, re.Pattern[str], Handler]] = [
        # Oct. 13, 2018 | Saturday, October 13 | Oct 13-15 | Oct. 30-Nov. 2 | October 13 last year
        (
            "month-day",
            rx(
                rf"{B}{weekday_before}(?P<month>{months})(?:\.{SP0}|{SP})(?:the{SP})?{day}"
                rf"(?:{DASH}(?:(?P<month2>{months})(?:\.{SP0}|{SP}))?(?P<day2>[0-3]?\d){ORD}?(?!\d)"
                rf"|{TO}(?P<day2w>[0-3]?\d){ORD}?(?!\d))?"
                rf"(?:{SP0},?{SP0}{year}|{relyear})?(?![\w%]|[.,]\d)"
            ),
            _month_day,
        ),
        # 13 October 2018 | Saturday, 13 Oct | the 13th of October | 13-15 October | 30 Oct-2 Nov
        (
            "day-month",
            rx(
                rf"{B}{weekday_before}(?P<the>the{SP})?{day}(?:{TO}(?P<day2>[0-3]?\d){ORD}?(?!\d))?"
                rf"(?:{SP}of)?{SP}(?P<month>{months})\.?{E}"
                rf"(?:{DASH}(?P<day3>[0-3]?\d){ORD}?{SP}(?P<month2>{months})\.?{E})?"
                rf"(?:{SP0},?{SP0}{year}|{relyear})?(?![\w%]|[.,]\d)"
            ),
            _day_month,
        ),
        # Saturday (Oct. 13), Monday (13 October 2018), Sunday (28/12/2014)
        (
            "weekday-parenthesis",
            rx(
                rf"{B}(?P<weekday>{weekdays})\.?{SP0},?{SP0}\({SP0}(?:(?P<month>{months})\.?{SP0}(?P<day>[0-3]?\d){ORD}?"
                rf"|(?P<day_b>[0-3]?\d){ORD}?{SP}(?P<month_b>{months})\.?"
                rf"|(?P<n1>[0-3]?\d)/(?P<n2>[0-3]?\d)(?:/(?P<year_n>\d{{4}}|\d{{2}}))?)(?:{SP0},?{SP0}{year})?{SP0}\)"
            ),
            _weekday_parenthesis,
        ),
        # 10/13/2018, 7/8/07, 2018-10-13
        (
            "numeric-date",
            rx(
                r"(?<![\w/.,-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)"
                r"|(?<![\w/.,-])(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w/]|[.,]\d)"
            ),
            _numeric,
        ),
        # October 2018, January-May 2018, last October, October of last year, June
        (
            "month",
            rx(
                rf"{B}(?:(?P<qthe>the){SP})?(?:(?P<pre>this{SP}past|this{SP}coming|last|next|this|coming|past){SP})?"
                rf"(?P<month>{months})(?:\.|{E})(?:{TO}(?P<month2>{months})(?:\.|{E})"
                rf"(?:{SP}(?P<qnoun>quarter|period|half|season){E})?)?"
                rf"(?:{SP0},?{SP0}(?:of{SP})?{year}|{relyear})?(?![\w%]|[.,]\d)"
            ),
            _month,
        ),
        # 2018, fiscal 2018, FY2018, the year 2018, 2009-2011, 2010-11
        (
            "year",
            rx(
                rf"(?:(?<=mid-)|(?<![\w$€£¥#/.,:'’-]))(?:(?P<fiscal>(?:fiscal|financial){SP}(?:year{SP})?|FY{SP0}"
                rf"|(?:the{SP})?year{SP}))?{year}(?:{SP0}[-–/]{SP0}(?P<year2>(?:1[5-9]|20)\d\d|\d\d)(?!\d))?"
                r"(?![\w%]|[.,]\d|[-–/]\d)"
            ),
            _year_rule,
        ),
        # the 1990s, the '90s, the early 2000s, the mid-1980s
        (
            "decade",
            rx(
                rf"{B}(?P<the>the{SP})?(?:(?P<dmod>early|mid|late)(?:-|{SP}))?"
                r"(?P<decade>(?:1[5-9]|20)\d0|['’]\d0|\d0)['’]?s(?![\w'’])"
            ),
            _decade,
        ),
        # the 21st century, the nineteenth century, the late 20th century
        (
            "century",
            rx(
                rf"{B}(?:the{SP})?(?:(?P<cmod>early|mid|late)(?:-|{SP}))?(?P<cent>\d{{1,2}}{ORD}"
                rf"|{_alt(centuries)}){SP0}(?:-|{SP})century{E}"
            ),
            _century,
        ),
        # the third quarter of 2018, Q3 2018, 3Q18, first-quarter, the first half of next year
        (
            "quarter",
            rx(
                rf"{B}(?:(?P<the>the{SP})?(?:(?P<fiscal>fiscal){SP})?(?P<qord>{_alt(lex.ordinals)}|final|last)"
                rf"(?:{SP}|-)(?P<qword>quarter|half){E}"
                rf"(?:{SP}of{SP}(?:(?:the{SP})?(?:fiscal{SP})?(?:year{SP})?{year}"
                rf"|(?P<relyear>this|last|next|that|the{SP}(?:previous|following|same|current)){SP}year"
                rf"|(?P<theyear>the{SP}year))|{SP0},?{SP0}(?P<year_b>(?:19|20)\d\d)(?!\d))?"
                rf"|(?P<qq>[QH])(?P<qn>[1-4])|(?P<qn2>[1-4])(?P<qq2>[QH]))"
                rf"(?(qord)|(?:{SP0}['’]?(?P<qy>(?:19|20)\d\d|\d\d)(?!\d))?){E}"
            ),
            _quarter,
        ),
        # summer 2018, the summer of 2018, last winter, this spring, in the fall
        (
            "season",
            rx(
                rf"{B}(?:(?P<pre>this{SP}past|this{SP}coming|last|next|this|coming|past){SP}|(?P<the>the{SP}))?"
                rf"(?P<season>spring|summer|autumn|fall|winter){E}(?:{SP}(?:of{SP})?{year}|{relyear})?(?![\w%-])"
            ),
            _season,
        ),
        # yesterday, today, tomorrow, tonight, last night, this morning, that evening, the next day
        (
            "deictic",
            rx(
                rf"{B}(?:(?P<deictic>the{SP}day{SP}before{SP}yesterday|the{SP}day{SP}after{SP}tomorrow"
                rf"|yesterday|today|tomorrow|tonight|last{SP}night)(?:{SP}(?P<part>morning|afternoon|evening|night){E})?"
                rf"|(?P<this>this|that|the{SP}(?:next|following|previous|same))"
                rf"{SP}(?P<part2>morning|afternoon|evening|night))(?![\w-])"
            ),
            _deictic,
        ),
        # last week, this year, next month, earlier this month, late last year, that day,
        # the following day, the end of the year
        (
            "unit-relative",
            rx(
                rf"{B}(?:(?P<edge>earlier|later|early|late|mid|(?:the{SP})?(?:start|beginning|end|middle|close){SP}of)"
                rf"(?:-|{SP}))?(?P<rel>this{SP}past|this{SP}coming|this|last|next|past|previous|coming|following|current|that"
                rf"|the{SP}(?:same|previous|following|next|past|last|coming|current|prior|preceding|subsequent)|the)"
                rf"{SP}(?P<unitw>week|weekend|month|year|quarter|decade|fortnight|day){E}(?!-)"
                rf"|{B}the{SP}(?P<unitw2>day|week|month|year){SP}(?P<ba>before|after|earlier|later)(?=[^\S\r\n]*(?:[,.;:!?)]|$))"
            ),
            _unit_relative,
        ),
        # three days ago, a year earlier, two weeks later, a day before, two years from now
        (
            "count-relative",
            rx(
                rf"(?<![\w.,/$€£-])(?:{count}(?:{SP}|-))?(?P<unitw>{units})(?P<half>{SP}and{SP}a{SP}half)?{SP}"
                rf"(?P<rel>ago|earlier|later|before|after|prior|previously|on|from{SP}now|hence|back){E}"
            ),
            _count_relative,
        ),
        # two years, several years, 18 months, the past 24 hours, fifty-year, 45-year-old, for years
        (
            "duration",
            rx(
                rf"(?<![\w.,/$€£-])(?:(?P<the>the{SP}(?:(?:past|last|next|coming|previous|following|first|final"
                rf"|remaining|subsequent|ensuing|preceding){SP})?)?{count}(?P<joint>{SP}|-)(?P<unitw>{units})"
                rf"(?P<half>{SP}and{SP}a{SP}half)?(?:{SP0},?{SP}(?:and{SP})?(?P<count2>\d+|{word_numbers}){SP}"
                rf"(?P<unitw2>{units}))?(?P<adj>-(?:long|old))?"
                rf"|(?P<bare>(?:the{SP}(?:past|last|next|coming){SP}|recent{SP}|the{SP})?"
                rf"(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries))"
                rf"|(?P<adjonly>(?:year|decade|month|week|day|hour|years|months|weeks|days|hours|decades)-long"
                rf"|(?:year|month|week|day|hour)long)"
                rf"|(?P<halfof>half{SP}(?:an?{SP})?(?P<hunit>hour|day|year|century|decade|month)))(?![\w-])"
            ),
            _duration,
        ),
        # every Sunday, each year, every two years, annually, weekly, 15 a year, twice a week
        (
            "set",
            rx(
                rf"{B}(?:(?P<every>every|each){SP}(?:(?P<other>other){SP})?(?:(?P<scount>\d+|{word_numbers}){SP})?"
                rf"(?P<sunit>{units}|{full_weekdays}|morning|afternoon|evening|night|weekend)"
                rf"|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly"
                rf"|biennially|semiannually|semi-annually|bimonthly)"
                rf"|(?:(?P<freq>once|twice|thrice|(?:\d+|{word_numbers}){SP}times){SP})?(?P<per>a|an|per|each)"
                rf"{SP}(?P<punit>second|minute|hour|day|night|week|month|quarter|year|annum)"
                rf"|(?P<plural>{full_weekdays})s"
                rf"|(?P<mevery>every|each){SP}(?P<smonth>{months})(?:\.?{SP}(?P<sday>[0-3]?\d){ORD}?(?!\d))?){E}"
            ),
            _set,
        ),
        # 7:37 a.m., 07:37, 7 p.m., 0537 GMT, noon, midnight, seven o'clock, 9 a.m.-5 p.m.
        (
            "clock",
            rx(
                rf"{B}(?:(?P<hour>[0-2]?\d)(?P<sep>[:.])(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d])"
                rf"(?:{SP0}(?P<ampm>[ap]\.?{SP0}m\.?(?!\w)))?"
                rf"|(?P<mil>[0-2]\d[0-5]\d)(?={SP0}(?:GMT|UTC|Z{E}|hours{E}|hrs{E}|local{SP}time|{zones}{E}))"
                rf"|(?P<mil2>[0-2]\d[0-5]\d)Z"
                rf"|(?P<hour2>1[0-2]|0?[1-9])(?!\d)(?:{SP0}(?P<ampm2>[ap]\.?{SP0}m\.?(?!\w))|{SP}(?P<oclock>o['’]clock))?"
                rf"|(?P<hourw>{hour_words}){SP}o['’]clock"
                rf"|(?:12{SP})?(?P<noon>noon|midday|midnight))"
                rf"(?:(?P<range>{SP0}(?:-|–|—)|{SP}(?:to|until|till){SP})(?P<hour_to>[0-2]?\d)(?:[:.](?P<minute_to>[0-5]\d)"
                rf"(?:{SP0}(?P<ampm_to>[ap]\.?{SP0}m\.?(?!\w)))?|{SP0}(?P<ampm_to2>[ap]\.?{SP0}m\.?(?!\w))))?"
            ),
            _clock,
        ),
        # Christmas, Christmas Eve 2018, Easter, Thanksgiving, Eid al-Fitr, last Christmas
        (
            "holiday",
            rx(
                rf"{B}(?:(?P<pre>last|next|this){SP})?(?P<holiday>{holiday_names})(?:{SP0},?{SP0}{year})?(?![\w'’-])"
            ),
            _holiday,
        ),
        # Monday, last Friday, next Tuesday, this Sunday
        (
            "weekday",
            rx(
                rf"{B}(?:(?P<pre>this{SP}past|this{SP}coming|the{SP}coming|last|next|this|coming|past){SP})?"
                rf"(?P<weekday>{full_weekdays}){E}(?!-)"
            ),
            _weekday,
        ),
        # now, currently, recently, at present, in the past, at the time
        ("reference", rx(rf"{B}(?P<ref>{refs})(?![\w-])"), _reference),
        # the same period last year, the same quarter a year earlier, the year-ago quarter
        (
            "same-period",
            rx(
                rf"{B}(?:the{SP}same{SP}(?:period|quarter|month|week|time|season|half|day)(?:{SP}(?:of|in))?"
                rf"{SP}(?:last{SP}year|a{SP}year{SP}(?:earlier|ago|before)|the{SP}(?:previous|prior|preceding){SP}year"
                rf"|(?:a{SP})?year{SP}(?:earlier|ago))"
                rf"|the{SP}year-(?:earlier|ago){SP}(?:period|quarter|month|week|half)){E}"
            ),
            _same_period,
        ),
        # on the 13th (the month in focus)
        (
            "day-of-month",
            rx(rf"{B}on{SP}(?P<the>the{SP}(?P<day>[0-3]?\d){ORD})(?![\w-])"),
            _day_of_month,
        ),
    ]
    names = [name for name, _, _ in rules]
    edge_words = (
        r"early|late|mid|(?:the{SP})?(?:start|beginning|end|middle|close){SP}of(?:{SP}the)?"
    )
    words = {key: frozenset(value) for key, value in _data()["recognizer"].items()}
    return Grammar(
        lex=lex,
        words=MappingProxyType(words),
        hours=MappingProxyType(hours),
        centuries=MappingProxyType(centuries),
        holidays=MappingProxyType(by_name),
        rules=tuple(rules),
        triggers=_triggers(lex, by_name, names),
        edge_before=re.compile(
            rf"{B}(?P<edge>{edge_words.replace('{SP}', SP)})(?:-|{SP})\Z", flags
        ),
        modifier_before=re.compile(
            rf"{B}(?P<mod>{_alt(lex.modifiers)}|at{SP}about|at{SP}around){SP}\Z",
            flags,
        ),
        part_after=re.compile(rf"\A{SP}(?P<part>morning|afternoon|evening|night){E}(?!-)", flags),
        zone_after=re.compile(
            rf"\A(?:{SP0}\({SP0}(?P<z1>{zones}|local{SP}time|(?:GMT|UTC){SP0}[-+−]{SP0}\d{{1,2}}(?::?\d\d)?)"
            rf"{SP0}\)|{SP0}(?P<z2>{zones}|local{SP}time|(?:GMT|UTC){SP0}[-+−]{SP0}\d{{1,2}}(?::?\d\d)?))(?![\w+-])",
            flags,
        ),
        clock_part_after=re.compile(
            rf"\A{SP}(?:in{SP}the{SP}(?P<part>morning|afternoon|evening)|at{SP}(?P<night>night)){E}",
            flags,
        ),
        word_before=re.compile(r"([\w$%.#€£¥’']+)-?[^\S\r\n]*\Z"),
        word_after=re.compile(r"\A[^\S\r\n]*([\w%$/.’']+)"),
    )


def _words(*groups: object) -> set[str]:
    """Lower-case word tokens of lexicon keys and word lists."""
    out: set[str] = set()
    for group in groups:
        for item in group:  # type: ignore[attr-defined]
            out.update(re.findall(r"\w+", str(item).lower()))
    return out


def _triggers(
    lex: Lexicon, holidays: dict[str, Holiday], names: list[str]
) -> MappingProxyType[str, tuple[int, ...]]:
    """Map each trigger word to the rules (by index) that need it."""
    units = _words(lex.units)
    vague = {"the", "at", "in", "right", "these", "those", "that", "near", "foreseeable"}
    need: dict[str, set[str]] = {
        "month-day": _words(lex.months),
        "day-month": _words(lex.months),
        "weekday-parenthesis": _words(lex.weekdays),
        "numeric-date": {"#"},
        "month": _words(lex.months),
        "year": {"#", "fy"},
        "decade": {"#"} | {f"{d}0s" for d in range(10)},
        "century": {"century"},
        "season": {"spring", "summer", "autumn", "fall", "winter"},
        "quarter": {"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "#q"},
        "deictic": {"yesterday", "today", "tomorrow", "tonight", "night"} | set(_PARTS),
        "unit-relative": set(_UNIT_WORDS),
        "count-relative": units,
        "duration": units | {"yearlong", "monthlong", "weeklong", "daylong", "hourlong"},
        "set": {"every", "each", "daily", "weekly", "monthly", "yearly", "annually", "hourly"}
        | {"nightly", "quarterly", "biweekly", "fortnightly", "biennially", "semiannually"}
        | {"bimonthly", "annually", "annum", "night"}
        | units
        | {w + "s" for w in lex.weekdays if len(w) >= 6}
        | _words(lex.months),
        "clock": {"#", "noon", "midday", "midnight", "clock"},
        "holiday": {max(re.findall(r"\w+", n.lower()), key=len) for n in holidays},
        "weekday": _words(w for w in lex.weekdays if len(w) >= 6),
        "reference": _words(lex.references) - vague,
        "same-period": {"same", "year"},
        "day-of-month": {"#"},
    }
    index: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for word in need[name]:
            index.setdefault(word, []).append(i)
    return MappingProxyType({w: tuple(rules) for w, rules in index.items()})


# --- helpers ---


def _word_before(text: str, start: int) -> str:
    m = grammar().word_before.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = grammar().word_after.match(text[end : end + 40])
    return m.group(1).rstrip(".,") if m else ""


def _capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` begins a sentence, a line or a quotation."""
    head = text[max(0, start - 4) : start].rstrip(" \t")
    return head == "" or head[-1] in ".!?\n\"“'‘(:;—–-`"


def _in_a_name(text: str, start: int) -> bool:
    """Whether a capitalized word, not a date word, stands right before `start` mid-sentence."""
    m = re.search(r"(?<![\w-])([\w'’.-]+)[^\S\r\n]+\Z", text[max(0, start - 40) : start])
    if m is None:
        return False
    word = m.group(1).rstrip(".")
    if not word or not word[0].isupper() or word.isupper() or any(c.isdigit() for c in word):
        return False
    lower = word.lower()
    g = grammar()
    if lower in g.lex.months or lower in g.lex.weekdays or lower in g.words["time_prepositions"]:
        return False
    return not _opens_sentence(text, start - len(m.group(0)))


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalized word (not a date word) follows `end` on the line: "Sunday Times"."""
    m = re.match(r"[^\S\r\n]+([A-Z][\w'’-]*)", text[end : end + 40])
    if m is None:
        return False
    word = re.sub(r"['’]s\Z", "", m.group(1).lower())
    lex = grammar().lex
    return not (word in lex.months or word in lex.weekdays or word in ("i", "a"))


def _number(lex: Lexicon, text: str | None) -> float | None:
    """A count in digits or words ("3", "1,000", "twenty-five", "two and a half"); None if vague."""
    if not text:
        return None
    t = re.sub(r"\s+", " ", text.strip().lower())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        return float(t.replace(",", "")) + half
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    if t in lex.numbers:
        return float(lex.numbers[t]) + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return float(lex.numbers[parts[0]] + lex.numbers[parts[1]]) + half
    return None


def _amount_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration of a count of a unit (S, MIN, H, D, W, 2W, M, Q, Y, DE, CE, ML)."""
    if unit == "Q":
        unit, amount = "M", None if amount is None else amount * 3
    elif unit == "2W":
        unit, amount = "W", None if amount is None else amount * 2
    smaller = {"H": ("MIN", 60), "D": ("H", 24), "M": ("D", 30), "Y": ("M", 12), "DE": ("Y", 10)}
    if amount is not None and amount < 1 and unit in smaller:  # "half an hour": PT30M
        unit, factor = smaller[unit]
        amount *= factor
    number = "X" if amount is None else _amount_text(amount)
    if unit in ("S", "MIN", "H"):
        return f"PT{number}{'M' if unit == 'MIN' else unit}"
    return f"P{number}{unit}"


def _unit(lex: Lexicon, word: str) -> str:
    return lex.units[word.lower()]


def _mention(m: re.Match[str], kind: str, **kw: Any) -> Mention:
    return Mention(start=m.start(), end=m.end(), kind=kind, **kw)


def _year_of(text: str | None) -> int | None:
    return int(text) if text else None


_REL_YEAR = {  # "of last year": (year offset, anchor)
    "last": (-1, "publication"),
    "this": (0, "publication"),
    "next": (1, "publication"),
    "that": (0, "focus"),
    "the previous": (-1, "focus"),
    "the following": (1, "focus"),
    "the same": (0, "focus"),
    "the current": (0, "publication"),
}


def _relyear(text: str | None) -> tuple[int | None, str]:
    """The year offset and anchor of "last year", "of that year", "the previous year"."""
    if not text:
        return None, "publication"
    words = re.sub(r"\s+", " ", text.strip().lower())
    words = words.removeprefix("of ").removesuffix(" year")
    return _REL_YEAR.get(words, (None, "publication"))


def _month_number(lex: Lexicon, word: str) -> int:
    return lex.months[word.lower()]


def _month_before(g: Grammar, text: str, start: int) -> bool:
    """Whether a month name or a period stands shortly before `start` ("between January and
    May", "the year to June")."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])
    return any(
        (w[0].isupper() and w.lower() in g.lex.months)
        or w.lower() in ("year", "months", "quarter", "weeks", "period", "half")
        for w in words
    )


def _is_month_name(word: str) -> bool:
    """A month written as a name: capitalized, or all capitals."""
    return word[0].isupper()


# --- handlers: a match to a Mention (or None to drop it) ---


def _calendar_day(
    m: re.Match[str],
    g: Grammar,
    *,
    day: int,
    month: int,
    year: int | None,
    weekday: int | None,
    until_day: int | None = None,
    until_month: int | None = None,
    relyear: str | None = None,
    rule: str,
) -> Mention | None:
    if not 1 <= day <= 31 or (until_day is not None and not 1 <= until_day <= 31):
        return None
    offset, anchor = _relyear(relyear)
    if until_day is not None:
        until_month = until_month or month
        if (until_month, until_day) <= (month, day) and until_month >= month:
            return None  # "Oct 15-13": not a range
        until_year = year if year is None or until_month >= month else year + 1
        return _mention(
            m,
            "calendar",
            day=day,
            month=month,
            year=year,
            weekday=weekday,
            until_day=until_day,
            until_month=until_month,
            until_year=until_year,
            year_offset=offset,
            anchor=anchor,
            rule="day-range",
            impossible=not (
                _exists(year, month, day) and _exists(until_year, until_month, until_day)
            ),
        )
    return _mention(
        m,
        "calendar",
        day=day,
        month=month,
        year=year,
        weekday=weekday,
        year_offset=offset,
        anchor=anchor,
        rule=rule,
        impossible=not _exists(year, month, day),
    )


def _weekday_of(g: Grammar, word: str | None) -> int | None:
    if not word:
        return None
    return g.lex.weekdays.get(word.lower())


def _month_day(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = m.group("month")
    if not _is_month_name(word):
        return None
    if m.group("weekday") and not _capitalized(m.group("weekday")):
        return None
    day = int(m.group("day"))
    month = _month_number(g.lex, word)
    if word.lower() == "may" and not m.group("year") and _in_a_name(text, m.start("month")):
        return None  # "Theresa May 12 ..."
    month2 = m.group("month2")
    if month2 and not _is_month_name(month2):
        return None
    day2 = m.group("day2") or m.group("day2w")
    until_day = int(day2) if day2 else None
    return _calendar_day(
        m,
        g,
        day=day,
        month=month,
        year=_year_of(m.group("year")),
        weekday=_weekday_of(g, m.group("weekday")),
        until_day=until_day,
        until_month=_month_number(g.lex, month2) if month2 else None,
        relyear=m.group("relyear"),
        rule="month-day",
    )


def _day_month(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = m.group("month")
    if not _is_month_name(word):
        return None
    if m.group("weekday") and not _capitalized(m.group("weekday")):
        return None
    written_day = text[m.start("day") : m.start("day") + 4]
    if m.group("the") and not re.match(r"\d+" + ORD, written_day):
        return None  # "the 3 October": not how a date is written
    if m.group("weekday") is None and m.group("the") is None:
        before = _word_before(text, m.start())
        if before in g.lex.not_before:
            return None
        if (
            word.lower() in g.words["month_abbreviations"]
            and not m.group("year")
            and before == "than"
        ):
            return None  # "more than 3 Oct"
    day = int(m.group("day"))
    month = _month_number(g.lex, word)
    if m.group("day3"):
        if m.group("day2"):
            return None
        month2 = m.group("month2")
        if not _is_month_name(month2):
            return None
        return _calendar_day(
            m,
            g,
            day=day,
            month=month,
            year=_year_of(m.group("year")),
            weekday=_weekday_of(g, m.group("weekday")),
            until_day=int(m.group("day3")),
            until_month=_month_number(g.lex, month2),
            relyear=m.group("relyear"),
            rule="day-month",
        )
    return _calendar_day(
        m,
        g,
        day=day,
        month=month,
        year=_year_of(m.group("year")),
        weekday=_weekday_of(g, m.group("weekday")),
        until_day=int(m.group("day2")) if m.group("day2") else None,
        relyear=m.group("relyear"),
        rule="day-month",
    )


def _weekday_parenthesis(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    if not _capitalized(m.group("weekday")):
        return None
    weekday = _weekday_of(g, m.group("weekday"))
    year = _year_of(m.group("year"))
    if m.group("n1"):
        # "Sunday (28/12/2014)": day first, as the Indonesian press writes it, unless only the
        # other order is a date or fits the weekday ("Monday (10/8/2018)")
        n1, n2 = int(m.group("n1")), int(m.group("n2"))
        if m.group("year_n"):
            written = m.group("year_n")
            year = int(written) if len(written) == 4 else 2000 + int(written)
        day, month = n1, n2
        if n2 > 12 or (n1 <= 12 and year and not _fits(year, n2, n1, weekday)):
            day, month = n2, n1
        if not 1 <= month <= 12:
            return None
    else:
        word = m.group("month") or m.group("month_b")
        if not _is_month_name(word):
            return None
        month = _month_number(g.lex, word)
        day = int(m.group("day") or m.group("day_b"))
    return _calendar_day(
        m, g, day=day, month=month, year=year, weekday=weekday, rule="weekday-parenthesis"
    )


def _fits(year: int, month: int, day: int, weekday: int | None) -> bool:
    """Whether a day exists and falls on the weekday written beside it."""
    try:
        return dt.date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def _numeric(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, written = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(written) if len(written) == 4 else 2000 + int(written)
        if len(written) == 2 and int(written) >= 50:
            year -= 100
        # American order, unless the first number cannot be a month
        month, day = (a, b) if a <= 12 else (b, a)
        if _word_before(text, m.start()) in g.lex.not_before:
            return None
    if not (1 <= month <= 12 and 1 <= day <= 31) or not 1500 <= year <= 2100:
        return None
    return _mention(
        m,
        "calendar",
        day=day,
        month=month,
        year=year,
        rule="numeric-date",
        impossible=not _exists(year, month, day),
    )


_PRE_TENSE = {
    "last": "past",
    "past": "past",
    "this past": "past",
    "next": "future",
    "coming": "future",
    "this coming": "future",
    "the coming": "future",
    "this": "present",
}


def _month(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = m.group("month")
    lower = word.lower()
    if not _is_month_name(word):
        return None
    month2 = m.group("month2")
    if month2 and not _is_month_name(month2):
        return None
    has_year = bool(m.group("year"))
    pre = re.sub(r"\s+", " ", m.group("pre").lower()) if m.group("pre") else None
    rel = m.group("relyear")
    # "the July-September quarter" is one expression; elsewhere "the" is not part of it
    start = m.start() if m.group("qnoun") else m.start("pre") if pre else m.start("month")
    before = _word_before(text, start)
    if lower in g.words["month_abbreviations"] and not (has_year or month2 or rel):
        return None  # "Oct." alone is not written; "Mar" and "Jan" are words and names
    if not (has_year or month2 or rel or pre):
        if lower in g.words["ambiguous_months"] and before not in g.words["time_prepositions"]:
            return None  # "May said", "March on Washington"
        if (
            lower in g.words["ambiguous_months"]
            and before in ("and", "or", "to")
            and not _month_before(g, text, start)
        ):
            return None  # "Smith and May": "May" after "and" only in a list of months
        if _in_a_name(text, start) or (
            before not in g.words["prepositions"] and _name_follows(text, m.end("month"))
        ):
            return None  # "Theresa May", "the October Revolution"; not "in October Boeing ..."
    elif has_year and _in_a_name(text, start) and lower in g.words["ambiguous_months"]:
        return None
    offset, anchor = _relyear(rel)
    year = _year_of(m.group("year"))
    until_month = _month_number(g.lex, month2) if month2 else None
    tense = _PRE_TENSE.get(pre) if pre else None
    return Mention(
        start=start,
        end=m.end(),
        kind="calendar",
        month=_month_number(g.lex, word),
        year=year,
        until_month=until_month,
        until_year=year if until_month else None,
        year_offset=0 if tense == "present" and year is None and offset is None else offset,
        anchor=anchor,
        tense=None if tense == "present" else tense,
        rule="month-year" if has_year else "month",
    )


def _year_rule(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    year = int(m.group("year"))
    start = m.start()
    fiscal = m.group("fiscal")
    before = _word_before(text, start)
    after_word = _word_after(text, m.end())
    after = after_word.lower()
    if year > 2100:
        return None
    if not fiscal:
        if before in g.lex.not_before or after in g.lex.not_after:
            return None
        if text[start - 1 : start] in ("$", "#") or re.match(
            r"[.,]\d", text[m.end() : m.end() + 2]
        ):
            return None
        if _in_a_name(text, start):
            return None  # "Flight 2018", "Expo 2020", "Vision 2030"
        if before == "of" and re.search(
            r"\bNo\.?[^\S\r\n]*\d+[A-Za-z]?[^\S\r\n]+of[^\S\r\n]+\Z",
            text[max(0, start - 30) : start],
        ):
            return None  # "Law No. 42 of 2008": the number of a law
        if before in ("a", "an") and not m.group("year2") and _name_follows(text, m.end()):
            return None  # "a 2015 Toyota Avanza": a model year (but "the 2008 Olympic Games")
        if year < 1900 and before not in g.words["time_prepositions"]:
            return None  # "1650" is a year where the text says so ("in 1650")
        if (
            before not in g.words["time_prepositions"]
            and year % 10 == 0
            and re.fullmatch(r"[a-z]{3,}s", after_word)
            and after not in ("was", "has", "is", "as", "its", "this", "plus", "thus", "levels")
        ):
            return None  # "2000 employees": a quantity
    year2_text = m.group("year2")
    until_year = None
    if year2_text:
        if len(year2_text) == 2:
            until_year = year // 100 * 100 + int(year2_text)
            if until_year <= year:
                until_year += 100
            if until_year - year > 10:
                return None  # "2010-45": not a span of years
        else:
            until_year = int(year2_text)
        if until_year <= year:
            return None
    return _mention(m, "calendar", year=year, until_year=until_year, rule="year")


def _decade(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    digits = m.group("decade").lstrip("'’")
    if len(digits) == 2:
        if not m.group("the") and m.group("decade")[0] not in "'’":
            return None  # "in his 90s": an age
        digits = ("19" if int(digits) >= 20 else "20") + digits
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("dmod") or "").lower())
    if digits.endswith("00") and digits[:2] in ("15", "16", "17", "18", "19"):
        return _mention(m, "calendar", century=int(digits[:2]), mod=mod, rule="century")
    return _mention(m, "calendar", decade=int(digits[:3]), mod=mod, rule="decade")


def _century(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    raw = m.group("cent").lower()
    number = int(raw[:-2]) if raw[:1].isdigit() else g.centuries.get(re.sub(r"\s+", " ", raw))
    if not number or number > 30:
        return None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("cmod") or "").lower())
    start = m.start()
    if re.search(r"-century\Z", m.group(0), re.IGNORECASE) and m.group(0)[:4].lower() == "the ":
        start = m.start("cent") if not m.group("cmod") else m.start("cmod")  # "the 18th-century"
    return Mention(
        start=start, end=m.end(), kind="calendar", century=number - 1, mod=mod, rule="century"
    )


def _quarter(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    year_text = m.group("year") or m.group("year_b") or m.group("qy")
    if m.group("qord"):
        word = m.group("qword").lower()
        ordinal = m.group("qord").lower()
        half = word == "half"
        number = 2 if half and ordinal in ("final", "last") else g.lex.ordinals.get(ordinal)
        if number is None:
            number = 4 if ordinal in ("final", "last") else None
        specified = year_text or m.group("relyear") or m.group("theyear")
        if number is None or (half and number > 2):
            return None
        if ordinal in ("final", "last") and not specified:
            return None  # "the last quarter": the one before, or a sports quarter
        if half and not specified and "-" not in m.group(0):
            return None  # "the first half" alone is a match's, not a year's
        if not m.group("the") and "-" not in m.group(0) and not specified and not m.group("fiscal"):
            return None  # "first quarter" without "the" or a year: a count in a list
    else:
        letter = m.group("qq") or m.group("qq2")
        if letter not in ("Q", "H"):
            return None
        number = int(m.group("qn") or m.group("qn2"))
        half = letter == "H"
        if half and number > 2:
            return None
        if m.group("qq2") and not year_text:
            return None  # "3Q" alone
    year = None
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    offset, anchor = _relyear((m.group("relyear") or "") + " year" if m.group("relyear") else None)
    return _mention(
        m,
        "calendar",
        year=year,
        quarter=None if half else number,
        half=number if half else None,
        year_offset=offset,
        anchor=anchor,
        rule="quarter",
    )


_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _season(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = m.group("season")
    pre = re.sub(r"\s+", " ", m.group("pre").lower()) if m.group("pre") else None
    year = _year_of(m.group("year"))
    rel = m.group("relyear")
    before = _word_before(text, m.start())
    if year is None and rel is None and pre is None:
        if m.group("the") is None and before not in ("early", "late", "mid"):
            return None  # "in winter", "a spring": seasons in general, or another word
        if m.group("the") and before not in g.words["season_prepositions"]:
            return None  # "the fall of Rome"
        if word[0].isupper() and not _opens_sentence(text, m.start()):
            return None  # "Arab Spring", "Summer Olympics"
        if re.match(r"[^\S\r\n]+(?:of|in)\b", text[m.end() : m.end() + 4]):
            return None  # "the fall of the wall", "the spring in the step"
    tense = _PRE_TENSE.get(pre) if pre else None
    offset, anchor = _relyear(rel)
    if pre == "this":
        offset = 0
    return _mention(
        m,
        "calendar",
        season=_SEASONS[word.lower()],
        year=year,
        year_offset=offset,
        anchor=anchor,
        tense=None if tense == "present" else tense,
        rule="season",
    )


_DEICTIC = {  # word: (offset in days, part of day)
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "NI"),
    "last night": (-1, "NI"),
}
_THIS_PART = {  # "this morning", "that evening", "the next morning": (offset, anchor)
    "this": (0, "publication"),
    "that": (0, "focus"),
    "the same": (0, "focus"),
    "the next": (1, "focus"),
    "the following": (1, "focus"),
    "the previous": (-1, "focus"),
}


def _deictic(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    if m.group("deictic"):
        word = re.sub(r"\s+", " ", m.group("deictic").lower())
        written = m.group("deictic")
        if word == "today" and (
            _word_before(text, m.start()) == "usa"
            or (
                written[0].isupper()
                and not _opens_sentence(text, m.start())
                and _name_follows(text, m.end())
            )
        ):
            return None  # "USA Today", "the Today show"; not "Today Boeing said"
        offset, part = _DEICTIC[word]
        if m.group("part"):
            part = _PARTS[m.group("part").lower()]
            if word in ("tonight", "last night"):
                return None
        return _mention(
            m, "relative", unit="D", offset=offset, anchor="publication", part=part, rule="deictic"
        )
    this = re.sub(r"\s+", " ", m.group("this").lower())
    part_word = m.group("part2").lower()
    if this == "this" and part_word == "night":
        return None  # "this night": rare, and read as tonight by news
    offset, anchor = _THIS_PART[this]
    return _mention(
        m,
        "relative",
        unit="D",
        offset=offset,
        anchor=anchor,
        part=_PARTS[part_word],
        rule="deictic",
    )


_REL = {  # word before a unit: (offset, anchor, tense)
    "this": (0, "publication", None),
    "current": (0, "publication", None),
    "the current": (0, "publication", None),
    "last": (-1, "publication", "past"),
    "this past": (-1, "publication", "past"),
    "past": (-1, "publication", "past"),
    "next": (1, "publication", "future"),
    "coming": (1, "publication", "future"),
    "this coming": (1, "publication", "future"),
    "the coming": (1, "publication", "future"),
    "previous": (-1, "focus", None),
    "the previous": (-1, "focus", None),
    "the prior": (-1, "focus", None),
    "the preceding": (-1, "focus", None),
    "following": (1, "focus", None),
    "the following": (1, "focus", None),
    "the next": (1, "focus", None),
    "the subsequent": (1, "focus", None),
    "that": (0, "focus", None),
    "the same": (0, "focus", None),
    "the": (0, "publication", None),
}
_EDGE = {
    "early": "START",
    "start of": "START",
    "beginning of": "START",
    "mid": "MID",
    "middle of": "MID",
    "late": "END",
    "end of": "END",
    "close of": "END",
}


def _unit_relative(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    if m.group("unitw2"):  # "the day before", "the year after": from the date in focus
        unit = _UNIT_WORDS[m.group("unitw2").lower()]
        sign = -1 if m.group("ba").lower() in ("before", "earlier") else 1
        return _mention(m, "relative", unit=unit, offset=sign, anchor="focus", rule="unit-relative")
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    word = m.group("unitw").lower()
    unit = _UNIT_WORDS[word]
    edge_text = re.sub(r"\s+", " ", (m.group("edge") or "").lower()).removeprefix("the ")
    if unit == "WE" and rel in ("this past", "the") and not edge_text:
        return _mention(m, "weekend", rule="weekend")  # "over the weekend": the nearest one
    if rel in ("the past", "the last", "past") and edge_text == "":
        if rel == "past" or unit == "D":
            return None
        # "the past week", "over the last year": a duration ending now
        return _mention(m, "duration", value=_duration_value(1, unit), rule="duration-relative")
    if (
        rel in ("the next", "the coming")
        and not edge_text
        and unit != "D"
        and _word_before(text, m.start()) in ("over", "within", "during", "for", "throughout", "in")
    ):  # "over the next week": the week from now, a duration (as "the past week" is)
        return _mention(m, "duration", value=_duration_value(1, unit), rule="duration-relative")
    if rel == "the" and not edge_text:
        return None  # "the year", "the week": too vague alone
    if rel == "the" and edge_text in ("earlier", "later", "early", "late", "mid"):
        return None
    if unit == "D" and rel in ("this", "last", "next", "current", "the current", "coming", "the"):
        return None  # "this day", "the next day" is below; "last day" is an ordinal
    if word == "fortnight":
        unit = "W"
    if unit == "WE" and rel not in ("this", "last", "next", "coming", "this coming", "the coming"):
        return None
    offset, anchor, tense = _REL[rel]
    if unit == "D" and anchor == "publication":
        return None
    mod = _EDGE.get(edge_text)
    if edge_text == "earlier":
        tense = tense or "past"
    elif edge_text == "later":
        tense = tense or "future"
    return _mention(
        m,
        "relative",
        unit=unit,
        offset=offset,
        anchor=anchor,
        tense=tense,
        mod=mod,
        focus_year=rel == "the",
        rule="unit-relative",
    )


def _clause_ends(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" \t")
    return rest == "" or rest[0] in ",.;:!?)\n\"”'’"


def _count_relative(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = _unit(g.lex, m.group("unitw"))
    count_text = m.group("count")
    if count_text is None:  # "days later", "years ago": a plural unit alone
        if not m.group("unitw").lower().endswith("s") or m.group("half"):
            return None
        if rel == "ago":
            return _mention(m, "reference", value="PAST_REF", rule="count-relative")
        if rel not in ("later", "earlier"):
            return None
        return _mention(
            m,
            "duration",
            value=_duration_value(None, unit),
            tense="future" if rel == "later" else "past",
            rule="duration-relative",
        )
    if unit == "S" and count_text.lower() in ("a", "an"):
        return None
    if rel in ("before", "after", "prior", "on", "back") and not _clause_ends(text, m.end()):
        return None  # "two years after the crash": a duration before a signal word
    if m.group("unitw")[0].isupper() and not m.group(0).isupper():
        return None
    amount = _number(g.lex, count_text)
    if amount is not None and m.group("half"):
        amount += 0.5
    past = rel in ("ago", "earlier", "before", "prior", "previously", "back")
    anchor = "publication" if rel in ("ago", "from now", "hence", "back") else "focus"
    if amount is None:  # "several years ago": some time before
        if rel == "ago":
            return _mention(m, "reference", value="PAST_REF", rule="count-relative")
        return None
    if amount != int(amount) or unit in ("S", "MIN", "H", "CE", "ML", "2W"):
        value = _duration_value(amount, unit)
        return _mention(
            m,
            "duration",
            value=value,
            tense="past" if past else "future",
            rule="duration-relative",
        )
    sign = -1 if past else 1
    return _mention(
        m,
        "relative",
        unit=unit,
        offset=sign * int(amount),
        anchor=anchor,
        tense=("past" if past else "future") if anchor == "publication" else None,
        rule="count-relative",
    )


_SET_BEFORE = frozenset(("once", "twice", "thrice", "times"))
_NOT_BEFORE_COUNT = frozenset(
    ("no", "no.", "number", "#", "$", "us$", "€", "£", "page", "p.", "pp.")
)


_QUANTITY_BEFORE = re.compile(
    r"(?:\d|(?:\b|(?<=\d))(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
    r"|hundred|thousand"
    r"|million|billion|trillion|m|bn|k|dollars|euros|pounds|yuan|yen|rupiah|percent|cents))"
    r"(?:[^\S\r\n]+(?-i:[a-z]+s))?[^\S\r\n]*\Z",
    re.IGNORECASE,
)


def _is_quantity_before(text: str, start: int) -> bool:
    """Whether a number, maybe with a plural noun, stands right before `start` ("15 a year",
    "$5 million a year", "three flights a week")."""
    return bool(_QUANTITY_BEFORE.search(text, max(0, start - 40), start))


def _duration(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    lex = g.lex
    before = _word_before(text, m.start())
    if m.group("halfof"):  # "half an hour", "half a day"
        unit = {"century": "CE", "decade": "DE"}.get(
            m.group("hunit").lower(), _unit(lex, m.group("hunit"))
        )
        return _mention(m, "duration", value=_duration_value(0.5, unit), rule="duration")
    if m.group("adjonly"):  # "year-long", "months-long", "monthlong"
        word = m.group("adjonly").lower().removesuffix("long").removesuffix("-")
        unit = _unit(lex, word)
        amount = None if word.endswith("s") else 1.0
        return _mention(m, "duration", value=_duration_value(amount, unit), rule="duration")
    if m.group("bare"):  # "for years", "over the years", "in recent years", "the past months"
        words = re.sub(r"\s+", " ", m.group("bare").lower()).split(" ")
        unit = _unit(lex, words[-1])
        if (
            len(words) == 1
            and before not in ("for", "within", "in", "after")
            and not (
                re.match(r"[^\S\r\n]+of[^\S\r\n]+[\w$]", text[m.end() : m.end() + 6])
                and before not in g.words["not_before_years_of"]
            )
        ):  # "endured years of low returns": a duration; "the years of the war" is below
            return None
        if (
            words[0] == "the"
            and len(words) == 2
            and before not in ("over", "through", "throughout")
        ):
            return None
        if m.group("bare")[0].isupper() and len(words) == 1:
            return None
        return _mention(m, "duration", value=_duration_value(None, unit), rule="duration")
    count_text = m.group("count")
    unit_word = m.group("unitw")
    unit = _unit(lex, unit_word)
    lower_count = count_text.lower()
    if unit_word[0].isupper() and not m.group(0).isupper() and not _capitalized(count_text):
        return None  # "the 100 Days": a name
    if unit == "S" and lower_count in ("a", "an", "one") and not m.group("adj"):
        return None  # "a second term": an ordinal
    if (
        lower_count in ("a", "an")
        and m.group("the") is None
        and not m.group("half")
        and unit in ("D", "W", "M", "Y", "H", "2W", "Q")
        and (before in _SET_BEFORE or _is_quantity_before(text, m.start()))
    ):  # "15 a year", "$5 million a year"
        return _mention(m, "set", value=_duration_value(1, unit), rule="set")
    if count_text.isdigit() and before in _NOT_BEFORE_COUNT:
        return None  # "No. 12 days", "page 10 years"
    if m.group("the") and lower_count in ("first", "last"):
        return None
    amount = _number(lex, count_text)
    if amount is None and lower_count not in lex.vague_numbers:
        return None
    if lower_count in ("some",) and not unit_word.endswith("s"):
        return None  # "some day", "some time"
    if lower_count in ("many",) and not m.group("the") and before != "for":
        return None
    if amount is not None and m.group("half"):
        amount += 0.5
    if amount is not None and amount > 10_000:
        return None
    value = _duration_value(amount, unit)
    start = m.start()
    if (
        m.group("the")
        and m.group("the").split()[-1].lower() == "the"
        and (m.group("adj") or m.group("joint") == "-")
    ):
        start = m.start("count")  # "the 24-year-old jet", "the five-year plan": "the" is the noun's
    if m.group("count2") and m.group("unitw2"):
        extra = _duration_value(_number(lex, m.group("count2")), _unit(lex, m.group("unitw2")))
        value = _join_durations(value, extra)
    return Mention(start=start, end=m.end(), kind="duration", value=value, rule="duration")


def _join_durations(a: str, b: str) -> str:
    """P1D + PT2H -> P1DT2H; PT2H + PT15M -> PT2H15M."""
    a_date, _, a_time = a[1:].partition("T")
    b_date, _, b_time = b[1:].partition("T")
    time = a_time + b_time
    return "P" + a_date + b_date + (("T" + time) if time else "")


_ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "bimonthly": "P2M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "biennially": "P2Y",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "hourly": "PT1H",
}


def _set(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    lex = g.lex
    if m.group("smonth"):  # "every September", "every Nov. 11"
        word = m.group("smonth")
        if not _is_month_name(word):
            return None
        if word.lower() in g.words["month_abbreviations"] and not m.group("sday"):
            return None
        month = _month_number(lex, word)
        if not m.group("sday"):
            return _mention(m, "set", value=f"XXXX-{month:02d}", rule="set")
        day = int(m.group("sday"))
        if not _exists(None, month, day):
            return None
        return _mention(m, "set", value=f"XXXX-{month:02d}-{day:02d}", rule="set")
    if m.group("adv"):
        word = m.group("adv")
        if word[0].isupper() and not _opens_sentence(text, m.start()):
            return None  # "China Daily", "the Daily Mail"
        following = re.findall(r"[A-Za-z]+", text[m.end() : m.end() + 30])[:2]
        if any(w.lower() in g.words["rate_nouns"] for w in following):
            return None  # "the daily upper limit", "monthly inflation": a rate, not a recurrence
        return _mention(m, "set", value=_ADVERB_SETS[word.lower()], rule="set")
    if m.group("plural"):
        word = m.group("plural")
        if not _capitalized(word):
            return None
        return _mention(m, "set", value=f"XXXX-WXX-{lex.weekdays[word.lower()]}", rule="set")
    if m.group("per"):
        per = m.group("per").lower()
        unit = {"annum": "Y", "night": "D"}.get(
            m.group("punit").lower(), _unit(lex, m.group("punit"))
        )
        if per in ("a", "an") and not (m.group("freq") or _is_quantity_before(text, m.start())):
            return None  # "a year" alone is a duration
        return _mention(m, "set", value=_duration_value(1, unit), rule="set")
    word = m.group("sunit")
    lower = word.lower()
    if lower in lex.weekdays:
        if not _capitalized(word):
            return None
        return _mention(m, "set", value=f"XXXX-WXX-{lex.weekdays[lower]}", rule="set")
    if lower == "weekend":
        return _mention(m, "set", value="XXXX-WXX-WE", rule="set")
    if lower in _PARTS:
        return _mention(m, "set", value="P1D", rule="set")
    unit = _unit(lex, lower)
    count = _number(lex, m.group("scount")) if m.group("scount") else 1.0
    if count is None:
        return None
    if m.group("other"):
        count *= 2
    if unit == "S" and not m.group("scount"):
        return None  # "every second": an ordinal as often as a unit
    return _mention(m, "set", value=_duration_value(count, unit), rule="set")


def _ampm(text: str | None) -> str | None:
    return text.lower().replace(".", "").replace(" ", "")[:1] if text else None


def _hour24(hour: int, ampm: str | None) -> int:
    if ampm == "p" and hour < 12:
        return hour + 12
    if ampm == "a" and hour == 12:
        return 0
    return hour


def _clock(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    zone_match = g.zone_after.match(text[m.end() : m.end() + 60])
    zone_text = (zone_match.group("z1") or zone_match.group("z2")) if zone_match else None
    if zone_text and _zone_needs_capitals(zone_text) and not zone_text.isupper():
        zone_match, zone_text = None, None  # "et al.", "est."
    end = m.end() + (zone_match.end() if zone_match else 0)
    ampm_to = _ampm(m.group("ampm_to") or m.group("ampm_to2"))
    midnight = bool(m.group("noon")) and m.group("noon").lower() == "midnight"
    if m.group("noon"):
        # "midnight" alone: the start of the day in focus ("the sale opened at midnight");
        # with its day ("midnight tonight", "midnight Friday"), that day's end (_at_midnight)
        hour, minute = (0, 0) if midnight else (12, 0)
    elif m.group("mil") or m.group("mil2"):
        digits = m.group("mil") or m.group("mil2")
        hour, minute = int(digits[:2]), int(digits[2:])
        if m.group("mil2"):
            zone_text = zone_text or "utc"
        elif zone_text is None:  # "1800 hours"
            hours = re.match(r"[^\S\r\n]*(?:hours|hrs)\b", text[m.end() :])
            if hours is None:
                return None
            end = m.end() + hours.end()
    elif m.group("hourw"):
        hour, minute = g.hours[m.group("hourw").lower()], 0
    elif m.group("hour2"):
        hour, minute = int(m.group("hour2")), 0
        ampm = _ampm(m.group("ampm2")) or ampm_to  # "9-11 a.m."
        if ampm is None and not m.group("oclock"):
            return None
        hour = _hour24(hour, ampm)
    else:
        hour, minute = int(m.group("hour")), int(m.group("minute"))
        ampm = _ampm(m.group("ampm"))
        if ampm and not 1 <= hour <= 12:
            return None
        if ampm is None and zone_text is None and ampm_to is None:
            before = _word_before(text, m.start())
            if m.group("sep") == "." or before not in g.words["clock_context"]:
                return None  # "10.30 percent", "John 3:16", a score "2:1"
        hour = _hour24(hour, ampm or ampm_to)
    if hour > 24 or (hour == 24 and minute):
        return None
    until_hour = until_minute = None
    if m.group("hour_to"):
        until_hour = _hour24(int(m.group("hour_to")), ampm_to)
        until_minute = int(m.group("minute_to") or 0)
        if until_hour > 24:
            until_hour = until_minute = None
        elif until_hour < hour and ampm_to == "p" and not (m.group("ampm") or m.group("ampm2")):
            hour -= 12  # "10-2 p.m.": from 10 a.m.
    elif not (m.group("ampm") or m.group("ampm2")) and hour <= 12:
        part_match = g.clock_part_after.match(text[end : end + 40])
        if part_match:  # "seven o'clock in the morning", "10 at night"
            part = _PARTS[(part_match.group("part") or part_match.group("night")).lower()]
            hour = _hour_of_part(hour, part)
            end += part_match.end()
    return Mention(
        start=m.start(),
        end=end,
        kind="clock",
        hour=hour,
        minute=minute,
        until_hour=None if until_hour is None else until_hour % 24,
        until_minute=until_minute,
        zone=_zone(g.lex, zone_text) if zone_text else None,
        anchor="focus",
        rule="clock-midnight" if midnight and until_hour is None else "clock",
    )


def _hour_of_part(hour: int, part: str | None) -> int:
    """The 24-hour clock of "7 in the evening" (19) and "2 at night" (2)."""
    if part in ("AF", "EV", "NI") and hour < 12 and not (part == "NI" and hour < 5):
        return hour + 12
    return hour


def _zone_needs_capitals(zone: str) -> bool:
    """Abbreviated zones are written in capitals ("ET", "EST"); names may be any case."""
    return " " not in zone.strip() and len(zone.strip()) <= 5


def _zone(lex: Lexicon, written: str) -> str | None:
    """The UTC offset (or IANA zone) of a written zone; None for "local time"."""
    text = re.sub(r"\s+", " ", written.strip().lower()).replace("−", "-")
    if m := re.fullmatch(r"(?:gmt|utc) ?([-+]) ?(\d{1,2})(?::?(\d\d))?", text):
        hours = int(m[2])
        if hours > 14:
            return None
        return f"{m[1]}{hours:02d}:{m[3] or '00'}"
    return lex.zones.get(text)


def _holiday(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    written = m.group("holiday")
    name = re.sub(r"\s+", " ", written.lower())
    holiday = g.holidays[name]
    words = [
        w for w in re.split(r"[\s-]+", written) if w.lower() not in ("the", "of", "al", "ul", "day")
    ]
    if not all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None  # "the new year" in lower case is a period, not the holiday
    if _name_follows(text, m.end()) and not m.group("year"):
        return None  # "Easter Island", "Christmas Island"
    pre = (m.group("pre") or "").lower()
    tense = {"last": "past", "next": "future"}.get(pre)
    year = _year_of(m.group("year"))
    dates = holiday.dates
    if year is not None and dates:
        dates = tuple(d for d in dates if d.year == year)
        if not dates:
            return _mention(m, "calendar", year=year, rule="holiday")
    return _mention(
        m,
        "holiday",
        month=holiday.month,
        day=holiday.day,
        year=year,
        year_offset=0 if pre == "this" and year is None else None,
        dates=dates,
        tense=tense,
        rule="holiday",
    )


def _weekday(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = m.group("weekday")
    if not _capitalized(word):
        return None
    if (
        m.group("pre") is None
        and _word_before(text, m.start()) not in g.words["prepositions"]
        and (_in_a_name(text, m.start()) or _name_follows(text, m.end()))
    ):
        return None  # "Bloody Sunday", "the Sunday Times"; not "on Monday Boeing said"
    pre = re.sub(r"\s+", " ", m.group("pre").lower()) if m.group("pre") else None
    tense = _PRE_TENSE.get(pre) if pre else None
    return _mention(m, "weekday", weekday=g.lex.weekdays[word.lower()], tense=tense, rule="weekday")


_CLAUSE = frozenset(("and", "or", "but", "as", "when", "is", "was", "will", "has", "had"))
_TIME_OF = frozenset(("of", "when", "that", "the", "it", "he", "she", "they", "we"))


def _reference(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    before = _word_before(text, m.start())
    after = _word_after(text, m.end()).lower()
    if word == "now":
        if after in ("that",) or text[m.end() : m.end() + 1] == "-":
            return None  # "now that": a conjunction
    elif word in ("the past", "the future", "the present", "the present day"):
        if before not in ("in", "into", "for", "of", "to", "from", "until"):
            return None
        if re.match(r"[^\S\r\n]+[a-z]", text[m.end() : m.end() + 3]) and after not in _CLAUSE:
            return None  # "the past tense", "the future of aviation"
    elif word in ("the time", "that time", "the moment"):
        if before != "at" or after in _TIME_OF:
            return None  # "at the time of the crash": the time of an event, not a reference
    elif word == "those days":
        if before not in ("in", "of"):
            return None
    elif word == "these days" and before in ("of", "for"):
        return None
    return _mention(m, "reference", value=g.lex.references[word], rule="reference")


def _same_period(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    return _mention(
        m, "same-period", year_offset=-1, anchor="focus", tense="past", rule="same-period"
    )


def _day_of_month(m: re.Match[str], g: Grammar, text: str) -> Mention | None:
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    after = text[m.end() : m.end() + 3]
    if re.match(r"[^\S\r\n]+[a-z(]", after):
        return None  # "on the 13th floor"
    return Mention(
        start=m.start("the"),
        end=m.end(),
        kind="calendar",
        day=day,
        anchor="focus",
        rule="day-of-focus-month",
    )


# --- the recognizer ---


def recognize(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """English temporal expressions in `text[start:end]`, in text order, not overlapping."""
    g = grammar()
    end = len(text) if end is None else end
    candidates: list[tuple[int, int, int, Mention]] = []
    for priority, ws, we in _windows(g, text, start, end):
        _, pattern, handler = g.rules[priority]
        for m in pattern.finditer(text, ws, we):
            mention = handler(m, g, text)
            if mention is None or mention.end > end:
                continue
            if text[mention.end - 1] == ".":
                mention = _without_final_period(g, text, mention)
            candidates.append((mention.start, -(mention.end - mention.start), priority, mention))
    chosen = _longest_first(candidates)
    grown = _drop_overlaps([_grow(g, text, mention, start, end) for mention in chosen])
    merged = _merge(text, _lend_days(text, grown))
    return _clause_tenses(g, text, _years_before_periods(text, _other_zones(text, merged)))


_TOKEN = re.compile(r"\w+")
BEFORE, AFTER = 48, 80  # how far a match may reach before and after its trigger word


def _windows(g: Grammar, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(rule, start, end) windows around each rule's trigger words, merged per rule."""
    spans: dict[int, list[list[int]]] = {}
    digits = g.triggers.get("#", ())
    for token in _TOKEN.finditer(text, start, end):
        word = token.group()
        lower = word.lower()
        rules = g.triggers.get(lower, ())
        if not word.isalpha():  # digits: "2018", "Q3", "FY2018"
            quarter = g.triggers.get("#q", ()) if ("q" in lower or "h" in lower) else ()
            rules = tuple(sorted({*digits, *rules, *quarter}))
        if not rules:
            continue
        ws, we = max(start, token.start() - BEFORE), min(end, token.end() + AFTER)
        for rule in rules:
            windows = spans.setdefault(rule, [])
            if windows and ws <= windows[-1][1]:
                windows[-1][1] = we
            else:
                windows.append([ws, we])
    return [(rule, ws, we) for rule in sorted(spans) for ws, we in spans[rule]]


def _without_final_period(g: Grammar, text: str, mention: Mention) -> Mention:
    """Drop a final period unless it belongs to an abbreviation ("Oct.", "a.m.")."""
    word = re.search(r"([\w.]+?)\.\Z", text[mention.start : mention.end])
    if word and word.group(1).lower() in g.lex.abbreviations:
        return mention
    return attrs.evolve(mention, end=mention.end - 1)


def _is_day(mention: Mention) -> bool:
    if mention.kind in ("weekday", "holiday"):
        return True
    if mention.kind == "calendar":
        return mention.day is not None and mention.until_day is None
    return mention.kind == "relative" and mention.unit == "D"


def _grow(g: Grammar, text: str, mention: Mention, first: int, limit: int) -> Mention:
    """Extend an expression by an edge or modifier before it and a part of the day after it."""
    window = max(first, mention.start - 40)
    if mention.kind in ("duration", "clock") and mention.mod is None:
        m = g.modifier_before.search(text, window, mention.start)
        if m:
            word = re.sub(r"\s+", " ", m.group("mod").lower())
            mod = g.lex.modifiers.get(word, "APPROX")
            if mention.kind == "clock":
                mod = "APPROX" if mod == "APPROX" or word.startswith("at ") else None
            elif word == "over" and (
                text[mention.start : mention.start + 4].lower() == "the "
                or (mention.value and "X" in mention.value)
            ):
                mod = None  # "over the past year", "over years": the preposition
            if mod is not None:
                # "at about 7 a.m.": "at" is the preposition; "at least a week" keeps it
                at_only = word.startswith("at ") and word not in g.lex.modifiers
                start = m.start() + (3 if at_only else 0)
                mention = attrs.evolve(mention, start=start, mod=mod)
    elif mention.mod is None and (
        mention.kind == "weekday"
        or (mention.kind in ("calendar", "holiday") and mention.day is None)
        or (mention.kind == "relative" and mention.unit == "D" and mention.anchor == "publication")
    ):
        m = g.edge_before.search(text, window, mention.start)
        if m:
            edge = re.sub(r"\s+", " ", m.group("edge").lower()).removeprefix("the ")
            edge = edge.removesuffix(" the")
            mod = _EDGE.get(edge)
            if mod is not None:
                mention = attrs.evolve(mention, start=m.start(), mod=mod)
    if _is_day(mention) and mention.part is None and mention.hour is None:
        rest = text[mention.end : min(limit, mention.end + 20)]
        if m := g.part_after.match(rest):
            mention = attrs.evolve(
                mention, end=mention.end + m.end(), part=_PARTS[m.group("part").lower()]
            )
    return mention


_GAP_DAY_CLOCK = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*(?:(?:at|around|about)[^\S\r\n]+)?\Z")
_GAP_CLOCK_DAY = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*(?:on[^\S\r\n]+)?\Z")
_GAP_PLAIN = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*\Z")


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def _years_before_periods(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "a year earlier" right after a quarter, half or month in its sentence is that period a
    year before: "profit in the third quarter rose from a year earlier" is last year's third
    quarter, as "the same period last year" is."""
    out = list(mentions)
    for i in range(1, len(out)):
        cur, prev = out[i], out[i - 1]
        if not (cur.kind == "relative" and cur.unit == "Y" and cur.offset == -1):
            continue
        if not (prev.kind == "calendar" and prev.day is None and prev.decade is None):
            continue
        if not (prev.quarter or prev.half or prev.month) or prev.century is not None:
            continue
        if _SENTENCE_END.search(text, prev.end, cur.start):
            continue
        out[i] = attrs.evolve(
            cur, kind="same-period", unit=None, offset=0, year_offset=-1, anchor="focus"
        )
    return out


_OPEN_PARENTHESIS = re.compile(r"[^\S\r\n]*\([^\S\r\n]*\Z")
_CLOSE_PARENTHESIS = re.compile(r"[^\S\r\n]*\)[^\S\r\n]*,?[^\S\r\n]*(?:on[^\S\r\n]+)?\Z")


def _lend_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a clock time and its other zone's in parentheses the day written after them:
    "6:46 p.m. (1046 GMT) on Friday, Sept. 28" is two clock times on 28 September."""
    out = list(mentions)
    for i in range(len(out) - 2):
        a, b, day = out[i], out[i + 1], out[i + 2]
        if not (a.kind == "clock" and b.kind == "clock" and _is_day(day) and day.hour is None):
            continue
        if not (
            _OPEN_PARENTHESIS.match(text[a.end : b.start])
            and _CLOSE_PARENTHESIS.match(text[b.end : day.start])
        ):
            continue
        shift, _ = _day_shift(a, b)  # "6:46 a.m. (2246 GMT) on Friday": 22:46 GMT on Thursday
        other_day = _shift_day(day, -shift) if shift else day
        for k, clock, its_day in ((i, a, day), (i + 1, b, other_day or day)):
            out[k] = attrs.evolve(
                its_day,
                start=clock.start,
                end=clock.end,
                part=None,
                mod=clock.mod,
                weekday=its_day.weekday if its_day.kind == "weekday" else None,
                aside=k == i + 1,
                **_clock_parts(clock),
            )
    return out


_CLOSE_ASIDE = re.compile(r"[^\S\r\n]*\)")


def _other_zones(text: str, mentions: list[Mention]) -> list[Mention]:
    """A clock time given again in another zone in parentheses ("6:20 a.m. Monday (2320 GMT
    Sunday)", "5:53 a.m. (2253 GMT Friday)") is an aside: the same moment, which must not move
    the day in focus. A clock time written without its day takes the aside's day, moved by the
    zones' difference: 22:53 GMT on Friday is 5:53 a.m. on Saturday where the clocks are 7
    hours ahead."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.hour is None or b.hour is None or a.aside:
            continue
        if not (_OPEN_PARENTHESIS.match(text[a.end : b.start]) and _CLOSE_ASIDE.match(text, b.end)):
            continue
        out[i + 1] = b = attrs.evolve(b, aside=True)
        shift, zone = _day_shift(a, b)
        if zone is not None and a.zone is None:  # "2:37 p.m. local time (0737 GMT)": UTC+07:00
            out[i] = a = attrs.evolve(a, zone=zone)
        if a.kind != "clock" or b.kind == "clock" or shift is None:
            continue
        lent = _shift_day(b, shift)
        if lent is not None:
            out[i] = attrs.evolve(
                lent,
                start=a.start,
                end=a.end,
                part=None,
                mod=a.mod,
                aside=False,
                weekday=lent.weekday if lent.kind == "weekday" else None,
                **_clock_parts(a),
            )
    return out


_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'’-]*|[\"“”;:]|[.!?](?=[\"”’']?\s+[\"“]?[A-Z])")
_BE = frozenset(("be", "been", "being", "to"))


def _clause_tenses(g: Grammar, text: str, mentions: list[Mention]) -> list[Mention]:
    """The tense of the verb nearest before a bare weekday in its clause: "told supporters at
    his residence on Wednesday night" is past, "reopens on Monday", "would march on Tuesday" and
    "can pre-order from Friday" are future. Quotations and other sentences are not read."""
    out = list(mentions)
    past, future = g.words["past_verbs"], g.words["future_verbs"]
    for i, m in enumerate(out):
        if m.kind != "weekday" or m.tense is not None:
            continue
        window = text[max(0, m.start - 160) : m.start]
        window = window[window.rfind("\n") + 1 :]
        words = _CLAUSE_WORD.findall(window)
        tense = None
        for k in range(len(words) - 1, max(-1, len(words) - 13), -1):
            word = words[k].lower()
            if not word[0].isalpha():
                break  # a sentence end or a quotation
            before = words[k - 1].lower() if k else ""
            if word in future:
                # "was due to open Friday", "were expected on Monday": a future seen from the past
                tense = "past" if before in ("was", "were") else "future"
                break
            regular = word.endswith("ed") and not word.endswith("eed") and word != "hundred"
            if (word in past or (regular and len(word) > 4)) and before not in _BE:
                tense = "past"
                break
        if tense is not None:
            out[i] = attrs.evolve(m, clause_tense=tense)
    return out


def _offset_minutes(zone: str | None) -> int | None:
    if zone is None or not re.fullmatch(r"[-+]\d\d:\d\d", zone):
        return None
    sign = -1 if zone[0] == "-" else 1
    return sign * (int(zone[1:3]) * 60 + int(zone[4:6]))


def _day_shift(local: Mention, other: Mention) -> tuple[int | None, str | None]:
    """How many days the day of `local` lies after that of `other`, the same moment elsewhere,
    and the zone of `local` that makes them one moment (None where unknown)."""
    other_offset = _offset_minutes(other.zone)
    if other_offset is None or local.hour is None or other.hour is None:
        return None, None
    local_minutes = local.hour * 60 + (local.minute or 0)
    other_minutes = other.hour * 60 + (other.minute or 0)
    local_offset = _offset_minutes(local.zone)
    if local_offset is None:  # the zone that makes the two clocks one moment: UTC-12 to UTC+14
        fits = [
            other_offset + local_minutes - other_minutes + 1440 * k
            for k in (-2, -1, 0, 1, 2)
            if -720 <= other_offset + local_minutes - other_minutes + 1440 * k <= 840
        ]
        if not fits:
            return None, None
        local_offset = min(fits, key=abs)
    sign = "-" if local_offset < 0 else "+"
    zone = f"{sign}{abs(local_offset) // 60:02d}:{abs(local_offset) % 60:02d}"
    return (other_minutes - other_offset + local_offset) // 1440, zone


def _shift_day(day: Mention, shift: int) -> Mention | None:
    """A day mention moved by `shift` days, where kronik can say so; None otherwise."""
    if shift == 0:
        return day
    if day.kind == "weekday" and day.weekday is not None:
        return attrs.evolve(day, weekday=(day.weekday - 1 + shift) % 7 + 1)
    if day.kind == "relative" and day.unit == "D":
        return attrs.evolve(day, offset=day.offset + shift)
    if day.kind == "calendar" and day.month is not None and day.day is not None:
        moved = dt.date(day.year or 2000, day.month, day.day) + dt.timedelta(days=shift)
        if day.year is None and moved.year != 2000:
            return None
        return attrs.evolve(
            day, day=moved.day, month=moved.month, year=moved.year if day.year else None
        )
    return None


def _merge(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a day and its clock time into one TIME expression; a weekday and its date or week."""
    mentions = list(mentions)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None:
            gap = text[cur.end : nxt.start]
            joined = _join(cur, nxt, gap)
            if joined is not None:
                mentions[i + 1] = joined
                i += 1
                continue
            cur = _lend(cur, nxt, gap) or cur
        out.append(cur)
        i += 1
    return out


def _join(cur: Mention, nxt: Mention, gap: str) -> Mention | None:
    if "\n" in gap:
        return None
    if (
        cur.kind == "weekday"
        and nxt.kind == "relative"
        and nxt.unit == "W"
        and _GAP_PLAIN.match(gap)
    ):
        return attrs.evolve(nxt, start=cur.start, weekday=cur.weekday)  # "Monday last week"
    if (
        cur.kind == "weekday"
        and nxt.kind == "calendar"
        and nxt.weekday is None
        and nxt.day is not None
        and _GAP_PLAIN.match(gap)
    ):
        return attrs.evolve(nxt, start=cur.start, weekday=cur.weekday, part=nxt.part or cur.part)
    # A clock time and its day are one TIME with nothing but a comma between ("6:20 a.m.
    # Monday", "2320 GMT Sunday", "midnight tonight"); with a preposition ("12:00 BST on
    # Thursday", "Monday at 9 a.m.") they are two expressions (`_lend`).
    if cur.kind == "clock" and _is_day(nxt) and nxt.hour is None and _GAP_PLAIN.match(gap):
        return attrs.evolve(
            nxt, start=cur.start, part=None, mod=nxt.mod or cur.mod, **_clock_parts(cur)
        )
    if _is_day(cur) and cur.hour is None and nxt.kind == "clock" and _GAP_PLAIN.match(gap):
        return attrs.evolve(
            cur, end=nxt.end, part=None, mod=cur.mod or nxt.mod, **_clock_parts(nxt)
        )
    return None


def _lend(cur: Mention, nxt: Mention, gap: str) -> Mention | None:
    """A clock time with the day written after it: "12:00 BST on Thursday" is 12:00 of that
    Thursday, and Thursday stays an expression of its own. (A day written before its clock
    time gives it its day when resolved: the last day named in the sentence.)"""
    if "\n" in gap or cur.kind != "clock" or not (_is_day(nxt) and nxt.hour is None):
        return None
    if not _GAP_CLOCK_DAY.match(gap):
        return None
    return attrs.evolve(
        nxt,
        start=cur.start,
        end=cur.end,
        part=None,
        mod=cur.mod,
        weekday=nxt.weekday if nxt.kind == "weekday" else None,
        rule=nxt.rule,
        **_clock_parts(_at_midnight(cur)),
    )


def _at_midnight(clock: Mention) -> Mention:
    """ "midnight" given its day is the end of that day (T24:00, the next day's 00:00)."""
    if clock.rule == "clock-midnight" and clock.hour == 0:
        return attrs.evolve(clock, hour=24)
    return clock


def _clock_parts(clock: Mention) -> dict[str, object]:
    return clock_parts(_at_midnight(clock))


def iter_rules() -> Iterator[str]:
    """Names of the grammar's rules, in priority order (for documentation and tests)."""
    for name, _, _ in grammar().rules:
        yield name
