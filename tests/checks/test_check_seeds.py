"""`kronik check` on the seeds: the disagreements an editor must see, and silence elsewhere."""

from __future__ import annotations

import pytest

from kronik.checks.engine import check
from kronik.checks.finding import Finding, Severity
from kronik.reports.cli import seeds_path
from kronik.timeline.document import read


@pytest.fixture(scope="module")
def findings() -> tuple[Finding, ...]:
    return check(read([seeds_path()]))[1]


def by(findings: tuple[Finding, ...], name: str) -> list[Finding]:
    return [f for f in findings if f.name == name]


def test_launch_date_against_singles_day_is_an_error_with_every_article(
    findings: tuple[Finding, ...],
) -> None:
    [conflict] = [f for f in by(findings, "date-conflict") if "Singles" in f.message]
    assert conflict.severity is Severity.ERROR
    assert "11 Oct 2018: 1 source" in conflict.message
    docs = {e.doc[:3] for e in conflict.evidence}
    assert docs == {"000", "001", "002", "003"}
    wrong = [e for e in conflict.evidence if e.value == "2018-10-11"]
    assert [(w.doc[:3], w.text) for w in wrong] == [("002", "11 Oktober 2018")]
    assert all(e.line > 0 and e.column > 0 and e.path for e in conflict.evidence)


def test_taobao_against_tmall(findings: tuple[Finding, ...]) -> None:
    [conflict] = by(findings, "entity-conflict")
    pairs = {(e.doc[:3], e.value) for e in conflict.evidence}
    assert ("000", "taobao") in pairs and ("004", "tmall") in pairs
    assert "Tmal" in {e.text for e in conflict.evidence}


def test_tmal_is_a_possible_typo(findings: tuple[Finding, ...]) -> None:
    [typo] = by(findings, "name-typo")
    assert typo.evidence[0].text == "Tmal" and typo.severity is Severity.INFO


def test_silence_where_the_sources_agree(findings: tuple[Finding, ...]) -> None:
    assert by(findings, "weekday-mismatch") == []
    assert by(findings, "tense-conflict") == []
    assert by(findings, "impossible-date") == []
    assert by(findings, "outdated-name") == []  # "(sebelumnya Taobao Mall)" is marked
    for f in by(findings, "date-conflict"):
        assert "2018-10-13" not in {e.value for e in f.evidence}, f  # the 13 October meeting
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert [f.name for f in errors] == ["date-conflict"]


def test_findings_do_not_depend_on_file_order() -> None:
    docs = read([seeds_path()])
    forward = check(docs)[1]
    backward = check(tuple(reversed(docs)))[1]
    assert forward == backward


def test_numbers_agree(findings: tuple[Finding, ...]) -> None:
    assert by(findings, "quantity-conflict") == []  # 25 miliar dolar AS, 700 juta orang


def test_titles_only_the_office_the_pack_gives_another(findings: tuple[Finding, ...]) -> None:
    conflicts = by(findings, "title-conflict")
    texts = " ".join(e.text for f in conflicts for e in f.evidence)
    assert "Lembong" not in texts and "Enggartiasto" not in texts
    assert "Rudiantara" not in texts
    assert all(f.severity is Severity.WARNING for f in conflicts)
    docs = {e.doc[:3] for f in conflicts for e in f.evidence if not e.path.endswith(".toml")}
    assert docs <= {"004"}


def test_reworded_quotes_are_information(findings: tuple[Finding, ...]) -> None:
    variants = by(findings, "quote-variant")
    assert variants and all(f.severity is Severity.INFO for f in variants)
