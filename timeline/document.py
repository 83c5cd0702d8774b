"""Documents: articles read from files, with every offset traceable to its file.

kronik reads plain text (`.txt`), Markdown or text with YAML front matter
(`.md`, `.txt`), JSON Lines corpora (`.jsonl`, one article a line) and TimeML
(`.tml`). A `Document` keeps the article text as read plus what is needed to
turn any character offset back into a line and column of the original file.
Reading never writes to the files it reads.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
import re
import stat
import sys
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import attrs
import yaml

from .timex import day_value, is_timex3_value

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".tml")
MAX_BYTES = 64 * 1024 * 1024  # one file; larger is not an article


class InputError(Exception):
    """A file kronik cannot read; the message is one line naming the file."""


@attrs.frozen(kw_only=True)
class Document:
    """One article as read, with where each character came from."""

    id: str
    path: str  # the file, as given on the command line or found in a folder
    text: str  # the article text as read (for .txt/.md the whole decoded file)
    title: str = ""
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    published: str | None = None  # TIMEX3 value from front matter or TimeML DCT
    body: tuple[int, int] = (0, 0)  # the article body within `text` (after front matter)
    furniture: tuple[tuple[int, int], ...] = ()  # site furniture lines: not article text
    # Mapping back to the file: runs (text offset, file offset) in which both advance together,
    # the file offset of each line start from the text's first line on, and that line's
    # number (a record of a JSON Lines file keeps its own line, not the whole file's).
    runs: tuple[tuple[int, int], ...] = ((0, 0),)
    line_starts: tuple[int, ...] = (0,)
    first_line: int = 1
    meta: tuple[tuple[str, str], ...] = ()  # other front matter keys, as strings
    warnings: tuple[str, ...] = ()


def locate(doc: Document, offset: int) -> tuple[int, int]:
    """The 1-based line and column in the original file of a text offset."""
    i = bisect.bisect_right(doc.runs, (offset, float("inf"))) - 1
    text_at, file_at = doc.runs[max(i, 0)]
    file_offset = file_at + (offset - text_at)
    line = bisect.bisect_right(doc.line_starts, file_offset)
    return doc.first_line + line - 1, file_offset - doc.line_starts[line - 1] + 1


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of `text` starts."""
    return (0, *(m.end() for m in re.finditer(r"\r\n|\n|\r", text)))


# --- reading files ---


def expand(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Files to read from files and folders, folders recursively, in a stable order, no repeats."""
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_symlink() and not path.exists():
            raise InputError(f"{path}: dangling symbolic link")
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if name.startswith(".") or child.suffix.lower() not in SUFFIXES:
                        continue
                    if not child.is_file():
                        continue  # a dangling link, a named pipe (reading it would wait forever)
                    found.setdefault(os.path.realpath(child), child)
        else:
            found.setdefault(os.path.realpath(path), path)
    return tuple(sorted(found.values(), key=lambda p: p.as_posix()))


def read(paths: Iterable[str | Path]) -> tuple[Document, ...]:
    """Read every article under `paths`, in a stable order, with unique ids."""
    docs: list[Document] = []
    for path in expand(paths):
        docs.extend(read_file(path))
    return unique_ids(docs)


def unique_ids(docs: Iterable[Document]) -> tuple[Document, ...]:
    """Give documents that share an id a distinguishing suffix from their path."""
    docs = list(docs)
    seen: dict[str, int] = {}
    for doc in docs:
        seen[doc.id] = seen.get(doc.id, 0) + 1
    out = []
    given: dict[str, int] = {}
    for doc in docs:
        if seen[doc.id] > 1:
            new_id = f"{Path(doc.path).with_suffix('').as_posix()}:{doc.id}"
            given[new_id] = given.get(new_id, 0) + 1
            if given[new_id] > 1:  # the same id twice in one .jsonl file
                new_id = f"{new_id}#{given[new_id]}"
            doc = attrs.evolve(doc, id=new_id)
        out.append(doc)
    return tuple(out)


def read_file(path: Path) -> list[Document]:
    """Read one file: one document, or one per line for JSON Lines."""
    try:
        info = path.stat()
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) or stat.S_ISSOCK(info.st_mode):
            raise InputError(f"{path}: not a file (a device or socket)")
        if info.st_size > MAX_BYTES:
            raise InputError(
                f"{path}: file too large ({info.st_size} bytes; the limit is {MAX_BYTES})"
            )
        with path.open("rb") as f:  # a pipe named on the command line is read as it comes
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"{path}: file too large (the limit is {MAX_BYTES} bytes)")
    except FileNotFoundError:
        problem = "dangling symbolic link" if path.is_symlink() else "no such file"
        raise InputError(f"{path}: {problem}") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    text, warnings = decode(data, str(path))
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return list(_read_jsonl(text, str(path), warnings))
    if suffix == ".tml":
        from .timeml import document_from_timeml  # TimeML lives in its own module

        return [document_from_timeml(text, path=str(path), warnings=warnings)]
    return [document_from_text(text, path=str(path), warnings=warnings)]


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (BOM allowed), else cp1252 with a warning; refuse binary.

    A NUL byte in the first 8 KB makes a file binary (UTF-16 too); one further on
    is read as U+FFFD, with a warning.
    """
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputError(f"{name}: binary file, not text")
    text, warnings = _decode_8bit(data.removeprefix(b"\xef\xbb\xbf"), name)
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
        warnings = (*warnings, f"{name}: NUL bytes read as U+FFFD")
    return text, warnings


def _decode_8bit(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start]:02x} at offset {e.start}"
        for encoding in ("cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, (f"{name}: not UTF-8 ({where}); read as {encoding}",)
    raise InputError(f"{name}: cannot decode")  # pragma: no cover - latin-1 decodes anything


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.1


# --- text and front matter ---

_FRONT = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
KNOWN_KEYS = ("title", "published", "date", "source", "url", "lang", "language", "id")


def document_from_text(
    text: str, *, path: str, warnings: tuple[str, ...] = (), doc_id: str | None = None
) -> Document:
    """A document from decoded text that may begin with YAML front matter."""
    meta: dict[str, object] = {}
    body_start = 0
    if _FRONT.match(text):
        end = _FRONT_END.search(text, _FRONT.match(text).end())  # type: ignore[union-attr]
        if end is None:
            raise InputError(f"{path}:1: front matter is not closed (no '---' line)")
        raw = text[_FRONT.match(text).end() : end.start()]  # type: ignore[union-attr]
        meta = _parse_front_matter(raw, path)
        body_start = end.end()
    return _build(
        text, path=path, meta=meta, body=(body_start, len(text)), warnings=warnings, doc_id=doc_id
    )


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but an impossible date ("2018-02-30") stays the string written."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> object:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, AttributeError):  # out of range, or "!!timestamp" on a non-date
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> object:
        try:
            return super().construct_yaml_int(node)
        except ValueError:
            if len(node.value) <= sys.get_int_max_str_digits():
                raise  # "!!int banyak"
            return self.construct_scalar(node)  # more digits than int() takes: as written


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _FrontMatterLoader.construct_yaml_timestamp
)
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _FrontMatterLoader.construct_yaml_int)
MAX_FRONT_MATTER_VALUES = 100_000  # values front matter may expand to through YAML aliases


def _expanded_size(data: object, limit: int) -> int:
    """How many values `data` holds once YAML aliases are expanded, counting up to `limit`.

    A "billion laughs" front matter is a few lines whose aliases expand to 10^9
    values: built as shared objects it is small, but turned into text it never ends.
    """
    sizes: dict[int, int] = {}

    def size(value: object) -> int:
        if not isinstance(value, list | dict):
            return 1
        if id(value) in sizes:
            return sizes[id(value)]
        sizes[id(value)] = 1  # a value that contains itself counts once
        children = value.values() if isinstance(value, dict) else value
        total = 1
        for child in children:
            total += size(child)
            if total > limit:
                break
        sizes[id(value)] = total
        return total

    return size(data)


def _too_deep(raw: str, limit: int = 100) -> int | None:
    """The line (of the file) where brackets in front matter nest deeper than `limit`.

    PyYAML takes time quadratic in the nesting of "[[[[...": deeper is refused first.
    """
    depth = 0
    for number, line in enumerate(raw.splitlines(), 2):
        for char in line:
            depth += (char in "[{") - (char in "]}")
            if depth > limit:
                return number
    return None


def _parse_front_matter(raw: str, path: str) -> dict[str, object]:
    if (line := _too_deep(raw)) is not None:
        raise InputError(f"{path}:{line}: broken front matter: nested too deeply")
    try:
        data = yaml.load(raw, Loader=_FrontMatterLoader)  # a SafeLoader
        too_big = _expanded_size(data, MAX_FRONT_MATTER_VALUES) > MAX_FRONT_MATTER_VALUES
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise InputError(f"{path}:{line}: broken front matter: {problem}") from None
    except RecursionError:
        raise InputError(f"{path}:1: broken front matter: nested too deeply") from None
    except (ValueError, TypeError) as e:  # an explicit tag on a bad value: "!!int abc"
        raise InputError(f"{path}:1: broken front matter: {e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}:2: broken front matter: expected 'key: value' lines")
    if too_big:
        raise InputError(
            f"{path}:2: broken front matter: its aliases expand to more than "
            f"{MAX_FRONT_MATTER_VALUES:,} values"
        )
    return {str(k): v for k, v in data.items()}


def _build(
    text: str,
    *,
    path: str,
    meta: dict[str, object],
    body: tuple[int, int],
    warnings: tuple[str, ...],
    runs: tuple[tuple[int, int], ...] = ((0, 0),),
    starts: tuple[int, ...] | None = None,
    line: int = 1,
    doc_id: str | None = None,
) -> Document:
    warnings_list = list(warnings)
    published = None
    for key in ("published", "date"):
        if meta.get(key) not in (None, ""):
            published = normalize_published(meta[key])
            if published is None:
                shown = _short(str(meta[key]))
                warnings_list.append(f"{path}: front matter '{key}: {shown}' is not a date")
            break
    furniture = tuple(find_furniture(text, body))
    title = _str(meta.get("title")) or first_line(text, body, furniture)
    source = _str(meta.get("source")) or infer_source(text, body)
    lang = _str(meta.get("lang") or meta.get("language"))
    extra = tuple(sorted((k, _str(v)) for k, v in meta.items() if k not in KNOWN_KEYS))
    return Document(
        id=doc_id or _str(meta.get("id")) or Path(path).stem,
        path=path,
        text=text,
        title=title,
        source=source or None,
        url=_str(meta.get("url")) or None,
        lang=lang.lower() if lang else None,
        published=published,
        body=body,
        furniture=furniture,
        runs=runs,
        line_starts=starts if starts is not None else line_starts(text),
        first_line=line,
        meta=extra,
        warnings=tuple(warnings_list),
    )


def _str(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        try:
            return json.dumps(value, default=_str)  # YAML dates inside lists and maps
        except ValueError:  # a YAML alias that contains itself
            return str(value)
    return str(value).strip()


def _short(text: str, limit: int = 60) -> str:
    """A value as a one-line message shows it: at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_published(value: object) -> str | None:
    """A TIMEX3 value for a front matter date (YAML date, datetime or string), or None."""
    if isinstance(value, dt.datetime):
        return f"{day_value(value.date())}T{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return day_value(value)
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", text)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            if m[4]:
                dt.time(int(m[4]), int(m[5]))  # "25:99" is not a time
        except ValueError:
            return None
        return day_value(day) + (f"T{m[4]}:{m[5]}" if m[4] else "")
    if is_timex3_value(text) and re.match(r"^\d{4}(-\d{2})?$", text):
        return text
    return None


def first_line(text: str, body: tuple[int, int], furniture: tuple[tuple[int, int], ...]) -> str:
    """The title: the first line of the body that reads as a headline.

    A headline has at least three words (a lone "Nasional" is a section label)
    and is not a whole paragraph; failing that, the first sentence of the first line.
    """
    skip = set(furniture)
    lines = []
    for m in re.finditer(r"[^\r\n]+", text[body[0] : body[1]]):
        span = (body[0] + m.start(), body[0] + m.end())
        if m.group().strip() and span not in skip:
            lines.append(m.group().strip())
        if len(lines) >= 5:
            break
    for line in lines:
        if len(line.split()) < 3:
            continue  # a section label or a byline
        if len(line) <= 160:
            return line
        first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]  # a lead paragraph, no headline
        return first if len(first) <= 160 else first[:159].rstrip() + "…"
    return lines[0] if lines else ""


@cache
def source_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns that find an outlet's name near the top of an article (data/sources.toml)."""
    data = tomllib.loads(
        resources.files("kronik.timeline").joinpath("data/sources.toml").read_text("utf-8")
    )
    return tuple(re.compile(entry["pattern"]) for entry in data["source"])


def infer_source(text: str, body: tuple[int, int]) -> str:
    """The outlet named in a dateline or byline ("JAKARTA, KOMPAS.com -"), or ""."""
    head = text[body[0] : min(body[1], body[0] + 1500)]
    for line in head.splitlines()[:12]:
        line = line.strip()[:200]
        for pattern in source_patterns():
            if m := pattern.search(line):
                return m.group("source")
    return ""


# --- site furniture ---


@cache
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns for lines that are site furniture, from timeline/data/furniture.toml."""
    data = tomllib.loads(
        resources.files("kronik.timeline").joinpath("data/furniture.toml").read_text("utf-8")
    )
    exact = [re.escape(line) for entry in data["line"] for line in entry.get("exact", ())]
    patterns = [p for entry in data["line"] for p in entry.get("patterns", ())]
    joined = "|".join([*exact, *patterns])
    return (re.compile(rf"^\s*(?:{joined})\s*$", re.IGNORECASE),)


def find_furniture(text: str, body: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Spans of site furniture lines in the body, and of repeats of the title line."""
    (pattern,) = furniture_patterns()
    seen: set[str] = set()
    for m in re.finditer(r"[^\r\n]+", text[body[0] : body[1]]):
        line = m.group()
        if len(line) > 200:
            continue
        key = line.strip()
        span = (body[0] + m.start(), body[0] + m.end())
        if pattern.match(line):
            yield span
        elif key in seen and len(key) < 200:
            yield span  # a heading repeated by a page scrape
        elif key:
            seen.add(key)


# --- JSON Lines ---


def _read_jsonl(text: str, path: str, warnings: tuple[str, ...]) -> Iterator[Document]:
    starts = line_starts(text)
    # Lines end at CR/LF only, as in `line_starts`: str.splitlines() would also break at
    # U+2028, U+0085 and others, which JSON strings may hold unescaped.
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else len(text)
        line = text[start:end].rstrip("\r\n")
        if not line.strip():
            continue
        try:
            record = _JSON.decode(line)
        except (json.JSONDecodeError, RecursionError) as e:
            raise InputError(f"{path}:{number}: not a JSON object ({_json_problem(e)})") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: not a JSON object")
        record, replaced = _without_surrogates(record)
        line_warnings = warnings
        if replaced:
            problem = "lone UTF-16 surrogate escapes (\\ud800-\\udfff) read as U+FFFD"
            line_warnings = (*warnings, f"{path}:{number}: {problem}")
        body = record.get("text")
        if not isinstance(body, str):
            raise InputError(f"{path}:{number}: no 'text' string")
        column = _string_value_column(line, "text")
        runs = tuple((t, starts[number - 1] + c) for t, c in _escape_runs(line, column))
        meta = {k: v for k, v in record.items() if k != "text"}
        doc_id = _str(record.get("id")) or f"{Path(path).stem}-{number}"
        yield _build(
            body,
            path=path,
            meta=meta,
            body=(0, len(body)),
            warnings=line_warnings,
            runs=runs,
            starts=(start,),  # the record is one line: JSON strings hold no raw line breaks
            line=number,
            doc_id=doc_id,
        )


def _json_int(digits: str) -> int | str:
    """A JSON integer; one with more digits than int() takes stays the digits written."""
    return int(digits) if len(digits) <= sys.get_int_max_str_digits() else digits


_JSON = json.JSONDecoder(parse_int=_json_int)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(record: dict[str, object]) -> tuple[dict[str, object], bool]:
    """A record whose top-level strings hold no lone surrogates (they cannot be written out).

    Each becomes U+FFFD, one character for one, so offsets into the text still hold.
    """
    out: dict[str, object] = {}
    replaced = False
    for key, value in record.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            value, replaced = _SURROGATE.sub("\ufffd", value), True
        out[_SURROGATE.sub("\ufffd", key)] = value
    return out, replaced


def _json_problem(e: Exception) -> str:
    return e.msg if isinstance(e, json.JSONDecodeError) else "nested too deeply"


def _string_value_column(line: str, key: str) -> int:
    """Offset in `line` of the first character inside the JSON string value of top-level `key`.

    Of a key given twice, the last counts, as it does for `json.loads`.
    """
    decoder = _JSON
    i = line.index("{") + 1
    ws = re.compile(r"[ \t\r\n]*")
    found = 0
    while True:
        i = ws.match(line, i).end()  # type: ignore[union-attr]
        if line[i] == "}":
            return found
        name, i = json.decoder.scanstring(line, i + 1)  # type: ignore[attr-defined]
        i = ws.match(line, i).end() + 1  # type: ignore[union-attr]  # past ':'
        i = ws.match(line, i).end()  # type: ignore[union-attr]
        if name == key:
            found = i + 1
        _, i = decoder.raw_decode(line, i)
        i = ws.match(line, i).end()  # type: ignore[union-attr]
        if line[i] == ",":
            i += 1


def _escape_runs(line: str, column: int) -> Iterator[tuple[int, int]]:
    """Runs (decoded offset, column) for the JSON string starting at `column`.

    Characters between escapes decode one for one; each escape (a surrogate pair of
    two \\u escapes included) decodes to one character. The string ends at a bare '"'.
    """
    decoded = 0
    i = column
    yield decoded, i
    for m in _ESCAPE_OR_QUOTE.finditer(line, column):
        if m.end() - m.start() == 1:  # the closing quote
            return
        decoded += m.start() - i + 1
        i = m.end()
        yield decoded, i


# An escape in a JSON string, a surrogate pair first, or the quote that closes it.
_ESCAPE_OR_QUOTE = re.compile(r'\\u[dD][89abAB]..\\u[dD][c-fC-F]..|\\u....|\\.|"', re.DOTALL)
