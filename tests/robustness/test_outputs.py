"""Nothing lost or changed: outputs are written whole or not at all, inputs never.

- `-o FILE` writes that one file and nothing else, atomically, wherever it points
  (`../x` included: kronik writes where it is told, as every CLI does; no command
  writes several files into a folder, so there is no folder to escape);
- no run writes to an article it reads (`-o` or `--write-baseline` naming one is refused);
- a baseline is written atomically; a corrupt one, or one from another version,
  is reported and never trusted; `--write-baseline` rebuilds it;
- an index that is corrupt or from another schema is reported, then rebuilt;
- a whole CLI session runs with the network off.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kronik.reports.cli import cli

ARTICLES = {
    "a.md": "---\npublished: 2018-10-14\n---\nRapat digelar Jumat (13/10/2018) di Jakarta.\n",
    "b.md": "---\npublished: 2018-10-15\n---\nRapat digelar Sabtu (13/10/2018) kemarin.\n",
}


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work" / "story"
    folder.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder.parent)
    return folder


def test_output_writes_only_the_file_named(story, kronik, hashes):
    work = story.parent
    before = hashes(work.parent)
    run = kronik("check", "story", "--isolated", "--format", "sarif", "-o", "story/../out.sarif")
    assert run.code == 1 and run.out == ""
    after = hashes(work.parent)
    assert set(after) - set(before) == {"work/out.sarif"}
    assert {k: v for k, v in after.items() if k != "work/out.sarif"} == before
    json.loads((work / "out.sarif").read_text(encoding="utf-8"))


def test_output_outside_the_working_folder_is_where_the_user_said(story, kronik, hashes):
    """`-o ../x` is the user's choice, like `> ../x`: written there, and only there."""
    top = story.parent.parent
    before = hashes(top)
    run = kronik("timeline", "story", "--format", "json", "-o", "../report.json")
    assert run.code == 0, run.err
    assert set(hashes(top)) - set(before) == {"report.json"}


def test_output_through_a_link_replaces_the_file_not_the_link(story, kronik):
    Path("real.json").write_text("{}", encoding="utf-8")
    Path("link.json").symlink_to("real.json")
    assert kronik("timeline", "story", "--format", "json", "-o", "link.json").code == 0
    assert Path("link.json").is_symlink()
    assert json.loads(Path("real.json").read_text(encoding="utf-8"))["documents"]


def test_output_to_something_not_a_file_is_written_in_place(story, kronik):
    """`-o /dev/stdout`, `-o /dev/null`: never renamed over (as root that would replace them)."""
    Path("null").symlink_to(os.devnull)
    assert kronik("timeline", "story", "--format", "json", "-o", "null").code == 0
    assert Path("null").is_symlink() and Path(os.devnull).is_char_device()
    if hasattr(os, "mkfifo"):
        os.mkfifo("pipe")
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(Path("pipe").read_bytes()))
        reader.start()
        assert kronik("timeline", "story", "--format", "json", "-o", "pipe").code == 0
        reader.join(10)
        assert json.loads(got[0])["documents"] and Path("pipe").is_fifo()


@pytest.mark.parametrize("where", ["no/such/folder/out.json", "story"])
def test_output_into_a_missing_folder_or_onto_a_folder_is_one_error_line(where, story, kronik):
    run = kronik("check", "story", "--isolated", "--format", "json", "-o", where)
    run.assert_clean()
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "story", "--isolated", "-o", "story/a.md"],
        ["check", "story", "--isolated", "-o", "story/../story/b.md"],
        ["timeline", "story", "-o", "story/a.md"],
        ["dates", "story/a.md", "-o", "story/a.md"],
        ["check", "story/a.md", "--isolated", "--against", "story/b.md", "-o", "story/b.md"],
        ["check", "story", "--isolated", "--write-baseline", "story/b.md"],
    ],
    ids=" ".join,
)
def test_an_article_read_is_never_written(argv, story, kronik, hashes):
    before = hashes(story)
    run = kronik(*argv)
    run.assert_input_error(argv[-1], "never writes")
    assert hashes(story) == before


def test_a_link_to_an_article_is_not_a_way_around(story, kronik, hashes):
    (story.parent / "alias.md").symlink_to(story / "a.md")
    before = hashes(story)
    kronik("check", "story", "--isolated", "-o", "alias.md").assert_input_error("alias.md")
    assert hashes(story) == before


# --- baselines ---


def test_baseline_is_written_atomically(story, kronik, monkeypatch):
    assert kronik("check", "story", "--isolated", "--write-baseline", "base.json").code == 0
    old = Path("base.json").read_bytes()
    (story / "c.md").write_text("Rapat Senin (13/10/2018).\n", encoding="utf-8")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    run = kronik("check", "story", "--isolated", "--write-baseline", "base.json")
    run.assert_input_error("base.json", "No space left")
    assert Path("base.json").read_bytes() == old
    assert sorted(p.name for p in Path().iterdir()) == ["base.json", "story"]  # no temporary


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"version": 1, "fingerprints": ["ab', "broken JSON"),
        ('{"version": 99, "fingerprints": []}', "version 99"),
        ('{"version": 1, "fingerprints": ["not hex"]}', "sha256"),
        ("[]", "not a kronik baseline"),
        (b"\xff\xfe\x00garbage", "not a kronik baseline"),
        ("", "broken JSON"),
    ],
)
def test_a_corrupt_baseline_is_reported_not_trusted_and_rebuilt(content, problem, story, kronik):
    path = Path("base.json")
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    kronik("check", "story", "--isolated", "--baseline", "base.json").assert_input_error(
        "base.json", problem
    )
    run = kronik("check", "story", "--isolated", "--write-baseline", "base.json")
    assert run.code == 0, run.err
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    assert kronik("check", "story", "--isolated", "--baseline", "base.json").code == 0


# --- the archive index ---


@pytest.mark.skipif("index" not in cli.commands, reason="no `kronik index` in this version")
def test_a_corrupt_or_foreign_index_is_reported_then_rebuilt(story, kronik):
    assert kronik("index", "story", "--db", "x.db").code == 0
    checking = ("check", "story/a.md", "--isolated", "--against-index", "x.db")
    assert kronik(*checking).code == 1
    for damage in ("garbage", "schema"):
        if damage == "garbage":
            Path("x.db").write_bytes(b"not a database at all" * 100)
        else:
            with sqlite3.connect("x.db") as db:
                db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
        kronik(*checking).assert_input_error("x.db")
        run = kronik("index", "story", "--db", "x.db")
        assert run.code == 0 and any("x.db" in w and "rebuil" in w for w in run.warnings)
        assert kronik(*checking).code == 1


# --- no network, ever ---

GOLD = (
    '<?xml version="1.0" ?>\n<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
    'value="2018-10-14" functionInDocument="CREATION_TIME">2018-10-14</TIMEX3></DCT>'
    '<TEXT>Rapat digelar <TIMEX3 tid="t1" type="DATE" value="2018-10-13">Sabtu (13/10)'
    "</TIMEX3> kemarin.</TEXT></TimeML>\n"
)


SESSION = """
import json, socket, sys
def refuse(*args, **kwargs):
    raise SystemExit("NETWORK USED")
_connect = socket.socket.connect
def connect(self, address):
    if self.family == socket.AF_UNIX:
        return _connect(self, address)
    refuse()
socket.socket.connect = socket.socket.connect_ex = connect
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
from click.testing import CliRunner
from kronik.reports.cli import cli
codes = []
for argv in json.loads(sys.argv[1]):
    result = CliRunner().invoke(cli, argv)
    assert "NETWORK USED" not in str(result.exception), argv
    assert result.exception is None or isinstance(result.exception, SystemExit), argv
    codes.append(result.exit_code)
print(json.dumps(codes))
"""


def test_a_cli_session_with_the_network_off(story):
    """One process runs every command with sockets to other machines refused."""
    cwd = story.parent
    (cwd / "gold").mkdir()
    (cwd / "gold" / "a.tml").write_text(GOLD, encoding="utf-8")
    session = [
        ["check", "story", "--isolated", "--format", "sarif", "-o", "out.sarif"],
        ["check", "story", "--isolated", "--format", "html"],
        ["timeline", "story", "--format", "html", "-o", "out.html"],
        ["timeline", "story", "--format", "timelinejs"],
        ["dates", "story/a.md", "--format", "timeml"],
        ["rules", "--format", "json"],
        ["explain", "K101"],
        ["packs"],
        ["eval", "gold"],
    ]
    if "index" in cli.commands:
        session.append(["index", "story", "--db", "x.db"])
    done = subprocess.run(
        [sys.executable, "-c", SESSION, json.dumps(session)],
        cwd=cwd, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert all(code in (0, 1) for code in json.loads(done.stdout)), done.stdout


def test_the_network_guard_notices_a_connection(network_attempts):
    import socket

    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s,
        pytest.raises(BaseException, match="connect"),
    ):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
    with pytest.raises(BaseException, match="lookup"):
        socket.getaddrinfo("example.com", 443)
    assert len(network_attempts) == 2
    network_attempts.clear()
