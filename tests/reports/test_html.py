"""`--format html` of `kronik check` and `kronik timeline`: one self-contained page.

Two kinds of test. The pure-Python ones parse the page with `html.parser` and
look for the picture, every finding and its evidence, and the hostile article
text kept as text. The browser ones open the page in a real headless Chromium
(Debian's `chromium` package, driven through its command line with subprocess:
`--dump-dom` and `--screenshot`; no selenium or webdriver needed) and check what
a reader's browser does with it: the DOM holds the picture and the findings, the
console stays quiet, and the article's scripts never run. Without a Chromium
binary the browser tests are skipped.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kronik.checks.rules import RULES
from kronik.reports.cli import cli
from kronik.reports.formats import CHECK_FORMATS, TIMELINE_FORMATS
from kronik.reports.formats import html as html_format
from kronik.reports.formats.findings import Report
from kronik.timeline.document import document_from_text

# What the pure tests look for, and what the browser would run if it were ever markup:
# the script marks the page (title, an element with id "pwned") so a run is visible.
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MARKER = (
    "<script>document.title='PWNED';var p=document.createElement('div');"
    "p.id='pwned';document.body.appendChild(p)</script>"
)
IMG_MARKER = "<img src=x onerror=\"document.title='PWNED'\">"
HOSTILE = f"{SCRIPT} {IMG} {MARKER} {IMG_MARKER}"

ARTICLE_A = f"""---
title: "Judul {SCRIPT} {IMG}"
published: 2018-10-14
source: "Warta <b>Kota</b>"
---
Rapat {HOSTILE} digelar Jumat (13/10) di Jakarta.
"Kami tidak akan menaikkan harga pupuk {HOSTILE} tahun ini," kata Menteri Budi Santoso.
Ekspor naik pada periode Januari-Mei 2018, menurut BPS.
"""
ARTICLE_B = f"""---
title: "Pupuk {MARKER}"
published: 2018-10-15
---
Harga pupuk dibahas Senin (15/10). "Kami akan menaikkan harga pupuk {HOSTILE} tahun ini," ujar
Budi Santoso.
"""


class Page(HTMLParser):
    """What a page holds, as a parser reads it: tags, ids, classes, text, meta tags."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.classes: list[str] = []
        self.metas: list[dict[str, str | None]] = []
        self.chunks: list[str] = []
        self.title = ""
        self._in_title = 0
        self.feed(text)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        self.classes.append(found.get("class") or "")
        if tag == "meta":
            self.metas.append(found)
        if tag == "title" and not self.title and "svg" not in self.tags:
            self._in_title = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = 0

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if self._in_title:
            self.title += data


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def findings_of(story: Path) -> list[dict]:
    return json.loads(run("check", story.name, "--format", "json").stdout)["findings"]


@pytest.fixture
def check_page(story: Path) -> str:
    result = run("check", story.name, "--format", "html")
    assert result.exit_code == 1, (result.output, result.exception)  # K101: Jumat is not 13/10
    return result.stdout


@pytest.fixture
def timeline_page(story: Path) -> str:
    result = run("timeline", story.name, "--format", "html")
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


# --- pure Python ---


def test_html_is_registered_for_both_commands():
    assert CHECK_FORMATS["html"] is html_format.check
    assert TIMELINE_FORMATS["html"] is html_format.timeline


def test_the_story_is_hostile(story):
    findings = findings_of(story)
    assert findings
    assert any(SCRIPT in e["text"] for f in findings for e in f["evidence"])


def test_check_page_parses_and_holds_the_picture_and_every_finding(story, check_page):
    page = Page(check_page)
    assert check_page.startswith("<!DOCTYPE html>")
    assert page.tags.count("svg") == 1
    assert page.tags.count("circle") + page.tags.count("rect") > 2
    assert "event flagged" in page.classes  # a mark outlined for a finding
    findings = findings_of(story)
    for f in findings:
        assert f["rule"] in page.text
        assert " ".join(f["message"].split()) in page.text
        for e in f["evidence"]:
            assert f"{e['path']}:{e['line']}:{e['column']}" in page.text
            assert " ".join(e["text"].split()) in page.text
            assert e["value"] in page.text
    assert page.tags.count("li") >= len(findings)


def test_article_markup_comes_out_as_text(check_page, timeline_page):
    for out in (check_page, timeline_page):
        page = Page(out)
        assert "script" not in page.tags
        assert "img" not in page.tags
        assert "b" not in page.tags  # the source's <b>Kota</b>
        assert "pwned" not in page.ids
        for raw in (SCRIPT, IMG, "<b>Kota</b>"):
            assert raw not in out  # never as markup ...
            assert html.escape(raw) in out  # ... always escaped
        assert SCRIPT in page.text and IMG in page.text  # and read back as written


def test_the_page_is_self_contained_with_a_strict_policy(check_page, timeline_page):
    for out in (check_page, timeline_page):
        page = Page(out)
        policy = [
            m["content"] for m in page.metas if m.get("http-equiv") == "Content-Security-Policy"
        ]
        assert policy and "default-src 'none'" in policy[0] and "script-src 'none'" in policy[0]
        assert "http://" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "https://" not in out
        assert '<link rel="stylesheet"' not in out


def test_timeline_page_has_the_picture_and_a_row_an_event_row(story, timeline_page):
    data = json.loads(run("timeline", story.name, "--format", "json").stdout)
    page = Page(timeline_page)
    assert page.tags.count("svg") == 1
    assert page.tags.count("g") >= 1
    # a header row plus one a timeline row in the events table; the documents table after it
    assert page.tags.count("tr") == 1 + len(data["rows"]) + 1 + len(data["documents"])
    assert "event flagged" not in page.classes  # no findings on a timeline


def test_a_report_without_findings_or_dates():
    doc = document_from_text("Tidak ada tanggal.\n", path="x.md", warnings=(), doc_id="x")
    out = html_format.check(Report(findings=(), documents=(doc,), rules=RULES))
    page = Page(out)
    assert "svg" in page.tags
    assert "No findings." in page.text
    assert "no calendar dates to draw" in page.text


def test_html_with_output_file(story):
    result = run("check", story.name, "--format", "html", "-o", "report.html")
    assert result.exit_code == 1
    assert Path("report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- a real browser ---

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no chromium binary found")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
]


def chromium(page: Path, *more: str) -> tuple[str, list[str]]:
    """Chromium's stdout and its console lines (messages and uncaught errors) for a page."""
    assert BROWSER is not None
    profile = page.parent / f".profile-{page.stem}"
    done = subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={profile}", *more, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    return done.stdout, console


@pytest.fixture
def check_file(check_page: str, tmp_path: Path) -> Path:
    path = tmp_path / "check.html"
    path.write_text(check_page, encoding="utf-8")
    return path


@needs_browser
def test_the_browser_test_notices_a_script_that_runs(tmp_path):
    """The control: a page that does run the marker script shows it in the DOM and the log."""
    page = tmp_path / "control.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><title>t</title></head><body>{MARKER}"
        "<script>console.error('control')</script></body></html>",
        encoding="utf-8",
    )
    dom, console = chromium(page, "--dump-dom")
    assert "pwned" in Page(dom).ids
    assert Page(dom).title == "PWNED"
    assert console


@needs_browser
def test_chromium_renders_the_check_report_and_runs_nothing(story, check_file):
    dom, console = chromium(check_file, "--dump-dom")
    page = Page(dom)
    assert console == []
    assert "svg" in page.tags and ("circle" in page.tags or "rect" in page.tags)
    for f in findings_of(story):
        assert f["rule"] in page.text
        for e in f["evidence"]:
            assert f"{e['path']}:{e['line']}:{e['column']}" in page.text
    assert page.title == "kronik check"  # the marker script would have made it PWNED
    assert "pwned" not in page.ids
    assert "script" not in page.tags and "img" not in page.tags
    assert SCRIPT in page.text


@needs_browser
def test_the_policy_stops_a_script_even_if_escaping_failed(check_file):
    """Belt and braces: markup smuggled into the page past html.escape still cannot run."""
    text = check_file.read_text(encoding="utf-8").replace("<body>", f"<body>{MARKER}", 1)
    check_file.write_text(text, encoding="utf-8")
    dom, _ = chromium(check_file, "--dump-dom")
    page = Page(dom)
    assert "script" in page.tags  # it is there ...
    assert "pwned" not in page.ids  # ... and it did not run
    assert page.title == "kronik check"


@needs_browser
def test_chromium_screenshots_the_timeline_page(timeline_page, tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text(timeline_page, encoding="utf-8")
    shot = tmp_path / "timeline.png"
    _, console = chromium(page, f"--screenshot={shot}", "--window-size=1280,900")
    assert console == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 5000  # a drawn page, not a blank one
