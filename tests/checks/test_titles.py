"""Title claims, people and the title-conflict rule (K401)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kronik.checks.claim import Title
from kronik.checks.claims import extract_claims, people, sentences
from kronik.checks.claims.people import abbreviates, same_person
from kronik.checks.claims.titles import office_of, same_office
from kronik.checks.engine import check
from kronik.checks.finding import Finding
from kronik.checks.pack import Knowledge, load
from kronik.checks.rules.title_conflict import RULE
from kronik.timeline.document import Document, document_from_text, read
from kronik.timeline.event import analyze, build

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def knowledge() -> Knowledge:
    return load()


def doc(body: str, published: str = "2018-10-14", doc_id: str = "a") -> Document:
    return document_from_text(
        f"---\npublished: {published}\n---\n{body}\n", path=f"{doc_id}.md", doc_id=doc_id
    )


def titles(body: str, published: str = "2018-10-14") -> list[Title]:
    return list(extract_claims(build([doc(body, published)]).analyses, knowledge()).titles)


def one(body: str) -> Title:
    found = titles(body)
    assert len(found) == 1, found
    return found[0]


def run(*bodies: str | tuple[str, str]) -> tuple[Finding, ...]:
    docs = []
    for i, body in enumerate(bodies):
        text, published = body if isinstance(body, tuple) else (body, "2018-10-14")
        docs.append(doc(text, published, doc_id=f"d{i}"))
    return check(docs, rules=[RULE], knowledge=knowledge())[1]


# --- extraction, one case per pattern ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "person", "office", "written"),
    [
        (
            "Menteri Komunikasi dan Informatika Rudiantara membuka acara.",
            "Rudiantara",
            "menkominfo",
            "Menteri Komunikasi dan Informatika",
        ),
        (
            "Acara dibuka Menkominfo Rudiantara di Jakarta.",
            "Rudiantara",
            "menkominfo",
            "Menkominfo",
        ),
        (
            "Hadir pula Kepala Badan Ekonomi Kreatif Triawan Munaf.",
            "Triawan Munaf",
            "kepala-bekraf",
            "Kepala Badan Ekonomi Kreatif",
        ),
        (
            "Menurut Menteri Koordinator bidang Perekonomian Darmin Nasution, ekspor naik.",
            "Darmin Nasution",
            "menko-perekonomian",
            "Menteri Koordinator bidang Perekonomian",
        ),
        (
            "Sementara itu, Dubes Indonesia untuk Tiongkok, Djauhari Oratmangun mengatakan.",
            "Djauhari Oratmangun",
            "dubes indonesia untuk tiongkok",
            "Dubes Indonesia untuk Tiongkok",
        ),
        (
            "Ketua Umum Kadin Indonesia Rosan Roeslani menambahkan.",
            "Rosan Roeslani",
            "ketua-umum-kadin",
            "Ketua Umum Kadin Indonesia",
        ),
        (
            "Ketua Umum Kamar Dagang dan Industri Indonesia (Kadin Indonesia) Rosan Roeslani "
            "hadir.",
            "Rosan Roeslani",
            "ketua-umum-kadin",
            "Ketua Umum Kamar Dagang dan Industri Indonesia (Kadin Indonesia)",
        ),
        ("Presiden Joko Widodo (Jokowi) tiba di Hangzhou.", "Joko Widodo", "presiden", "Presiden"),
        (
            "Jack Ma (Executive Chairman Alibaba) juga hadir.",
            "Jack Ma",
            "chairman-alibaba",
            "Executive Chairman Alibaba",
        ),
        (
            "Pertemuan dengan founder Alibaba Group, Jack Ma berlangsung tertutup.",
            "Jack Ma",
            "founder alibaba group",
            "founder Alibaba Group",
        ),
        (
            "Hal itu disampaikan Rudiantara, Menteri Komunikasi dan Informatika, di Bali.",
            "Rudiantara",
            "menkominfo",
            "Menteri Komunikasi dan Informatika",
        ),
        (
            "Kepala Basarnas Marsekal Madya TNI FH Bambang Soelistyo mengatakan.",
            "Bambang Soelistyo",
            "kepala basarnas",
            "Kepala Basarnas",
        ),
    ],
)
def test_title_patterns(body: str, person: str, office: str, written: str) -> None:
    t = one(body)
    assert (t.person, t.office, t.title) == (person, office, written)
    assert not t.past
    assert t.time == "2018-10-14"
    assert t.evidence.text.startswith(written) or t.evidence.text.startswith(person)
    assert person in t.evidence.text and written in t.evidence.text
    assert t.evidence.value == f"{person}: {office}"


def test_joined_titles_share_the_name() -> None:
    found = titles("Kunjungan disambut pendiri sekaligus CEO Alibaba Group, Jack Ma.")
    assert [(t.person, t.office, t.lasting) for t in found] == [
        ("Jack Ma", "pendiri", True),
        ("Jack Ma", "ceo-alibaba", False),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Program itu diinisiasi Thomas Lembong yang kala itu masih menjabat sebagai "
        "Menteri Perdagangan.",
        "Acara dihadiri mantan Menteri Perdagangan Thomas Lembong.",
        "Thomas Lembong, mantan Menteri Perdagangan, hadir.",
    ],
)
def test_past_titles(body: str) -> None:
    t = one(body)
    assert (t.person, t.office, t.past, t.time) == ("Thomas Lembong", "mendag", True, "PAST_REF")


def test_a_name_resolves_to_the_full_name_of_its_document() -> None:
    found = titles(
        "Thomas Trikasih Lembong tiba pagi. Kepala BKPM Lembong lalu membuka rapat. "
        "Menteri Keuangan Sri Mulyani Indrawati hadir."
    )
    assert [(t.person, t.office) for t in found] == [
        ("Thomas Trikasih Lembong", "kepala-bkpm"),
        ("Sri Mulyani Indrawati", "menkeu"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Pertemuan digelar di Jakarta, Menteri Perdagangan mengatakan ekspor naik.",
        "Presiden dan Ibu Negara Iriana tiba di Hangzhou.",
        "Rudiantara, Menteri Kominfo, Jack Ma, dan Darmin hadir.",
        "Kantor Staf Presiden (KSP) Moeldoko mengatakan hal itu.",
        "Para menteri kabinet kerja hadir.",
        "Presiden Joko Widodo Jajaki Kerjasama UKM dengan Alibaba",
    ],
)
def test_no_title_where_no_person_is_named(body: str) -> None:
    assert titles(body) == []


def test_a_conjunction_joins_titles_only_after_a_lasting_one() -> None:
    found = titles("Acara dibuka pendiri dan CEO Nusantara Digital, Bima Santoso.")
    assert [(t.person, t.title, t.lasting) for t in found] == [
        ("Bima Santoso", "pendiri", True),
        ("Bima Santoso", "CEO Nusantara Digital", False),
    ]


def test_english_titles() -> None:
    body = (
        "Trade Minister Bima Santoso met Nusantara founder Arya Wijaya on Friday. "
        "Former Finance Minister Dewi Lestari attended. Arya Wijaya, executive chairman "
        "of Nusantara Group, spoke."
    )
    d = document_from_text(
        f"---\npublished: 2018-10-14\nlang: en\n---\n{body}\n", path="en.md", doc_id="en"
    )
    found = extract_claims(build([d]).analyses, knowledge()).titles
    assert [(t.person, t.title, t.past, t.lasting) for t in found] == [
        ("Bima Santoso", "Trade Minister", False, False),
        ("Arya Wijaya", "Nusantara founder", False, True),
        ("Dewi Lestari", "Finance Minister", True, False),
        ("Arya Wijaya", "executive chairman of Nusantara Group", False, False),
    ]


def test_acting_titles_are_lasting() -> None:
    assert one("Plt Menteri Perdagangan Darmin Nasution hadir.").lasting


def test_office_of_ignores_case_hyphens_and_brackets() -> None:
    k = knowledge()
    assert office_of("menteri koordinator BIDANG perekonomian", k) == "menko-perekonomian"
    assert office_of("Kepala Badan Ekonomi Kreatif Indonesia (Bekraf)", k) == "kepala-bekraf"
    assert office_of("Dubes RI untuk RRT", k) == "dubes ri untuk rrt"
    assert office_of("Executive Chairman of Alibaba Group", k) == "chairman-alibaba"
    assert office_of("Menteri Komunikasi  dan Informatika", k) == "menkominfo"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Menko Perekonomian", "Menteri Koordinator bidang Perekonomian", True),
        ("Kepala BKPM", "Kepala Badan Koordinasi Penanaman Modal", True),
        ("Menkominfo", "Menteri Komunikasi dan Informatika", True),
        ("Dubes Indonesia untuk Tiongkok", "Duta Besar Indonesia untuk Tiongkok", True),
        ("Menteri Perdagangan", "Menteri Perindustrian", False),
        ("Menteri Pertanian", "Menteri Perdagangan", False),
    ],
)
def test_same_office(a: str, b: str, same: bool) -> None:
    assert same_office(a, b) is same


# --- people --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Soegeng Rahardjo", "Sugeng Rahardjo", True),
        ("Bambang Soelistyo", "Bambang Sulistyo", True),
        ("Thomas Lembong", "Thomas Trikasih Lembong", True),
        ("Lembong", "Thomas Trikasih Lembong", True),
        ("Rosan Roeslani", "Rosan Perkasa Roeslani", True),
        ("Joko Widodo", "Iriana Joko Widodo", False),
        ("Jack Ma", "Daniel Zhang", False),
        ("Thomas Lembong", "Thomas Djiwandono", False),
        ("", "Rudiantara", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_same_person_through_a_person_entity_of_the_pack() -> None:
    aliases = people.person_aliases(knowledge())
    assert same_person("Ma Yun", "Jack Ma", aliases)
    assert not same_person("Ma Yun", "Jack Ma")


def test_nicknames_are_abbreviations() -> None:
    assert abbreviates("Jokowi", ["Joko", "Widodo"])
    assert abbreviates("SBY", ["Susilo", "Bambang", "Yudhoyono"])
    assert not abbreviates("Ahok", ["Basuki", "Tjahaja", "Purnama"])


def test_people_of_a_document() -> None:
    d = doc(
        "Jack Ma tiba di Bali. Rudiantara menyambut Ma di kantor Alibaba Group. "
        "Thomas Trikasih Lembong hadir; Lembong berbicara. Presiden Joko Widodo (Jokowi) "
        "menyapa. Jokowi tersenyum."
    )
    analysis = analyze(d)
    found = people.find(analysis, tuple(sentences(analysis)), knowledge())
    by_text = {(n.text, n.full) for n in found.names}
    assert ("Ma", "Jack Ma") in by_text
    assert ("Lembong", "Thomas Trikasih Lembong") in by_text
    assert ("Jokowi", "Joko Widodo") in by_text
    assert ("Rudiantara", "Rudiantara") in by_text
    assert not any("Alibaba" in n.full for n in found.names)


# --- robustness ------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["Menteri", "Kepala", "pendiri", "sekaligus", "CEO", "Jack", "Ma", "Rudiantara", "(", ")",
     ",", ".", "yang", "kala", "itu", "mantan", "dan", "untuk", "Badan", "Alibaba", "Group",
     "Perdagangan", "Thomas", "Lembong", "sebagai", "menjabat", "Presiden", "RI", "-", "“"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join)))
@example("")
@example("Menteri")
@example("( Menteri Perdagangan")
@example("Jack Ma, pendiri sekaligus")
def test_extraction_never_crashes_and_stays_in_the_text(body: str) -> None:
    d = doc(body)
    for t in extract_claims(build([d]).analyses, knowledge()).titles:
        assert 0 <= t.evidence.start < t.evidence.end <= len(d.text)
        assert t.evidence.text == d.text[t.evidence.start : t.evidence.end]
        assert t.person and t.office


# --- the rule --------------------------------------------------------------------------


@pytest.mark.parametrize("number", range(len(RULE.examples)))
def test_rule_examples(number: int) -> None:
    example_ = RULE.examples[number]
    found = run(*example_.articles)
    assert bool(found) == example_.flags, found
    assert all(f.rule == "K401" for f in found)


def test_rule_is_a_unit() -> None:
    assert (RULE.code, RULE.name, str(RULE.severity)) == ("K401", "title-conflict", "warning")
    for section in ("## What it flags", "## Why it matters", "## What to do"):
        assert section in RULE.explanation


@pytest.fixture(scope="module")
def seed_findings() -> tuple[Finding, ...]:
    return check(read([SEEDS]), rules=[RULE], knowledge=knowledge())[1]


def test_seeds_flag_only_the_2016_ceo_title(seed_findings: tuple[Finding, ...]) -> None:
    assert len(seed_findings) == 1
    (finding,) = seed_findings
    assert finding.message.startswith("Jack Ma: CEO Alibaba Group (1 source, 2016-09-03)")
    assert "Daniel Zhang" in finding.message
    text, pack = finding.evidence
    assert text.doc.startswith("004") and "CEO Alibaba Group" in text.text
    assert pack.doc == "id-government" and pack.text == "Daniel Zhang"
    assert pack.path.endswith("id-government.toml") and pack.line > 1 and pack.column == 1


@pytest.mark.parametrize(
    "person", ["Lembong", "Enggartiasto", "Rudiantara", "Triawan", "Darmin", "Rosan"]
)
def test_seeds_agree_on(person: str, seed_findings: tuple[Finding, ...]) -> None:
    assert not any(person in f.message for f in seed_findings)


def test_seed_titles_are_read() -> None:
    claims = extract_claims(build(read([SEEDS])).analyses, knowledge()).titles
    seen = {(t.doc[:3], t.person, t.office, t.past) for t in claims}
    assert ("004", "Thomas Trikasih Lembong", "mendag", True) in seen
    assert ("004", "Thomas Trikasih Lembong", "kepala-bkpm", False) in seen
    assert ("003", "Jack Ma", "chairman-alibaba", False) in seen
    assert ("004", "Jack Ma", "ceo-alibaba", False) in seen
    assert {t.office for t in claims if t.person == "Rudiantara"} == {"menkominfo"}


# --- planted stories -------------------------------------------------------------------

STORY = (
    "Menteri Komunikasi dan Informatika Rudiantara membuka pameran ekonomi digital di "
    "Jakarta, Sabtu (13/10). Rudiantara mengatakan pameran diikuti 200 perusahaan.",
    "Pameran ekonomi digital dibuka Menkominfo Rudiantara di Jakarta, Sabtu (13/10).",
    "Menteri Kominfo Rudiantara membuka pameran ekonomi digital di Jakarta.",
)


def test_planted_story_unchanged_passes() -> None:
    assert run(*STORY) == ()


def test_planted_story_with_a_different_office_is_flagged() -> None:
    changed = "Menteri Perdagangan Rudiantara membuka pameran ekonomi digital di Jakarta."
    found = run(*STORY, changed)
    messages = [f.message for f in found]
    assert (
        "Rudiantara: Menteri Komunikasi dan Informatika (3 sources) vs Menteri Perdagangan "
        "(1 source)"
    ) in messages
    # and against the pack: Enggartiasto Lukita held that office in 2018
    assert any("Enggartiasto Lukita" in m for m in messages)
    conflict = next(f for f in found if " vs Menteri Perdagangan" in f.message)
    assert {e.doc for e in conflict.evidence} == {"d0", "d1", "d2", "d3"}


def test_planted_story_with_a_former_office_passes() -> None:
    former = "Mantan Menteri Perdagangan Rudiantara ikut membuka pameran di Jakarta."
    assert run(*STORY, former) == ()


def test_planted_story_within_one_article() -> None:
    body = (
        "Menteri Pertanian Bima Santoso meninjau panen di Karawang. "
        "Dalam kunjungan itu, Menteri Kehutanan Bima Santoso menanam pohon."
    )
    (finding,) = run(body)
    assert finding.message == (
        "Bima Santoso: Menteri Kehutanan (1 source) vs Menteri Pertanian (1 source)"
    )


def test_planted_story_years_apart_passes() -> None:
    old = ("Menteri Kehutanan Bima Santoso meninjau hutan di Riau.", "2012-03-01")
    new = ("Menteri Pertanian Bima Santoso meninjau panen di Karawang.", "2018-10-14")
    assert run(old, new) == ()


def test_a_pack_office_and_another_portfolio_conflict() -> None:
    a = "Menteri Perdagangan Bima Santoso membuka pameran di Jakarta."
    b = "Menteri Pertanian Bima Santoso membuka pameran di Jakarta."
    messages = [f.message for f in run(a, b)]
    assert "Bima Santoso: Menteri Perdagangan (1 source) vs Menteri Pertanian (1 source)" in (
        messages
    )


def test_a_vague_title_fits_any_office() -> None:
    a = "Menteri Pertanian Bima Santoso membuka pameran di Jakarta."
    b = "Menteri Bima Santoso membuka pameran di Jakarta."
    assert run(a, b) == ()


def test_unknown_offices_of_different_kinds_do_not_conflict() -> None:
    a = "Ketua Tim Percepatan Ekspor Bima Santoso membuka rapat di Jakarta."
    b = "Dubes Indonesia untuk Tiongkok Bima Santoso membuka rapat di Jakarta."
    assert run(a, b) == ()


def test_two_heads_of_one_company_conflict() -> None:
    a = "CEO Nusantara Digital Group Bima Santoso membuka rapat di Jakarta."
    b = "Chairman Nusantara Digital Group Bima Santoso membuka rapat di Jakarta."
    (finding,) = run(a, b)
    assert finding.message.startswith("Bima Santoso: ")


def test_pack_holder_at_the_time_is_not_flagged() -> None:
    assert run(("Menteri Perdagangan Thomas Lembong membuka pameran.", "2016-01-10")) == ()
    (finding,) = run(("Menteri Perdagangan Thomas Lembong membuka pameran.", "2018-10-14"))
    assert "Enggartiasto Lukita" in finding.message


def test_a_nickname_of_the_holder_is_not_flagged() -> None:
    assert run("Presiden RI Jokowi membuka pameran di Jakarta.") == ()


def test_spelling_variants_are_one_person() -> None:
    a = "Duta Besar RI untuk Tiongkok Soegeng Rahardjo menyambut rombongan."
    b = "Dubes RI untuk Tiongkok Sugeng Rahardjo menyambut rombongan."
    assert run(a, b) == ()
