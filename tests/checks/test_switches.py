"""In-document switches (checks/switches.py): each form turns off exactly what it names."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kronik.checks.engine import check
from kronik.checks.switches import SwitchError, is_off, read_switches
from kronik.reports.cli import cli
from kronik.timeline.document import document_from_text

FRONT = "---\npublished: 2018-10-14\n---\n"
# Line 4: K101 (Friday is wrong); line 6: K101 (Monday is wrong); line 8: K102 (31 February).
BODY = [
    "Rapat digelar Jumat (13/10) di Jakarta.",
    "",
    "Acara lain digelar Senin (13/10) di Bandung.",
    "",
    "Rapat kedua digelar pada 31 Februari 2018 di Jakarta.",
]


def article(*lines: str, front: str = FRONT) -> str:
    return front + "\n".join(lines) + "\n"


def found(text: str) -> list[tuple[str, int]]:
    """(rule, line) of each finding on one article."""
    doc = document_from_text(text, path="berita.md", doc_id="berita")
    _, findings = check([doc])
    return sorted((f.rule, f.evidence[0].line) for f in findings)


def test_the_article_without_switches_has_three_findings():
    assert found(article(*BODY)) == [("K101", 4), ("K101", 6), ("K102", 8)]


def test_disable_and_enable_one_rule_around_a_line():
    text = article(
        "<!-- kronik: disable K101 -->", BODY[0], "<!-- kronik: enable K101 -->", *BODY[1:]
    )
    assert found(text) == [("K101", 8), ("K102", 10)]


def test_disable_without_enable_lasts_to_the_end():
    text = article(BODY[0], "<!-- kronik: disable K101 -->", *BODY[1:])
    assert found(text) == [("K101", 4), ("K102", 9)]


def test_disable_by_name_and_several_rules_at_once():
    text = article("<!-- kronik: disable weekday-mismatch, impossible-date -->", *BODY)
    assert found(text) == []
    text = article("<!-- kronik: disable impossible-date -->", *BODY)
    assert found(text) == [("K101", 5), ("K101", 7)]


def test_disable_without_rules_turns_every_rule_off_until_enable():
    text = article(BODY[0], "<!-- kronik: disable -->", *BODY[1:3], "<!-- kronik: enable -->")
    text += "\n".join(BODY[3:]) + "\n"
    assert found(text) == [("K101", 4), ("K102", 10)]


def test_enable_one_rule_inside_a_disable_all():
    text = article("<!-- kronik: disable -->", BODY[0], "<!-- kronik: enable K102 -->", *BODY[1:])
    assert found(text) == [("K102", 10)]


def test_disable_next_line_covers_the_next_line_only():
    text = article(BODY[0], "", "<!-- kronik: disable-next-line K101 -->", *BODY[2:])
    assert found(text) == [("K101", 4), ("K102", 9)]


def test_disable_next_line_leaves_other_rules_on_that_line():
    text = article(*BODY[:4], "<!-- kronik: disable-next-line K101 -->", BODY[4])
    assert found(text) == [("K101", 4), ("K101", 6), ("K102", 9)]


def test_disable_next_line_without_rules_turns_all_off_on_that_line():
    text = article(*BODY[:4], "<!-- kronik: disable-next-line -->", BODY[4])
    assert found(text) == [("K101", 4), ("K101", 6)]


def test_a_switch_at_the_end_of_the_text_is_harmless():
    assert found(article(*BODY) + "<!-- kronik: disable-next-line -->") == found(article(*BODY))


def test_front_matter_switch_turns_a_rule_off_in_the_whole_article():
    front = "---\npublished: 2018-10-14\nkronik: {disable: [K101]}\n---\n"
    assert found(article(*BODY, front=front)) == [("K102", 9)]
    front = "---\npublished: 2018-10-14\nkronik:\n  disable: impossible-date\n---\n"
    assert found(article(*BODY, front=front)) == [("K101", 6), ("K101", 8)]


def test_other_comments_are_not_switches():
    text = article("<!-- disable K101 -->", "<!-- vale off -->", *BODY)
    assert [rule for rule, _ in found(text)] == ["K101", "K101", "K102"]


@pytest.mark.parametrize(
    ("switch", "needle"),
    [
        ("<!-- kronik: disable K999 -->", "unknown rule 'K999'"),
        ("<!-- kronik: disabel K101 -->", "did you mean 'disable'?"),
        ("<!-- kronik: -->", "empty kronik switch"),
    ],
)
def test_a_broken_switch_is_an_error_with_its_position(switch, needle):
    doc = document_from_text(article(BODY[0], switch), path="berita.md")
    with pytest.raises(SwitchError, match=needle) as caught:
        read_switches(doc)
    assert str(caught.value).startswith("berita.md:5:1: ")


@pytest.mark.parametrize(
    "front",
    ["kronik: off", "kronik: {disabled: [K101]}", "kronik: {disable: [K999]}"],
)
def test_a_broken_front_matter_switch_is_an_error(front):
    doc = document_from_text(article(*BODY, front=f"---\n{front}\n---\n"), path="berita.md")
    with pytest.raises(SwitchError, match=r"^berita\.md: front matter 'kronik'"):
        read_switches(doc)


def test_switch_regions_are_offsets_into_the_text():
    text = article(BODY[0], "<!-- kronik: disable K101 -->", BODY[2])
    doc = document_from_text(text, path="berita.md")
    switches = read_switches(doc)
    at = text.index("<!--")
    assert not is_off(switches, "K101", at - 1)
    assert is_off(switches, "K101", at)
    assert is_off(switches, "K101", len(text) - 1)
    assert not is_off(switches, "K102", len(text) - 1)


# --- findings with evidence in several documents ---

PLANE = "Pesawat AirAsia hilang kontak di atas Laut Jawa pada {} pagi dengan 162 penumpang.\n"
PLANE_FRONT = "---\npublished: 2014-12-29\n---\n"
OFF = "---\npublished: 2014-12-29\nkronik: {disable: [date-conflict]}\n---\n"


def conflict(first: str, second: str, against: bool = False) -> list[str]:
    one = document_from_text(first + PLANE.format("Minggu (28/12/2014)"), path="a.md", doc_id="a")
    two = document_from_text(second + PLANE.format("Sabtu (27/12/2014)"), path="b.md", doc_id="b")
    if against:
        _, findings = check([one], against=[two])
    else:
        _, findings = check([one, two])
    return [f.rule for f in findings]


def test_a_conflict_stays_while_one_reported_source_still_shows_it():
    assert conflict(PLANE_FRONT, PLANE_FRONT) == ["K103"]
    assert conflict(OFF, PLANE_FRONT) == ["K103"]
    assert conflict(PLANE_FRONT, OFF) == ["K103"]
    assert conflict(OFF, OFF) == []


def test_evidence_in_against_documents_does_not_keep_a_finding():
    assert conflict(PLANE_FRONT, PLANE_FRONT, against=True) == ["K103"]
    assert conflict(OFF, PLANE_FRONT, against=True) == []


def test_switches_apply_to_every_output_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "berita.md").write_text(
        article(BODY[0], "<!-- kronik: disable K101 -->", *BODY[1:]), encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["check", "berita.md", "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(f["rule"], f["evidence"][0]["line"]) for f in data["findings"]] == [
        ("K101", 4),
        ("K102", 9),
    ]
    text = CliRunner().invoke(cli, ["check", "berita.md"])
    assert "berita.md:4:" in text.stdout and "berita.md:7:" not in text.stdout


def test_a_broken_switch_exits_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "berita.md").write_text(article("<!-- kronik: disable K999 -->"), "utf-8")
    result = CliRunner().invoke(cli, ["check", "berita.md"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "Error: berita.md:4:1: kronik switch: unknown rule 'K999' (see `kronik rules`)"
    ]
