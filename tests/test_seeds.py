"""The bundled seed articles end to end: the acceptance list of the timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronik.reports.cli import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def timeline() -> dict:
    result = CliRunner().invoke(cli, ["timeline", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def events(timeline: dict, doc_prefix: str, expression: str) -> list[dict]:
    return [
        e
        for e in timeline["events"]
        if e["doc"].startswith(doc_prefix) and e["expression"] == expression
    ]


@pytest.mark.parametrize(
    ("doc", "expression", "date", "end"),
    [
        ("000", "Sabtu (13/10)", "2018-10-13", None),
        ("001", "Sabtu (13/10) mendatang", "2018-10-13", None),
        ("003", "(13/10)", "2018-10-13", None),
        ("003", "Sabtu (13/10/2018)", "2018-10-13", None),
        ("002", "Sabtu (13/10/2018)", "2018-10-13", None),
        ("001", "Senin (8/10)", "2018-10-08", None),
        ("001", "11/11", "2018-11-11", None),
        ("000", "11 November mendatang", "2018-11-11", None),
        ("002", "11 Oktober 2018", "2018-10-11", None),
        ("002", "bulan lalu", "2018-09", None),
        ("003", "Bulan depan", "2018-11", None),
        ("002", "November 2018 mendatang", "2018-11", None),
        ("000", "Januari-Mei 2018", "2018-01", "2018-05"),
        ("000", "periode yang sama tahun lalu", "2017-01", "2017-05"),
        ("004", "Jumat (2/9) kemarin", "2016-09-02", None),
        ("000", "2017", "2017", None),
        ("001", "Tahun 2017 lalu", "2017", None),
        ("001", "2019 mendatang", "2019", None),
    ],
)
def test_seed_dates(timeline: dict, doc: str, expression: str, date: str, end: str | None) -> None:
    found = events(timeline, doc, expression)
    assert found, f"{expression!r} not found in {doc}"
    assert all((e["date"], e["end"]) == (date, end) for e in found)


def test_three_articles_date_the_meeting_alike(timeline: dict) -> None:
    docs = {e["doc"][:3] for e in timeline["events"] if e["date"] == "2018-10-13"}
    assert {"000", "001", "002", "003"} <= docs


@pytest.mark.parametrize(
    ("doc", "published", "basis"),
    [
        ("002", "2018-10-14T15:14", "explicit"),
        ("000", "2018-10-13", "inferred"),
        ("003", "2018-10-13", "inferred"),
        ("001", "2018-10-08", "inferred"),
        ("004", "2016-09-03", "inferred"),
    ],
)
def test_publication_dates(timeline: dict, doc: str, published: str, basis: str) -> None:
    (d,) = [d for d in timeline["documents"] if d["id"].startswith(doc)]
    assert (d["published"], d["published_basis"]) == (published, basis)


def test_every_event_quotes_its_file(timeline: dict) -> None:
    for e in timeline["events"]:
        path = next(SEEDS.glob(e["doc"] + ".txt"))
        line = path.read_text(encoding="utf-8").splitlines()[e["line"] - 1]
        assert line[e["column"] - 1 :].startswith(e["expression"])


def test_dateline_is_not_an_event(timeline: dict) -> None:
    assert not events(timeline, "002", "Minggu, 14 Okt 2018 15:14 WIB")
