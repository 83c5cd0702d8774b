"""Indonesian temporal expressions, family by family: span as written, type and TIMEX3 value."""

from __future__ import annotations

import datetime as dt

import pytest

from kronik.timeline.tagger import find_timexes

REF = dt.date(2018, 10, 14)  # a Sunday


def found(text: str, ref: dt.date | None = REF) -> list[tuple[str, str, str]]:
    return [(t.text, str(t.type), t.value) for t in find_timexes(text, lang="id", ref=ref)]


CASES = [
    # weekday + (dd/mm) and (dd/mm/yyyy)
    ("Rapat digelar Sabtu (13/10).", [("Sabtu (13/10)", "DATE", "2018-10-13")]),
    ("Ia tiba Senin (8/10/2018).", [("Senin (8/10/2018)", "DATE", "2018-10-08")]),
    ("Dikutip dari laman Kominfo (13/10).", [("(13/10)", "DATE", "2018-10-13")]),
    ("Sabtu, 13/10/2018 ia datang.", [("Sabtu, 13/10/2018", "DATE", "2018-10-13")]),
    ("Sabtu (13/10/18) ia datang.", [("Sabtu (13/10/18)", "DATE", "2018-10-13")]),
    # dd Month [yyyy], abbreviations
    (
        "Pada 5 Agu 2018 dan 1 Des 2017.",
        [("5 Agu 2018", "DATE", "2018-08-05"), ("1 Des 2017", "DATE", "2017-12-01")],
    ),
    ("Pada 3 Nop 2018.", [("3 Nop 2018", "DATE", "2018-11-03")]),
    ("Pada 5 Okt. 2018.", [("5 Okt. 2018", "DATE", "2018-10-05")]),
    ("Peluncuran pada 11 Oktober 2018.", [("11 Oktober 2018", "DATE", "2018-10-11")]),
    ("Peluncuran pada 11 November mendatang.", [("11 November mendatang", "DATE", "2018-11-11")]),
    ("Hingga 17 Agt. Lalu pulang.", [("17 Agt.", "DATE", "2018-08-17")]),
    # Month yyyy, ranges
    ("Pada November 2018 mendatang.", [("November 2018 mendatang", "DATE", "2018-11")]),
    ("Pada Desember 2017 harga naik.", [("Desember 2017", "DATE", "2017-12")]),
    ("Sejak bulan Maret lalu.", [("bulan Maret lalu", "DATE", "2018-03")]),
    ("Pada Oktober lalu.", [("Oktober lalu", "DATE", "2018-10")]),
    ("Pada Maret mendatang.", [("Maret mendatang", "DATE", "2019-03")]),
    ("Periode 8-14 Oktober 2018.", [("8-14 Oktober 2018", "DATE", "2018-10-08")]),
    # years after pada/tahun/sejak, decades, centuries
    ("Sejak 2009 hingga 2020.", [("2009", "DATE", "2009"), ("2020", "DATE", "2020")]),
    ("Pada tahun 2015 lalu.", [("tahun 2015 lalu", "DATE", "2015")]),
    (
        "Tren era 1990-an dan abad ke-21.",
        [("era 1990-an", "DATE", "199"), ("abad ke-21", "DATE", "20")],
    ),
    # quarters and halves
    (
        "Kuartal III-2018 dan triwulan I 2018.",
        [("Kuartal III-2018", "DATE", "2018-Q3"), ("triwulan I 2018", "DATE", "2018-Q1")],
    ),
    ("Pada semester pertama tahun ini.", [("semester pertama tahun ini", "DATE", "2018-H1")]),
    # deictic words
    ("Kemarin ia datang.", [("Kemarin", "DATE", "2018-10-13")]),
    ("Hari ini rapat.", [("Hari ini", "DATE", "2018-10-14")]),
    ("Besok libur.", [("Besok", "DATE", "2018-10-15")]),
    ("Lusa kembali.", [("Lusa", "DATE", "2018-10-16")]),
    ("Kemarin lusa ia datang.", [("Kemarin lusa", "DATE", "2018-10-12")]),
    # N unit lalu/lagi/kemudian/sebelumnya
    ("Tiga hari lalu hujan.", [("Tiga hari lalu", "DATE", "2018-10-11")]),
    ("Dua tahun lalu ia menjabat.", [("Dua tahun lalu", "DATE", "2016")]),
    ("Sebulan lalu ia datang.", [("Sebulan lalu", "DATE", "2018-09")]),
    ("Lima hari lagi pemilu.", [("Lima hari lagi", "DATE", "2018-10-19")]),
    (
        "Rapat Senin (8/10). Sehari kemudian ditutup.",
        [("Senin (8/10)", "DATE", "2018-10-08"), ("Sehari kemudian", "DATE", "2018-10-09")],
    ),
    (
        "Rapat Senin (8/10). Dua hari sebelumnya hujan.",
        [("Senin (8/10)", "DATE", "2018-10-08"), ("Dua hari sebelumnya", "DATE", "2018-10-06")],
    ),
    (
        "Rapat Senin (8/10). Keesokan harinya hujan.",
        [("Senin (8/10)", "DATE", "2018-10-08"), ("Keesokan harinya", "DATE", "2018-10-09")],
    ),
    (
        "Rapat Senin (8/10). Pada hari itu hujan.",
        [("Senin (8/10)", "DATE", "2018-10-08"), ("hari itu", "DATE", "2018-10-08")],
    ),
    # unit + lalu/depan/ini
    (
        "Bulan lalu dan tahun depan.",
        [("Bulan lalu", "DATE", "2018-09"), ("tahun depan", "DATE", "2019")],
    ),
    (
        "Pekan lalu dan bulan ini.",
        [("Pekan lalu", "DATE", "2018-W40"), ("bulan ini", "DATE", "2018-10")],
    ),
    ("Bulan depan ada pesta.", [("Bulan depan", "DATE", "2018-11")]),
    ("Akhir pekan ini ramai.", [("Akhir pekan ini", "DATE", "2018-W41-WE")]),
    ("Pada Jumat pekan lalu.", [("Jumat pekan lalu", "DATE", "2018-10-05")]),
    # "minggu" as week versus Minggu as Sunday
    ("Minggu lalu harga naik.", [("Minggu lalu", "DATE", "2018-W40")]),
    ("Dua minggu lalu harga naik.", [("Dua minggu lalu", "DATE", "2018-W39")]),
    ("Pada Minggu (7/10) ia datang.", [("Minggu (7/10)", "DATE", "2018-10-07")]),
    ("Ia datang pada hari Minggu.", [("hari Minggu", "DATE", "2018-10-14")]),
    # bare weekdays follow tense
    ("Rapat akan digelar Selasa.", [("Selasa", "DATE", "2018-10-16")]),
    ("Rapat digelar Selasa.", [("Selasa", "DATE", "2018-10-09")]),
    ("Rapat Kamis depan.", [("Kamis depan", "DATE", "2018-10-18")]),
    # clock times joined to their date
    (
        "Minggu (28/12/2014) pukul 06.18 WIB kemarin pesawat hilang.",
        [("Minggu (28/12/2014) pukul 06.18 WIB kemarin", "TIME", "2014-12-28T06:18")],
    ),
    (
        "Senin, 8 Oktober 2018 pukul 10.00 WIB.",
        [("Senin, 8 Oktober 2018 pukul 10.00 WIB", "TIME", "2018-10-08T10:00")],
    ),
    ("Gempa terjadi pukul 14.00 WITA.", [("pukul 14.00 WITA", "TIME", "2018-10-14T14:00")]),
    ("Ia pulang jam 7 malam.", [("jam 7 malam", "TIME", "2018-10-14T19:00")]),
    ("Pada Minggu (14/10) pagi.", [("Minggu (14/10) pagi", "TIME", "2018-10-14TMO")]),
    ("Tadi malam hujan.", [("Tadi malam", "TIME", "2018-10-13TNI")]),
    # datelines
    (
        "Minggu, 14 Okt 2018 15:14 WIB",
        [("Minggu, 14 Okt 2018 15:14 WIB", "TIME", "2018-10-14T15:14")],
    ),
    # durations
    ("Selama tiga hari.", [("tiga hari", "DURATION", "P3D")]),
    ("Butuh dua jam 15 menit.", [("dua jam 15 menit", "DURATION", "PT2H15M")]),
    ("Dalam satu menit laku.", [("satu menit", "DURATION", "PT1M")]),
    ("Bertahun-tahun ia menunggu.", [("Bertahun-tahun", "DURATION", "PXY")]),
    ("Beberapa pekan ini.", [("Beberapa pekan", "DURATION", "PXW")]),
    ("Satu setengah tahun.", [("Satu setengah tahun", "DURATION", "P18M")]),
    ("Dalam lima tahun ke depan.", [("lima tahun ke depan", "DURATION", "P5Y")]),
    # sets and references
    (
        "Setiap tahun dan tiap Senin.",
        [("Setiap tahun", "SET", "P1Y"), ("tiap Senin", "SET", "XXXX-WXX-1")],
    ),
    ("Saat ini dan dulu.", [("Saat ini", "DATE", "PRESENT_REF"), ("dulu", "DATE", "PAST_REF")]),
    ("Ke depan akan naik.", [("Ke depan", "DATE", "FUTURE_REF")]),
    # anaphoric ranges
    (
        "Defisit Januari-Mei 2018 naik dibandingkan periode yang sama tahun lalu.",
        [
            ("Januari-Mei 2018", "DATE", "2018-01"),
            ("periode yang sama tahun lalu", "DATE", "2017-01"),
        ],
    ),
    # holidays
    (
        "Libur Natal dan Tahun Baru 2019.",
        [("Natal", "DATE", "2018-12-25"), ("Tahun Baru 2019", "DATE", "2019-01-01")],
    ),
]

NOT_DATES = [
    "Inflasi 2,88 persen.",
    "Pesawat QZ8501 hilang.",
    "Pukul 10.00 WIB lalu 00 WIB bukan tanggal.".replace("Pukul 10.00 WIB lalu ", ""),
    "Nilainya Rp 1,24 triliun atau 70% dari target.",
    "Hubungi 0812-3456-7890 atau (021) 555-1234.",
    "Skor akhir 2-1 untuk tuan rumah.",
    "Sesuai UU Nomor 11 Tahun 2008 dan PP No. 12/2018.",
    "Sebanyak 2018 orang hadir.",
    "Porsi 1/2 dan 3/4 bagian.",
    "Durian laku 80.000 buah.",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_expression(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert found(text) == []


def test_ranges_carry_start_and_end() -> None:
    (t,) = find_timexes("Periode Januari-Mei 2018.", lang="id", ref=REF)
    assert (t.begin, t.until) == ("2018-01", "2018-05")
    (t,) = find_timexes("Pada 8-14 Oktober 2018.", lang="id", ref=REF)
    assert (t.begin, t.until) == ("2018-10-08", "2018-10-14")


def test_modifiers_are_kept_in_the_span_and_the_mod() -> None:
    (t,) = find_timexes("Pada akhir tahun lalu.", lang="id", ref=REF)
    assert (t.text, t.value, t.mod) == ("akhir tahun lalu", "2017", "END")
    (t,) = find_timexes("Pada awal Oktober.", lang="id", ref=REF)
    assert (t.text, t.mod) == ("awal Oktober", "START")


def test_markers_set_the_tense() -> None:
    (t,) = find_timexes("Rapat Sabtu (13/10) mendatang.", lang="id", ref=REF)
    assert t.tense == "future"
    (t,) = find_timexes("Kunjungan Jumat (2/9) kemarin.", lang="id", ref=REF)
    assert t.tense == "past"


def test_impossible_dates_are_kept_unresolved() -> None:
    (t,) = find_timexes("Rapat Senin (31/02/2018).", lang="id", ref=REF)
    assert (t.value, t.rule) == ("XXXX-XX-XX", "impossible-date")


def test_weekday_mismatch_keeps_the_nearest_date() -> None:
    # 13 October 2018 is a Saturday: the date stands, the weekday is for the checker to flag
    (t,) = find_timexes("Rapat Jumat (13/10).", lang="id", ref=REF)
    assert t.value == "2018-10-13"


def test_year_from_weekday_without_publication_date() -> None:
    (t,) = find_timexes("Kunjungan Jumat (2/9) kemarin.", lang="id", corpus=dt.date(2018, 10, 14))
    assert t.value == "2016-09-02"
    assert t.rule == "year-from-weekday"
    assert "2011" in t.note and "2016" in t.note and "2022" in t.note


def test_relative_without_anchor_is_unresolved() -> None:
    (t,) = find_timexes("Kemarin hujan.", lang="id", ref=None)
    assert t.anchor == "unresolved"
