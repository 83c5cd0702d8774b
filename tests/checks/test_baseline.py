"""Baselines (checks/baseline.py): accepted findings are not reported again, new ones are."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result

from kronik.checks.baseline import Baseline, fingerprint, new_findings, of
from kronik.checks.engine import check
from kronik.reports.cli import cli
from kronik.timeline.document import document_from_text

FRONT = "---\npublished: 2018-10-14\n---\n"
FRIDAY = "Rapat digelar Jumat (13/10) di Jakarta."  # K101
MONDAY = "Acara lain digelar Senin (13/10) di Bandung."  # K101
FEBRUARY = "Rapat kedua digelar pada 31 Februari 2018 di Jakarta."  # K102


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, *lines: str, front: str = FRONT) -> None:
    path.write_text(front + "\n".join(lines) + "\n", encoding="utf-8")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["check", *args])


def reported(result: Result) -> list[tuple[str, str]]:
    assert result.exit_code in (0, 1), result.output
    return [(f["rule"], f["evidence"][0]["text"]) for f in json.loads(result.stdout)["findings"]]


def findings_of(text: str):
    _, found = check([document_from_text(text, path="berita.md", doc_id="berita")])
    return found


def test_write_baseline_then_check_against_it(repo):
    write(repo / "berita.md", FRIDAY, "", FEBRUARY)
    written = run("berita.md", "--write-baseline", "baseline.json")
    assert written.exit_code == 0, written.output
    assert written.stdout == ""
    assert "wrote 2 findings" in written.stderr
    data = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["fingerprints"]) == 2

    same = run("berita.md", "--baseline", "baseline.json", "--format", "json")
    assert same.exit_code == 0
    assert reported(same) == []
    assert "2 baselined findings not shown (baseline.json)" in same.stderr

    write(repo / "berita.md", FRIDAY, "", FEBRUARY, "", MONDAY)
    grown = run("berita.md", "--baseline", "baseline.json", "--format", "json")
    assert grown.exit_code == 1
    assert reported(grown) == [("K101", "Senin (13/10)")]
    assert "2 baselined findings" in grown.stderr


def test_moving_lines_keeps_fingerprints(repo):
    write(repo / "berita.md", FRIDAY, "", FEBRUARY)
    assert run("berita.md", "--write-baseline", "baseline.json").exit_code == 0
    write(repo / "berita.md", "", "", "", "Paragraf baru di atas.", "", FRIDAY, "", "", FEBRUARY)
    moved = run("berita.md", "--baseline", "baseline.json", "--format", "json")
    assert moved.exit_code == 0
    assert reported(moved) == []
    before = {fingerprint(f) for f in findings_of(FRONT + f"{FRIDAY}\n\n{FEBRUARY}\n")}
    after = {fingerprint(f) for f in findings_of(FRONT + f"\n\n\n{FRIDAY}\n\n\n{FEBRUARY}\n")}
    assert before == after and len(before) == 2


def test_a_fixed_finding_leaves_nothing_to_report(repo):
    write(repo / "berita.md", FRIDAY, "", FEBRUARY)
    assert run("berita.md", "--write-baseline", "baseline.json").exit_code == 0
    write(repo / "berita.md", FEBRUARY)
    result = run("berita.md", "--baseline", "baseline.json", "--format", "json")
    assert (result.exit_code, reported(result)) == (0, [])
    assert "1 baselined finding not shown" in result.stderr


def test_a_second_copy_of_an_accepted_finding_is_new():
    one = findings_of(FRONT + FRIDAY + "\n")
    again = "Pertemuan lanjutan juga digelar Jumat (13/10) sore."  # the same words, again
    two = findings_of(FRONT + FRIDAY + "\n\n" + again + "\n")
    assert len(one) == 1 and len(two) == 2
    new, hidden = new_findings(two, of(one))
    assert hidden == 1 and len(new) == 1


def test_the_fingerprint_ignores_positions_and_evidence_order():
    (finding,) = findings_of(FRONT + FRIDAY + "\n")
    (e,) = finding.evidence
    moved = attrs.evolve(e, line=e.line + 9, column=1, start=e.start + 40, end=e.end + 40)
    assert fingerprint(attrs.evolve(finding, evidence=(moved,))) == fingerprint(finding)
    other = attrs.evolve(e, doc="lain", text="Sabtu (13/10)")
    both = fingerprint(attrs.evolve(finding, evidence=(e, other)))
    assert both == fingerprint(attrs.evolve(finding, evidence=(other, e)))
    assert both != fingerprint(finding)
    assert fingerprint(attrs.evolve(finding, message="reworded")) == fingerprint(finding)
    for changed in (
        attrs.evolve(finding, rule="K102"),
        attrs.evolve(finding, evidence=(attrs.evolve(e, doc="lain"),)),
        attrs.evolve(finding, evidence=(attrs.evolve(e, value="2018-10-12"),)),
    ):
        assert fingerprint(changed) != fingerprint(finding)
    assert len(fingerprint(finding)) == 64


def test_an_empty_baseline_hides_nothing():
    found = findings_of(FRONT + FRIDAY + "\n")
    assert new_findings(found, Baseline(fingerprints=())) == (found, 0)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{", "broken JSON"),
        ("[]", 'no "fingerprints"'),
        ('{"version": 2, "fingerprints": []}', "baseline version 2, expected 1"),
        ('{"version": 1, "fingerprints": ["abc"]}', "sha256"),
        ('{"version": 1, "fingerprints": "x"}', "sha256"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_broken_baseline_exits_2_with_one_line(repo, content, needle):
    write(repo / "berita.md", FRIDAY)
    data = content if isinstance(content, bytes) else content.encode()
    (repo / "baseline.json").write_bytes(data)
    result = run("berita.md", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: baseline.json: "), result.stderr
    assert needle in lines[0]


def test_a_missing_baseline_exits_2(repo):
    write(repo / "berita.md", FRIDAY)
    result = run("berita.md", "--baseline", "nope.json")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: nope.json: no such file"
