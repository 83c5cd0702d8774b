"""`kronik check --format`: every format from the registry, parsed the way its consumer parses it.

The hostile story puts `<script>`, rich markup, pipes, percents, commas,
colons, backticks and line breaks in titles, quotes and file names: whatever
the format, they must come out as text.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import example, given
from hypothesis import strategies as st
from rich.console import Console

from kronik.checks.finding import Evidence, Finding, Severity
from kronik.checks.rules import RULES
from kronik.reports.cli import cli
from kronik.reports.formats import CHECK_FORMATS, github, json_lines, junit, sarif
from kronik.reports.formats.findings import Rendered, Report, render_json, render_text
from kronik.timeline.document import document_from_text

SCHEMA = Path(__file__).resolve().parents[2].parent / "shared" / "schemas" / "sarif-2.1.0.json"

HOSTILE = "<script>alert(1)</script> [bold]x[/bold] | 50%, kata: `dia`"
# A file name GitHub's property syntax would misread: a comma, a colon, a percent.
TRICKY_NAME = "a,b:c%1.md"
ARTICLE_A = f"""---
title: "{HOSTILE}"
published: 2018-10-14
source: "Warta | <b>Kota</b>"
---
Rapat {HOSTILE} digelar Jumat (13/10) di Jakarta.
"Kami tidak akan menaikkan harga pupuk {HOSTILE} tahun ini," kata Menteri Budi Santoso.
"""
ARTICLE_B = f"""---
title: "Judul [red]dua[/red]\\n<i>b</i> 50%, kata: x"
published: 2018-10-14
---
Harga pupuk dibahas. "Kami akan menaikkan harga pupuk {HOSTILE} tahun ini," ujar Budi Santoso.
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile story in a folder that is also the working directory (relative paths)."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / TRICKY_NAME).write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def check(story: Path, fmt: str, *more: str) -> Result:
    result = run("check", story.name, "--format", fmt, *more)
    assert result.exit_code == 1, (result.output, result.exception)  # the story has an error
    assert "Traceback" not in result.output
    return result


def findings_of(story: Path) -> list[dict]:
    return json.loads(check(story, "json").stdout)["findings"]


def finding(message: str = "m", path: str = "a.md", text: str = "t", line: int = 3) -> Finding:
    """A made-up finding, for what the engine would not produce on its own."""
    evidence = Evidence(
        doc=Path(path).stem, path=path, line=line, column=5, start=0, end=len(text), text=text,
        value="v",
    )  # fmt: skip
    return Finding(
        rule="K101", name="weekday-mismatch", severity=Severity.ERROR, message=message,
        evidence=(evidence,),
    )  # fmt: skip


def report(*findings: Finding, documents: int = 1) -> Report:
    docs = tuple(
        document_from_text("Isi.\n", path=f"d{i}.md", warnings=(), doc_id=f"d{i}")
        for i in range(documents)
    )
    return Report(findings=findings, documents=docs, rules=RULES)


# --- the registry ---


def test_the_format_choices_are_the_registry():
    assert set(CHECK_FORMATS) == {
        "text", "concise", "json", "json-lines", "sarif", "github", "junit", "markdown", "html",
    }  # fmt: skip
    help_text = run("check", "--help").stdout
    for name in CHECK_FORMATS:
        assert name in help_text


@pytest.mark.parametrize("fmt", sorted(CHECK_FORMATS))
def test_every_format_keeps_the_exit_code_and_shows_every_finding(story, fmt):
    result = check(story, fmt)
    assert result.stdout
    for record in findings_of(story):
        assert record["rule"] in result.stdout


def test_the_story_is_hostile(story):
    findings = findings_of(story)
    assert {f["rule"] for f in findings} >= {"K101", "K501"}
    assert any(HOSTILE in e["text"] for f in findings for e in f["evidence"])
    assert any(e["path"] == f"story/{TRICKY_NAME}" for f in findings for e in f["evidence"])


# --- text and concise: for people ---


def test_text_shows_markup_as_written(story):
    out = check(story, "text").stdout
    assert "[bold]x[/bold]" in out
    assert "<script>alert(1)</script>" in out


def test_text_and_concise_show_control_characters_without_obeying_them():
    hostile = report(finding(message="a\x1b[2Jb\nc", text="\x1b]0;x\x07"))
    console = Console(file=io.StringIO(), width=200)
    console.print(render_text(hostile))
    text = console.file.getvalue()
    assert "\x1b" not in text and "\x07" not in text
    assert "a\\x1b[2Jb" in text and "\\x1b]0;x\\x07" in text
    concise = CHECK_FORMATS["concise"](hostile)
    assert isinstance(concise, Rendered)
    assert concise.out == "a.md:3:5: K101 [error] a\\x1b[2Jb c\n"


CONCISE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>K\d{3}) \[(?P<sev>\w+)\] "
)


def test_concise_is_one_line_a_finding_and_counts_on_stderr(story):
    result = check(story, "concise")
    lines = result.stdout.splitlines()
    findings = findings_of(story)
    assert len(lines) == len(findings)
    for line, record in zip(lines, findings, strict=True):
        m = CONCISE.match(line)
        assert m, line
        first = record["evidence"][0]
        assert (m["path"], int(m["line"]), int(m["col"])) == (
            first["path"], first["line"], first["column"],
        )  # fmt: skip
        assert (m["code"], m["sev"]) == (record["rule"], record["severity"])
        assert line.endswith(record["message"])
    assert "finding" not in result.stdout
    assert re.search(r"2 documents, \d+ findings", result.stderr)


# --- json and json-lines: one shape ---


def test_json_lines_are_the_json_findings(story):
    lines = check(story, "json-lines").stdout.splitlines()
    assert [json.loads(line) for line in lines] == findings_of(story)


texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
evidences = st.builds(
    Evidence,
    doc=texts,
    path=texts,
    line=st.integers(1, 10**6),
    column=st.integers(1, 10**4),
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    text=texts,
    value=texts,
)
findings = st.builds(
    Finding,
    rule=st.from_regex(r"K\d{3}", fullmatch=True),
    name=st.from_regex(r"[a-z]+(-[a-z]+)?", fullmatch=True),
    severity=st.sampled_from(Severity),
    message=texts,
    evidence=st.lists(evidences, max_size=3).map(tuple),
)


@given(st.lists(findings, max_size=5))
@example([finding(message="a\u2028b\x85c\nd\re", text="|\u2029")])
@example([])
def test_json_lines_round_trip_to_the_json_findings(found):
    r = report(*found)
    lines = json_lines.render(r).splitlines()  # splitlines breaks on U+2028 too: none survive
    assert [json.loads(line) for line in lines] == json.loads(render_json(r))["findings"]


# --- SARIF ---


@pytest.fixture
def sarif_log(story) -> dict:
    return json.loads(check(story, "sarif").stdout)


def test_sarif_validates_against_the_official_schema(sarif_log):
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} is not here")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(sarif_log)]
    assert errors == []


def test_sarif_rules_come_from_the_registry(sarif_log):
    assert sarif_log["version"] == "2.1.0"
    assert sarif_log["$schema"].startswith("https://")
    driver = sarif_log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "kronik"
    assert driver["version"] and driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in RULES]
    for descriptor, rule in zip(driver["rules"], RULES, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.explanation.strip()
        assert descriptor["help"]["text"] == rule.explanation.strip()
        level = {"error": "error", "warning": "warning", "info": "note"}[str(rule.severity)]
        assert descriptor["defaultConfiguration"]["level"] == level


def test_sarif_results_point_at_the_evidence(story, sarif_log):
    run_ = sarif_log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    findings = findings_of(story)
    assert len(results) == len(findings)
    for result, record in zip(results, findings, strict=True):
        assert result["ruleId"] == record["rule"] == rules[result["ruleIndex"]]["id"]
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[record["severity"]]
        )
        assert result["message"]["text"] == record["message"]
        evidence = record["evidence"]
        places = [result["locations"][0], *result.get("relatedLocations", [])]
        assert len(places) == len(evidence)
        for place, e in zip(places, evidence, strict=True):
            physical = place["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            assert not uri.startswith(("/", "file:"))  # relative to where kronik ran
            assert Path(e["path"]).name in uri.replace("%2C", ",").replace("%3A", ":").replace(
                "%25", "%"
            )
            region = physical["region"]
            assert (region["startLine"], region["startColumn"]) == (e["line"], e["column"])
            assert region["endLine"] == e["line"]  # no evidence here spans lines
            assert region["endColumn"] == e["column"] + len(e["text"])
            # the region is the evidence in the file
            line = (Path(e["path"])).read_text(encoding="utf-8").splitlines()[e["line"] - 1]
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == e["text"]


def test_sarif_regions_span_lines_when_the_evidence_does():
    f = finding(text="awal\r\nkedua baris\nakhir", line=4)
    result = json.loads(sarif.render(report(f)))["runs"][0]["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (4, 5)
    assert (region["endLine"], region["endColumn"]) == (6, len("akhir") + 1)


def test_sarif_uris_of_absolute_paths_are_file_uris():
    assert sarif.uri("/tmp/a b/c,d.md") == "file:///tmp/a%20b/c%2Cd.md"
    assert sarif.uri("story/a b.md") == "story/a%20b.md"


def fingerprints(log: dict) -> dict[str, int]:
    return {
        r["partialFingerprints"]["kronik/v1"]: r["locations"][0]["physicalLocation"]["region"][
            "startLine"
        ]
        for r in log["runs"][0]["results"]
    }


def test_sarif_fingerprints_survive_a_blank_line_at_the_top(story, sarif_log):
    before = fingerprints(sarif_log)
    for path in story.iterdir():
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        path.write_text(f"{head}\n---\n\n{body}", encoding="utf-8")  # a blank line atop the text
    after = fingerprints(json.loads(check(story, "sarif").stdout))
    assert len(before) == len(sarif_log["runs"][0]["results"])  # one fingerprint a finding
    assert set(after) == set(before)
    assert all(after[key] == before[key] + 1 for key in before)  # the lines did move


def test_sarif_fingerprints_change_with_what_the_evidence_says():
    a = sarif.fingerprint(finding(text="Jumat (13/10)"))
    assert a == sarif.fingerprint(finding(text="Jumat (13/10)", line=40))
    assert a != sarif.fingerprint(finding(text="Kamis (13/10)"))


# --- GitHub workflow commands ---

COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def unescape(text: str) -> str:
    """What the Actions runner does to a value (its escape mappings, in reverse)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = {}
    for pair in (m["props"] or "").split(","):
        key, _, value = pair.partition("=")
        props[key] = unescape(value)
    return m["level"], props, unescape(m["message"])


def test_github_lines_parse_as_workflow_commands(story):
    result = check(story, "github")
    lines = result.stdout.splitlines()
    findings = findings_of(story)
    assert len(lines) == len(findings)
    for line, record in zip(lines, findings, strict=True):
        level, props, message = parse_command(line)
        assert (
            level == {"error": "error", "warning": "warning", "info": "notice"}[record["severity"]]
        )
        first = record["evidence"][0]
        assert props["file"] == first["path"]  # "story/a,b:c%1.md", whole
        assert (int(props["line"]), int(props["col"])) == (first["line"], first["column"])
        assert int(props["endColumn"]) == first["column"] + len(first["text"])
        assert props["title"] == f"{record['rule']} {record['name']}"
        assert message.splitlines()[0] == record["message"]
        for e in record["evidence"]:
            assert e["text"] in message
    assert "finding" in result.stderr and "finding" not in result.stdout


@given(message=texts, path=texts)
@example(message="50%, kata: x\r\ny%0A", path="a,b:c%25.md")
def test_github_escaping_round_trips(message, path):
    line = github.command(finding(message=message, path=path, text="t"))
    assert "\n" not in line and "\r" not in line
    _, props, decoded = parse_command(line)
    assert props["file"] == path
    assert decoded.split("\n", 1)[0] == message.split("\n", 1)[0]
    assert decoded.startswith(message)


def test_github_says_what_it_cannot_show():
    many = report(*(finding(message=str(i)) for i in range(12)))
    rendered = github.render(many)
    assert len(rendered.out.splitlines()) == 12
    assert "2 more errors" in rendered.note
    assert "more" not in github.render(report(finding())).note


# --- JUnit ---


def test_junit_is_xml_with_a_testcase_per_rule_and_document(story):
    out = check(story, "junit").stdout
    assert "<script>" not in out
    root = ET.fromstring(out)
    (suite,) = root.iter("testsuite")
    cases = list(suite.iter("testcase"))
    assert len(cases) == 2 * len(RULES) == int(suite.get("tests", ""))
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == int(suite.get("failures", "")) > 0
    findings = findings_of(story)
    expected = {(e["path"], f"{f['rule']} {f['name']}") for f in findings for e in f["evidence"]}
    assert {(c.get("classname"), c.get("name")) for c in failed} == expected
    written = "".join(c.findtext("failure", "") for c in failed)
    assert HOSTILE in written  # escaped in the file, the same text once parsed


def test_junit_stays_xml_with_characters_xml_cannot_hold():
    out = junit.render(report(finding(message="a\x01b\x0c<&>\"'", path="d0.md", text="\x00")))
    failure = ET.fromstring(out).find(".//failure")
    assert failure is not None
    assert failure.get("message") == "a\ufffdb\ufffd<&>\"'"


# --- Markdown (pull-request comments) ---


def unescaped_bars(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_is_a_table_article_text_cannot_break(story):
    out = check(story, "markdown").stdout
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + len(findings_of(story))
    for row in rows:
        assert unescaped_bars(row) == 5, row  # four cells
    body = "\n".join(rows[2:])
    assert "<script>" not in body and r"\<script\>" in body
    assert "[bold]" not in body and r"\[bold\]" in body
    assert re.search(r"(?<!\\)`", body) is None  # no code span can open
    assert "<br>" in body  # evidence from two sources, our own line break


def test_markdown_keeps_each_finding_on_one_row():
    out = CHECK_FORMATS["markdown"](report(finding(message="satu\ndua | tiga", text="a\nb")))
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert len(rows) == 3
    assert unescaped_bars(rows[2]) == 5
