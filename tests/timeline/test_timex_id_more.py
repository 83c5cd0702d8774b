"""Indonesian temporal expressions, continued: periods without a year, moving holidays,
the edges of periods ("akhir tahun") and what news prose does around them."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronik.timeline.lexicon import lexicon
from kronik.timeline.tagger import find_timexes
from kronik.timeline.timex import is_timex3_value


def found(text: str, ref: dt.date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, lang="id", ref=ref)]


def one(text: str, ref: dt.date | None) -> tuple[str, str, str | None]:
    (t,) = find_timexes(text, lang="id", ref=ref)
    return t.text, t.value, t.mod


D = dt.date

# A quarter or half without a year: the publication's year, unless it starts more than
# four months after publication (then last year's); "mendatang"/"depan" look ahead,
# and so does a sentence in the future tense.
QUARTERS = [
    ("Defisit berlanjut hingga kuartal III.", D(2018, 6, 25), "kuartal III", "2018-Q3"),
    ("Impor naik pada semester II.", D(2018, 6, 25), "semester II", "2018-H2"),
    ("PDB pada triwulan III tumbuh 5 persen.", D(2016, 11, 7), "triwulan III", "2016-Q3"),
    ("Ekonomi kuartal ketiga tumbuh 5,01 persen.", D(2014, 11, 5), "kuartal ketiga", "2014-Q3"),
    ("Laba semester pertama naik.", D(2014, 8, 1), "semester pertama", "2014-H1"),
    ("Pertumbuhan kuartal ke-2 melambat.", D(2014, 8, 1), "kuartal ke-2", "2014-Q2"),
    ("Pertumbuhan paruh kedua melambat.", D(2014, 12, 1), "paruh kedua", "2014-H2"),
    ("Pertumbuhan kuartal I 5,21 persen.", D(2014, 11, 20), "kuartal I", "2014-Q1"),
    ("BPS mencatat PDB kuartal IV melambat.", D(2015, 2, 5), "kuartal IV", "2014-Q4"),
    ("Laba semester II turun.", D(2015, 2, 5), "semester II", "2014-H2"),
    ("Pemerintah akan membangun jalan pada kuartal I.", D(2014, 12, 20), "kuartal I", "2015-Q1"),
    ("Harga naik pada kuartal I mendatang.", D(2014, 11, 20), "kuartal I mendatang", "2015-Q1"),
    ("Harga turun pada kuartal III lalu.", D(2014, 11, 20), "kuartal III lalu", "2014-Q3"),
    ("Target kuartal III 2018 tercapai.", D(2014, 11, 20), "kuartal III 2018", "2018-Q3"),
    ("Pada Q4 defisit melebar.", D(2014, 11, 20), "Q4", "2014-Q4"),
]


@pytest.mark.parametrize(("text", "ref", "span", "value"), QUARTERS, ids=[q[0] for q in QUARTERS])
def test_quarter_and_half_without_a_year(text: str, ref: dt.date, span: str, value: str) -> None:
    assert found(text, ref) == [(span, value)]


HOLIDAYS = [
    # Idul Fitri by any name, in the publication's year or the one it names
    ("Impor naik menjelang Lebaran.", D(2018, 6, 25), [("Lebaran", "2018-06-15")]),
    ("Ditopang momen Lebaran.", D(2016, 11, 7), [("Lebaran", "2016-07-06")]),
    ("Tol dibuka saat Lebaran mendatang.", D(2015, 6, 15), [("Lebaran mendatang", "2015-07-17")]),
    ("Mudik Lebaran 2011 ramai.", D(2014, 1, 1), [("Lebaran 2011", "2011-08-31")]),
    ("Hari Raya Idul Fitri tiba.", D(2014, 7, 20), [("Hari Raya Idul Fitri", "2014-07-28")]),
    ("Idulfitri tahun ini ramai.", D(2014, 7, 20), [("Idulfitri tahun ini", "2014-07-28")]),
    ("Mudik Lebaran tahun lalu lancar.", D(2016, 7, 1), [("Lebaran tahun lalu", "2015-07-17")]),
    (
        "Pemerintah memperkirakan Idul Fitri 1437 Hijriah jatuh pada Rabu (6/7/2016).",
        D(2016, 7, 1),
        [("Idul Fitri 1437 Hijriah", "2016-07-06"), ("Rabu (6/7/2016)", "2016-07-06")],
    ),
    (
        "Sidang isbat menetapkan 1 Syawal 1437 H.",
        D(2016, 7, 1),
        [("1 Syawal 1437 H", "2016-07-06")],
    ),
    # H-notation: days before or after the holiday
    ("Arus mudik meningkat pada H-5 Lebaran.", D(2016, 7, 1), [("H-5 Lebaran", "2016-07-01")]),
    ("Arus balik puncak pada H+2 Lebaran.", D(2016, 7, 1), [("H+2 Lebaran", "2016-07-08")]),
    (
        "Libur Lebaran panjang. Tiket H-7 hingga H-1 habis.",
        D(2016, 7, 1),
        [("Lebaran", "2016-07-06"), ("H-7", "2016-06-29"), ("H-1", "2016-07-05")],
    ),
    (
        "Tiket H-3 habis terjual menjelang Lebaran.",
        D(2016, 7, 1),
        [("H-3", "2016-07-03"), ("Lebaran", "2016-07-06")],
    ),
    ("Tiket H-3 habis terjual.", D(2016, 7, 1), []),
    # Idul Adha, Imlek, Cap Go Meh, Nyepi, Waisak, Easter, Tahun Baru Islam
    ("Sapi dijual menjelang Idul Adha.", D(2014, 10, 1), [("Idul Adha", "2014-10-05")]),
    ("Umat merayakan Imlek.", D(2023, 1, 21), [("Imlek", "2023-01-22")]),
    (
        "Umat bersembahyang menjelang Tahun Baru Imlek 2574 Kongzili.",
        D(2023, 1, 21),
        [("Tahun Baru Imlek 2574 Kongzili", "2023-01-22")],
    ),
    ("Ditutup dengan Cap Go Meh.", D(2023, 1, 21), [("Cap Go Meh", "2023-02-05")]),
    ("Bali sepi saat Nyepi.", D(2014, 3, 30), [("Nyepi", "2014-03-31")]),
    ("Umat Buddha merayakan Waisak 2014.", D(2014, 1, 1), [("Waisak 2014", "2014-05-15")]),
    ("Ibadah Jumat Agung digelar.", D(2014, 4, 17), [("Jumat Agung", "2014-04-18")]),
    ("Libur Tahun Baru Islam.", D(2014, 10, 20), [("Tahun Baru Islam", "2014-10-25")]),
    # eves, fixed holidays, names in lower case, places
    ("Misa malam Natal digelar.", D(2019, 12, 23), [("malam Natal", "2019-12-24TNI")]),
    ("Misa hari raya Natal digelar.", D(2019, 12, 23), [("Natal", "2019-12-25")]),
    ("Malam tahun baru dilewati.", D(2014, 12, 30), [("Malam tahun baru", "2014-12-31TNI")]),
    (
        "Arus padat menjelang malam pergantian tahun.",
        D(2019, 12, 23),
        [("malam pergantian tahun", "2019-12-31TNI")],
    ),
    ("Kue imlek laris.", D(2023, 1, 21), []),
    ("Warga Kabupaten Mandailing Natal mengungsi.", D(2019, 12, 23), []),
]


@pytest.mark.parametrize(("text", "ref", "expected"), HOLIDAYS, ids=[h[0] for h in HOLIDAYS])
def test_holiday(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, ref) == expected


def _holiday_tables() -> list[dict]:
    path = resources.files("kronik.timeline").joinpath("data/holidays-id.toml")
    return tomllib.loads(path.read_text("utf-8"))["holiday"]


def test_holiday_tables_cite_sources_and_keep_order() -> None:
    tables = _holiday_tables()
    for table in tables:
        assert table["source"].startswith("https://"), table["key"]
        rows = [r if isinstance(r, dict) else {"date": r} for r in table.get("dates", ())]
        days = [r["date"] for r in rows]
        assert days == sorted(days), table["key"]
        assert all(dt.date(2005, 1, 1) <= d <= dt.date(2030, 12, 31) for d in days)
        eras = [r["era_year"] for r in rows if "era_year" in r]
        assert eras == sorted(set(eras)), table["key"]
    keys = {t["key"] for t in tables}
    assert {"idul-fitri", "idul-adha", "imlek", "nyepi", "waisak"} <= keys


def test_idul_fitri_once_a_year_on_government_dates() -> None:
    (fitri,) = [h for h in lexicon("id").holidays if h.key == "idul-fitri"]
    assert [d.year for d in fitri.dates] == list(range(2005, 2026))
    # a few the government set, as Kompas and the SKB calendars report them
    assert {dt.date(2011, 8, 31), dt.date(2014, 7, 28), dt.date(2016, 7, 6)} <= set(fitri.dates)
    assert fitri.era_dates[1437] == dt.date(2016, 7, 6)
    (imlek,) = [h for h in lexicon("id").holidays if h.key == "imlek"]
    assert all(imlek.era_dates[d.year + 551] == d for d in imlek.dates)


# The edges of a period: the publication's, or the past year or month the paragraph tells of.
EDGES = [
    ("Subsidi membengkak pada akhir tahun.", D(2022, 9, 4), ("akhir tahun", "2022", "END")),
    ("Target dicanangkan pada awal tahun.", D(2018, 9, 3), ("awal tahun", "2018", "START")),
    (
        "Rupiah melemah sejak pertengahan tahun.",
        D(2015, 8, 25),
        ("pertengahan tahun", "2015", "MID"),
    ),
    ("Harga diumumkan pada akhir bulan.", D(2014, 12, 31), ("akhir bulan", "2014-12", "END")),
    ("Rapat digelar awal bulan.", D(2014, 12, 10), ("awal bulan", "2014-12", "START")),
    ("Harga naik sejak awal pekan.", D(2018, 10, 12), ("awal pekan", "2018-W41", "START")),
    ("Ramai pada akhir pekan ini.", D(2018, 10, 14), ("akhir pekan ini", "2018-W41-WE", None)),
    ("Warga berlibur pada akhir pekan.", D(2018, 10, 10), ("akhir pekan", "2018-W40-WE", None)),
    ("Inflasi naik pada akhir tahun lalu.", D(2018, 10, 14), ("akhir tahun lalu", "2017", "END")),
    ("Dicanangkan akhir tahun 2014.", D(2018, 10, 14), ("akhir tahun 2014", "2014", "END")),
]


@pytest.mark.parametrize(("text", "ref", "expected"), EDGES, ids=[e[0] for e in EDGES])
def test_edge_of_a_period(text: str, ref: dt.date, expected: tuple[str, str, str | None]) -> None:
    assert one(text, ref) == expected


def test_edge_of_a_year_the_paragraph_tells_of() -> None:
    text = "Dana itu untuk 48 sekolah sepanjang 2008. Namun, hingga akhir tahun, proyek mangkrak."
    assert found(text, D(2011, 3, 15)) == [("2008", "2008"), ("akhir tahun", "2008")]
    text = "Target 2015 naik.\n\nHingga akhir tahun, harga turun."
    assert found(text, D(2014, 11, 1)) == [("2015", "2015"), ("akhir tahun", "2014")]


CASES = [
    # durations and dates next to the prose around them
    ("Rupiah melemah sepanjang tahun ini.", D(2015, 8, 25), [("tahun ini", "2015")]),
    ("Kasus naik sepanjang tahun lalu.", D(2011, 3, 15), [("tahun lalu", "2010")]),
    ("Laporan keluar paling lambat sebulan setelah itu.", D(2018, 11, 2), [("sebulan", "P1M")]),
    (
        "Protokol dijalankan setidaknya setahun ke depan.",
        D(2021, 1, 14),
        [("setahun ke depan", "P1Y")],
    ),
    ("Transaksi Harbolnas 12.12 tahun ini naik.", D(2017, 11, 12), [("tahun ini", "2017")]),
    ("Pilot dengan 20.000 jam terbang.", D(2014, 12, 29), [("20.000 jam", "PT20000H")]),
    # month ranges, abbreviations, cross-month day ranges
    ('"Efeknya terasa pada Okt-Des," ujarnya.', D(2016, 11, 7), [("Okt-Des", "2016-10")]),
    ("Bertahan di barak hingga awal Nop, kata dia.", D(2010, 10, 27), [("awal Nop", "2010-11")]),
    (
        "Berlangsung 18 Agustus-2 September 2018 di Jakarta.",
        D(2018, 9, 3),
        [("18 Agustus-2 September 2018", "2018-08-18")],
    ),
    (
        "Operasi 23 Desember 2019-1 Januari 2020 dimulai.",
        D(2019, 12, 23),
        [("23 Desember 2019-1 Januari 2020", "2019-12-23")],
    ),
    ("Kontrak ini untuk pengiriman Februari.", D(2014, 12, 15), [("Februari", "2015-02")]),
    # years: fiscal years, names of events, old years
    (
        "Dana DAK tahun anggaran 2008 diselewengkan.",
        D(2011, 3, 15),
        [("tahun anggaran 2008", "2008")],
    ),
    ("Asian Games 2018 resmi ditutup.", D(2018, 9, 3), []),
    ("Persiapan Olimpiade Tokyo 2020 dimulai.", D(2018, 9, 3), []),
    ("Defisit APBN 2015 melebar.", D(2014, 12, 1), [("2015", "2015")]),
    ("Vihara yang dibangun pada 1650 itu terbakar.", D(2023, 1, 21), [("1650", "1650")]),
    ("Sebanyak 1650 orang hadir.", D(2023, 1, 21), []),
    # references
    ("Persipura unggul lebih dulu.", D(2017, 9, 18), []),
    ("Malam tadi kami tidur di lapangan.", D(2018, 8, 6), [("Malam tadi", "2018-08-05TNI")]),
    # sets
    (
        "Rilis data dilakukan setiap tanggal 15.",
        D(2018, 6, 25),
        [("setiap tanggal 15", "XXXX-XX-15")],
    ),
    (
        "Harbolnas diadakan setiap 12 Desember.",
        D(2017, 11, 12),
        [("setiap 12 Desember", "XXXX-12-12")],
    ),
    # weekdays
    (
        "Puncak pada 12 Desember mendatang, bertepatan dengan hari Selasa.",
        D(2017, 11, 12),
        [("12 Desember mendatang", "2017-12-12"), ("hari Selasa", "2017-12-12")],
    ),
    (
        "Natal jatuh pada 25 Desember. Misa hari raya Natal digelar Rabu pagi.",
        D(2019, 12, 23),
        [
            ("Natal", "2019-12-25"),
            ("25 Desember", "2019-12-25"),
            ("Natal", "2019-12-25"),
            ("Rabu pagi", "2019-12-25TMO"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), CASES, ids=[c[0] for c in CASES])
def test_expression(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, ref) == expected


# Clock times: with their date, in lists and ranges, in words, and on the day they tell of
CLOCKS = [
    (
        "Misa malam Natal digelar pukul 17.00, 19.30, dan 22.00 WIB.",
        D(2019, 12, 23),
        [
            ("malam Natal", "2019-12-24TNI"),
            ("pukul 17.00", "2019-12-24T17:00"),
            ("19.30", "2019-12-24T19:30"),
            ("22.00 WIB", "2019-12-24T22:00"),
        ],
    ),
    (
        "Jam tiga pagi air masih semata kaki.",
        D(2020, 1, 2),
        [("Jam tiga pagi", "2020-01-02T03:00")],
    ),
    (
        "Air naik pukul 02.00 WIB. Jam tiga air semata kaki, jam lima sepinggang.",
        D(2020, 1, 2),
        [
            ("pukul 02.00 WIB", "2020-01-02T02:00"),
            ("Jam tiga", "2020-01-02T03:00"),
            ("jam lima", "2020-01-02T05:00"),
        ],
    ),
    (
        "Buka 24 jam, 7 hari sepekan.",
        D(2020, 1, 2),
        [("24 jam", "PT24H"), ("7 hari", "P7D"), ("sepekan", "P1W")],
    ),
    ("Ia pulang pukul tujuh malam.", D(2020, 1, 2), [("pukul tujuh malam", "2020-01-02T19:00")]),
    (
        "Penjualan dibuka pukul 00.00 waktu Beijing.",
        D(2017, 11, 11),
        [("pukul 00.00 waktu Beijing", "2017-11-11T00:00")],
    ),
    (
        "Pesawat hilang kontak Minggu (28/12/2014) pukul 06.17 WIB kemarin. Pencarian hari ini "
        "dimulai pukul 06.00 WIB.\n\nPesawat lepas landas pukul 05.35 WIB.",
        D(2014, 12, 29),
        [
            ("Minggu (28/12/2014) pukul 06.17 WIB kemarin", "2014-12-28T06:17"),
            ("hari ini", "2014-12-29"),
            ("pukul 06.00 WIB", "2014-12-29T06:00"),
            ("pukul 05.35 WIB", "2014-12-28T05:35"),
        ],
    ),
    (
        "Umat datang Sabtu (21/1/2023) sore menjelang Imlek. Mereka datang sejak pukul 07.00 WIB.",
        D(2023, 1, 21),
        [
            ("Sabtu (21/1/2023) sore", "2023-01-21TAF"),
            ("Imlek", "2023-01-22"),
            ("pukul 07.00 WIB", "2023-01-21T07:00"),
        ],
    ),
    (
        "BMKG memperkirakan besok hujan lebat pada sore hari.",
        D(2014, 12, 29),
        [("besok", "2014-12-30"), ("sore hari", "2014-12-30TAF")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), CLOCKS, ids=[c[0][:40] for c in CLOCKS])
def test_clock_time(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, ref) == expected


def test_clock_range_has_a_start_and_an_end() -> None:
    (t,) = find_timexes("Puncak pada Sabtu pukul 20.00-22.00 WIB.", lang="id", ref=D(2017, 11, 12))
    assert (t.text, t.value, t.begin, t.until) == (
        "Sabtu pukul 20.00-22.00 WIB",
        "2017-11-11T20:00",
        "2017-11-11T20:00",
        "2017-11-11T22:00",
    )


def test_cross_month_range_ends_in_the_next_year() -> None:
    (t,) = find_timexes("Masa kampanye 28 November 2023-10 Februari 2024.", lang="id", ref=None)
    assert (t.value, t.until) == ("2023-11-28", "2024-02-10")


# The narrative's date: relative expressions count from the period in focus
NARRATIVE = [
    (
        "Neraca Mei 2018 defisit, menyempit dibandingkan bulan sebelumnya.",
        D(2018, 6, 25),
        [("Mei 2018", "2018-05"), ("bulan sebelumnya", "2018-04")],
    ),
    (
        "Terbakar pada Maret 2015 dan selesai dipugar dua tahun kemudian.",
        D(2023, 1, 21),
        [("Maret 2015", "2015-03"), ("dua tahun kemudian", "2017")],
    ),
    (
        "Pada April 2013, UN tertunda. UN yang seharusnya digelar pada 15 April, "
        "baru dilaksanakan tiga hari kemudian.",
        D(2014, 4, 14),
        [
            ("April 2013", "2013-04"),
            ("15 April", "2013-04-15"),
            ("tiga hari kemudian", "2013-04-18"),
        ],
    ),
    (
        "Banjir mengingatkan pada banjir Januari 2013. Status darurat hingga 15 Januari.",
        D(2020, 1, 2),
        [("Januari 2013", "2013-01"), ("15 Januari", "2020-01-15")],
    ),
]


@pytest.mark.parametrize(("text", "ref", "expected"), NARRATIVE, ids=[n[0][:40] for n in NARRATIVE])
def test_narrative_focus(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert found(text, ref) == expected


TOKENS = [
    "Lebaran",
    "Idul",
    "Fitri",
    "1437",
    "Hijriah",
    "H-7",
    "H+2",
    "malam",
    "Natal",
    "Imlek",
    "2574",
    "Kongzili",
    "kuartal",
    "III",
    "semester",
    "akhir",
    "awal",
    "tahun",
    "pekan",
    "pukul",
    "17.00,",
    "19.30",
    "dan",
    "20.00-22.00",
    "WIB",
    "jam",
    "tiga",
    "setiap",
    "tanggal",
    "15",
    "18",
    "Agustus-2",
    "September",
    "2018",
    "hari",
    "Selasa",
    "sore",
    "2001",
    "lalu",
    "kemudian",
    ".",
    "\n",
]


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=30).map(" ".join),
    st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31)) | st.none(),
)
def test_any_mix_of_the_new_words_gives_valid_timexes(text: str, ref: dt.date | None) -> None:
    for t in find_timexes(text, lang="id", ref=ref):
        assert text[t.start : t.end] == t.text
        assert is_timex3_value(t.value)
        assert t.until is None or is_timex3_value(t.until)
