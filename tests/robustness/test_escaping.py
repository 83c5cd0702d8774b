"""Everything from articles is text in every output: escaped, never obeyed.

An article carries the payloads each format's reader would act on: HTML tags and
event handlers, Markdown links to `javascript:`, GitHub workflow commands and
their `%0A` escapes, table pipes, CDATA ends and comments. Each output is parsed
the way its consumer parses it (an HTML parser, a CommonMark renderer with GFM
tables, JSON, XML, the Actions runner's command syntax) and must hold the
payload as text only.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

PAYLOAD = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> "
    "[klik](javascript:alert(3)) ](javascript:alert(4)) <a href='javascript:alert(5)'>x</a> "
    "%0A::error file=x.md::pwned %0D%0A::add-mask::x | a | b | `kode` ]]> <!-- -- --> &amp; "
)
ARTICLE_A = f"""---
title: "{PAYLOAD.replace('"', "'")}"
published: 2018-10-14
source: "<b>Warta</b> | Kota"
---
Rapat {PAYLOAD} digelar Jumat (13/10/2018) di Jakarta.
"Kami tidak akan menaikkan harga pupuk {PAYLOAD} tahun ini," kata Menteri Budi Santoso.
"""
ARTICLE_B = f"""---
published: 2018-10-14
---
"Kami akan menaikkan harga pupuk {PAYLOAD} tahun ini," ujar Budi Santoso.
"""
NAME = "<b>a&amp;|b,c:d%0A.md"  # a file name with markup, a pipe, a comma, a colon, an escape


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / NAME).write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def output(kronik, *argv: str) -> str:
    run = kronik(*argv, "--isolated") if argv[0] == "check" else kronik(*argv)
    run.assert_clean()
    assert run.code in (0, 1), run.err
    return run.out


class Elements(HTMLParser):
    """The tags and attributes a browser would build."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_inert_html(page: str, allowed_tags: set[str] | None = None) -> str:
    """No element, handler or link from the payload; its words are there as text."""
    parser = Elements()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert tag not in {"script", "img", "iframe", "object"}, (tag, attrs)
        if allowed_tags is not None:
            assert tag in allowed_tags, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
    text = "".join(parser.text)
    assert "<script>alert(1)</script>" in text and "onerror=alert(2)" in text
    return text


def test_check_html(story, kronik):
    assert_inert_html(output(kronik, "check", "story", "--format", "html"))


def test_timeline_html(story, kronik):
    assert_inert_html(output(kronik, "timeline", "story", "--format", "html"))


# CommonMark with raw HTML allowed and GFM tables, as GitHub renders a comment.
MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")


@pytest.mark.parametrize("command", ["check", "timeline"])
def test_markdown(command, story, kronik):
    page = output(kronik, command, "story", "--format", "markdown")
    html = MARKDOWN.render(page)
    text = assert_inert_html(html, {"h2", "p", "table", "thead", "tbody", "tr", "th", "td", "br"})
    assert "javascript:alert(3)" in text  # shown, not linked
    for line in page.splitlines():
        if line.startswith("|"):  # the payload's pipes never add a cell
            assert len(re.findall(r"(?<!\\)\|", line)) == 5, line


def test_sarif_is_json_holding_the_text(story, kronik):
    log = json.loads(output(kronik, "check", "story", "--format", "sarif"))
    texts = json.dumps(log, ensure_ascii=False)
    assert "<script>alert(1)</script>" in texts.replace("\\/", "/")
    uris = [
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for run in log["runs"]
        for result in run["results"]
        for loc in result["locations"]
    ]
    assert all(re.fullmatch(r"[A-Za-z0-9._~:/%@!$&'()*+,;=-]+", u) for u in uris), uris


def test_json_and_json_lines(story, kronik):
    assert json.loads(output(kronik, "check", "story", "--format", "json"))["findings"]
    for line in output(kronik, "check", "story", "--format", "json-lines").splitlines():
        json.loads(line)
    json.loads(output(kronik, "timeline", "story", "--format", "json"))
    data = json.loads(output(kronik, "timeline", "story", "--format", "timelinejs"))
    assert "<script>" not in json.dumps(data)  # TimelineJS shows its text as HTML: escaped


def runner_decode(value: str, prop: bool = False) -> str:
    """What the Actions runner reads: %25, %0D, %0A (and in properties %3A, %2C) decoded."""
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for code, char in pairs:
        value = value.replace(code, char)
    return value.replace("%25", "%")


def test_github_annotations_cannot_inject_commands(story, kronik):
    out = output(kronik, "check", "story", "--format", "github")
    lines = out.splitlines()
    findings = json.loads(output(kronik, "check", "story", "--format", "json"))["findings"]
    assert len(lines) == len(findings)  # one command a finding: nothing else starts a line
    seen = []
    for line in lines:
        m = re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line)
        assert m, line
        props = dict(p.split("=", 1) for p in m[2].split(","))
        assert set(props) <= {"file", "line", "col", "endLine", "endColumn", "title"}
        seen.append(runner_decode(props.get("file", ""), prop=True))
        message = runner_decode(m[3])
        for part in message.split("\n")[1:]:  # evidence lines: ours, never the article's
            assert not part.startswith("::"), part
        if "%0A::error" in message:
            assert "%0A::error file=x.md::pwned" in message  # the article's text, as written
            seen.append("payload")
    assert f"story/{NAME}" in seen and "payload" in seen


def test_junit_is_xml_holding_the_text(story, kronik):
    root = ET.fromstring(output(kronik, "check", "story", "--format", "junit"))
    failures = "".join(f.text or "" for f in root.iter("failure"))
    assert "<script>alert(1)</script>" in failures and "]]>" in failures


def test_timeline_csv_round_trips(story, kronik):
    rows = list(csv.reader(io.StringIO(output(kronik, "timeline", "story", "--format", "csv"))))
    assert len({len(r) for r in rows}) == 1  # every row has every column
    assert any("<script>alert(1)</script>" in cell for row in rows for cell in row)


def test_dates_timeml_is_xml(story, kronik):
    root = ET.fromstring(output(kronik, "dates", f"story/{NAME}", "--format", "timeml"))
    assert "<script>alert(1)</script>" in "".join(root.itertext())
