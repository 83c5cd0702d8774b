"""The sentence splitter: abbreviations, numbers and quotes, and spans that tile the text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kronik.timeline.sentences import split


def sentences(text: str, lang: str = "id") -> list[str]:
    return [text[s:e] for s, e in split(text, lang=lang)]


@pytest.mark.parametrize(
    "first",
    [
        "Kantornya di Jl. Sudirman No. 5 Jakarta Pusat.",
        "Ia membawa beras, gula, dsb. Semuanya dari pasar.",
        "Ia membawa beras, gula, dll. Semuanya dari pasar.",
        "Dana ditransfer ke rekening a.n. Budi Santoso.",
        "Gugatan diajukan Budi Santoso, S.H. Sidang digelar pagi.",
        "Kuliah umum oleh Ani Lestari, M.Si. Peserta penuh.",
        "Upacara dimulai Pk. 09.00 pagi.",
        "Ia bertemu Dr. Andi dan Prof. Budi di kampus.",
        "Dosen Prof. Dr. Ir. Budi Santoso hadir.",
    ],
)
def test_indonesian_abbreviations_stay_inside_sentences(first):
    text = f"{first} Rapat selesai sore."
    assert sentences(text) == [first, "Rapat selesai sore."]


@pytest.mark.parametrize(
    "first",
    [
        "Mr. Smith met Mrs. Jones on Monday.",
        "He served in the U.S. Army for years.",
        "It happened on Jan. 5 in the capital.",
        "The deal was signed by J. R. Smith.",
    ],
)
def test_english_abbreviations_stay_inside_sentences(first):
    text = f"{first} Talks ended at noon."
    assert sentences(text, lang="en") == [first, "Talks ended at noon."]


@pytest.mark.parametrize(
    "first",
    [
        "Inflasi tercatat 2,88 persen.",
        "Ekonomi tumbuh 8.1 persen tahun ini.",
        "Harganya Rp 5.000 per kilo.",
        "Jadwalnya pukul 08.30 pagi.",
    ],
)
def test_numbers_with_separators_stay_whole(first):
    assert sentences(f"{first} Pasar ramai.") == [first, "Pasar ramai."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cKami siap bekerja sama,\u201d kata Rudiantara. Next sentence.",
            ["\u201cKami siap bekerja sama,\u201d kata Rudiantara.", "Next sentence."],
        ),
        (
            '"Kami siap bekerja sama," kata Rudiantara. Next sentence.',
            ['"Kami siap bekerja sama," kata Rudiantara.', "Next sentence."],
        ),
        (
            "\u201cKami siap. Semua sudah disiapkan,\u201d kata Budi. Rapat selesai.",
            ["\u201cKami siap. Semua sudah disiapkan,\u201d kata Budi.", "Rapat selesai."],
        ),
        (
            "Ia berkata: \u201cKami siap.\u201d Rapat selesai.",
            ["Ia berkata: \u201cKami siap.\u201d", "Rapat selesai."],
        ),
        (
            # "’" in "Singles’ Day" is an apostrophe: it does not close the quotation.
            "\u201cKita siap untuk Singles\u2019 Day. Produk sudah ada,\u201d kata Budi."
            " Lalu pulang.",
            [
                "\u201cKita siap untuk Singles\u2019 Day. Produk sudah ada,\u201d kata Budi.",
                "Lalu pulang.",
            ],
        ),
        (
            "\u201cRapat digelar hari Jum\u2019at. Semua hadir,\u201d kata Budi. Lalu pulang.",
            ["\u201cRapat digelar hari Jum\u2019at. Semua hadir,\u201d kata Budi.", "Lalu pulang."],
        ),
        ("Ia pergi (ke Bali.) Lalu pulang.", ["Ia pergi (ke Bali.)", "Lalu pulang."]),
        ("Apa? Ya! Baik.", ["Apa?", "Ya!", "Baik."]),
        ("Tahun 2018. Tahun 2019.", ["Tahun 2018.", "Tahun 2019."]),
    ],
)
def test_quotes_and_terminal_punctuation(text, expected):
    assert sentences(text) == expected


def test_line_breaks_end_sentences():
    text = "Judul tanpa titik\r\nKalimat satu. Kalimat dua\n\nKalimat tiga"
    assert sentences(text) == ["Judul tanpa titik", "Kalimat satu.", "Kalimat dua", "Kalimat tiga"]


def test_lower_case_after_a_period_does_not_split():
    assert sentences("Ia datang ke kantor. lalu pulang.") == ["Ia datang ke kantor. lalu pulang."]


def test_split_within_a_region():
    text = "Abaikan ini. Kalimat satu. Kalimat dua. Abaikan juga."
    start = text.index("Kalimat")
    end = text.index(" Abaikan juga")
    spans = split(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Kalimat satu.", "Kalimat dua."]


def test_runaway_quotation_still_splits():
    text = "\u201cKalimat panjang. " + "Kalimat lagi. " * 300
    spans = split(text)
    assert len(spans) > 1
    assert all(e - s <= 2100 for s, e in spans)


# --- the property: spans tile the text, for any text ---

PIECES = st.sampled_from(
    [
        "Rapat",
        "digelar",
        " ",
        ".",
        ". ",
        "? ",
        "!",
        "\u2026",
        ",",
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "(",
        ")",
        "[",
        "]",
        "Jl.",
        "S.H.",
        "U.S.",
        "dsb.",
        "2,88",
        "8.1",
        "A",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u00a0",
        "\u2028",
    ]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=80))


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, data=st.data())
@example(text="", data=None)
@example(text="\u201d\u2019) . A", data=None)
def test_spans_cover_the_text_in_order_without_overlap(text, data):
    if data is None:
        start, end = 0, len(text)
    else:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    spans = split(text, start, end)
    position = start
    for s, e in spans:
        assert position <= s < e <= end, (spans, start, end)
        assert not text[s].isspace() and not text[e - 1].isspace()  # trimmed
        assert "\n" not in text[s:e] and "\r" not in text[s:e]  # a sentence ends at a line break
        assert text[position:s].strip() == ""  # nothing but space is left out
        position = e
    assert text[position:end].strip() == ""
