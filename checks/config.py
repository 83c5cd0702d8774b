"""Configuration: `[tool.kronik]` in pyproject.toml, or a kronik.toml, found upward.

The settings a newsroom keeps beside its stories, as ruff keeps its own: which
rules run (`select`, `ignore`), how severe each is (`severity`), when CI fails
(`fail-on`), extra knowledge packs (`packs`), rules switched off for some files
(`per-path-ignores`), files not checked (`exclude`, `respect-gitignore`). Paths
and globs are relative to the folder of the config file. Command-line options
override the file. A key kronik does not know is an error, never ignored.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from kronik.timeline.document import InputError

from .finding import Severity
from .pack import toml_problem
from .selection import resolve_selection

NAMES = ("kronik.toml", "pyproject.toml")  # in one folder, kronik.toml wins
FAIL_ON = ("error", "warning", "info", "never")
KEYS = (
    "select",
    "ignore",
    "severity",
    "fail-on",
    "packs",
    "stories",
    "per-path-ignores",
    "exclude",
    "respect-gitignore",
)


class ConfigError(InputError):
    """A config file kronik cannot use; the message is one line, `path: problem`."""


@attrs.frozen(kw_only=True)
class Config:
    """The settings of one run, as read from a config file (or the defaults)."""

    path: str | None = None  # the file read, or None for the defaults
    root: str = "."  # the folder paths and globs are relative to
    select: tuple[str, ...] = ()  # codes, names or prefixes, as written
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # (rule code, severity it is reported at)
    fail_on: str | None = None
    packs: tuple[str, ...] = ()  # paths, already joined to `root`
    per_path_ignores: tuple[tuple[str, frozenset[str]], ...] = ()  # (glob, rule codes)
    exclude: tuple[str, ...] = ()  # globs
    respect_gitignore: bool = True
    stories: str = "one"  # "one": the articles tell one story; "split": an archive of many


def find(start: Path) -> Path | None:
    """The config file for `start`: kronik.toml or a pyproject.toml with [tool.kronik].

    Searched from `start` upward, up to the filesystem root or the first folder
    holding `.git` (a repository's settings do not leak into another's).
    """
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for here in (folder, *folder.parents):
        for name in NAMES:
            candidate = here / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_section(candidate)):
                return candidate
        if (here / ".git").exists():
            return None
    return None


def _has_section(pyproject: Path) -> bool:
    """Whether a pyproject.toml has a [tool.kronik] table (a broken one is reported by `load`)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*kronik\s*[.\]]", text, re.MULTILINE) is not None


def load(path: Path) -> Config:
    """Read and validate one config file; every problem is a ConfigError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError) as e:  # TOMLDecodeError, a 5,000-digit number, [[[[...
        raise ConfigError(_toml_problem(path, e, text)) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("kronik") if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: no [tool.kronik] table")
        data = table
    return parse(data, path)


def _toml_problem(path: Path, e: ValueError | RecursionError, text: str) -> str:
    """`path:line:col: message` from tomllib's "message (at line L, column C)"."""
    line, column, message = toml_problem(text, e)
    return f"{path}:{line}:{column}: {message}"


def parse(data: dict[str, Any], path: Path) -> Config:
    """A Config from the table of a config file at `path`."""
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r}{_suggest(key, KEYS)}")
    root = path.parent
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{path}: fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    respect = data.get("respect-gitignore", True)
    if not isinstance(respect, bool):
        raise ConfigError(f"{path}: respect-gitignore: expected true or false")
    stories = data.get("stories", "one")
    if stories not in ("one", "split"):
        raise ConfigError(f"{path}: stories: {stories!r} is not one of one, split")
    select = _strings(data, "select", path)
    ignore = _strings(data, "ignore", path)
    for key, names in (("select", select), ("ignore", ignore)):
        for name in names:
            _codes(name, path, key)
    return Config(
        path=str(path),
        root=str(root),
        select=select,
        ignore=ignore,
        severity=_severity(data.get("severity", {}), path),
        fail_on=fail_on,
        packs=tuple(str(root / p) for p in _strings(data, "packs", path)),
        per_path_ignores=_per_path(data.get("per-path-ignores", {}), path),
        exclude=_strings(data, "exclude", path),
        respect_gitignore=respect,
        stories=stories,
    )


def _suggest(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word.replace("_", "-"), choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _strings(data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key}: expected a list of strings")
    return tuple(value)


def _codes(name: str, path: Path, key: str) -> frozenset[str]:
    try:
        return frozenset(resolve_selection([name]))
    except ValueError as e:
        raise ConfigError(f"{path}: {key}: {e}") from None


def _severity(value: object, path: Path) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: severity: expected a table like {{K501 = 'warning'}}")
    found: dict[str, Severity] = {}
    for name, level in value.items():
        try:
            severity = Severity.parse(level) if isinstance(level, str) else None
        except ValueError:
            severity = None
        if severity is None:
            raise ConfigError(f"{path}: severity.{name}: expected 'error', 'warning' or 'info'")
        for code in _codes(name, path, f"severity.{name}"):
            found[code] = severity
    return tuple(sorted(found.items()))


def _per_path(value: object, path: Path) -> tuple[tuple[str, frozenset[str]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: per-path-ignores: expected a table like {{'a/**' = ['K501']}}")
    out = []
    for glob, names in value.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ConfigError(f"{path}: per-path-ignores.{glob!r}: expected a list of rules")
        codes: frozenset[str] = frozenset()
        for name in names:
            codes |= _codes(name, path, f"per-path-ignores.{glob!r}")
        out.append((glob, codes))
    return tuple(out)


def discover(paths: Sequence[str], explicit: str | None = None, isolated: bool = False) -> Config:
    """The config of a run: --config FILE, else found upward from the first path (or the cwd).

    With --isolated no file is read: the defaults apply.
    """
    if isolated:
        return Config(root=str(Path.cwd()))
    if explicit is not None:
        return load(Path(explicit))
    start = Path(paths[0]) if paths else Path.cwd()
    if not start.exists():
        start = Path.cwd()  # reading the paths reports a missing one, in its own words
    found = find(start)
    return load(_shown(found)) if found is not None else Config(root=str(Path.cwd()))


def _shown(path: Path) -> Path:
    """A found file as messages show it: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path
