"""Properties of date resolution that hold for any date, any publication date and any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kronik.timeline.tagger import find_timexes
from kronik.timeline.timex import day_value, interval, is_timex3_value

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2025, 12, 31))
TOKENS = [
    "Sabtu",
    "(13/10)",
    "(31/02/2018)",
    "kemarin",
    "lusa",
    "hari",
    "ini",
    "lalu",
    "mendatang",
    "pukul",
    "06.18",
    "WIB",
    "Minggu",
    "minggu",
    "pekan",
    "depan",
    "bulan",
    "tahun",
    "2018",
    "Januari-Mei",
    "sehari",
    "kemudian",
    "sebelumnya",
    "periode",
    "yang",
    "sama",
    "tiga",
    "setiap",
    "Okt",
    "14",
    ",",
    ".",
    "(",
    ")",
    "/",
    "-",
    "2,88",
    "Rp",
    "1,24",
    "triliun",
    "QZ8501",
    "11.11",
    "hari itu",
    "akhir",
    "awal",
    "sekitar",
    "jam",
    "7",
    "pagi",
    "dini",
    "abad",
    "ke-21",
    "90-an",
    "kuartal",
    "III",
]


@given(day=DATES, shift=st.integers(min_value=-20, max_value=20), with_weekday=st.booleans())
@example(day=dt.date(2018, 10, 13), shift=1, with_weekday=True)
@example(day=dt.date(2016, 2, 29), shift=-3, with_weekday=True)
@example(day=dt.date(2018, 12, 31), shift=5, with_weekday=False)
def test_weekday_day_month_resolves_back(day: dt.date, shift: int, with_weekday: bool) -> None:
    """'Hari (dd/mm)' as news writes it resolves to the date from a nearby publication date."""
    written = f"({day.day}/{day.month})"
    if with_weekday:
        written = f"{WEEKDAYS[day.weekday()]} {written}"
    text = f"Rapat itu digelar {written} di Jakarta."
    timexes = find_timexes(text, lang="id", ref=day + dt.timedelta(days=shift))
    assert [(t.text, t.value) for t in timexes] == [(written, day_value(day))]


@given(day=DATES, shift=st.integers(min_value=-20, max_value=20))
def test_day_month_name_resolves_back(day: dt.date, shift: int) -> None:
    """'13 Oktober' resolves to the date from a publication date within a few weeks."""
    written = f"{day.day} {MONTHS[day.month - 1]}"
    timexes = find_timexes(
        f"Acara pada {written} ramai.", lang="id", ref=day + dt.timedelta(days=shift)
    )
    assert [(t.text, t.value) for t in timexes] == [(written, day_value(day))]


@given(day=DATES, years=st.integers(min_value=-2, max_value=2))
def test_year_from_weekday_finds_the_year(day: dt.date, years: int) -> None:
    """Without a publication date, the weekday picks the year nearest the corpus's dates."""
    corpus = dt.date(min(day.year + years, 2025), 7, 1)
    written = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month})"
    (t,) = find_timexes(f"Kunjungan itu {written} lalu.", lang="id", corpus=corpus)
    assert t.value == day_value(day)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.text(), st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)),
    DATES | st.none(),
)
@example("31/02", None)
@example("", dt.date(2018, 10, 14))
@example("Senin (31/02/2018) dan (13/13) dan 99 Oktober dan tahun 99999", dt.date(2018, 10, 14))
def test_any_text_gives_valid_timexes_inside_the_text(text: str, ref: dt.date | None) -> None:
    """No crash on any text; every timex lies inside the text, quotes it, and has a TIMEX3 value."""
    for t in find_timexes(text, lang="id", ref=ref):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert is_timex3_value(t.value)


@given(DATES)
def test_day_value_round_trips_through_interval(day: dt.date) -> None:
    assert interval(day_value(day)) == (day, day)
