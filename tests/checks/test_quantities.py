"""Quantity claims (`checks/claims/quantities.py`) and the quantity-conflict rule (K301)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kronik.checks.claim import Quantity
from kronik.checks.claims import sentences
from kronik.checks.claims.quantities import extract, parse_digits
from kronik.checks.engine import check
from kronik.checks.finding import Finding
from kronik.checks.rules.quantity_conflict import RULE, compatible
from kronik.timeline.document import Document, document_from_text, read
from kronik.timeline.event import analyze

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
NUMBER_PLANTS = {
    story: plants["number"]
    for story, plants in tomllib.loads((STORIES / "PLANTED.toml").read_text("utf-8")).items()
}
FRONT = "---\npublished: 2018-10-14\nlang: {lang}\n---\n"


def quantities(text: str, lang: str = "id") -> list[Quantity]:
    doc = document_from_text(FRONT.format(lang=lang) + text + "\n", path="q.md", doc_id="q")
    analysis = analyze(doc)
    return list(extract(analysis, tuple(sentences(analysis))))


def only(text: str, lang: str = "id") -> Quantity:
    found = quantities(text, lang)
    assert len(found) == 1, [(q.evidence.text, q.value, q.unit) for q in found]
    return found[0]


# --- extraction ---


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit", "approx", "precision"),
    [
        ("Nilai belanja mencapai 25 miliar dolar AS pada 2017.", 25e9, None, "USD", "EQUAL", 1e9),
        (
            "Defisit tercatat 8,1 miliar dolar AS pada Januari-Mei 2018.",
            8.1e9,
            None,
            "USD",
            "EQUAL",
            1e8,
        ),
        ("Anggaran proyek itu sebesar Rp 1,24 triliun.", 1.24e12, None, "IDR", "EQUAL", 1e10),
        ("Anggaran proyek itu Rp1,24 triliun.", 1.24e12, None, "IDR", "EQUAL", 1e10),
        ("Di sana ada 700 juta orang yang terhubung.", 7e8, None, "orang", "EQUAL", 1e6),
        ("Hampir 700 juta orang menonton siaran itu.", 7e8, None, "orang", "APPROX", 1e6),
        ("Pemerintah menyiapkan lima produk unggulan.", 5, None, "produk", "EQUAL", 1),
        ("Cukup dua atau tiga produk saja.", 2, 3, "produk", "EQUAL", 1),
        ("Sebanyak 10-15 orang masih hilang.", 10, 15, "orang", "EQUAL", 1),
        ("Nilainya antara 2 hingga 3 miliar dolar AS.", 2e9, 3e9, "USD", "EQUAL", 1e9),
        ("Karena 70% pasar sarang burung walet ada di sini.", 70, None, "%", "EQUAL", 1),
        ("Ekonomi tumbuh 5,17 persen pada kuartal III 2018.", 5.17, None, "%", "EQUAL", 0.01),
        ("Durian itu laku 80.000 buah dalam sehari.", 80000, None, "buah", "EQUAL", 1),
        ("Harga Pertalite naik menjadi Rp 7.650 per liter.", 7650, None, "IDR/l", "EQUAL", 1),
        ("Harga Pertalite naik menjadi Rp7.650/liter.", 7650, None, "IDR/l", "EQUAL", 1),
        ("Kerugian ditaksir US$ 2,5 juta oleh polisi.", 2.5e6, None, "USD", "EQUAL", 1e5),
        ("Bantuan dari Beijing senilai 300 juta yuan tiba.", 3e8, None, "CNY", "EQUAL", 1e6),
        ("Banjir menewaskan lebih dari 12 orang di desa itu.", 12, None, "orang", "MORE", 1),
        ("Banjir menewaskan sedikitnya 12 orang di desa itu.", 12, None, "orang", "MORE", 1),
        ("Korban yang mengungsi kurang dari 300 orang.", 300, None, "orang", "LESS", 1),
        ("Penontonnya mencapai 700 juta lebih.", 7e8, None, "", "MORE", 1e6),
        ("Banjir menewaskan dua puluh lima warga desa.", 25, None, "orang", "EQUAL", 1),
        ("Ada dua ratus lima puluh ribu pengungsi di sana.", 250000, None, "ungsi", "EQUAL", 1e4),
        ("Banjir merendam ratusan rumah di tepi sungai.", 100, 1000, "rumah", "APPROX", 100),
        ("Sekitar 1.200 orang mengungsi ke masjid.", 1200, None, "orang", "APPROX", 1),
        ("Jalan tol sepanjang 120 km itu dibuka.", 120, None, "km", "EQUAL", 1),
    ],
)
def test_reads_quantities(
    text: str, value: float, upper: float | None, unit: str, approx: str, precision: float
) -> None:
    q = only(text)
    assert q.value == pytest.approx(value)
    assert (q.upper is None) == (upper is None)
    if upper is not None:
        assert q.upper == pytest.approx(upper)
    assert q.unit == unit
    assert q.approx == approx
    assert q.precision == pytest.approx(precision)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sales reached $25 billion last year, the company said.", 25e9, "USD"),
        ("The flood killed 12 people and the water rose quickly.", 12, "orang"),
        ("About 1,200 residents fled to the mosque on the hill.", 1200, "orang"),
        ("Inflation rose to 3.5 percent in the period, it said.", 3.5, "%"),
        ("Two or three products are enough for the start.", 2, "products"),
    ],
)
def test_reads_english_quantities(text: str, value: float, unit: str) -> None:
    q = only(text, "en")
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_evidence_covers_the_approximation_the_number_and_the_unit() -> None:
    q = only("Nilai transaksi mencapai sekitar 25 miliar dolar AS pada 2017.")
    assert q.evidence.text == "sekitar 25 miliar dolar AS"
    assert q.evidence.value == "~25000000000 USD"


def test_time_is_the_nearest_date_of_the_sentence_with_its_range() -> None:
    q = only("BPS mencatat defisit sebesar 8,1 miliar dolar AS pada periode Januari-Mei 2018.")
    assert q.time == "2018-01/2018-05"
    assert q.counted == "defisit"


def test_a_statement_date_does_not_date_the_figure() -> None:
    q = only('"Di sana ada 700 juta orang yang terhubung," jelas Rudiantara, Senin (8/10).')
    assert q.time is None


def test_counted_is_the_noun_or_the_measured_thing() -> None:
    assert only("Pemerintah menyiapkan lima produk unggulan.").counted == "produk"
    assert only("Nilai ekspor kopi mencapai 25 miliar dolar AS.").counted == "ekspor"
    assert only("Karena 70% pasar sarang burung walet ada di sini.").counted == "pasar"


@pytest.mark.parametrize(
    "text",
    [
        "Pesawat QZ8501 hilang Minggu (28/12/2014) pukul 06.18 WIB.",
        "Menurut UU Nomor 11 Tahun 2008 itu dilarang.",
        "Untuk informasi hubungi 0812-3456-7890 atau +62 812 3456.",
        "Skor 2-1 untuk tuan rumah di laga itu.",
        "Tim itu menang untuk ke-3 kalinya di kandang.",
        "Rapat digelar Sabtu (13/10) di Jakarta.",
        "Pada 11 November 2018 acara itu digelar.",
        "Salah satu mitra yang sedang diincar adalah Jack Ma.",
        "Acara 11.11 ini dinanti para pembeli.",
        "Ia tiba di Nusa Dua pada pagi hari.",
        "Pertemuan berlangsung selama tiga hari di Bali.",
        "Pada 2017 lalu hal itu sudah dibahas.",
        "Ia menjelaskan bahwa dua per tiga wilayah itu kering.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [(q.evidence.text, q.value) for q in quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("80.000", "id", ("80000", "1")),
        ("8,1", "id", ("8.1", "0.1")),
        ("2,88", "id", ("2.88", "0.01")),
        ("1.234,5", "id", ("1234.5", "0.1")),
        ("1,200", "en", ("1200", "1")),
        ("8.1", "en", ("8.1", "0.1")),
        ("06.18", "id", None),
        ("11.11", "id", None),
        ("1.2.3", "id", None),
    ],
)
def test_parse_digits(text: str, lang: str, expected: tuple[str, str] | None) -> None:
    found = parse_digits(text, lang)
    assert (None if found is None else (str(found[0]), str(found[1]))) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-/:%$Rp juta miliar orang Dua (\n"))))
@example("Rp 7.650/liter 10-15 orang dua atau tiga")
@example("1.2.3,4,5 - 2 juta 500 ribu ratusan ribu")
@example("")
def test_no_crash_and_evidence_inside_the_text(text: str) -> None:
    doc = document_from_text(FRONT.format(lang="id") + text, path="h.md", doc_id="h")
    for q in extract(analyze(doc), tuple(sentences(analyze(doc)))):
        assert 0 <= q.evidence.start < q.evidence.end <= len(doc.text)
        assert doc.text[q.evidence.start : q.evidence.end] == q.evidence.text


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_no_crash_on_any_text(text: str) -> None:
    doc = document_from_text(FRONT.format(lang="id") + text, path="h.md", doc_id="h")
    analysis = analyze(doc)
    for q in extract(analysis, tuple(sentences(analysis))):
        assert 0 <= q.evidence.start < q.evidence.end <= len(doc.text)


# --- the rule ---


def docs(*texts: str) -> list[Document]:
    return [
        document_from_text(FRONT.format(lang="id") + t, path=f"a{i}.md", doc_id=f"a{i}")
        for i, t in enumerate(texts)
    ]


def findings(*texts: str) -> tuple[Finding, ...]:
    return check(docs(*texts), rules=[RULE])[1]


def test_rule_examples() -> None:
    for number, case in enumerate(RULE.examples):
        found = check(
            [
                document_from_text(t, path=f"ex{number}-{i}.md", doc_id=f"ex{i}")
                for i, t in enumerate(case.articles)
            ],
            rules=[RULE],
        )[1]
        assert bool(found) == case.flags, (number, found)


def test_no_finding_on_the_seeds() -> None:
    assert check(read([SEEDS]), rules=[RULE])[1] == ()


def test_the_seeds_figures_are_compared() -> None:
    """The seeds agree on "700 juta orang"; one changed figure is found, in memory only."""
    docs = list(read([SEEDS]))
    i = next(k for k, d in enumerate(docs) if d.id.startswith("001"))
    assert docs[i].text.count("700 juta orang") == 1
    docs[i] = attrs.evolve(docs[i], text=docs[i].text.replace("700 juta orang", "800 juta orang"))
    found = check(docs, rules=[RULE])[1]
    assert [f.rule for f in found] == ["K301"]
    assert {e.text for e in found[0].evidence} == {"700 juta orang", "800 juta orang"}


def test_compatible_values() -> None:
    q = only("Nilai belanja mencapai 25 miliar dolar AS pada 2017.")
    finer = only("Nilai belanja mencapai 25,3 miliar dolar AS pada 2017.")
    other = only("Nilai belanja mencapai 26 miliar dolar AS pada 2017.")
    assert compatible(q, finer)
    assert not compatible(q, other)
    price = only("Harga naik menjadi Rp 7.650 per liter.")
    assert not compatible(price, only("Harga naik menjadi Rp 7.600 per liter."))
    near = only("Hampir 700 juta orang menonton.")
    assert compatible(near, only("Sebanyak 690 juta orang menonton."))
    assert compatible(near, only("Sebanyak 700 juta orang menonton."))


# Planted stories: made up, each as written by two or three outlets. `{x}` is the
# figure one outlet gets wrong in the conflicting version.

FLOOD = (
    "BEKASI, KOMPAS.com - Banjir bandang yang melanda Kecamatan Muara Gembong, Bekasi, "
    "pada Senin (8/10) menewaskan 12 orang. Kepala BPBD Kabupaten Bekasi mengatakan "
    "sekitar 300 rumah warga terendam air setinggi dua meter. Tim SAR masih mencari dua "
    "warga yang hilang terseret arus sungai.\n",
    "BEKASI (ANTARA) - Banjir bandang di Muara Gembong, Kabupaten Bekasi, pada Senin (8/10) "
    "menewaskan {x} orang, kata Kepala BPBD Kabupaten Bekasi. Sebanyak 300 rumah warga "
    "terendam dan ratusan warga mengungsi ke masjid dan sekolah terdekat.\n",
    "Banjir bandang di Muara Gembong, Bekasi, menewaskan 12 orang dan merendam 300 rumah "
    "warga, menurut data BPBD Kabupaten Bekasi. Bencana itu terjadi pada Senin (8/10) sore. "
    "Dua warga masih dalam pencarian tim SAR gabungan.\n",
)
FUEL = (
    "JAKARTA, KOMPAS.com - PT Pertamina (Persero) menaikkan harga Pertamax menjadi "
    "Rp 10.400 per liter mulai Rabu (10/10) pukul 11.00 WIB. Sebelumnya harga Pertamax "
    "dijual Rp 9.500 per liter. Adapun harga Pertalite tetap Rp 7.650 per liter di seluruh "
    "SPBU.\n",
    "JAKARTA (ANTARA) - Pertamina resmi menaikkan harga Pertamax dari Rp 9.500 per liter "
    "menjadi Rp 10.400 per liter mulai Rabu (10/10). Harga Pertalite tidak berubah, yakni "
    "{x} per liter, kata Vice President Corporate Communication Pertamina.\n",
)
GROWTH = (
    "JAKARTA, KOMPAS.com - Badan Pusat Statistik (BPS) mengumumkan ekonomi Indonesia "
    "tumbuh 5,17 persen pada kuartal III 2018. Angka ini lebih rendah dari pertumbuhan "
    "kuartal II 2018 yang mencapai 5,27 persen. Konsumsi rumah tangga masih menjadi "
    "penopang utama pertumbuhan ekonomi.\n",
    "JAKARTA (ANTARA) - Ekonomi Indonesia pada kuartal III 2018 tumbuh {x} persen "
    "dibandingkan periode yang sama tahun lalu, kata Kepala BPS Suhariyanto di Jakarta, "
    "Senin (5/11). Pada kuartal II 2018 ekonomi tumbuh 5,27 persen.\n",
)


@pytest.mark.parametrize(
    ("story", "right", "wrong", "message"),
    [
        (FLOOD, "12", "15", "12 orang (2 sources) vs 15 orang (1 source)"),
        (FUEL, "Rp 7.650", "Rp 7.600", "7,650 IDR/l (1 source) vs 7,600 IDR/l (1 source)"),
        (GROWTH, "5,17", "5,71", "5.17% (1 source) vs 5.71% (1 source)"),
    ],
    ids=["flood", "fuel", "growth"],
)
def test_planted_stories(story: tuple[str, ...], right: str, wrong: str, message: str) -> None:
    assert findings(*(t.replace("{x}", right) for t in story)) == ()
    found = findings(*(t.replace("{x}", wrong) for t in story))
    assert [f.rule for f in found] == ["K301"]
    assert found[0].message.endswith(message), found[0].message
    assert len({e.doc for e in found[0].evidence}) == len(story)


def test_approximation_and_rounding_are_not_conflicts() -> None:
    story = (
        "Pemerintah akan memanfaatkan momentum belanja daring itu karena ada {x} orang "
        "yang terhubung dengan jaringan Alibaba di China.\n",
        "Menurut menteri, di China ada 700 juta orang yang terhubung dengan jaringan Alibaba "
        "dan bisa membeli produk Indonesia.\n",
    )
    assert findings(*(t.replace("{x}", "sekitar 700 juta") for t in story)) == ()
    assert findings(*(t.replace("{x}", "750 juta") for t in story))
    sales = (
        "Penjualan pada hari belanja daring itu menembus {x} dolar AS pada 2017, "
        "rekor baru bagi Alibaba.\n",
        "Penjualan pada hari belanja daring itu mencapai 25 miliar dolar AS pada 2017, "
        "sebuah rekor bagi Alibaba.\n",
    )
    assert findings(*(t.replace("{x}", "25,3 miliar") for t in sales)) == ()
    assert findings(*(t.replace("{x}", "28 miliar") for t in sales))


def test_different_periods_are_different_measures() -> None:
    story = (
        "BPS mencatat defisit neraca perdagangan Indonesia dan China sebesar 8,1 miliar "
        "dolar AS pada periode Januari-Mei 2018.\n",
        "Defisit neraca perdagangan Indonesia dan China pada periode Januari-Mei {year} "
        "tercatat sebesar 5,8 miliar dolar AS, menurut BPS.\n",
    )
    assert findings(*(t.replace("{year}", "2017") for t in story)) == ()
    assert findings(*(t.replace("{year}", "2018") for t in story))


def test_old_and_new_values_agree_with_the_new_one() -> None:
    story = (
        "Pertamina menaikkan harga Pertamax dari Rp 9.500 per liter menjadi Rp 10.400 per "
        "liter mulai Rabu (10/10) di seluruh SPBU.\n",
        "Pertamina menaikkan harga Pertamax menjadi {x} per liter mulai Rabu (10/10) "
        "di seluruh SPBU.\n",
    )
    assert findings(*(t.replace("{x}", "Rp 10.400") for t in story)) == ()
    assert findings(*(t.replace("{x}", "Rp 10.500") for t in story))


def test_different_things_of_one_unit_are_not_compared() -> None:
    story = (
        "Pertamina menetapkan harga Pertamax sebesar Rp 10.400 per liter mulai Rabu (10/10) "
        "di seluruh SPBU.\n",
        "Pertamina menetapkan harga {x} sebesar Rp 7.650 per liter mulai Rabu (10/10) "
        "di seluruh SPBU.\n",
    )
    assert findings(*(t.replace("{x}", "Pertalite") for t in story)) == ()
    assert findings(*(t.replace("{x}", "Pertamax") for t in story))


def test_within_one_article_only_near_identical_sentences() -> None:
    one = (
        "Banjir bandang di Garut pada Senin (8/10) menewaskan 12 orang warga desa. "
        "Petugas BPBD terus mencari korban lain di sepanjang sungai. "
        "Banjir bandang di Garut pada Senin (8/10) menewaskan 15 orang warga desa.\n"
    )
    assert [f.rule for f in findings(one)] == ["K301"]
    two = (
        "Banjir bandang di Garut menewaskan 12 orang dan melukai 30 orang warga desa. "
        "Petugas BPBD terus mencari korban lain di sepanjang sungai.\n"
    )
    assert findings(two) == ()


def test_output_is_deterministic() -> None:
    texts = tuple(t.replace("{x}", "15") for t in FLOOD)
    first = findings(*texts)
    assert first == findings(*texts)
    assert first[0].evidence == tuple(sorted(first[0].evidence))


@pytest.mark.parametrize("story", sorted(NUMBER_PLANTS))
def test_fixture_stories(story: str) -> None:
    """The shared fixture stories: silent on every folder but planted-number, found there."""
    for folder in sorted(p for p in (STORIES / story).iterdir() if p.is_dir()):
        found = check(read([folder]), rules=[RULE])[1]
        if folder.name != "planted-number":
            assert found == (), (folder.name, [f.message for f in found])
            continue
        plant = NUMBER_PLANTS[story]
        text = (folder / plant["file"]).read_text("utf-8")
        start = text.index(plant["planted"])
        end = start + len(plant["planted"])
        assert len(found) == 1, [f.message for f in found]
        [finding] = found
        assert any(
            Path(e.path).name == plant["file"] and e.start < end and start < e.end
            for e in finding.evidence
        ), finding.evidence
        assert len({e.doc for e in finding.evidence}) >= 2
