"""`kronik timeline --format`: csv and TimelineJS beside table, json and markdown.

The article's title, source and sentences carry `<script>`, rich markup,
pipes, percents, commas, colons, quotes and a line break: every format must
give them back as text.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kronik.reports.cli import cli
from kronik.reports.formats import TIMELINE_FORMATS
from kronik.reports.formats.csv import HEADER
from kronik.reports.formats.timelinejs import date_parts

HOSTILE = '<script>alert(1)</script> [bold]x[/bold] | 50%, kata: "dia"'
ARTICLE = f"""---
title: "<script>alert(1)</script> [bold]x[/bold] | 50%, kata: dia\\nbaris dua"
published: 2018-10-14
source: "Warta | <b>Kota</b>, edisi: 1"
---
Rapat {HOSTILE} digelar Sabtu (13/10) pukul 09.00 WIB.
Ekspor naik pada periode Januari-Mei 2018, menurut BPS.
Harga turun pekan lalu.
Pada kuartal III 2018 harga stabil; pada 2017 harga tinggi.
"""
OTHER = """Pasokan Cabai Mulai Pulih di Pasar
Pasokan cabai mulai pulih Jumat (12/10) lalu, kata pedagang.
"""


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "a,b:c%1.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def timeline(story: Path, fmt: str) -> str:
    return run("timeline", str(story), "--format", fmt).stdout


def test_the_format_choices_are_the_registry():
    assert set(TIMELINE_FORMATS) == {"table", "json", "markdown", "csv", "timelinejs", "html"}
    help_text = run("timeline", "--help").stdout
    for name in TIMELINE_FORMATS:
        assert name in help_text


# --- csv ---


def test_csv_has_a_header_and_one_row_an_event(story):
    rows = list(csv.reader(io.StringIO(timeline(story, "csv"))))
    assert rows[0] == list(HEADER)
    assert HEADER == (
        "date", "end", "grain", "doc", "source", "expression", "text", "line", "column",
    )  # fmt: skip
    data = json.loads(timeline(story, "json"))
    sources = {d["id"]: d["source"] or "" for d in data["documents"]}
    expected = [
        [
            e["date"],
            e["end"] or "",
            e["grain"],
            e["doc"],
            sources[e["doc"]],
            e["expression"],
            e["text"],
            str(e["line"]),
            str(e["column"]),
        ]
        for e in data["events"]
    ]
    assert rows[1:] == expected
    assert any(HOSTILE in row[6] for row in rows[1:])  # quoted, not split at its commas
    assert "Warta | <b>Kota</b>, edisi: 1" in {row[4] for row in rows}
    assert {"2018-01", "2018-05"} <= {cell for row in rows for cell in row[:2]}


# --- TimelineJS ---

PARTS = {
    "year": ["year"],
    "decade": ["year"],
    "century": ["year"],
    "month": ["year", "month"],
    "quarter": ["year", "month"],
    "half": ["year", "month"],
    "season": ["year", "month"],
    "day": ["year", "month", "day"],
    "week": ["year", "month", "day"],
}


@pytest.fixture
def timelinejs(story: Path) -> dict:
    return json.loads(timeline(story, "timelinejs"))


def test_timelinejs_dates_are_year_month_day_parts(story, timelinejs):
    events = json.loads(timeline(story, "json"))["events"]
    slides = timelinejs["events"]
    assert len(slides) == len(events)
    for slide, event in zip(slides, events, strict=True):
        start = slide["start_date"]
        assert all(isinstance(v, int) for v in start.values()), start
        if event["grain"] == "time" and re.search(r"T\d\d:\d\d", event["date"]):
            assert list(start) == ["year", "month", "day", "hour", "minute"]
        elif event["grain"] == "time":
            assert list(start) == ["year", "month", "day"]
        else:
            assert list(start) == PARTS[event["grain"]], event
    by_headline = {s["text"]["headline"]: s for s in slides}
    assert by_headline["Januari-Mei 2018"]["start_date"] == {"year": 2018, "month": 1}
    assert by_headline["Januari-Mei 2018"]["end_date"] == {"year": 2018, "month": 5}
    assert by_headline["kuartal III 2018"]["end_date"] == {"year": 2018, "month": 9}
    assert by_headline["pekan lalu"]["start_date"] == {"year": 2018, "month": 10, "day": 1}
    assert by_headline["pekan lalu"]["end_date"] == {"year": 2018, "month": 10, "day": 7}
    clock = by_headline["Sabtu (13/10) pukul 09.00 WIB"]["start_date"]
    assert clock == {"year": 2018, "month": 10, "day": 13, "hour": 9, "minute": 0}
    assert "end_date" not in by_headline["2017"]


def test_timelinejs_never_writes_timestamps(timelinejs):
    def values(node: object) -> list[object]:
        if isinstance(node, dict):
            return [v for x in node.values() for v in values(x)]
        if isinstance(node, list):
            return [v for x in node for v in values(x)]
        return [node]

    for slide in timelinejs["events"]:
        for key in ("start_date", "end_date"):
            assert set(slide.get(key, {})) <= {"year", "month", "day", "hour", "minute"}
    assert not [v for v in values(timelinejs) if isinstance(v, str) and re.search(r"\dT\d", v)]


def test_timelinejs_text_is_html_escaped(story, timelinejs):
    raw = json.dumps(timelinejs, ensure_ascii=False)
    assert "<script>" not in raw and "<b>" not in raw
    events = json.loads(timeline(story, "json"))["events"]
    for slide, event in zip(timelinejs["events"], events, strict=True):
        assert html.unescape(slide["text"]["text"]) == " ".join(event["text"].split())
        assert html.unescape(slide["text"]["headline"]) == event["expression"]
    groups = {html.unescape(s["group"]) for s in timelinejs["events"]}
    assert groups == {"Warta | <b>Kota</b>, edisi: 1", "b"}
    title = html.unescape(timelinejs["title"]["text"]["text"])
    assert "<script>alert(1)</script> [bold]x[/bold] | 50%, kata: dia baris dua" in title
    assert timelinejs["title"]["text"]["headline"] == "2 articles from 2 sources"


def test_timelinejs_ids_are_unique_and_stable(story, timelinejs):
    ids = [s["unique_id"] for s in timelinejs["events"]]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    again = json.loads(timeline(story, "timelinejs"))
    assert [s["unique_id"] for s in again["events"]] == ids


def test_timelinejs_does_not_depend_on_argument_order(story):
    files = sorted(story.iterdir())
    outputs = {
        run("timeline", *map(str, order), "--format", "timelinejs").stdout
        for order in itertools.permutations(files)
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2018-10-13", {"year": 2018, "month": 10, "day": 13}, None),
        ("2018-10", {"year": 2018, "month": 10}, None),
        ("2018", {"year": 2018}, None),
        ("2018-W41", {"year": 2018, "month": 10, "day": 8}, {"year": 2018, "month": 10, "day": 14}),
        ("2018-Q4", {"year": 2018, "month": 10}, {"year": 2018, "month": 12}),
        ("2018-H1", {"year": 2018, "month": 1}, {"year": 2018, "month": 6}),
        ("201", {"year": 2010}, {"year": 2019}),
        ("2014-12-28T06:18", {"year": 2014, "month": 12, "day": 28, "hour": 6, "minute": 18}, None),
        ("2014-12-28TMO", {"year": 2014, "month": 12, "day": 28}, None),
    ],
)
def test_date_parts(value, first, last):
    assert date_parts(value) == first
    assert date_parts(value, last=True) == (last or first)


def test_date_parts_of_what_is_not_a_calendar_value():
    assert date_parts("PRESENT_REF") is None
    assert date_parts("P3D") is None


# --- the other formats with the same article ---


def test_table_shows_markup_as_written(story):
    out = timeline(story, "table")
    assert "[bold]x[/bold]" in out
    assert "<b>Kota</b>" in out


def test_markdown_escapes_the_article(story):
    out = timeline(story, "markdown")
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 5 for line in table)
    assert "<script>" not in out and "<b>" not in out
    assert "[bold]" not in out


def test_json_keeps_the_article_text_as_written(story):
    data = json.loads(timeline(story, "json"))
    assert any(HOSTILE in e["text"] for e in data["events"])
    assert {d["source"] for d in data["documents"]} >= {"Warta | <b>Kota</b>, edisi: 1"}
