"""English claims: quantities, titles and quotes read from English, compared across languages.

Unit cases per extractor (English in, the claims expected out; Indonesian cases that
must not change), the rules on claims of an English and an Indonesian article, and the
mixed-language story in tests/fixtures/stories-en/ with its planted conflicts
(PLANTED.toml). A planted conflict kronik misses is a strict xfail with the change it
needs, so it turns into a plain test when that change lands.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import attrs
import pytest
import yaml

from kronik.checks.claim import Claims, Quantity, Title
from kronik.checks.claims import extract_claims
from kronik.checks.claims.quantities import pivot_stems
from kronik.checks.claims.titles import head_of, indonesian_form, indonesian_head, office_of
from kronik.checks.engine import check
from kronik.checks.finding import Finding
from kronik.checks.pack import Knowledge, load
from kronik.checks.rules import date_conflict, quantity_conflict, quote_variant, title_conflict
from kronik.checks.text import content, stem
from kronik.timeline.document import Document, document_from_text
from kronik.timeline.event import build

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories-en"


@cache
def knowledge() -> Knowledge:
    return load()


def doc(body: str, lang: str = "en", published: str = "2018-10-14", doc_id: str = "a") -> Document:
    front = f"---\npublished: {published}\nlang: {lang}\n---\n"
    return document_from_text(front + body + "\n", path=f"{doc_id}.md", doc_id=doc_id)


@cache
def claims(body: str, lang: str = "en", published: str = "2018-10-14") -> Claims:
    analyses = build([doc(body, lang, published)]).analyses
    assert analyses[0].lang == lang
    return extract_claims(analyses, knowledge())


def quantities(body: str, lang: str = "en") -> tuple[Quantity, ...]:
    return claims(body, lang).quantities


def one_quantity(body: str, lang: str = "en") -> Quantity:
    found = [q for q in quantities(body, lang) if q.unit]
    assert len(found) == 1, [(q.evidence.text, q.unit) for q in quantities(body, lang)]
    return found[0]


def titles(body: str, lang: str = "en") -> tuple[Title, ...]:
    return claims(body, lang).titles


def speakers(body: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in claims(body, lang).quotes]


def run(rule, *bodies: tuple[str, str]) -> tuple[Finding, ...]:
    docs = [doc(body, lang, doc_id=f"d{i}") for i, (body, lang) in enumerate(bodies)]
    return check(docs, rules=[rule], knowledge=knowledge())[1]


# --- quantities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "written", "value", "upper", "unit", "counted", "approx"),
    [
        (
            "The flood killed at least 24 people.",
            "at least 24 people",
            24,
            None,
            "orang",
            "orang",
            "MORE",
        ),
        (
            "Alibaba pledged US$25 billion to the fund.",
            "US$25 billion",
            25e9,
            None,
            "USD",
            "alibaba",
            "EQUAL",
        ),
        (
            "Sales reached $25 billion on the day.",
            "$25 billion",
            25e9,
            None,
            "USD",
            "sales",
            "EQUAL",
        ),
        (
            "The deal is worth 25 billion US dollars.",
            "25 billion US dollars",
            25e9,
            None,
            "USD",
            "deal",
            "EQUAL",
        ),
        (
            "The ministry disbursed Rp 2.5 billion in aid.",
            "Rp 2.5 billion",
            2.5e9,
            None,
            "IDR",
            "ministry",
            "EQUAL",
        ),
        (
            "Exports are nearly 3.5 trillion rupiah.",
            "nearly 3.5 trillion rupiah",
            3.5e12,
            None,
            "IDR",
            "exports",
            "APPROX",
        ),
        (
            "The bank offered a US$2 million grant.",
            "US$2 million",
            2e6,
            None,
            "USD",
            "grant",
            "EQUAL",
        ),
        (
            "Floods killed twenty-four people.",
            "twenty-four people",
            24,
            None,
            "orang",
            "orang",
            "EQUAL",
        ),
        (
            "The water damaged hundreds of houses.",
            "hundreds of houses",
            100,
            1000,
            "rumah",
            "rumah",
            "APPROX",
        ),
        ("Dozens of residents fled.", "Dozens of residents", 10, 100, "orang", "warga", "APPROX"),
        (
            "The plane carried one hundred passengers.",
            "one hundred passengers",
            100,
            None,
            "orang",
            stem("penumpang"),
            "EQUAL",
        ),
        (
            "The storm closed a dozen schools.",
            "a dozen schools",
            12,
            None,
            stem("sekolah"),
            stem("sekolah"),
            "EQUAL",
        ),
        (
            "About 1,300 residents stayed in tents.",
            "About 1,300 residents",
            1300,
            None,
            "orang",
            "warga",
            "APPROX",
        ),
        (
            "More than 2,000 people fled the town.",
            "More than 2,000 people",
            2000,
            None,
            "orang",
            "orang",
            "MORE",
        ),
        ("Prices may rise up to 30 percent.", "up to 30 percent", 30, None, "%", "prices", "LESS"),
        (
            "The quake was followed by 18 aftershocks.",
            "18 aftershocks",
            18,
            None,
            "gempa",
            "gempa",
            "EQUAL",
        ),
        (
            "Parliament has 24 members from the province.",
            "24 members",
            24,
            None,
            "members",
            "members",
            "EQUAL",
        ),
    ],
)
def test_reads_english_quantities(body, written, value, upper, unit, counted, approx) -> None:
    q = one_quantity(body)
    assert (q.evidence.text, q.unit, q.counted, q.approx) == (written, unit, counted, approx)
    assert q.value == pytest.approx(value)
    assert q.upper == (pytest.approx(upper) if upper is not None else None)


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Alibaba pledged US$25 billion.", "Alibaba menjanjikan 25 miliar dolar AS."),
        ("The flood killed at least 24 people.", "Banjir menewaskan sedikitnya 24 orang."),
        ("The floods damaged 412 houses.", "Banjir merusak 412 rumah."),
        ("The plane carried 155 passengers.", "Pesawat itu mengangkut 155 penumpang."),
        ("About 1,300 residents fled.", "Sekitar 1.300 warga mengungsi."),
        ("The ministry disbursed Rp 2.5 billion.", "Kementerian menyalurkan Rp 2,5 miliar."),
    ],
)
def test_one_figure_normalizes_the_same_in_both_languages(english: str, indonesian: str) -> None:
    en, id_ = one_quantity(english), one_quantity(indonesian, "id")
    same = ("value", "upper", "unit", "approx", "precision")
    assert [getattr(en, k) for k in same] == [getattr(id_, k) for k in same]
    assert en.evidence.value == id_.evidence.value
    if en.unit not in ("USD", "IDR"):  # what a sum measures is a word of its own language
        assert en.counted == id_.counted


def test_an_english_figure_carries_the_indonesian_stems_of_its_sentence() -> None:
    q = one_quantity("The floods damaged 412 houses.")
    assert {"banjir", "rusak", "rumah"} <= q.context
    assert pivot_stems("Floods killed 24 people.", "en") >= {"banjir", "tewas"}


def test_indonesian_figures_are_unchanged() -> None:
    text = "Banjir merendam ratusan rumah di tepi sungai."
    q = one_quantity(text, "id")
    assert (q.value, q.upper, q.unit, q.counted, q.approx) == (
        100,
        1000,
        "rumah",
        "rumah",
        "APPROX",
    )
    assert q.context == content(text, "id")
    assert pivot_stems(text, "id") == frozenset()
    # Verbs are still told by their prefixes; reduplication is no number.
    assert one_quantity("Banjir menewaskan dua puluh lima warga desa.", "id").unit == "orang"
    assert [q.evidence.text for q in quantities("Warga keluar satu-satu dari rumah.", "id")] == []


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "person", "office", "written", "past", "lasting"),
    [
        (
            "Alibaba executive chairman Jack Ma opened the forum.",
            "Jack Ma",
            "chairman-alibaba",
            "Alibaba executive chairman",
            False,
            False,
        ),
        (
            "Jack Ma, Alibaba's founder, spoke first.",
            "Jack Ma",
            "founder-alibaba",
            "Alibaba's founder",
            False,
            True,
        ),
        (
            "Minister of Trade Enggartiasto Lukita opened the fair.",
            "Enggartiasto Lukita",
            "mendag",
            "Minister of Trade",
            False,
            False,
        ),
        (
            "Trade Minister Enggartiasto Lukita opened the fair.",
            "Enggartiasto Lukita",
            "mendag",
            "Trade Minister",
            False,
            False,
        ),
        (
            "Former trade minister Thomas Lembong spoke.",
            "Thomas Lembong",
            "mendag",
            "trade minister",
            True,
            False,
        ),
        ("Then-CEO Daniel Zhang agreed to the plan.", "Daniel Zhang", "ceo", "CEO", True, False),
        (
            "Ex-minister Bima Santoso left early.",
            "Bima Santoso",
            "menteri",
            "minister",
            True,
            False,
        ),
        (
            "Chief Executive Officer of Alibaba Group Daniel Zhang spoke.",
            "Daniel Zhang",
            "ceo-alibaba",
            "Chief Executive Officer of Alibaba Group",
            False,
            False,
        ),
        (
            "BKPM head Thomas Lembong agreed.",
            "Thomas Lembong",
            "kepala-bkpm",
            "BKPM head",
            False,
            False,
        ),
        (
            "Sigi Regent Rizal Mangge declared an emergency.",
            "Rizal Mangge",
            "bupati sigi",
            "Sigi Regent",
            False,
            False,
        ),
        (
            "Rizal Mangge, the regent of Sigi, asked for help.",
            "Rizal Mangge",
            "bupati sigi",
            "regent of Sigi",
            False,
            False,
        ),
        (
            "Ratna Kusumawati, the social affairs minister, said aid had arrived.",
            "Ratna Kusumawati",
            "mensos",
            "social affairs minister",
            False,
            False,
        ),
    ],
)
def test_reads_english_titles(body, person, office, written, past, lasting) -> None:
    [t] = titles(body)
    assert (t.person, t.office, t.title, t.past, t.lasting) == (
        person,
        office,
        written,
        past,
        lasting,
    )


@pytest.mark.parametrize(
    ("body", "person", "office"),
    [
        (
            "Menteri Perdagangan Enggartiasto Lukita membuka pameran.",
            "Enggartiasto Lukita",
            "mendag",
        ),
        (
            "Pertemuan dengan founder Alibaba Group, Jack Ma berlangsung tertutup.",
            "Jack Ma",
            "founder alibaba group",
        ),
        ("Menteri Sosial Ratna Kusumawati meninjau posko.", "Ratna Kusumawati", "mensos"),
    ],
)
def test_indonesian_titles_are_unchanged(body: str, person: str, office: str) -> None:
    [t] = titles(body, "id")
    assert (t.person, t.office) == (person, office)


def test_english_offices_take_their_indonesian_form() -> None:
    k = knowledge()
    assert office_of("Trade Minister", k, "en") == office_of("Menteri Perdagangan", k) == "mendag"
    assert office_of("Alibaba executive chairman", k, "en") == "chairman-alibaba"
    assert office_of("Sigi Regent", k, "en") == office_of("Bupati Sigi", k, "id") == "bupati sigi"
    assert indonesian_form("head of the BNPB") == "kepala bnpb"
    assert indonesian_form("Alibaba chief executive officer") == "chief executive officer alibaba"
    assert head_of("Sigi Regent") == head_of("Sigi Regent", "en") == "regent"
    assert indonesian_head("Sigi Regent") == "bupati"
    assert indonesian_head("National Disaster Management Agency head") == "kepala"


def test_title_conflict_across_languages() -> None:
    health = ("Health Minister Ratna Kusumawati visited the shelters in Sigi.", "en")
    social_en = ("Social Affairs Minister Ratna Kusumawati visited the shelters in Sigi.", "en")
    social_id = ("Menteri Sosial Ratna Kusumawati meninjau posko di Sigi.", "id")
    [finding] = run(title_conflict.RULE, health, social_id)
    assert "Menteri Sosial" in finding.message and "Menteri Kesehatan" in finding.message
    assert run(title_conflict.RULE, social_en, social_id) == ()
    regent = ("Sigi Regent Rizal Mangge declared an emergency.", "en")
    bupati = ("Bupati Sigi Rizal Mangge menetapkan status darurat. Rizal Mangge hadir.", "id")
    assert run(title_conflict.RULE, regent, bupati) == ()


def test_portfolios_in_two_languages_are_not_a_conflict() -> None:
    """Offices the packs do not know are compared as written: "Agriculture Minister" and
    "Menteri Pertanian" have different heads and portfolios in different words."""
    en = ("Agriculture Minister Bima Santoso visited the harvest in Karawang.", "en")
    id_ = ("Menteri Pertanian Bima Santoso meninjau panen di Karawang.", "id")
    assert run(title_conflict.RULE, en, id_) == ()


def test_one_head_in_two_languages_is_not_a_conflict() -> None:
    en = ("National Disaster Management Agency head Dwi Ratnasari visited Sigi.", "en")
    id_ = ("Kepala BNPB Dwi Ratnasari meninjau Sigi.", "id")
    assert run(title_conflict.RULE, en, id_) == ()


# --- quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Alibaba founder Jack Ma spoke in Hangzhou. "
            '"We will sell more local products next year," he said.',
            [("Jack Ma", "We will sell more local products next year")],
            id="pronoun-after",
        ),
        pytest.param(
            '"The market is big enough for everyone," said Jack Ma.',
            [("Jack Ma", "The market is big enough for everyone")],
            id="said-name",
        ),
        pytest.param(
            'Jack Ma said "We will sell more local products next year."',
            [("Jack Ma", "We will sell more local products next year.")],
            id="name-said-quote",
        ),
        pytest.param(
            '"We will rebuild the bridge," said Alibaba founder Jack Ma.',
            [("Jack Ma", "We will rebuild the bridge")],
            id="said-body-title-name",
        ),
        pytest.param(
            '"Aid will arrive tomorrow," said social affairs minister Ratna Kusumawati.',
            [("Ratna Kusumawati", "Aid will arrive tomorrow")],
            id="said-lowercase-title",
        ),
        pytest.param(
            'Social Affairs Minister Ratna Kusumawati visited the camp. "Stay calm," she added. '
            '"Food is on its way to every shelter," the minister said.',
            [
                ("Ratna Kusumawati", "Stay calm"),
                ("Ratna Kusumawati", "Food is on its way to every shelter"),
            ],
            id="pronoun-and-title-alone",
        ),
        pytest.param(
            '"We have no food left in the camp," Rizal Mangge told reporters.',
            [("Rizal Mangge", "We have no food left in the camp")],
            id="told-reporters",
        ),
        pytest.param(
            'According to Jack Ma, "trade must be fair for small sellers."',
            [("Jack Ma", "trade must be fair for small sellers.")],
            id="according-to",
        ),
    ],
)
def test_reads_english_quotes(body: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Kami akan membangun pasar baru," kata Budi Santoso.',
            [("Budi Santoso", "Kami akan membangun pasar baru")],
        ),
        (
            '"Data masih bergerak," ujar juru bicara BNPB Abdul Rahman.',
            [("Abdul Rahman", "Data masih bergerak")],
        ),
        # The body of a title after a lower-case head cannot be told from the name: unknown.
        (
            '"Kami siap membangun kembali jembatan," kata pendiri Alibaba Jack Ma.',
            [("", "Kami siap membangun kembali jembatan")],
        ),
    ],
)
def test_indonesian_quotes(body: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(body, "id") == expected


def test_an_english_quote_in_an_indonesian_article_is_compared() -> None:
    en = ('"We are bringing clean water and shelter to the families," said Elisabeth Nordin.', "en")
    id_ = ('"We are bringing food and shelter to the families," kata Elisabeth Nordin.', "id")
    [finding] = run(quote_variant.RULE, en, id_)
    assert "substitution" in finding.message
    assert {e.doc for e in finding.evidence} == {"d0", "d1"}


def test_quantity_conflict_across_languages() -> None:
    en = ("The floods in Sigi damaged 421 houses and cut the main road.", "en")
    id_ = ("Banjir di Sigi merusak 412 rumah dan memutus jalan utama.", "id")
    [finding] = run(quantity_conflict.RULE, en, id_)
    assert "412 rumah" in finding.message and "421 rumah" in finding.message
    same = ("Banjir di Sigi merusak 421 rumah dan memutus jalan utama.", "id")
    assert run(quantity_conflict.RULE, en, same) == ()


# --- the mixed-language story ------------------------------------------------------------


@attrs.frozen
class Plant:
    story: str
    kind: str
    file: str
    original: str
    planted: str
    rule: str
    note: str = ""

    @property
    def id(self) -> str:
        return f"{self.story}/{self.kind}"


def plants() -> tuple[Plant, ...]:
    data = tomllib.loads((STORIES / "PLANTED.toml").read_text(encoding="utf-8"))
    return tuple(
        Plant(story=story, kind=kind, **fields)
        for story, kinds in data.items()
        for kind, fields in kinds.items()
    )


PLANTS = plants()
NAMES = sorted({p.story for p in PLANTS})

# Plants kronik misses, confirmed: plant id -> the change it needs. Each is a target.
KNOWN_MISSES: dict[str, str] = {}

# False alarms on the clean story, confirmed: rule name -> the change it needs.
KNOWN_CLEAN_FINDINGS: dict[str, str] = {}


def _texts(story: str, plant: Plant | None = None) -> list[tuple[Path, str]]:
    out = []
    for path in sorted((STORIES / story / "clean").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if plant is not None and path.name == plant.file:
            text = text.replace(plant.original, plant.planted)
        out.append((path, text))
    return out


@cache
def _findings(story: str, plant: Plant | None = None) -> tuple[Finding, ...]:
    docs = [
        document_from_text(text, path=str(path), doc_id=path.stem)
        for path, text in _texts(story, plant)
    ]
    return check(docs, knowledge=knowledge())[1]


def _hits(plant: Plant, findings: Sequence[Finding]) -> list[Finding]:
    """Findings of the plant's rule with evidence on the planted text and in another article."""
    [(_, text)] = [(p, t) for p, t in _texts(plant.story, plant) if p.name == plant.file]
    start = text.index(plant.planted)
    end = start + len(plant.planted)
    doc = Path(plant.file).stem
    return [
        f
        for f in findings
        if f.name == plant.rule
        and any(e.doc == doc and e.start < end and start < e.end for e in f.evidence)
        and any(e.doc != doc for e in f.evidence)
    ]


@pytest.mark.parametrize("story", NAMES)
def test_the_story_mixes_languages(story: str) -> None:
    langs = []
    for path, text in _texts(story):
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        assert {"title", "published", "source", "lang"} <= set(meta), path
        assert 150 <= len(body.split()) <= 400, (path, len(body.split()))
        langs.append(meta["lang"])
    assert sorted(langs) == ["en", "en", "id", "id"]


@pytest.mark.parametrize("plant", PLANTS, ids=[p.id for p in PLANTS])
def test_each_plant_changes_one_place(plant: Plant) -> None:
    [clean] = [t for p, t in _texts(plant.story) if p.name == plant.file]
    assert clean.count(plant.original) == 1
    assert plant.planted not in clean


def _clean_param(rule: str) -> pytest.param:
    marks = []
    if rule in KNOWN_CLEAN_FINDINGS:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_CLEAN_FINDINGS[rule]))
    return pytest.param(rule, id=rule, marks=marks)


CLEAN_RULES = ("date-conflict", "quantity-conflict", "title-conflict", "quote-variant")


@pytest.mark.parametrize("story", NAMES)
@pytest.mark.parametrize("rule", [_clean_param(r) for r in CLEAN_RULES])
def test_the_clean_story_is_quiet(story: str, rule: str) -> None:
    found = [f for f in _findings(story) if f.name == rule]
    assert found == [], [f.message for f in found]


def _plant_param(plant: Plant) -> pytest.param:
    marks = []
    if plant.id in KNOWN_MISSES:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[plant.id]))
    return pytest.param(plant, id=plant.id, marks=marks)


@pytest.mark.parametrize("plant", [_plant_param(p) for p in PLANTS])
def test_the_planted_conflict_is_found(plant: Plant) -> None:
    findings = _findings(plant.story, plant)
    assert _hits(plant, findings), (
        f"{plant.rule} does not flag {plant.planted!r} in {plant.file} ({plant.note}); "
        "findings: " + "; ".join(f"{f.rule} {f.message}" for f in findings)
    )


@pytest.mark.parametrize(
    "kind",
    [
        # The English pair alone would flag the toll; the Indonesian articles are cited too.
        "toll",
        "number",
        "money",
        "office",
        "quote",
    ],
)
def test_the_finding_cites_both_languages(kind: str) -> None:
    [plant] = [p for p in PLANTS if p.kind == kind]
    langs = {p.stem: yaml.safe_load(t.split("---\n", 2)[1])["lang"] for p, t in _texts(plant.story)}
    [finding] = _hits(plant, _findings(plant.story, plant))
    assert {langs[e.doc] for e in finding.evidence} == {"en", "id"}


# --- time zones (K103) ------------------------------------------------------------------------

QUAKE_EN = (
    "A magnitude 6.1 earthquake struck off the coast of Sigi in Central Sulawesi at {when}, "
    "damaging dozens of houses, the Meteorology, Climatology and Geophysics Agency (BMKG) said."
)
QUAKE_ID = (
    "Gempa bermagnitudo 6,1 mengguncang pesisir Sigi, Sulawesi Tengah, {when}, merusak puluhan "
    "rumah, kata Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)."
)


def _date_findings(*articles: tuple[str, str]) -> tuple[Finding, ...]:
    docs = [
        doc(body, lang, published="2018-10-15", doc_id=f"d{i}")
        for i, (body, lang) in enumerate(articles)
    ]
    return check(docs, rules=[date_conflict.RULE], knowledge=knowledge())[1]


@pytest.mark.parametrize(
    ("english", "indonesian", "apart"),
    [
        # 23:20 GMT on Sunday is 06:20 WIB (UTC+7) on Monday: one moment, two days
        ("23:20 GMT on Sunday", "pukul 06.20 WIB Senin", False),
        # the same day, seven hours apart: the GMT time read as WIB
        ("23:20 GMT on Sunday", "pukul 23.20 WIB Minggu", True),
        ("2320 GMT Sunday", "pukul 10.20 WIB Senin", True),
        # "local time" with its zone given beside it: 14:37 at UTC+7
        ("2:37 p.m. local time (0737 GMT) on Monday", "pukul 14.37 WIB Senin", False),
        ("2:37 p.m. local time (0737 GMT) on Monday", "pukul 14.37 WITA Senin", True),
    ],
)
def test_clock_times_in_two_zones_are_compared_in_utc(
    english: str, indonesian: str, apart: bool
) -> None:
    found = _date_findings(
        (QUAKE_EN.format(when=english), "en"), (QUAKE_ID.format(when=indonesian), "id")
    )
    assert len(found) == int(apart), [f.message for f in found]
    if apart:
        assert "UTC" in found[0].message


def test_a_zone_mixed_up_in_indonesian_is_a_conflict() -> None:
    wib = "Gempa bermagnitudo 6,1 mengguncang pesisir Sigi pukul 14.37 WIB Senin (15/10/2018)."
    wita = wib.replace("WIB", "WITA")
    later = wib.replace("14.37 WIB", "15.37 WITA")
    assert len(_date_findings((wib, "id"), (wita, "id"))) == 1
    assert _date_findings((wib, "id"), (later, "id")) == ()


@pytest.mark.parametrize(
    ("body", "lang", "statements"),
    [
        (
            "Floods swept through five villages on Saturday night, the agency (BNPB) said on "
            "Sunday.",
            "en",
            [False, True],
        ),
        ("The floods killed 24 people, the agency said in Palu on Sunday.", "en", [True]),
        ("The agency said the floods hit on Saturday.", "en", [False]),
        (
            "Banjir menerjang lima desa pada Sabtu (13/10) malam, ujarnya pada Minggu (14/10).",
            "id",
            [False, True],
        ),
    ],
)
def test_a_date_after_the_speech_verb_dates_the_statement(
    body: str, lang: str, statements: list[bool]
) -> None:
    assert [c.statement for c in claims(body, lang).dates] == statements
