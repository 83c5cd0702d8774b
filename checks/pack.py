"""Knowledge packs: names, former names, recurring and scheduled events, offices, as data.

A pack is a TOML file. kronik ships its default packs in `checks/packs/`; users add
their own with `--pack FILE` (an entry with the same id replaces the shipped one).
Every entry names its source. Packs are validated as they load, the way Vale
validates its styles: unknown keys, missing keys, bad dates and duplicate ids are
all reported, each as `path:line:col: message`, and a bad pack stops the run.
The format is documented in docs/packs.md.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

KINDS = ("platform", "organisation", "person", "place", "product", "other")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_RECURRING = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class PackError(Exception):
    """A pack that cannot be used; `problems` are one line each, `path:line:col: message`."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems")
        self.problems = tuple(problems)


@attrs.frozen(kw_only=True)
class Origin:
    """Where an entry is written: its pack file and line, and the source it cites."""

    pack: str
    path: str
    line: int
    source: str


@attrs.frozen(kw_only=True)
class FormerName:
    """A name an entity had until a date (TIMEX3: "2012-01")."""

    name: str
    until: str


@attrs.frozen(kw_only=True)
class Entity:
    """A platform, organisation, person or place, with every name it goes by."""

    id: str
    kind: str
    names: tuple[str, ...]
    former: tuple[FormerName, ...] = ()
    slot: str | None = None  # entities sharing a slot are distinct members of one kind
    parent: str | None = None
    origin: Origin


@attrs.frozen(kw_only=True)
class Recurring:
    """An event on the same calendar day every year: Harbolnas is XXXX-12-12."""

    id: str
    names: tuple[str, ...]
    month: int
    day: int
    since: str | None = None
    organiser: str | None = None
    origin: Origin


@attrs.frozen(kw_only=True)
class Scheduled:
    """A one-off event with its dates and place."""

    id: str
    names: tuple[str, ...]
    start: str
    end: str
    place: str | None = None
    origin: Origin


@attrs.frozen(kw_only=True)
class Term:
    """One holder of an office, from start to end (TIMEX3 dates; end None = still)."""

    name: str
    start: str
    end: str | None = None


@attrs.frozen(kw_only=True)
class Office:
    """An office, the names it is written with, and its holders where known."""

    id: str
    names: tuple[str, ...]
    organisation: str | None = None
    holders: tuple[Term, ...] = ()
    origin: Origin


@attrs.frozen(kw_only=True)
class Pack:
    """One pack file, loaded and validated."""

    name: str
    path: str
    source: str
    entities: tuple[Entity, ...] = ()
    recurring: tuple[Recurring, ...] = ()
    scheduled: tuple[Scheduled, ...] = ()
    offices: tuple[Office, ...] = ()


@attrs.frozen(kw_only=True)
class Knowledge:
    """Every pack in use, merged by id: a later pack's entry replaces an earlier one's."""

    packs: tuple[Pack, ...]
    entities: MappingProxyType[str, Entity]
    recurring: MappingProxyType[str, Recurring]
    scheduled: MappingProxyType[str, Scheduled]
    offices: MappingProxyType[str, Office]

    def __reduce__(self) -> tuple[Callable[[Sequence[Pack]], Knowledge], tuple[tuple[Pack, ...]]]:
        # Mapping proxies do not pickle: a worker process (--jobs, Dask) rebuilds them.
        return merge, (self.packs,)


# The schema: for each table, its keys, which are required, and each key's type.
_SCHEMA: dict[str, dict[str, tuple[type | tuple[type, ...], bool]]] = {
    "pack": {
        "name": (str, True),
        "source": (str, True),
        "description": (str, False),
        "license": (str, False),
        "language": (str, False),
    },
    "entity": {
        "id": (str, True),
        "kind": (str, True),
        "names": (list, True),
        "former": (list, False),
        "slot": (str, False),
        "parent": (str, False),
        "source": (str, True),
        "note": (str, False),
    },
    "recurring": {
        "id": (str, True),
        "names": (list, True),
        "date": (str, True),
        "since": ((str, int), False),
        "organiser": (str, False),
        "source": (str, True),
        "note": (str, False),
    },
    "scheduled": {
        "id": (str, True),
        "names": (list, True),
        "start": (str, True),
        "end": (str, True),
        "place": (str, False),
        "source": (str, True),
        "note": (str, False),
    },
    "office": {
        "id": (str, True),
        "names": (list, True),
        "organisation": (str, False),
        "holders": (list, False),
        "source": (str, True),
        "note": (str, False),
    },
}
_SUB = {
    "former": {"name": (str, True), "until": (str, True)},
    "holders": {"name": (str, True), "start": (str, True), "end": (str, False)},
}


def default_paths() -> tuple[Path, ...]:
    """The packs shipped with kronik, in name order."""
    root = resources.files("kronik.checks.packs")
    return tuple(
        sorted(
            (Path(str(p)) for p in root.iterdir() if p.name.endswith(".toml")),
            key=lambda p: p.name,
        )
    )


def load(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> Knowledge:
    """The shipped packs (unless `defaults` is false) and the given ones, merged in order."""
    files = [*(default_paths() if defaults else ()), *(Path(p) for p in paths)]
    problems: list[str] = []
    packs: list[Pack] = []
    for path in files:
        try:
            packs.append(load_pack(path))
        except PackError as e:
            problems.extend(e.problems)
    if problems:
        raise PackError(problems)
    return merge(packs)


def merge(packs: Sequence[Pack]) -> Knowledge:
    """Packs merged by id, later ones winning."""
    entities: dict[str, Entity] = {}
    recurring: dict[str, Recurring] = {}
    scheduled: dict[str, Scheduled] = {}
    offices: dict[str, Office] = {}
    for pack in packs:
        entities.update((e.id, e) for e in pack.entities)
        recurring.update((e.id, e) for e in pack.recurring)
        scheduled.update((e.id, e) for e in pack.scheduled)
        offices.update((e.id, e) for e in pack.offices)
    return Knowledge(
        packs=tuple(packs),
        entities=MappingProxyType(entities),
        recurring=MappingProxyType(recurring),
        scheduled=MappingProxyType(scheduled),
        offices=MappingProxyType(offices),
    )


def load_pack(path: str | Path) -> Pack:
    """One pack file, validated; every problem is reported at once."""
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise PackError([f"{path}: cannot read pack ({e.strerror or e})"]) from None
    except UnicodeDecodeError as e:
        raise PackError([f"{path}: pack is not UTF-8 (byte at offset {e.start})"]) from None
    try:
        data = tomllib.loads(raw)
    except (ValueError, RecursionError) as e:  # TOMLDecodeError is a ValueError
        line, column, message = toml_problem(raw, e)
        raise PackError([f"{path}:{line}:{column}: TOML syntax: {message}"]) from None
    return _validate(data, raw, str(path))


def toml_problem(raw: str, e: ValueError | RecursionError) -> tuple[int, int, str]:
    """Line, column and message of why tomllib refused `raw`, for a one-line error.

    Besides syntax errors ("... (at line L, column C)", "... (at end of document)"),
    tomllib gives up on valid TOML it cannot hold: an integer with more digits than
    int() takes, arrays nested deeper than Python recursion goes.
    """
    text = str(e)
    if m := re.search(r"\s*\(at line (\d+), column (\d+)\)$", text):
        return int(m[1]), int(m[2]), text[: m.start()]
    if m := re.search(r"\s*\(at end of document\)$", text):
        lines = raw.splitlines() or [""]
        return len(lines), len(lines[-1]) + 1, f"{text[: m.start()]} at the end of the file"
    if isinstance(e, RecursionError):
        depth = 0
        for number, line in enumerate(raw.splitlines(), 1):
            for column, char in enumerate(line, 1):
                depth += (char in "[{") - (char in "]}")
                if depth > 100:
                    return number, column, "arrays or tables nested too deeply"
        return 1, 1, "arrays or tables nested too deeply"
    if m := re.search(r"[0-9_]{1000,}", raw):
        line = raw.count("\n", 0, m.start()) + 1
        return line, m.start() - raw.rfind("\n", 0, m.start()), "a number with too many digits"
    return 1, 1, text.splitlines()[0] if text else type(e).__name__


class _Locator:
    """Finds the line of an entry or key in a pack's text, the way Vale does for its styles."""

    def __init__(self, raw: str) -> None:
        self.lines = raw.splitlines()

    def header(self, table: str, index: int) -> int:
        """The 1-based line of the index-th `[[table]]` header (or `[table]`)."""
        seen = -1
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*(#.*)?$")
        for number, line in enumerate(self.lines, 1):
            if pattern.match(line):
                seen += 1
                if seen == index:
                    return number
        return 1

    def key(self, table: str, index: int, key: str) -> tuple[int, int]:
        """The line and column of a key within the index-th entry of a table."""
        start = self.header(table, index)
        pattern = re.compile(rf"^(\s*){re.escape(key)}\s*=")
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number > start and re.match(r"^\s*\[", line):
                break
            m = pattern.match(line)
            if m:
                return number, len(m.group(1)) + 1
        return start, 1


Problem = Callable[[int, int, str], None]


@attrs.define
class _Entry:
    """One entry being validated: where it is, and where to report its problems."""

    table: str
    index: int
    label: str
    data: dict[str, Any]
    locate: _Locator
    problem: Problem

    def at(self, key: str, message: str) -> None:
        """Report a problem at a key of this entry."""
        self.problem(*self.locate.key(self.table, self.index, key), f"{self.label}: {message}")

    def here(self, message: str) -> None:
        """Report a problem at this entry's header."""
        self.problem(self.locate.header(self.table, self.index), 1, f"{self.label}: {message}")


def _validate(data: Mapping[str, Any], raw: str, path: str) -> Pack:
    locate = _Locator(raw)
    problems: list[tuple[int, int, str]] = []

    def problem(line: int, column: int, message: str) -> None:
        problems.append((line, column, message))

    for key in data:
        if key not in _SCHEMA:
            written = re.compile(rf"^\s*\[*\s*[\"']?{re.escape(key)}(?![\w-])")  # key is data
            line = next((n for n, t in enumerate(locate.lines, 1) if written.match(t)), 1)
            problem(line, 1, f"unknown table {key!r}{_suggest(key, _SCHEMA)}")
    head = data.get("pack")
    if not isinstance(head, dict):
        problem(1, 1, "missing [pack] table with name and source")
        head = {}
    else:
        _check_keys(_Entry("pack", 0, "pack", head, locate, problem))
    pack_name = str(head.get("name", Path(path).stem))
    pack_source = str(head.get("source", ""))

    built: dict[str, list[Any]] = {"entity": [], "recurring": [], "scheduled": [], "office": []}
    for table in built:
        entries = data.get(table, [])
        if not isinstance(entries, list):
            problem(locate.header(table, 0), 1, f"{table} must be an array of tables: [[{table}]]")
            continue
        seen: set[str] = set()
        for index, raw_entry in enumerate(entries):
            ident = raw_entry.get("id", f"#{index + 1}") if isinstance(raw_entry, dict) else index
            entry = _Entry(table, index, f"{table} {ident!r}", raw_entry, locate, problem)
            if not _check_keys(entry):
                continue
            if not _ID.match(raw_entry["id"]):
                entry.at("id", "id must be lower-case letters, digits and hyphens")
            if raw_entry["id"] in seen:
                entry.here("duplicate id (ids are unique within a pack)")
            seen.add(raw_entry["id"])
            origin = Origin(
                pack=pack_name,
                path=path,
                line=locate.header(table, index),
                source=raw_entry["source"],
            )
            before = len(problems)
            value = _build(entry, origin)
            if value is not None and len(problems) == before:
                built[table].append(value)
    if problems:
        raise PackError([f"{path}:{line}:{col}: {msg}" for line, col, msg in sorted(problems)])
    return Pack(
        name=pack_name,
        path=path,
        source=pack_source,
        entities=tuple(built["entity"]),
        recurring=tuple(built["recurring"]),
        scheduled=tuple(built["scheduled"]),
        offices=tuple(built["office"]),
    )


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _check_keys(entry: _Entry) -> bool:
    """Report unknown, missing and mistyped keys; True when the entry can be built."""
    if not isinstance(entry.data, dict):
        entry.here("must be a table")
        return False
    schema = _SCHEMA[entry.table]
    ok = True
    for key, value in entry.data.items():
        if key not in schema:
            entry.at(key, f"unknown key {key!r}{_suggest(key, schema)}")
            continue
        kind = schema[key][0]
        if not isinstance(value, kind):
            name = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            entry.at(key, f"{key!r} must be a {name}")
            ok = False
    for key, (_, required) in schema.items():
        if required and key not in entry.data:
            entry.here(f"missing required key {key!r}")
            ok = False
    return ok


def _names(entry: _Entry) -> tuple[str, ...]:
    names = entry.data["names"]
    if not names or not all(isinstance(n, str) and n.strip() for n in names):
        entry.at("names", "names must be non-empty strings")
        return ()
    return tuple(n.strip() for n in names)


def _date(entry: _Entry, key: str, value: object) -> str | None:
    text = str(value)
    if not _DATE.match(text):
        entry.at(key, f"{key} {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return None
    return text


def _subentries(entry: _Entry, key: str) -> list[dict[str, Any]]:
    out = []
    for item in entry.data.get(key, []):
        if not isinstance(item, dict):
            entry.at(key, f"each of {key} must be a table")
            continue
        for sub in item:
            if sub not in _SUB[key]:
                entry.at(key, f"{key}: unknown key {sub!r}{_suggest(sub, _SUB[key])}")
        for sub, (_, required) in _SUB[key].items():
            if required and sub not in item:
                entry.at(key, f"{key}: missing {sub!r}")
        out.append(item)
    return out


def _build(entry: _Entry, origin: Origin) -> Entity | Recurring | Scheduled | Office | None:
    data = entry.data
    names = _names(entry)
    if entry.table == "entity":
        if data["kind"] not in KINDS:
            entry.at("kind", f"kind {data['kind']!r} is not one of {', '.join(KINDS)}")
        former = tuple(
            FormerName(
                name=str(f.get("name", "")), until=_date(entry, "former", f.get("until")) or ""
            )
            for f in _subentries(entry, "former")
        )
        return Entity(
            id=data["id"],
            kind=data["kind"],
            names=names,
            former=former,
            slot=data.get("slot"),
            parent=data.get("parent"),
            origin=origin,
        )
    if entry.table == "recurring":
        m = _RECURRING.match(data["date"])
        if not m or not (1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31):
            entry.at("date", f"date {data['date']!r} must be XXXX-MM-DD (TIMEX3, any year)")
            return None
        since = data.get("since")
        return Recurring(
            id=data["id"],
            names=names,
            month=int(m.group(1)),
            day=int(m.group(2)),
            since=None if since is None else str(since),
            organiser=data.get("organiser"),
            origin=origin,
        )
    if entry.table == "scheduled":
        start = _date(entry, "start", data["start"])
        end = _date(entry, "end", data["end"])
        if start and end and end < start:
            entry.at("end", "end is before start")
        return Scheduled(
            id=data["id"],
            names=names,
            start=start or "",
            end=end or "",
            place=data.get("place"),
            origin=origin,
        )
    holders = tuple(
        Term(
            name=str(h.get("name", "")),
            start=_date(entry, "holders", h.get("start")) or "",
            end=None if h.get("end") is None else _date(entry, "holders", h["end"]),
        )
        for h in _subentries(entry, "holders")
    )
    return Office(
        id=data["id"],
        names=names,
        organisation=data.get("organisation"),
        holders=holders,
        origin=origin,
    )
