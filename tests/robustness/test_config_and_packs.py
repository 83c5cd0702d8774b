"""Knowledge packs, config files and globs are data: a bad one is one clear line, never a crash.

Every problem names the file and, where the file has one, the line and column.
Packs hold no regular expressions (names are matched as words), so nothing in a
pack can backtrack; the globs of `exclude`, `per-path-ignores` and .gitignore
files do become regular expressions, and those match in linear time.
"""

from __future__ import annotations

import fnmatch
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronik.checks.paths import _regex

HEAD = "[pack]\nname = 'x'\nsource = 'https://example.org'\n"
DIGITS = "9" * 5_000

PACKS = [
    # (pack text, where the error points, what it says)
    (HEAD + "name2 = 'y\n", ":4:", "TOML syntax"),
    (HEAD + "entity = [\n", ":4:11:", "at the end of the file"),
    (HEAD + f"n = {DIGITS}\n", ":4:5:", "too many digits"),
    (HEAD + "n = " + "[" * 5_000 + "]" * 5_000 + "\n", ":4:", "nested too deeply"),
    (HEAD + '["a(b"]\nx = 1\n', ":4:1:", "unknown table 'a(b'"),
    (HEAD + '["a\\\\"]\nx = 1\n', ":4:1:", "unknown table"),
    (HEAD + "[[entity]]\nid = 'a'\nkind = 'place'\nnames = 'A'\nsource = 's'\n", ":7:", "names"),
    (HEAD + "[[office]]\nid = 'a'\nnames = ['A']\nsource = 's'\nholders = [1]\n", ":8:", "holders"),
    (
        HEAD + "[[recurring]]\nid = 'a'\nnames = ['A']\nsource = 's'\ndate = '2018-02-30'\n",
        ":8:",
        "XXXX-MM-DD",
    ),
    ("pack = 5\n", ":1:", "missing [pack]"),
    ("\ufeff" + HEAD + "[[entity]]\n", ":4:", "missing required key"),
]


@pytest.mark.parametrize(("text", "where", "problem"), PACKS, ids=lambda v: repr(v)[:30])
def test_a_malformed_pack_is_one_line_with_file_and_line(text, where, problem, tmp_path, kronik):
    pack = tmp_path / "bad.toml"
    pack.write_text(text, encoding="utf-8")
    run = kronik("packs", str(pack))
    run.assert_clean()
    assert run.code == 2 and run.out == ""
    mine = [line for line in run.error_lines if str(pack) in line]
    assert mine and all(where in line for line in mine[:1]), run.err
    assert any(problem in line for line in mine), run.err


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"\xff\xfe[pack]", "not UTF-8"), (bytes(range(256)), "not UTF-8"), (None, "cannot read")],
)
def test_an_unreadable_pack(content, problem, tmp_path, kronik):
    pack = tmp_path / "bad.toml"
    if content is None:
        pack.mkdir()
    else:
        pack.write_bytes(content)
    kronik("check", "--isolated", "--pack", str(pack)).assert_input_error(str(pack), problem)


CONFIGS = [
    ("select = [\n", "kronik.toml:1:11:", "end of the file"),
    (f"n = {DIGITS}\n", "kronik.toml:1:5:", "too many digits"),
    ("select = " + "[" * 3_000 + "]" * 3_000 + "\n", "kronik.toml:1:", "nested too deeply"),
    ("selct = ['K1']\n", "kronik.toml:", "did you mean 'select'"),
    ("select = 5\n", "kronik.toml:", "list of strings"),
    ("[severity]\nK101 = 5\n", "kronik.toml:", "severity.K101"),
    ("exclude = ['[z-a]', '[!]', '***']\nselect = ['K999']\n", "kronik.toml:", "K999"),
]


@pytest.mark.parametrize(("text", "where", "problem"), CONFIGS, ids=lambda v: repr(v)[:30])
def test_a_malformed_config_is_one_line_with_file_and_line(text, where, problem, tmp_path, kronik):
    (tmp_path / "kronik.toml").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Rapat Sabtu (13/10).\n", encoding="utf-8")
    run = kronik("check", str(tmp_path / "a.txt"))
    run.assert_input_error("kronik.toml", problem)
    assert where in run.err


def test_a_pyproject_whose_tool_is_not_a_table(tmp_path, kronik):
    (tmp_path / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    run = kronik("check", "--config", str(tmp_path / "pyproject.toml"))
    run.assert_input_error("pyproject.toml", "no [tool.kronik] table")


# --- globs: the same answers as fnmatch, in linear time ---


GLOB_PARTS = ["a", "b", "-", "*", "**", "?", "[ab]", "[!a]", "[a-b]", "[b-a]", "[]a]", "[!]b]"]


@settings(max_examples=500, deadline=None)
@given(
    glob=st.lists(st.sampled_from(GLOB_PARTS), min_size=1, max_size=8).map("".join),
    name=st.text(alphabet="ab-[]!", max_size=12),
)
def test_globs_match_like_fnmatch(glob, name):
    """Within one name (no `/`), a glob means what fnmatch says it means."""
    assert (_regex(glob).fullmatch(name) is not None) == fnmatch.fnmatchcase(name, glob)


def test_a_glob_with_many_stars_is_linear():
    glob = "*a" * 15 + "*b"
    started = time.perf_counter()
    assert _regex(glob).fullmatch("a" * 20_000) is None
    assert _regex(glob).fullmatch("a" * 20_000 + "b") is not None
    assert time.perf_counter() - started < 5  # backtracking would take longer than the universe


def test_a_glob_in_a_config_and_a_gitignore_cannot_hang_a_run(tmp_path, kronik):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*a*a*a*a*a*a*a*a*a*a*a*a*b\n[z-a]\n", encoding="utf-8")
    (tmp_path / "kronik.toml").write_text("exclude = ['*a*a*a*a*a*a*a*a*a*a*c']\n", "utf-8")
    story = tmp_path / ("a" * 200)
    story.mkdir()
    (story / ("a" * 200 + ".txt")).write_text("Rapat Sabtu (13/10).\n", encoding="utf-8")
    run = kronik("check", str(story), "--format", "json", seconds=20)
    run.assert_clean()
    assert run.code == 0, run.err


def test_packs_hold_no_patterns():
    """A pack's names are matched as words: its schema has no key for a regular expression."""
    from kronik.checks import pack

    keys = {k for table in pack._SCHEMA.values() for k in table}
    keys |= {k for table in pack._SUB.values() for k in table}
    assert not keys & {"pattern", "patterns", "regex", "regexp"}
    for path in pack.default_paths():
        assert "pattern" not in Path(path).read_text(encoding="utf-8")
