"""The console entry point: every error is one line on stderr, and exit codes hold."""

from __future__ import annotations

import pytest

from kronik.reports.cli import main


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> tuple:
    monkeypatch.setattr("sys.argv", ["kronik", *argv])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    return exited.value.code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--format", "xml"],
        ["nosuch"],
        ["check", "--fail-on", "sometimes"],
        ["dates", "/no/such/file.txt"],
        ["check", "--select", "K999"],
        ["dates", "-", "--ref", "2018-02-30"],
    ],
)
def test_errors_are_one_line_with_exit_2(argv: list[str], monkeypatch, capsys) -> None:
    code, out, err = run(argv, monkeypatch, capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("Error: ")
    assert "Traceback" not in err


def test_check_on_the_seeds_exits_1_and_never_exits_0(monkeypatch, capsys) -> None:
    assert run(["check"], monkeypatch, capsys)[0] == 1
    assert run(["check", "--fail-on", "never"], monkeypatch, capsys)[0] == 0


def test_no_arguments_shows_help(monkeypatch, capsys) -> None:
    code, out, _ = run([], monkeypatch, capsys)
    assert code == 0 and "Usage: kronik" in out
