"""Shared by the robustness tests: no network, a deadline, the CLI in-process and as a process.

Every test in this folder runs with the network switched off: a socket that
would reach another machine (or a name lookup) fails the test, whatever kronik
does with the error.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from kronik.reports.cli import main


class NetworkUsed(BaseException):  # not an Exception: kronik cannot swallow it
    """kronik tried to reach the network."""


class Hang(BaseException):
    """A command ran past its deadline."""


_ATTEMPTS: list[str] = []


def _refuse(what: str) -> None:
    _ATTEMPTS.append(what)
    raise NetworkUsed(what)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Sockets to other machines and name lookups fail, and fail the test.

    Local sockets (AF_UNIX: multiprocessing, socketpair) stay allowed.
    """
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        _refuse(f"connect {address!r}")

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect_ex(self, address)
        _refuse(f"connect {address!r}")
        return 1  # pragma: no cover

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: _refuse(f"connect {a!r}"))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: _refuse(f"lookup {a!r}"))
    monkeypatch.setattr(socket, "gethostbyname", lambda *a, **k: _refuse(f"lookup {a!r}"))
    _ATTEMPTS.clear()
    yield
    assert not _ATTEMPTS, f"kronik used the network: {_ATTEMPTS}"


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Hang in this thread if the block runs longer than `seconds` (POSIX only)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@attrs.frozen
class Run:
    """What one kronik command did."""

    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("Error: ")]

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("warning: ")]

    def assert_clean(self) -> None:
        """No traceback, no internal error (a bug kronik caught): only what it meant to say."""
        assert "Traceback" not in self.err, self.err
        assert "internal error" not in self.err, self.err
        assert self.code in (0, 1, 2), (self.code, self.err)

    def assert_input_error(self, name: str, problem: str = "") -> None:
        """Exit 2 with exactly one line on stderr, naming the file and the problem."""
        self.assert_clean()
        assert self.code == 2, (self.code, self.out[:300], self.err)
        assert self.out == "", self.out[:300]
        lines = self.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), self.err
        assert name in lines[0], (name, lines[0])
        assert problem in lines[0], (problem, lines[0])


@pytest.fixture
def kronik(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[object]:
    """Run `kronik ARGS` in this process through the console entry point, with a deadline."""

    def run(*args: str, seconds: float = 60) -> Run:
        monkeypatch.setattr(sys, "argv", ["kronik", *args])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
        capsys.readouterr()
        try:
            with deadline(seconds):
                main()
        except SystemExit as exited:
            code = exited.code if isinstance(exited.code, int) else 0
        else:  # pragma: no cover - main() always exits
            code = 0
        out, err = capsys.readouterr()
        return Run(code, out, err)

    yield run


# A process that cannot reach the network either: sockets other than AF_UNIX refuse to connect.
GUARD = """
import socket, sys
def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK USED\\n")
    raise SystemExit(99)
_connect = socket.socket.connect
def connect(self, address):
    if self.family == socket.AF_UNIX:
        return _connect(self, address)
    refuse()
socket.socket.connect = connect
socket.socket.connect_ex = connect
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
sys.argv = ["kronik", *sys.argv[1:]]
from kronik.reports.cli import main
main()
"""


def run_process(*args: str, cwd: Path | None = None, timeout: float = 120) -> Run:
    """Run `kronik ARGS` as its own process, network off, with a timeout (a hang fails)."""
    env = {k: v for k, v in os.environ.items() if k != "KRONIK_DEBUG"}
    done = subprocess.run(
        [sys.executable, "-c", GUARD, *args],
        cwd=cwd,
        capture_output=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert "NETWORK USED" not in err
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), err)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry under `folder`: a hash of each file's bytes and its mode; links as links."""
    out: dict[str, tuple[str, int]] = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            key = path.relative_to(folder).as_posix()
            info = path.lstat()
            if path.is_symlink():
                out[key] = ("-> " + os.readlink(path), info.st_mode)
            elif path.is_file():
                try:
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                except PermissionError:
                    digest = "unreadable"
                out[key] = (digest, info.st_mode)
            else:
                out[key] = ("", info.st_mode)
    return out


@pytest.fixture
def process() -> object:
    """`run_process`, for tests: kronik as its own process."""
    return run_process


@pytest.fixture
def hashes() -> object:
    """`snapshot`, for tests: hashes and modes of everything under a folder."""
    return snapshot


@pytest.fixture
def network_attempts() -> list[str]:
    """The attempts `no_network` refused in this test (clear it after provoking one)."""
    return _ATTEMPTS
