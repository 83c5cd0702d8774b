"""The `kronik` command line: help, the JSON contracts, formats, errors, and inputs left alone."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kronik.reports.cli import cli
from kronik.timeline.timex import interval

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ARTICLE_A = """Harga Cabai Naik Tajam di Pasar Induk
JAKARTA, KOMPAS.com - Pedagang mengeluh sejak Senin (8/10) kemarin.
Pasokan diperkirakan normal 11 November mendatang.
"""
ARTICLE_B = """---
title: Pasokan Cabai Mulai Pulih
published: 2018-10-14
source: Warta Kota
---
Pasokan cabai mulai pulih Sabtu (13/10), kata pedagang.
Harga turun sejak Jumat (12/10) lalu.
"""
ARTICLE_C = '{"id": "c1", "text": "Operasi pasar digelar Rabu (10/10) lalu di tiga lokasi."}\n'


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def assert_input_error(result: Result, *needles: str) -> str:
    """Exit 2 and one error line on stderr, never a traceback."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "internal error" not in result.stderr
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


@pytest.fixture
def story(tmp_path: Path) -> list[Path]:
    files = {"a.txt": ARTICLE_A, "sub/b.md": ARTICLE_B, "c.jsonl": ARTICLE_C}
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


# --- help ---


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(cli.commands))])
def test_every_command_has_help_with_examples(command):
    result = ok(run(*command, "--help"))
    assert "Usage:" in result.stdout
    assert re.search(r"^\s*Examples?:", result.stdout, re.MULTILINE), result.stdout
    assert "kronik" in result.stdout.split("Example", 1)[1]


def test_the_commands_the_readme_names_exist():
    assert {"dates", "timeline", "eval", "check"} <= set(cli.commands)


# --- kronik dates ---

STDIN_TEXT = "Rapat digelar Sabtu (13/10). Lalu 11 November mendatang, kata Budi.\n"


def test_dates_reads_stdin_and_keeps_the_json_contract():
    result = ok(run("dates", "-", "--ref", "2018-10-14", input=STDIN_TEXT))
    data = json.loads(result.stdout)
    assert data["ref"] == "2018-10-14"
    assert data["lang"] == "id"
    assert data["timexes"], data
    for t in data["timexes"]:
        assert {"start", "end", "text", "type", "value"} <= set(t)
        assert STDIN_TEXT[t["start"] : t["end"]] == t["text"]
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
    values = {t["text"]: t["value"] for t in data["timexes"]}
    assert values["Sabtu (13/10)"] == "2018-10-13"
    assert values["11 November mendatang"] == "2018-11-11"


def test_dates_without_a_file_reads_stdin():
    data = json.loads(ok(run("dates", "--ref", "2018-10-14", input=STDIN_TEXT)).stdout)
    assert [t["value"] for t in data["timexes"]][:1] == ["2018-10-13"]


def test_dates_offsets_count_characters_of_the_text_as_read(tmp_path):
    raw = "---\ntitle: Judul café\n---\nCafé \U0001f600 dibuka Sabtu (13/10).\r\n"
    path = tmp_path / "a.md"
    path.write_text(raw, encoding="utf-8", newline="")
    data = json.loads(ok(run("dates", str(path), "--ref", "2018-10-14")).stdout)
    (t,) = data["timexes"]
    assert raw[t["start"] : t["end"]] == t["text"] == "Sabtu (13/10)"


def test_dates_timeml_is_xml_with_a_dct():
    result = ok(run("dates", "-", "--ref", "2018-10-14", "--format", "timeml", input=STDIN_TEXT))
    root = ET.fromstring(result.stdout)
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.get("value") == "2018-10-14"
    assert dct.get("functionInDocument") == "CREATION_TIME"
    text = root.find("TEXT")
    assert text is not None
    tagged = {t.text: t.get("value") for t in text.iter("TIMEX3")}
    assert tagged["Sabtu (13/10)"] == "2018-10-13"
    assert "".join(text.itertext()) == STDIN_TEXT


def test_dates_timeml_is_xml_even_with_control_characters(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(
        b"Judul berita satu dua\nRapat Sabtu (13/10).\x0cHalaman dua\x01 Senin (15/10).\n"
    )
    result = ok(run("dates", str(path), "--ref", "2018-10-14", "--format", "timeml"))
    root = ET.fromstring(result.stdout)
    values = [t.get("value") for t in root.iter("TIMEX3")]
    assert values == ["2018-10-14", "2018-10-13", "2018-10-15"]


def test_dates_table_shows_line_and_column(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Judul berita satu dua\nRapat digelar Sabtu (13/10).\n", encoding="utf-8")
    result = ok(run("dates", str(path), "--ref", "2018-10-14", "--format", "table"))
    assert "2:15" in result.stdout
    assert "2018-10-13" in result.stdout


def test_dates_refuses_a_file_with_several_articles(story):
    jsonl = story[2]
    jsonl.write_text(ARTICLE_C + ARTICLE_C.replace("c1", "c2"), encoding="utf-8")
    assert_input_error(run("dates", str(jsonl)), "2 articles")


# --- kronik timeline ---


@pytest.fixture(scope="module")
def seeds_timeline() -> dict:
    return json.loads(ok(run("timeline", "--format", "json")).stdout)


def test_timeline_without_paths_reads_the_bundled_seeds(seeds_timeline):
    documents = seeds_timeline["documents"]
    assert sorted(Path(d["path"]).name for d in documents) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    for d in documents:
        assert {"id", "path", "title", "source", "published", "published_basis"} <= set(d)
        assert d["published_basis"] in {"explicit", "inferred", "unknown"}
        assert d["title"]


def test_timeline_events_keep_the_json_contract(seeds_timeline):
    events = seeds_timeline["events"]
    assert events
    ids = {d["id"] for d in seeds_timeline["documents"]}
    paths = {d["id"]: Path(d["path"]) for d in seeds_timeline["documents"]}
    for e in events:
        assert {"doc", "date", "end", "grain", "expression", "text", "line", "column"} <= set(e)
        assert e["doc"] in ids
        assert e["expression"] in e["text"]
        # line and column point at the expression in the original file
        lines = paths[e["doc"]].read_text(encoding="utf-8").splitlines()
        assert lines[e["line"] - 1][e["column"] - 1 :].startswith(e["expression"]), e
    starts = [interval(e["date"])[0] for e in events]
    assert starts == sorted(starts)  # in date order


def test_timeline_table_is_the_default():
    result = ok(run("timeline"))
    assert "Timeline" in result.stdout
    assert "Documents" in result.stdout


def test_timeline_markdown_escapes_pipes(tmp_path):
    path = tmp_path / "pipa.md"
    path.write_text(
        "---\ntitle: Harga | Pasokan | Cabai\nsource: Warta | Kota\n---\n"
        "Harga naik | turun sejak Sabtu (13/10) kemarin.\n",
        encoding="utf-8",
    )
    result = ok(run("timeline", str(path), "--format", "markdown"))
    table_lines = [line for line in result.stdout.splitlines() if line.startswith("|")]
    assert len(table_lines) >= 6
    for line in table_lines:
        assert len(re.findall(r"(?<!\\)\|", line)) == 5, line  # four cells: five bars
    assert r"Harga \| Pasokan \| Cabai" in result.stdout
    assert r"naik \| turun" in result.stdout


def test_timeline_table_shows_titles_that_look_like_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Kurs [/] rupiah [bold]melemah\nsource: '[red]Warta'\n---\n"
        "Kurs melemah Sabtu (13/10) kemarin.\n",
        encoding="utf-8",
    )
    result = ok(run("timeline", str(path)))
    assert "[/]" in result.stdout
    assert "[red]Warta" in result.stdout


def test_timeline_reads_files_and_folders(story, tmp_path):
    data = json.loads(ok(run("timeline", str(tmp_path), "--format", "json")).stdout)
    assert sorted(d["id"] for d in data["documents"]) == ["a", "b", "c1"]
    assert {e["doc"] for e in data["events"]} == {"a", "b", "c1"}


def test_timeline_does_not_depend_on_argument_order(story):
    outputs = {
        ok(run("timeline", *map(str, order), "--format", "json")).stdout
        for order in itertools.permutations(story)
    }
    assert len(outputs) == 1


def test_timeline_warnings_go_to_stderr(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Kafe Baru Dibuka di Kota\nCaf\u00e9 dibuka Sabtu (13/10).\n".encode("cp1252"))
    result = ok(run("timeline", str(path), "--format", "json"))
    json.loads(result.stdout)  # stdout holds the results only
    assert "cp1252" in result.stderr


# --- errors: exit 2, one line, no traceback ---


def test_missing_file(tmp_path):
    missing = str(tmp_path / "tidak-ada.txt")
    assert_input_error(run("dates", missing), "tidak-ada.txt")
    assert_input_error(run("timeline", missing), "tidak-ada.txt")


def test_binary_file(tmp_path):
    path = tmp_path / "gambar.txt"
    path.write_bytes(bytes(range(256)) * 8)
    assert_input_error(run("dates", str(path)), "gambar.txt", "binary")
    assert_input_error(run("timeline", str(path)), "gambar.txt", "binary")


def test_folder_without_articles(tmp_path):
    (tmp_path / "catatan.pdf").write_bytes(b"%PDF-1.4")
    assert_input_error(run("timeline", str(tmp_path)), "no articles")


def test_folder_given_to_dates(tmp_path):
    assert_input_error(run("dates", str(tmp_path)))


@pytest.mark.parametrize("ref", ["2018-13-45", "kemarin", "14/10/2018", ""])
def test_bad_ref(ref):
    assert_input_error(run("dates", "-", "--ref", ref, input=STDIN_TEXT), "--ref")


@pytest.mark.parametrize("command", ["dates", "timeline"])
def test_unknown_format(command):
    assert_input_error(run(command, "--format", "docx", input=STDIN_TEXT), "docx")


@pytest.mark.parametrize(
    "content",
    [
        "---\ntitle: [tidak ditutup\n---\nIsi.\n",
        "---\ntitle: Judul\nIsi tanpa penutup.\n",
        "---\ncount: !!int banyak\n---\nIsi.\n",
    ],
)
def test_broken_front_matter(tmp_path, content):
    path = tmp_path / "a.md"
    path.write_text(content, encoding="utf-8")
    assert_input_error(run("dates", str(path)), "a.md", "front matter")
    assert_input_error(run("timeline", str(path)), "a.md", "front matter")


def test_impossible_date_in_front_matter_is_a_warning(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2018-02-30\n---\nRapat Sabtu (13/10).\n", encoding="utf-8")
    result = ok(run("dates", str(path)))
    assert "is not a date" in result.stderr
    json.loads(result.stdout)


def test_broken_jsonl_line(tmp_path):
    path = tmp_path / "k.jsonl"
    path.write_text(ARTICLE_C + "{bukan json\n", encoding="utf-8")
    assert_input_error(run("timeline", str(path)), "k.jsonl:2")


# --- kronik never writes to what it reads ---


def digest(paths: list[Path]) -> dict[Path, tuple[str, int]]:
    return {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}


def test_inputs_are_never_modified(story, tmp_path):
    cp1252 = tmp_path / "lama.txt"
    cp1252.write_bytes(
        "Berita Lama Dari Arsip\r\nCaf\u00e9 dibuka Sabtu (13/10).\r\n".encode("cp1252")
    )
    files = [*story, cp1252]
    before = digest(files)
    for fmt in ("json", "table", "markdown"):
        ok(run("timeline", str(tmp_path), "--format", fmt))
    for fmt in ("json", "table", "timeml"):
        ok(run("dates", str(cp1252), "--format", fmt))
        ok(run("dates", str(story[1]), "--format", fmt))
    run("check", str(tmp_path))  # its outcome is not this test's business, only the files
    assert digest(files) == before
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        p.name for p in files
    )


def test_bundled_seeds_are_never_modified():
    seeds = sorted(SEEDS.glob("*.txt"))
    before = digest(seeds)
    for fmt in ("json", "table", "markdown"):
        ok(run("timeline", "--format", fmt))
    assert digest(seeds) == before
