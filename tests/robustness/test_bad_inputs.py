"""The bad-input corpus: every file kronik may be handed, and what it does with each.

Each input is either refused with one line naming the file and the problem
(exit 2), or read as well as it can be with a warning naming the file, or read
as it is. Never a traceback, never an internal error, never a hang; the
inputs are never changed (hashed before and after). The corpus is generated in
a temporary folder: nothing large is kept in the repository. docs/robustness.md
lists the same behaviour for users.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import attrs
import pytest

ERROR, WARNING, OK = "error", "warning", "ok"

BILLION_LAUGHS = (
    "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "---\nRapat Sabtu (13/10).\n"
)
DIGITS = "9" * 400_000


@attrs.frozen
class Case:
    name: str  # the file name, its suffix says how kronik reads it
    content: bytes
    expect: str  # ERROR, WARNING or OK
    problem: str = ""  # what the error or warning line says besides the file name
    dates: bool = True  # one article: `kronik dates` reads it too


def case(name: str, content: str | bytes, expect: str = OK, problem: str = "", **kw: bool) -> Case:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return Case(name, data, expect, problem, **kw)


CASES = [
    # encodings and bytes
    case("binary.txt", bytes(range(256)) * 8, ERROR, "binary file"),
    case("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ERROR, "binary"),
    case("nul.txt", b"Rapat\x00 digelar Sabtu (13/10).\n", ERROR, "binary file"),
    case("nul-late.txt", b"Rapat digelar Sabtu (13/10).\n" * 400 + b"x\x00y\n", WARNING, "NUL"),
    case("utf16.txt", "Rapat Sabtu (13/10).\n".encode("utf-16"), ERROR, "binary file"),
    case(
        "cp1252.txt",
        "Rapat \u201cakbar\u201d \u2013 Sabtu (13/10).\n".encode("cp1252"),
        WARNING,
        "read as cp1252",
    ),
    case(
        "latin1.md",
        "Caf\u00e9 di Jakarta, Sabtu (13/10).\n".encode("latin-1"),
        WARNING,
        "not UTF-8",
    ),
    case("bom.md", b"\xef\xbb\xbf---\ntitle: Judul BOM\n---\nRapat Sabtu (13/10).\n"),
    case("crlf.txt", b"Judul Berita Yang Panjang\r\nRapat Sabtu (13/10).\r\n"),
    case("cr.txt", b"Judul Berita Yang Panjang\rRapat Sabtu (13/10).\r"),
    case("separators.txt", "Rapat\u2028Sabtu (13/10)\u2029lalu\x85kemudian\x0c.\n"),
    case("control.txt", "Rapat \x1b[31mmerah\x1b[0m\x07 Sabtu (13/10).\n"),
    case("bidi.txt", "Rapat \u202eSabtu (13/10)\u202c di \u200bJakarta.\n"),
    # sizes and shapes
    case("empty.txt", b""),
    case("empty.md", b""),
    case("empty.tml", b""),
    case("blank.txt", b"\n\n   \n\t\n"),
    case("empty.jsonl", b"", ERROR, "no articles found", dates=False),
    case("brackets.txt", "(" * 25_000 + "[" * 25_000 + ")" * 25_000 + "]" * 25_000),
    case("digits.txt", f"Jumlahnya {DIGITS} orang pada Senin (8/10).\n"),
    case("long-word.txt", "Rapat " + "Oktober" * 20_000 + " Sabtu (13/10).\n"),
    case(
        "impossible.txt", "Rapat Senin (31/02/2018), lalu (13/13), 99 Oktober, dan tahun 99999.\n"
    ),
    # front matter
    case("fm-open.md", "---\ntitle: x\nRapat Sabtu (13/10).\n", ERROR, "not closed"),
    case("fm-broken.md", "---\ntitle: [x\n---\nRapat.\n", ERROR, "broken front matter"),
    case("fm-list.md", "---\n- a\n- b\n---\nRapat.\n", ERROR, "expected 'key: value'"),
    case("fm-tab.md", "---\ntitle:\tx\n\tbad: y\n---\nRapat.\n", ERROR, "broken front matter"),
    case(
        "fm-python.md",
        "---\nx: !!python/object/apply:os.system [echo]\n---\nRapat.\n",
        ERROR,
        "broken front matter",
    ),
    case("fm-deep.md", "---\ntitle: " + "[" * 3_000 + "\n---\nRapat.\n", ERROR, "front matter"),
    case("fm-laughs.md", BILLION_LAUGHS, ERROR, "aliases expand"),
    case("fm-self.md", "---\na: &a [*a]\ntitle: Judul Yang Aneh\n---\nRapat.\n"),
    case("fm-date.md", "---\npublished: 2018-02-30\n---\nRapat.\n", WARNING, "is not a date"),
    case("fm-year.md", "---\npublished: 99999-01-01\n---\nRapat.\n", WARNING, "is not a date"),
    case("fm-digits.md", f"---\npublished: {DIGITS}\n---\nRapat.\n", WARNING, "is not a date"),
    case("fm-count.md", f"---\ncount: {DIGITS[:50_000]}\n---\nRapat Sabtu (13/10).\n"),
    # JSON Lines
    case(
        "broken.jsonl",
        '{"id": "a", "text": "Senin (8/10)."}\n{"id": "b", "text": "x\n',
        ERROR,
        "broken.jsonl:2: not a JSON object",
        dates=False,
    ),
    case("array.jsonl", "[1, 2]\n", ERROR, ":1: not a JSON object"),
    case("no-text.jsonl", '{"id": 1, "text": 5}\n', ERROR, ":1: no 'text' string"),
    case("deep.jsonl", '{"text": "x", "a": ' + "[" * 100_000 + "}\n", ERROR, "nested too deeply"),
    case("digits.jsonl", f'{{"id": {DIGITS}, "text": "Senin (8/10)."}}\n'),
    case("nan.jsonl", '{"text": "Rapat Senin (8/10).", "score": NaN, "x": -Infinity}\n'),
    case(
        "surrogate.jsonl", '{"text": "\\ud800 Rapat \\udfff Senin (8/10)."}\n', WARNING, "surrogate"
    ),
    case("two.jsonl", '{"text": "Senin (8/10)."}\n\n{"text": "Selasa (9/10)."}\n', dates=False),
    # TimeML
    case("broken.tml", "<TimeML><TEXT>Rapat <TIMEX3>Sabtu</TEXT>", ERROR, "broken TimeML"),
    case("plain.tml", "hello, not XML at all"),
    case(
        "deep.tml", "<TimeML><TEXT>" + "<a>" * 20_000 + "x" + "</a>" * 20_000 + "</TEXT></TimeML>"
    ),
    case(
        "entities.tml",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">'
        "]><TimeML><TEXT>&c; Sabtu</TEXT></TimeML>",
    ),
    case(
        "external.tml",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
        '"file:///etc/passwd">]><TimeML><TEXT>&e; Sabtu</TEXT></TimeML>',
    ),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad-inputs")
    for c in CASES:
        (folder / c.name).write_bytes(c.content)
    return folder


def commands(c: Case) -> list[list[str]]:
    out = [
        ["timeline", c.name, "--format", "json"],
        ["check", c.name, "--format", "json", "--isolated", "--fail-on", "never"],
    ]
    return [*out, ["dates", c.name]] if c.dates else out


@pytest.mark.parametrize("c", CASES, ids=lambda c: c.name)
def test_each_bad_input_is_refused_or_read(c: Case, corpus, kronik, hashes, monkeypatch):
    monkeypatch.chdir(corpus)
    before = hashes(corpus)
    for argv in commands(c):
        run = kronik(*argv)
        run.assert_clean()
        if c.expect == ERROR:
            run.assert_input_error(c.name, c.problem)
            continue
        assert run.code == 0, (argv, run.err)
        assert not run.error_lines, run.err
        json.loads(run.out)  # whole, parseable output
        mine = [w for w in run.warnings if c.name in w]
        if c.expect == WARNING:
            assert mine and any(c.problem in w for w in mine), (argv, run.err)
            assert all(len(w) < 300 for w in mine), "a warning quotes a huge value"
        else:
            assert not mine, run.err
    assert hashes(corpus) == before


def test_impossible_dates_are_findings_not_crashes(corpus, kronik, monkeypatch):
    monkeypatch.chdir(corpus)
    run = kronik("check", "impossible.txt", "--format", "json", "--isolated", "--fail-on", "never")
    found = json.loads(run.out)["findings"]
    assert any(f["name"] == "impossible-date" and "31/02/2018" in f["evidence"][0]["text"]
               for f in found)  # fmt: skip
    timexes = json.loads(kronik("dates", "impossible.txt").out)["timexes"]
    assert not any(t["text"].startswith(("(13/13)", "99999")) for t in timexes)


def test_external_entities_are_never_fetched_or_expanded(corpus, kronik, monkeypatch):
    monkeypatch.chdir(corpus)
    for name in ("external.tml", "entities.tml"):
        out = kronik("timeline", name, "--format", "json").out
        assert "root:" not in out and "aaaaaaaaaa" not in out


# --- paths: missing, dangling, unreadable, folders, special files ---


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.txt").write_text("Rapat digelar Sabtu (13/10).\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ["timeline", "check", "dates"])
def test_missing_path(command, folder, kronik):
    kronik(command, "nowhere/none.txt").assert_input_error("nowhere/none.txt")


@pytest.mark.parametrize("command", ["timeline", "check", "dates"])
def test_dangling_symlink_given(command, folder, kronik):
    (folder / "gone.txt").symlink_to(folder / "missing.txt")
    kronik(command, "gone.txt").assert_input_error("gone.txt", "dangling symbolic link")


def test_dangling_symlink_and_link_loops_in_a_folder_are_skipped(folder, kronik, hashes):
    story = folder / "story"
    story.mkdir()
    shutil.copy(folder / "ok.txt", story / "ok.txt")
    (story / "gone.txt").symlink_to(story / "missing.txt")
    (story / "loop.txt").symlink_to(story / "loop.txt")
    (story / "self").symlink_to(story, target_is_directory=True)
    before = hashes(folder)
    run = kronik("timeline", "story", "--format", "json")
    run.assert_clean()
    assert [d["id"] for d in json.loads(run.out)["documents"]] == ["ok"]
    run = kronik("check", "story", "--format", "json", "--isolated")
    run.assert_clean()
    assert json.loads(run.out)["summary"]["documents"] == 1
    assert hashes(folder) == before


def test_named_pipe_in_a_folder_is_skipped_not_waited_on(folder, kronik):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    story = folder / "story"
    story.mkdir()
    shutil.copy(folder / "ok.txt", story / "ok.txt")
    os.mkfifo(story / "pipe.txt")
    run = kronik("timeline", "story", "--format", "json", seconds=20)
    run.assert_clean()
    assert run.code == 0 and "pipe" not in run.out


def test_devices_are_refused(folder, kronik):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    kronik("dates", "/dev/zero", seconds=20).assert_input_error("/dev/zero", "not a file")


@pytest.mark.parametrize("command", ["timeline", "check", "dates"])
def test_unreadable_file(command, folder, kronik, monkeypatch):
    secret = folder / "secret.txt"
    secret.write_text("Rapat Sabtu (13/10).\n", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads anything: make the read itself fail
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    try:
        kronik(command, "secret.txt").assert_input_error("secret.txt", "permission denied")
    finally:
        secret.chmod(0o644)


@pytest.mark.parametrize("command", ["timeline", "check"])
def test_empty_folder_and_folder_without_articles(command, folder, kronik):
    (folder / "empty").mkdir()
    kronik(command, "empty").assert_input_error("empty", "no articles found")
    other = folder / "other"
    other.mkdir()
    (other / "notes.docx").write_bytes(b"PK\x03\x04")
    (other / ".hidden.txt").write_text("Rapat Sabtu (13/10).\n", encoding="utf-8")
    kronik(command, "other").assert_input_error("other", "no articles found")


def test_a_folder_given_to_dates(folder, kronik):
    (folder / "empty").mkdir()
    kronik("dates", "empty").assert_input_error("empty", "directory")


UNKNOWN: list[list[str]] = [
    ["--frobnicate"],
    ["frobnicate"],
    ["check", "--frobnicate"],
    ["check", "--format", "pdf"],
    ["check", "--fail-on"],
    ["check", "--select", "K999"],
    ["timeline", "--format", "docx"],
    ["dates", "ok.txt", "--ref", "31/02/2018"],
    ["dates", "ok.txt", "--ref", "2018-02-30"],
    ["dates", "ok.txt", "--lang", "xx"],
    ["explain", "K999"],
    ["eval", "nowhere"],
    ["check", "--config", "nowhere.toml"],
    ["check", "--baseline", "nowhere.json"],
    ["check", "--pack", "nowhere.toml"],
]


@pytest.mark.parametrize("argv", UNKNOWN, ids=" ".join)
def test_unknown_options_and_bad_values(argv, folder, kronik):
    run = kronik(*argv)
    run.assert_clean()
    assert run.code == 2 and run.out == ""
    assert len(run.err.strip().splitlines()) == 1 and run.err.startswith("Error: "), run.err


def test_nothing_is_written_beside_the_inputs(folder, kronik, hashes):
    before = hashes(folder)
    for argv in (["timeline", "."], ["check", ".", "--isolated"], ["dates", "ok.txt"]):
        kronik(*argv).assert_clean()
    assert hashes(folder) == before


# --- as real processes: tracebacks, hangs and exit codes as a shell sees them ---

# (arguments, the file an error names or None when the command succeeds)
PROCESS_RUNS = [
    (["timeline", "binary.txt"], "binary.txt"),
    (["dates", "fm-laughs.md"], "fm-laughs.md"),
    (["check", "deep.jsonl", "--isolated"], "deep.jsonl"),
    (["timeline", "digits.jsonl", "surrogate.jsonl", "cp1252.txt", "--format", "json"], None),
    (["check", "--frobnicate"], "--frobnicate"),
]


def test_representative_inputs_as_processes(corpus, process, hashes):
    before = hashes(corpus)
    for argv, refused in PROCESS_RUNS:
        run = process(*argv, cwd=corpus, timeout=60)
        run.assert_clean()
        if refused:
            run.assert_input_error(refused)
        else:
            assert run.code == 0, (argv, run.err)
            assert len(json.loads(run.out)["documents"]) == 3
            assert len(run.warnings) == 2, run.err
    assert hashes(corpus) == before


@pytest.mark.slow
def test_a_5_mb_single_line(tmp_path, process, hashes):
    """5 MB without a line break: read, resolved and reported in bounded time."""
    words = ["harga", "cabai", "naik", "tajam", "di", "pasar", "kata", "para", "pedagang"]
    line = " ".join(words[i % len(words)] for i in range(900_000))[:5_000_000]
    line = line[:2_500_000] + " Sabtu (13/10) dan Senin (31/02/2018) " + line[2_500_000:]
    (tmp_path / "long.txt").write_text(line, encoding="utf-8")
    before = hashes(tmp_path)
    run = process("dates", "long.txt", "--format", "json", cwd=tmp_path, timeout=120)
    run.assert_clean()
    assert run.code == 0, run.err
    texts = [t["text"] for t in json.loads(run.out)["timexes"]]
    assert "Sabtu (13/10)" in texts
    assert hashes(tmp_path) == before
