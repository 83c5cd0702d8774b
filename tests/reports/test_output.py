"""`--output FILE`: the same bytes as stdout, written atomically, exit codes unchanged."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kronik.reports.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "---\npublished: 2018-10-14\n---\nRapat digelar Jumat (13/10) di Jakarta.\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    (folder / "gold").mkdir(parents=True)
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(ROOT / "tests" / "fixtures" / "eval-id" / "id-01.tml", folder / "gold")
    return {"article": folder / "a.md", "gold": folder / "gold"}


COMMANDS = {
    "dates": lambda p: ["dates", str(p["article"])],
    "dates-table": lambda p: ["dates", str(p["article"]), "--format", "table"],
    "timeline": lambda p: ["timeline", str(p["article"])],
    "timeline-csv": lambda p: ["timeline", str(p["article"]), "--format", "csv"],
    "check": lambda p: ["check", str(p["article"])],
    "check-sarif": lambda p: ["check", str(p["article"]), "--format", "sarif"],
    "check-concise": lambda p: ["check", str(p["article"]), "--format", "concise"],
    "rules": lambda p: ["rules"],
    "explain": lambda p: ["explain", "K101"],
    "eval": lambda p: ["eval", str(p["gold"])],
    "packs": lambda p: ["packs", "--format", "json"],
}


def test_every_command_that_prints_has_output():
    assert {args[0] for args in (f({"article": "", "gold": ""}) for f in COMMANDS.values())} == {
        "dates", "timeline", "check", "rules", "explain", "eval", "packs",
    }  # fmt: skip
    for name in ("dates", "timeline", "check", "rules", "explain", "eval", "packs"):
        assert "--output" in run(name, "--help").stdout


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_is_what_stdout_would_be(name, inputs, tmp_path):
    args = COMMANDS[name](inputs)
    printed = run(*args)
    target = tmp_path / "out" / "result.txt"
    target.parent.mkdir()
    written = run(*args, "--output", str(target))
    assert written.exit_code == printed.exit_code, written.output
    assert printed.exit_code in (0, 1)
    assert written.stdout == ""
    assert written.stderr == printed.stderr  # warnings and summaries still go to stderr
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert sorted(p.name for p in target.parent.iterdir()) == ["result.txt"]  # no temp file


def test_check_exit_code_is_kept_with_output(inputs, tmp_path):
    target = tmp_path / "kronik.sarif"
    assert run("check", str(inputs["article"]), "-o", str(target)).exit_code == 1
    assert target.is_file()
    assert (
        run("check", str(inputs["article"]), "-o", str(target), "--fail-on", "never").exit_code == 0
    )


def test_no_file_when_the_command_fails(tmp_path):
    target = tmp_path / "out.json"
    result = run("check", str(tmp_path / "missing.md"), "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_a_failed_run_leaves_the_old_file_alone(tmp_path):
    target = tmp_path / "timeline.json"
    target.write_text("old\n", encoding="utf-8")
    result = run("timeline", str(tmp_path / "missing.md"), "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_a_failed_write_leaves_no_partial_file(inputs, tmp_path, monkeypatch):
    target = tmp_path / "out" / "timeline.json"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = run("timeline", str(inputs["article"]), "--format", "json", "-o", str(target))
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in target.parent.iterdir()] == ["timeline.json"]


def test_an_unwritable_place_is_one_error_line(inputs, tmp_path):
    result = run("timeline", str(inputs["article"]), "-o", str(tmp_path / "no" / "such" / "x"))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "cannot write" in errors[0]
    assert result.stdout == ""


def test_output_dash_is_stdout(inputs):
    printed = run("timeline", str(inputs["article"]), "--format", "json")
    assert run("timeline", str(inputs["article"]), "--format", "json", "-o", "-").stdout == (
        printed.stdout
    )


def test_output_keeps_the_mode_of_the_file_it_replaces(inputs, tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    assert (
        run("timeline", str(inputs["article"]), "--format", "json", "-o", str(target)).exit_code
        == 0
    )
    assert target.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.json"
    run("timeline", str(inputs["article"]), "--format", "json", "-o", str(fresh))
    assert fresh.stat().st_mode & 0o077 == 0o666 & ~current_umask() & 0o077  # not mkstemp's 0600


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
