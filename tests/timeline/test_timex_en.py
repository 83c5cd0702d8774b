"""English temporal expressions, family by family: span as written, type and TIMEX3 value."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kronik.timeline.lang import en
from kronik.timeline.tagger import find_timexes
from kronik.timeline.timex import day_value, is_timex3_value

REF = dt.date(2018, 10, 14)  # a Sunday


def found(text: str, ref: dt.date | None = REF) -> list[tuple[str, str, str]]:
    return [(t.text, str(t.type), t.value) for t in find_timexes(text, lang="en", ref=ref)]


CASES = [
    # month names, abbreviations, weekdays beside them
    ("It was held Saturday (Oct. 13) in Bali.", [("Saturday (Oct. 13)", "DATE", "2018-10-13")]),
    ("It happened on Oct. 13, 2018.", [("Oct. 13, 2018", "DATE", "2018-10-13")]),
    ("It happened on October 13.", [("October 13", "DATE", "2018-10-13")]),
    ("It happened on 13 October 2018.", [("13 October 2018", "DATE", "2018-10-13")]),
    ("It happened on the 13th of October.", [("the 13th of October", "DATE", "2018-10-13")]),
    ("On Tuesday 9 October, the IMF met.", [("Tuesday 9 October", "DATE", "2018-10-09")]),
    ("On Friday, Sept. 28, it struck.", [("Friday, Sept. 28", "DATE", "2018-09-28")]),
    ("The law took effect on Jan. 1.", [("Jan. 1", "DATE", "2019-01-01")]),
    ("It was published on 2018-10-13.", [("2018-10-13", "DATE", "2018-10-13")]),
    ("It was unveiled on 7/8/07.", [("7/8/07", "DATE", "2007-07-08")]),
    ("The meeting was held Monday (8/10).", [("Monday (8/10)", "DATE", "2018-10-08")]),
    (  # a preposition between a day and its clock time: two expressions, as in TimeML
        "It crashed on Sunday (28/12/2014) at 06:18 WIB.",
        [("Sunday (28/12/2014)", "DATE", "2014-12-28"), ("06:18 WIB", "TIME", "2014-12-28T06:18")],
    ),
    # months and years
    ("Prices rose in October.", [("October", "DATE", "2018-10")]),
    ("Prices rose in March 2017.", [("March 2017", "DATE", "2017-03")]),
    ("Prices rose last November.", [("last November", "DATE", "2017-11")]),
    ("Prices will rise in January next year.", [("January next year", "DATE", "2019-01")]),
    ("Prices rose in mid-October.", [("mid-October", "DATE", "2018-10")]),
    ("He was born in 1961.", [("1961", "DATE", "1961")]),
    ("Sales in fiscal 2018 rose.", [("fiscal 2018", "DATE", "2018")]),
    ("It is due mid-2019.", [("mid-2019", "DATE", "2019")]),
    ("It boomed in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("It boomed in the early '90s.", [("the early '90s", "DATE", "199")]),
    ("It dates back to the 19th century.", [("the 19th century", "DATE", "18")]),
    ("Stocks rose in the first quarter.", [("the first quarter", "DATE", "2018-Q1")]),
    ("Stocks rose in Q3 2018.", [("Q3 2018", "DATE", "2018-Q3")]),
    ("It rose in the second quarter of 2017.", [("the second quarter of 2017", "DATE", "2017-Q2")]),
    (
        "It fell in the first half of last year.",
        [("the first half of last year", "DATE", "2017-H1")],
    ),
    ("It reported third-quarter earnings.", [("third-quarter", "DATE", "2018-Q3")]),
    # seasons
    ("The bridge was closed this summer.", [("this summer", "DATE", "2018-SU")]),
    ("The plant opened last winter.", [("last winter", "DATE", "2017-WI")]),
    ("Sales rose in the summer of 2017.", [("the summer of 2017", "DATE", "2017-SU")]),
    ("He plans to retire in the fall.", [("the fall", "DATE", "2018-FA")]),
    # deictic and relative to publication
    ("Yesterday it rained.", [("Yesterday", "DATE", "2018-10-13")]),
    ("It is sunny today.", [("today", "DATE", "2018-10-14")]),
    ("It snows tomorrow.", [("tomorrow", "DATE", "2018-10-15")]),
    ("It freezes tonight.", [("tonight", "TIME", "2018-10-14TNI")]),
    ("He called this morning.", [("this morning", "TIME", "2018-10-14TMO")]),
    ("He called last night.", [("last night", "TIME", "2018-10-13TNI")]),
    ("He arrived Monday night.", [("Monday night", "TIME", "2018-10-08TNI")]),
    ("Prices rose last month.", [("last month", "DATE", "2018-09")]),
    ("We go next week.", [("next week", "DATE", "2018-W42")]),
    ("This year is good.", [("This year", "DATE", "2018")]),
    ("He left earlier this month.", [("earlier this month", "DATE", "2018-10")]),
    ("He left late last year.", [("late last year", "DATE", "2017")]),
    ("It closed three days ago.", [("three days ago", "DATE", "2018-10-11")]),
    ("It closed two years ago.", [("two years ago", "DATE", "2016")]),
    ("It closed a week ago.", [("a week ago", "DATE", "2018-W40")]),
    ("It reopens next Monday.", [("next Monday", "DATE", "2018-10-15")]),
    ("Last Tuesday, the court ruled.", [("Last Tuesday", "DATE", "2018-10-09")]),
    ("Shares have risen so far this year.", [("this year", "DATE", "2018")]),
    ("It became public this weekend.", [("this weekend", "DATE", "2018-W41-WE")]),
    ("He will step down at the end of the month.", [("the end of the month", "DATE", "2018-10")]),
    # clock times, zones
    ("It crashed at 7:37 a.m. local time.", [("7:37 a.m. local time", "TIME", "2018-10-14T07:37")]),
    ("It left at 07:37 UTC.", [("07:37 UTC", "TIME", "2018-10-14T07:37")]),
    ("It left at 0537 GMT.", [("0537 GMT", "TIME", "2018-10-14T05:37")]),
    (
        "It left at 2 p.m. (0700 GMT).",
        [("2 p.m.", "TIME", "2018-10-14T14:00"), ("0700 GMT", "TIME", "2018-10-14T07:00")],
    ),
    ("We met at noon.", [("noon", "TIME", "2018-10-14T12:00")]),
    (
        "She came at seven o'clock in the evening.",
        [("seven o'clock in the evening", "TIME", "2018-10-14T19:00")],
    ),
    ("It opens 9-11 a.m.", [("9-11 a.m.", "TIME", "2018-10-14T09:00")]),
    (
        "The meeting is on Wednesday, Oct. 17, at 7 p.m.",
        [("Wednesday, Oct. 17", "DATE", "2018-10-17"), ("7 p.m.", "TIME", "2018-10-17T19:00")],
    ),
    ("It left at 6:20 a.m. Monday.", [("6:20 a.m. Monday", "TIME", "2018-10-08T06:20")]),
    (
        "It was announced at 12:00 BST on Thursday.",
        [("12:00 BST", "TIME", "2018-10-11T12:00"), ("Thursday", "DATE", "2018-10-11")],
    ),
    ("Prices rise at midnight tonight.", [("midnight tonight", "TIME", "2018-10-15T00:00")]),
    (
        "The sale opened on Nov. 11. It began at midnight.",
        [("Nov. 11", "DATE", "2018-11-11"), ("midnight", "TIME", "2018-11-11T00:00")],
    ),
    (
        "The quake struck at 6:46 p.m. (1046 GMT) on Friday, Sept. 28.",
        [
            ("6:46 p.m.", "TIME", "2018-09-28T18:46"),
            ("1046 GMT", "TIME", "2018-09-28T10:46"),
            ("Friday, Sept. 28", "DATE", "2018-09-28"),
        ],
    ),
    # durations
    ("It took two years.", [("two years", "DURATION", "P2Y")]),
    ("It took several years.", [("several years", "DURATION", "PXY")]),
    ("He served for 10 years.", [("10 years", "DURATION", "P10Y")]),
    ("Wait three months.", [("three months", "DURATION", "P3M")]),
    ("It rained over the past 24 hours.", [("the past 24 hours", "DURATION", "PT24H")]),
    ("Jobs go over the next four years.", [("the next four years", "DURATION", "P4Y")]),
    ("It is a fifty-year service life.", [("fifty-year", "DURATION", "P50Y")]),
    ("The 57-year-old left.", [("57-year-old", "DURATION", "P57Y")]),
    ("It is two and a half years late.", [("two and a half years", "DURATION", "P2.5Y")]),
    ("It took half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("He waited for years.", [("years", "DURATION", "PXY")]),
    ("It took nearly two weeks.", [("nearly two weeks", "DURATION", "P2W")]),
    ("The minister resigned hours later.", [("hours later", "DURATION", "PTXH")]),
    # sets
    ("He goes every Sunday.", [("every Sunday", "SET", "XXXX-WXX-7")]),
    ("It is held annually.", [("annually", "SET", "P1Y")]),
    ("A weekly meeting.", [("weekly", "SET", "P1W")]),
    ("It happens each year.", [("each year", "SET", "P1Y")]),
    ("It happens every two years.", [("every two years", "SET", "P2Y")]),
    ("They deliver 15 a year.", [("a year", "SET", "P1Y")]),
    ("It flies three flights a week.", [("a week", "SET", "P1W")]),
    ("It meets twice a month.", [("twice a month", "SET", "P1M")]),
    ("Shops close on Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    # references
    ("It is now clear.", [("now", "DATE", "PRESENT_REF")]),
    ("It is currently open.", [("currently", "DATE", "PRESENT_REF")]),
    ("He recently left.", [("recently", "DATE", "PAST_REF")]),
    ("It was common in the past.", [("the past", "DATE", "PAST_REF")]),
    ("It will change in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("At present, it has 91 aircraft.", [("At present", "DATE", "PRESENT_REF")]),
    ("He was the minister at the time.", [("the time", "DATE", "PAST_REF")]),
    ("It happened years ago.", [("years ago", "DATE", "PAST_REF")]),
    # holidays
    ("We met on Christmas.", [("Christmas", "DATE", "2018-12-25")]),
    ("New Year's Day is a holiday.", [("New Year's Day", "DATE", "2019-01-01")]),
    ("Christmas Eve 2017 was quiet.", [("Christmas Eve 2017", "DATE", "2017-12-24")]),
    ("Markets shut for Eid al-Adha.", [("Eid al-Adha", "DATE", "2018-08-22")]),
    ("Thanksgiving Day 2018 was cold.", [("Thanksgiving Day 2018", "DATE", "2018-11-22")]),
    ("Good Friday is a holiday.", [("Good Friday", "DATE", "2019-04-19")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_expression(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


RANGES = [
    ("Talks ran Oct 13-15.", "Oct 13-15", "2018-10-13", "2018-10-15"),
    ("The summit runs from Oct. 8 to 14.", "Oct. 8 to 14", "2018-10-08", "2018-10-14"),
    ("It ran from Oct. 30-Nov. 2.", "Oct. 30-Nov. 2", "2018-10-30", "2018-11-02"),
    ("Sales rose in January-May 2018.", "January-May 2018", "2018-01", "2018-05"),
    ("In 2016-17 the deficit narrowed.", "2016-17", "2016", "2017"),
    (
        "It is open from 9 a.m. to 5 p.m.",
        "9 a.m. to 5 p.m.",
        "2018-10-14T09:00",
        "2018-10-14T17:00",
    ),
]


@pytest.mark.parametrize(("text", "span", "begin", "until"), RANGES)
def test_range(text: str, span: str, begin: str, until: str) -> None:
    (t,) = find_timexes(text, lang="en", ref=REF)
    assert (t.text, t.value, t.until) == (span, begin, until)


def test_between_two_months_is_two_dates() -> None:
    assert found("Sales rose between January and May.") == [
        ("January", "DATE", "2018-01"),
        ("May", "DATE", "2018-05"),
    ]


FOCUS = [
    (
        "The plane crashed on Oct. 10. A day later, divers found it. That day, he resigned.",
        [
            ("Oct. 10", "DATE", "2018-10-10"),
            ("A day later", "DATE", "2018-10-11"),
            ("That day", "DATE", "2018-10-11"),
        ],
    ),
    (
        "The quake hit on Sept. 28, 2017. The following day, aid came. Three days later, it left.",
        [
            ("Sept. 28, 2017", "DATE", "2017-09-28"),
            ("The following day", "DATE", "2017-09-29"),
            ("Three days later", "DATE", "2017-10-02"),
        ],
    ),
    (
        "In 2015 sales fell; the following year they rose.",
        [("2015", "DATE", "2015"), ("the following year", "DATE", "2016")],
    ),
    (
        "Sales in October 2017 were flat, after a fall in the same period last year.",
        [("October 2017", "DATE", "2017-10"), ("the same period last year", "DATE", "2016-10")],
    ),
    (
        "Profit in the third quarter rose 10% from a year earlier.",
        [("the third quarter", "DATE", "2018-Q3"), ("a year earlier", "DATE", "2017-Q3")],
    ),
    (
        "The firm was founded in March 2001. In June that year it listed.",
        [("March 2001", "DATE", "2001-03"), ("June that year", "DATE", "2001-06")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS, ids=[c[0][:40] for c in FOCUS])
def test_anchored_on_the_date_in_focus(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# The conventions of the blind English set (tests/fixtures/eval-en/README.md), which follow
# TimeML: each case is a general pattern, not a sentence of the set.
CONVENTIONS = [
    (
        "It ran from June 23 to July 2.",
        [("June 23", "DATE", "2018-06-23"), ("July 2", "DATE", "2018-07-02")],
    ),
    ("It takes at least a week.", [("at least a week", "DURATION", "P1W")]),
    ("It was over in seconds.", [("seconds", "DURATION", "PTXS")]),
    ("Savers endured years of low returns.", [("years", "DURATION", "PXY")]),
    ("He won after a monthlong trial.", [("monthlong", "DURATION", "P1M")]),
    ("The 24-year-old jet crashed.", [("24-year-old", "DURATION", "P24Y")]),
    (
        "Revenue fell in the three months to June.",
        [("the three months", "DURATION", "P3M"), ("June", "DATE", "2018-06")],
    ),
    ("Parts of the 18th-century palace fell.", [("18th-century", "DATE", "17")]),
    ("It is held every Nov. 11.", [("every Nov. 11", "SET", "XXXX-11-11")]),
    ("It holds a launch every September.", [("every September", "SET", "XXXX-09")]),
    ("The stock hit its daily upper limit.", []),
    (
        "Revenue rose in the July-September quarter.",
        [("the July-September quarter", "DATE", "2018-07")],
    ),
    ("They will ship parcels over the next week.", [("the next week", "DURATION", "P1W")]),
    ("Under Law No. 42 of 2008, it is final.", []),
    ("He drives a 2015 Toyota Avanza.", []),
    (
        "In 2020 the pandemic pushed it to October.",
        [("2020", "DATE", "2020"), ("October", "DATE", "2020-10")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS, ids=[c[0][:40] for c in CONVENTIONS])
def test_timeml_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


REF_THURSDAY = dt.date(2009, 7, 9)
TENSES = [
    # the verb before a bare weekday in its clause, not a future word elsewhere in the sentence
    ('"We will wait," he told supporters on Wednesday night.', "2009-07-08TNI"),
    ("The index, which fell 1.7% on Friday, reopens on Monday.", "2009-07-13"),
    ("The union said it would march on Tuesday.", "2009-07-14"),
    ("Customers can pre-order from Friday.", "2009-07-10"),
    ("A festival that was due to open Friday evening was cancelled.", "2009-07-03TEV"),
    ("He said on Thursday that talks will go on.", "2009-07-09"),
]


@pytest.mark.parametrize(("text", "value"), TENSES, ids=[c[0][:40] for c in TENSES])
def test_bare_weekday_takes_the_tense_of_its_clause(text: str, value: str) -> None:
    *_, t = find_timexes(text, lang="en", ref=REF_THURSDAY)  # the last weekday named
    assert t.value == value


def test_a_future_word_elsewhere_does_not_move_a_date_just_past() -> None:
    text = "The alert level, raised on May 13, will stay in place."
    (t,) = find_timexes(text, lang="en", ref=dt.date(2006, 5, 29))
    assert t.value == "2006-05-13"


def test_clock_time_in_another_zone_is_an_aside() -> None:
    text = (
        "It took off at 6:20 a.m. Monday (2320 GMT Sunday) and lost contact at 6:33 a.m. "
        "The quake struck at 5:53 a.m. (2253 GMT Friday)."
    )
    got = [(t.text, t.value) for t in find_timexes(text, lang="en", ref=dt.date(2018, 10, 30))]
    assert got == [
        ("6:20 a.m. Monday", "2018-10-29T06:20"),
        ("2320 GMT Sunday", "2018-10-28T23:20"),
        ("6:33 a.m.", "2018-10-29T06:33"),  # Monday's, not the aside's Sunday
        ("5:53 a.m.", "2018-10-27T05:53"),  # 22:53 GMT Friday, 7 hours ahead: Saturday
        ("2253 GMT Friday", "2018-10-26T22:53"),
    ]


def test_clock_times_far_from_a_date_tell_of_the_lead_paragraphs_event() -> None:
    text = (
        "Rescuers searched on Tuesday for victims of the jet that crashed Monday morning.\n\n"
        "It took off at 10:06 a.m. local time."
    )
    got = [(t.text, t.value) for t in find_timexes(text, lang="en", ref=dt.date(2005, 9, 6))]
    assert got[-1] == ("10:06 a.m. local time", "2005-09-05T10:06")


def test_a_passage_about_an_earlier_year_keeps_its_dates() -> None:
    text = (
        "FTX collapsed in November 2022. He was arrested the following month and extradited "
        "on Dec. 21. He was released the following day and spent Christmas at home."
    )
    got = [(t.text, t.value) for t in find_timexes(text, lang="en", ref=dt.date(2024, 3, 28))]
    assert got == [
        ("November 2022", "2022-11"),
        ("the following month", "2022-12"),
        ("Dec. 21", "2022-12-21"),
        ("the following day", "2022-12-22"),
        ("Christmas", "2022-12-25"),
    ]


ZONES = [
    ("It left at 07:37 UTC.", "+00:00"),
    ("It left at 2 p.m. EST.", "-05:00"),
    ("It left at 7:37 a.m. WIB.", "+07:00"),
    ("It landed at 6:40 p.m. (GMT +8).", "+08:00"),
    ("It landed at 6:40 p.m. (UTC-3).", "-03:00"),
    ("It crashed at 7:37 a.m. local time.", None),
    ("It crashed at 7:37 a.m.", None),
]


@pytest.mark.parametrize(("text", "zone"), ZONES)
def test_clock_time_keeps_its_zone(text: str, zone: str | None) -> None:
    (t,) = find_timexes(text, lang="en", ref=REF)
    assert t.zone == zone


def _has_zone_data() -> bool:
    try:
        zoneinfo.ZoneInfo("America/New_York")
    except zoneinfo.ZoneInfoNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _has_zone_data(), reason="no IANA time zone data")
def test_zone_with_daylight_saving_takes_the_offset_of_its_day() -> None:
    (summer, _) = find_timexes("It aired at 8 p.m. ET on July 4.", lang="en", ref=REF)
    (winter, _) = find_timexes("It aired at 8 p.m. ET on Dec. 4.", lang="en", ref=REF)
    assert (summer.value, summer.zone) == ("2018-07-04T20:00", "-04:00")
    assert (winter.value, winter.zone) == ("2018-12-04T20:00", "-05:00")


NOTHING = [
    "It cost $27.",
    "Eat 1/2 of the cake; a 3/4 majority.",
    "He is 89.",
    "We left.",
    "You may go.",
    "Flight 737 and the Boeing 737 and the A320 and the 737-800.",
    "He flew on Flight 2018 and paid $2018 for No. 2018.",
    "Protesters march on the capital.",
    "Theresa May said so.",
    "May said it would pass.",
    "The score was 3-1 at half-time.",
    "He scored in the first half.",
    "The company has 2,000 employees and 2000 stores.",
    "The ratio was 3:1 and the verse was John 3:16.",
    "It rose 10.30 percent.",
    "The Sunday Times reported it.",
    "He met Sun Yat-sen in the Sun.",
    "Jan Smith said the ship was at Easter Island.",
    "It is a second term; the new year brings a second chance.",
    "The now-cancelled deal; now that it is over.",
    "USA Today reported it.",
    "China Daily and the Daily Mail reported it.",
    "It happened in his 90s.",
    "The Arab Spring; the fall of the Berlin Wall; in winter, roads freeze.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_a_temporal_expression(text: str) -> None:
    assert found(text) == []


def test_without_publication_date_relative_expressions_stay_unresolved() -> None:
    (t,) = find_timexes("It rained yesterday.", lang="en", ref=None)
    assert t.value == "XXXX-XX-XX"


def test_future_sentence_reads_a_bare_weekday_ahead() -> None:
    assert found("The court will rule on Tuesday.") == [("Tuesday", "DATE", "2018-10-16")]
    assert found("The court ruled on Tuesday.") == [("Tuesday", "DATE", "2018-10-09")]


def test_rules_are_listed() -> None:
    names = list(en.iter_rules())
    assert names[0] == "month-day" and "clock" in names and len(names) == len(set(names))


# --- properties -----------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
AP_MONTHS += ["Nov.", "Dec."]
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@given(day=DATES, ref=DATES)
@example(day=dt.date(2016, 2, 29), ref=dt.date(2018, 10, 14))
def test_month_day_year_resolves_back(day: dt.date, ref: dt.date) -> None:
    """'October 13, 2018' is that day, whatever the publication date."""
    written = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    timexes = find_timexes(f"The vote was held on {written} in Jakarta.", lang="en", ref=ref)
    assert [(t.text, t.value) for t in timexes] == [(written, day_value(day))]


@given(day=DATES, shift=st.integers(min_value=-20, max_value=20))
@example(day=dt.date(2018, 10, 13), shift=1)
@example(day=dt.date(2018, 12, 31), shift=5)
def test_weekday_month_day_resolves_back(day: dt.date, shift: int) -> None:
    """'Saturday (Oct. 13)' resolves to the date from a publication date within a few weeks."""
    written = f"{WEEKDAYS[day.weekday()]} ({AP_MONTHS[day.month - 1]} {day.day})"
    text = f"The meeting was held {written} in Bali."
    timexes = find_timexes(text, lang="en", ref=day + dt.timedelta(days=shift))
    assert [(t.text, t.value) for t in timexes] == [(written, day_value(day))]


TOKENS = [
    "Saturday",
    "(Oct.",
    "13)",
    "October",
    "13,",
    "2018",
    "May",
    "may",
    "March",
    "last",
    "next",
    "this",
    "week",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "a",
    "the",
    "same",
    "period",
    "day",
    "following",
    "three",
    "every",
    "Sunday",
    "7:37",
    "a.m.",
    "p.m.",
    "local",
    "time",
    "UTC",
    "GMT",
    "(0700",
    "GMT)",
    "ET",
    "0537",
    "noon",
    "midnight",
    "Q3",
    "the first quarter of",
    "1990s",
    "'90s",
    "mid-",
    "fiscal",
    "Christmas",
    "Eid al-Fitr",
    "now",
    "in the past",
    "$27",
    "1/2",
    "89",
    "3-1",
    "Boeing 737",
    "A320",
    "-",
    ",",
    ".",
    "(",
    ")",
    "to",
    "between",
    "and",
]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(), st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)),
    DATES | st.none(),
)
@example("Saturday (Feb. 31) and 99 October and 2018-13-45 and 31/31/2018", dt.date(2018, 10, 14))
@example("midnight (0000 GMT) on 24:00", None)
def test_any_text_gives_valid_timexes_inside_the_text(text: str, ref: dt.date | None) -> None:
    """No crash on any text; every timex lies inside the text, quotes it, and has a TIMEX3 value."""
    for t in find_timexes(text, lang="en", ref=ref):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert is_timex3_value(t.value)
