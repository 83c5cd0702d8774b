"""Which files a run checks, and which rules are off for a file: globs and .gitignore.

Globs follow .gitignore syntax, so one rule serves `exclude`, `per-path-ignores`
and the .gitignore files themselves: `*` and `?` stay within a folder name, `**`
spans folders, `[a-z]` is a class; a glob with no `/` but a trailing one matches
a name at any depth ("drafts" skips every drafts folder), one with a `/` is
anchored to the folder of the file that holds it ("archive/**"); a trailing `/`
matches folders only; a glob that matches a folder covers everything in it.

.gitignore files are read by kronik itself (no git needed): every .gitignore
from the repository root (the folder holding `.git`) down to the file's folder,
and `.git/info/exclude`, with `!` re-including, the last matching line winning
and a deeper file overriding a shallower one, as git does. Outside a git
repository .gitignore files are not read, as git would not read them either.
The user's global excludes file (core.excludesFile) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import attrs

from kronik.timeline.document import expand

from .config import Config


@attrs.frozen(kw_only=True)
class Glob:
    """One glob, as written in a config or a .gitignore line."""

    pattern: str  # without the `!`, leading and trailing `/`
    base: str  # the folder it is relative to, as a path relative to the matcher's root
    anchored: bool  # relative to `base`, or a name at any depth
    negated: bool = False
    folders_only: bool = False

    @classmethod
    def parse(cls, line: str, base: str = "", gitignore: bool = False) -> Glob | None:
        """A glob from a config string or a .gitignore line; None for blanks and comments."""
        text = line.rstrip("\r\n")
        if gitignore:
            if not text.strip() or text.startswith("#"):
                return None
            if not text.endswith("\\ "):
                text = text.rstrip(" ")
        negated = gitignore and text.startswith("!")
        if negated:
            text = text[1:]
        if text.startswith(("\\!", "\\#")):
            text = text[1:]
        folders_only = text.endswith("/")
        text = text.rstrip("/")
        if not text:
            return None
        anchored = "/" in text
        return cls(
            pattern=text.lstrip("/"),
            base=base,
            anchored=anchored,
            negated=negated,
            folders_only=folders_only,
        )

    def matches(self, relative: str, is_folder: bool) -> bool:
        """Whether the path (posix, relative to the matcher's root) matches this glob itself."""
        if self.folders_only and not is_folder:
            return False
        if self.base:
            if not relative.startswith(self.base + "/"):
                return False
            relative = relative[len(self.base) + 1 :]
        target = relative if self.anchored else relative.rsplit("/", 1)[-1]
        return _regex(self.pattern).fullmatch(target) is not None


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """A regex for a glob in .gitignore syntax (no leading or trailing `/`)."""
    out = []
    segments = pattern.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            out.append(".*" if last else "(?:[^/]*/)*")
        else:
            out.append(_segment(segment) + ("" if last else "/"))
    return re.compile("".join(out), re.DOTALL)


def _segment(segment: str) -> str:
    """A regex for one folder or file name of a glob, that matches in linear time.

    "a*b*c" is the first piece, then each middle piece at its leftmost place, then
    the last piece at the end. A middle piece is an atomic group, never retried:
    as in fnmatch, a glob with many stars ("*a*a*a*a*b") cannot backtrack
    polynomially on a long name.
    """
    pieces: list[list[str]] = [[]]  # the regexes between stars
    i = 0
    while i < len(segment):
        c = segment[i]
        if c == "\\" and i + 1 < len(segment):
            pieces[-1].append(re.escape(segment[i + 1]))
            i += 2
            continue
        if c == "*":
            pieces.append([])
            while i + 1 < len(segment) and segment[i + 1] == "*":
                i += 1
        elif c == "?":
            pieces[-1].append("[^/]")
        elif c == "[" and (end := _class_end(segment, i)) != -1:
            pieces[-1].append(_class(segment[i : end + 1]))
            i = end
        else:
            pieces[-1].append(re.escape(c))
        i += 1
    first, *middle, last = ["".join(p) for p in pieces] if len(pieces) > 1 else ["", ""]
    if len(pieces) == 1:
        return "".join(pieces[0])
    return first + "".join(f"(?>[^/]*?{p})" for p in middle if p) + "[^/]*" + last


def _class_end(segment: str, start: int) -> int:
    """Where the bracket expression opened at `start` closes ("[]a]", "[!]a]"), or -1."""
    j = start + 1
    if segment.startswith("!", j):
        j += 1
    if segment.startswith("]", j):
        j += 1  # a "]" first in the set is one of its characters
    return segment.find("]", j)


def _class(written: str) -> str:
    """A regex for a bracket expression "[a-z]", "[!0-9]", as fnmatch reads it.

    Every character is escaped but the "-" of a range; an empty range ("[z-a]") is
    dropped, and a set left empty matches nothing. A class never matches "/".
    """
    body = written[1:-1]
    negated = body.startswith("!")
    body = body[negated:]
    items = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            low, high = body[i], body[i + 2]
            if low <= high:
                items.append(f"{re.escape(low)}-{re.escape(high)}")
            i += 3
        else:
            items.append(re.escape(body[i]))
            i += 1
    if not items:
        return "[^/]" if negated else "(?!)"
    return f"[{'^/' if negated else ''}{''.join(items)}]"


def matched(globs: Sequence[Glob], relative: str, within: str = "") -> bool:
    """Whether a file (posix path relative to the globs' root) is matched, or a folder above it.

    For each folder down to the file, the last glob that matches decides (a `!`
    glob re-includes); once a folder is matched, everything in it is. Folders
    down to `within` (the folder named on the command line) are not tested:
    a folder the user asks for is checked.
    """
    parts = relative.split("/")
    start = len(within.split("/")) + 1 if within and relative.startswith(within + "/") else 1
    for i in range(start, len(parts) + 1):
        prefix = "/".join(parts[:i])
        is_folder = i < len(parts)
        state = False
        for glob in globs:
            if glob.matches(prefix, is_folder):
                state = not glob.negated
        if state:
            return True
    return False


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def rules_off(config: Config, path: str) -> frozenset[str]:
    """Rule codes that `per-path-ignores` switch off for the file at `path`."""
    if not config.per_path_ignores:
        return frozenset()
    relative = _relative(Path(path), Path(config.root))
    if relative is None:
        return frozenset()
    off: frozenset[str] = frozenset()
    for pattern, codes in config.per_path_ignores:
        glob = Glob.parse(pattern)
        if glob is not None and matched((glob,), relative):
            off |= codes
    return off


class GitIgnore:
    """The .gitignore files of the repositories files are in, read once each."""

    def __init__(self) -> None:
        self._globs: dict[Path, tuple[Glob, ...]] = {}
        self._roots: dict[Path, Path | None] = {}

    def ignores(self, path: Path, within: Path | None = None) -> bool:
        """Whether git ignores the file at `path` (False outside a repository).

        Folders down to `within`, the one named on the command line, are not tested.
        """
        absolute = path.resolve()
        root = self._root(absolute.parent)
        if root is None:
            return False
        relative = absolute.relative_to(root).as_posix()
        asked = _relative(within, root) if within is not None else None
        globs = [*self._read(root / ".git" / "info" / "exclude", "")]
        folder = root
        globs.extend(self._read(folder / ".gitignore", ""))
        for part in relative.split("/")[:-1]:
            folder = folder / part
            globs.extend(self._read(folder / ".gitignore", folder.relative_to(root).as_posix()))
        return matched(globs, relative, within=asked if asked not in (None, ".") else "")

    def _root(self, folder: Path) -> Path | None:
        """The repository root holding `folder`: the nearest folder with `.git`, or None."""
        if folder not in self._roots:
            if (folder / ".git").exists():
                self._roots[folder] = folder
            else:
                parent = folder.parent
                self._roots[folder] = None if parent == folder else self._root(parent)
        return self._roots[folder]

    def _read(self, file: Path, base: str) -> tuple[Glob, ...]:
        if file not in self._globs:
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:  # no such file, or a folder named .gitignore: nothing ignored
                lines = []
            parsed = (Glob.parse(line, base=base, gitignore=True) for line in lines)
            self._globs[file] = tuple(g for g in parsed if g is not None)
        return self._globs[file]


def files(paths: Iterable[str], config: Config) -> tuple[str, ...]:
    """The files to check under `paths`, less those `exclude` and .gitignore leave out.

    A file named on the command line is always checked, as ruff does: the
    filters apply to the files found in folders.
    """
    globs = tuple(g for g in (Glob.parse(p) for p in config.exclude) if g is not None)
    root = Path(config.root)
    gitignore = GitIgnore() if config.respect_gitignore else None
    out: list[str] = []
    for given in paths:
        if not Path(given).is_dir():
            out.append(given)  # reading it reports a missing or unreadable one
            continue
        asked = _relative(Path(given), root)
        within = asked if asked not in (None, ".") else ""
        for found in expand([given]):
            relative = _relative(found, root)
            if globs and relative is not None and matched(globs, relative, within):
                continue
            if gitignore is not None and gitignore.ignores(found, within=Path(given)):
                continue
            out.append(str(found))
    return tuple(out)
