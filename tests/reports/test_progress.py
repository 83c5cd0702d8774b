"""The progress bar shows only for people: a terminal, a human format, a long run."""

from __future__ import annotations

import pytest

from kronik.reports import cli


class _Tty:
    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def test_no_bar_for_machine_formats_short_runs_or_pipes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", _Tty())
    with cli.progress_bar(500, human=False) as advance:
        assert advance is None
    with cli.progress_bar(3, human=True) as advance:
        assert advance is None
    monkeypatch.undo()
    with cli.progress_bar(500, human=True) as advance:  # pytest's stderr is no terminal
        assert advance is None


def test_a_bar_for_a_person_watching_a_long_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", _Tty())
    calls = []
    with cli.progress_bar(cli.PROGRESS_FROM, human=True) as advance:
        assert advance is not None
        advance(None)  # type: ignore[arg-type]
        calls.append(1)
    assert calls == [1]
