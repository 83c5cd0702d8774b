"""TimeML and MEANTIME: gold-annotated documents in, TempEval-3 style TimeML out.

`parse_timeml` reads inline TimeML (TempEval-3 `.tml`) with a hand-written tag
scanner, so that every character of the plain text keeps its offset in the file;
`parse_meantime` reads MEANTIME token XML. Both give an `Annotated`: the plain
text, the DCT and the gold timexes with offsets into that text.
"""

from __future__ import annotations

import bisect
import html.entities
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import attrs

from . import document
from .timex import Anchor, Timex, TimexType, is_timex3_value


class TimeMLError(ValueError):
    """Malformed TimeML or MEANTIME input; the message starts with "line L: "."""


@attrs.frozen(kw_only=True)
class Annotated:
    """One gold-annotated document: plain text, DCT and gold timexes."""

    doc_id: str
    text: str  # TITLE and TEXT contents, tags removed, entities decoded
    dct: str | None
    title: str
    body: tuple[int, int]  # the TEXT element's content within `text`
    gold: tuple[Timex, ...]
    runs: tuple[tuple[int, int], ...] = ((0, 0),)  # (text offset, file offset) runs
    lang: str | None = None
    # The part of `text` the annotators covered, when that is less than the body: MEANTIME
    # annotates only an article's first sentences (see `parse_meantime`). None: the body.
    annotated: tuple[int, int] | None = None

    @property
    def scored(self) -> tuple[int, int]:
        """The span a TempEval-3 score covers: the annotated part, else the body."""
        return self.annotated if self.annotated is not None else self.body


# --- TIMEX3 values --------------------------------------------------------------------------------

_ZONE = re.compile(r"^(.*T\d{2}(?::\d{2}){0,2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)$")


def split_zone(value: str) -> tuple[str, str | None]:
    """A TIMEX3 value without its trailing UTC offset ("Z", "+07:00"), and that offset."""
    if m := _ZONE.match(value):
        return m[1], m[2]
    return value, None


def _readable(value: str) -> tuple[str, str | None, str] | None:
    """(value, zone, note) kronik can hold for a gold value, or None."""
    bare, zone = split_zone(value)  # kronik keeps the zone apart from the value
    if is_timex3_value(bare):
        return bare, zone, ""
    # "2009-12-11TXX": a time on that day, unspecified; kronik's grammar has no TXX.
    if bare.endswith("TXX") and is_timex3_value(bare[:-3]):
        return bare[:-3], zone, f"gold value {value}"
    return None


# --- the tag scanner ------------------------------------------------------------------------------

_NAME = re.compile(r"[A-Za-z_:][\w.:-]*")
_ATTR_NAME = re.compile(r"[^\s=/>\"'<]+")
_SPACE = re.compile(r"\s*")
_UNQUOTED = re.compile(r"[^\s>]*")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_HAS_TEXT = re.compile(r"<TEXT[\s/>]", re.IGNORECASE)
# Elements whose content is metadata, not article text, when a file has no TEXT element.
_METADATA = frozenset({"DOCID", "DOCNO", "DCT", "DOCTYPE", "DATE_TIME", "EXTRAINFO"})


def _entity(name: str) -> str | None:
    """The characters an entity body ("amp", "#38", "#x26") stands for, or None."""
    if name.startswith(("#x", "#X")):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return html.entities.html5.get(name + ";")
    if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return chr(code)
    return None


def _unescape(raw: str) -> str:
    return _ENTITY.sub(lambda m: _entity(m[1]) or m[0], raw)


class _Text:
    """The plain text being built, with its runs back to the file."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.runs: list[tuple[int, int]] = []

    def add(self, chunk: str, file_at: int) -> None:
        if not chunk:
            return
        if self.runs:
            text_at, run_file = self.runs[-1]
            continues = self.length - text_at == file_at - run_file
        else:
            continues = False
        if not continues:
            self.runs.append((self.length, file_at))
        self.parts.append(chunk)
        self.length += len(chunk)

    def ends_with_newline(self) -> bool:
        return not self.parts or self.parts[-1].endswith(("\n", "\r"))


@attrs.define
class _Open:
    """A TIMEX3 start tag waiting for its end tag."""

    start: int  # text offset
    attrs: dict[str, str]
    at: int  # file offset of '<'
    content: bool  # inside TITLE/TEXT (or the whole file when it has no TEXT)


class _Scanner:
    def __init__(self, source: str, *, has_text: bool) -> None:
        self.source = source
        self.has_text = has_text
        self.out = _Text()
        self.depth: dict[str, int] = {}
        self.seen_text = False
        self.body: tuple[int, int] | None = None
        self.body_start = 0
        self.title_span: tuple[int, int] | None = None
        self.title_start = 0
        self.dct: str | None = None
        self.doc_id = ""
        self.docid_at: int | None = None
        self.lang: str | None = None
        self.open: _Open | None = None
        self.gold: list[Timex] = []
        self._starts: tuple[int, ...] | None = None

    # where things are

    def fail(self, at: int, problem: str) -> TimeMLError:
        return TimeMLError(f"line {self.line(at)}: {problem}")

    def line(self, at: int) -> int:
        if self._starts is None:
            self._starts = document.line_starts(self.source)
        return bisect.bisect_right(self._starts, at)

    def in_content(self) -> bool:
        if self.has_text:
            return self.depth.get("TEXT", 0) > 0 or self.depth.get("TITLE", 0) > 0
        return not any(self.depth.get(name, 0) > 0 for name in _METADATA)

    # the scan

    def run(self) -> None:
        source, n = self.source, len(self.source)
        i = 0
        while i < n:
            lt = source.find("<", i)
            if lt < 0:
                lt = n
            if lt > i:
                self.chars(i, lt)
            if lt >= n:
                break
            i = self.markup(lt)
        if self.open is not None:
            raise self.fail(self.open.at, "TIMEX3 is not closed")
        if self.has_text and self.depth.get("TEXT", 0) > 0:
            self.body = (self.body_start, self.out.length)  # a TEXT left open: read to the end

    def chars(self, start: int, end: int) -> None:
        if not self.in_content():
            return
        prev = start
        for m in _ENTITY.finditer(self.source, start, end):
            self.out.add(self.source[prev : m.start()], prev)
            decoded = _entity(m[1])
            self.out.add(decoded if decoded is not None else m[0], m.start())
            prev = m.end()
        self.out.add(self.source[prev:end], prev)

    def markup(self, lt: int) -> int:
        """Handle the markup at `lt`; return where scanning goes on."""
        source = self.source
        if source.startswith("<!--", lt):
            return self.past(lt, "-->", "comment is not closed")
        if source.startswith("<![CDATA[", lt):
            end = source.find("]]>", lt + 9)
            if end < 0:
                raise self.fail(lt, "CDATA section is not closed")
            if self.in_content():
                self.out.add(source[lt + 9 : end], lt + 9)
            return end + 3
        if source.startswith("<?", lt):
            return self.past(lt, "?>", "processing instruction is not closed")
        if source.startswith("<!", lt):
            gt = source.find(">", lt)
            bracket = source.find("[", lt, gt if gt >= 0 else len(source))
            if bracket >= 0:
                close = source.find("]", bracket)
                gt = source.find(">", close) if close >= 0 else -1
            if gt < 0:
                raise self.fail(lt, "declaration is not closed")
            return gt + 1
        closing = source.startswith("</", lt)
        m = _NAME.match(source, lt + 2 if closing else lt + 1)
        if m is None:  # a bare '<' in text: not XML, but readable
            self.chars(lt, lt + 1)
            return lt + 1
        name = m[0]
        if closing:
            j = _SPACE.match(source, m.end()).end()  # type: ignore[union-attr]
            if j >= len(source) or source[j] != ">":
                raise self.fail(lt, f"unterminated tag </{name}")
            self.end_tag(name.upper(), lt)
            return j + 1
        attributes, after, empty = self.attributes(lt, m.end(), name)
        self.start_tag(name.upper(), attributes, empty, lt, after)
        return after

    def past(self, lt: int, terminator: str, problem: str) -> int:
        end = self.source.find(terminator, lt + 2)
        if end < 0:
            raise self.fail(lt, problem)
        return end + len(terminator)

    def attributes(self, lt: int, j: int, name: str) -> tuple[dict[str, str], int, bool]:
        source, n = self.source, len(self.source)
        found: dict[str, str] = {}
        while True:
            j = _SPACE.match(source, j).end()  # type: ignore[union-attr]
            if j >= n:
                raise self.fail(lt, f"unterminated tag <{name}")
            if source[j] == ">":
                return found, j + 1, False
            if source.startswith("/>", j):
                return found, j + 2, True
            m = _ATTR_NAME.match(source, j)
            if m is None:
                raise self.fail(lt, f"malformed tag <{name}: unexpected {source[j]!r}")
            key = m[0]
            j = _SPACE.match(source, m.end()).end()  # type: ignore[union-attr]
            value = ""
            if j < n and source[j] == "=":
                j = _SPACE.match(source, j + 1).end()  # type: ignore[union-attr]
                if j >= n:
                    raise self.fail(lt, f"unterminated tag <{name}")
                if source[j] in "\"'":
                    end = source.find(source[j], j + 1)
                    if end < 0:
                        raise self.fail(lt, f"unterminated tag <{name}")
                    value, j = source[j + 1 : end], end + 1
                else:
                    unquoted = _UNQUOTED.match(source, j)
                    value, j = unquoted[0], unquoted.end()  # type: ignore[index,union-attr]
            found[key] = _unescape(value)

    def start_tag(
        self, name: str, attributes: dict[str, str], empty: bool, lt: int, after: int
    ) -> None:
        if self.lang is None:
            lang = attributes.get("xml:lang") or attributes.get("lang")
            self.lang = lang.strip().lower() if lang and lang.strip() else None
        if name == "TIMEX3":
            self.timex_start(attributes, empty, lt)
            return
        if empty:
            return
        if name == "DOCID" and self.docid_at is None:
            self.docid_at = after
        if name in ("TEXT", "TITLE") and self.has_text:
            if self.open is not None:
                raise self.fail(lt, f"<{name}> inside TIMEX3 (line {self.line(self.open.at)})")
            if not self.out.ends_with_newline():
                self.out.add("\n", after)  # keep the title and the text apart as words
            if name == "TEXT":
                self.seen_text = True
                self.body_start = self.out.length
            else:
                self.title_start = self.out.length
        self.depth[name] = self.depth.get(name, 0) + 1

    def end_tag(self, name: str, lt: int) -> None:
        if name == "TIMEX3":
            self.timex_end(lt)
            return
        if name == "DOCID" and self.docid_at is not None and not self.doc_id:
            self.doc_id = _unescape(self.source[self.docid_at : lt]).strip()
        if self.depth.get(name, 0) <= 0:
            return  # a stray end tag of an element kronik does not read
        if name in ("TEXT", "TITLE", *_METADATA) and self.open is not None:
            opened = self.line(self.open.at)
            raise self.fail(lt, f"</{name}> while the TIMEX3 opened on line {opened} is open")
        self.depth[name] -= 1
        if name == "TEXT" and self.has_text and self.body is None:
            self.body = (self.body_start, self.out.length)
        elif name == "TITLE" and self.has_text and self.title_span is None:
            self.title_span = (self.title_start, self.out.length)

    def timex_start(self, attributes: dict[str, str], empty: bool, lt: int) -> None:
        if self.open is not None:
            opened = self.line(self.open.at)
            raise self.fail(lt, f"TIMEX3 inside the TIMEX3 opened on line {opened}")
        in_dct = self.depth.get("DCT", 0) > 0
        creation = attributes.get("functionInDocument") == "CREATION_TIME"
        content = self.in_content()
        if (in_dct or creation) and self.dct is None:
            self.dct = self.value(attributes, lt)[0]
        if empty:
            return  # an empty TIMEX3 (an implicit anchor) has no span to score
        if content:
            self.value(attributes, lt)
            self.kind(attributes, lt)
        self.open = _Open(start=self.out.length, attrs=attributes, at=lt, content=content)

    def timex_end(self, lt: int) -> None:
        opened = self.open
        if opened is None:
            raise self.fail(lt, "</TIMEX3> without an open TIMEX3")
        self.open = None
        start, end = opened.start, self.out.length
        if not opened.content or end <= start:
            return
        value, zone, note = self.value(opened.attrs, opened.at)
        until = None
        if (raw_end := opened.attrs.get("endValue", "").strip()) and (
            readable := _readable(raw_end)
        ):
            until = readable[0]
        elif raw_end:
            raise self.fail(opened.at, f"TIMEX3 endValue {raw_end!r} is not a TIMEX3 value")
        self.gold.append(
            Timex(
                start=start,
                end=end,
                text="",  # filled in once the whole text is joined
                type=self.kind(opened.attrs, opened.at),
                value=value,
                begin=value if until else None,
                until=until,
                mod=opened.attrs.get("mod") or None,
                anchor=Anchor.ABSOLUTE,
                rule="gold",
                zone=zone,
                note=note,
            )
        )

    def value(self, attributes: dict[str, str], lt: int) -> tuple[str, str | None, str]:
        raw = attributes.get("value", "").strip()
        if not raw:
            raise self.fail(lt, "TIMEX3 without a value")
        readable = _readable(raw)
        if readable is None:
            raise self.fail(lt, f"TIMEX3 value {raw!r} is not a TIMEX3 value")
        return readable

    def kind(self, attributes: dict[str, str], lt: int) -> TimexType:
        raw = attributes.get("type", "").strip()
        if not raw:
            raise self.fail(lt, "TIMEX3 without a type")
        try:
            return TimexType(raw.upper())
        except ValueError:
            raise self.fail(lt, f"TIMEX3 type {raw!r} is not DATE, TIME, DURATION or SET") from None


def parse_timeml(source: str) -> Annotated:
    """Read an inline TimeML document (TempEval-3 `.tml`) with exact offsets."""
    scanner = _Scanner(source, has_text=bool(_HAS_TEXT.search(source)))
    scanner.run()
    if scanner.has_text and not scanner.seen_text:
        scanner = _Scanner(source, has_text=False)  # "<TEXT" only in a comment or CDATA
        scanner.run()
    text = "".join(scanner.out.parts)
    body = scanner.body if scanner.has_text and scanner.body is not None else (0, len(text))
    title = text[slice(*scanner.title_span)].strip() if scanner.title_span else ""
    return Annotated(
        doc_id=scanner.doc_id,
        text=text,
        dct=scanner.dct,
        title=title,
        body=body,
        gold=tuple(attrs.evolve(t, text=text[t.start : t.end]) for t in scanner.gold),
        runs=tuple(scanner.out.runs) or ((0, 0),),
        lang=scanner.lang,
    )


def document_from_timeml(
    text: str, *, path: str, warnings: tuple[str, ...] = ()
) -> document.Document:
    """A `Document` from a decoded TimeML file, its offsets traceable to the file."""
    try:
        annotated = parse_timeml(text)
    except TimeMLError as e:
        raise document.InputError(f"{path}: broken TimeML: {e}") from None
    plain, body = annotated.text, annotated.body
    furniture = tuple(document.find_furniture(plain, body))
    return document.Document(
        id=annotated.doc_id or Path(path).stem,
        path=path,
        text=plain,
        title=annotated.title or document.first_line(plain, body, furniture),
        source=document.infer_source(plain, body) or None,
        lang=annotated.lang,
        published=annotated.dct,
        body=body,
        furniture=furniture,
        runs=annotated.runs,
        line_starts=document.line_starts(text),
        warnings=warnings,
    )


# --- writing TimeML -------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;").replace("'", "&apos;")


def render_timeml(
    text: str, timexes: Sequence[Timex], *, dct: str | None, doc_id: str, title: str = ""
) -> str:
    """A TempEval-3 style TimeML document: `text` with each timex tagged inline."""
    kept: list[Timex] = []
    # Earlier first, then longer first: of overlapping timexes the first kept wins.
    for t in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if t.end <= len(text) and (not kept or t.start >= kept[-1].end):
            kept.append(t)
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n', f"<DOCID>{_escape(doc_id)}</DOCID>\n"]
    if dct is not None:
        kind = "TIME" if "T" in dct else "DATE"
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="{kind}" value="{_attribute(dct)}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">'
            f"{_escape(dct)}</TIMEX3></DCT>\n"
        )
    parts.append(f"<TITLE>{_escape(title)}</TITLE>\n<TEXT>")
    at = 0
    for number, t in enumerate(kept, start=1):
        parts.append(_escape(text[at : t.start]))
        tag = f'<TIMEX3 tid="t{number}" type="{t.type.value}" value="{_attribute(t.value)}"'
        if t.mod:
            tag += f' mod="{_attribute(t.mod)}"'
        if t.until:
            tag += f' endValue="{_attribute(t.until)}"'
        parts.append(f"{tag}>{_escape(text[t.start : t.end])}</TIMEX3>")
        at = t.end
    parts.append(_escape(text[at:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


# --- MEANTIME -------------------------------------------------------------------------------------

_NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        ")",
        "]",
        "}",
        "!",
        "?",
        "%",
        "'",
        "'s",
        "n't",
        "'re",
        "'ve",
        "'ll",
        "'m",
        "'d",
    }
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w != "s"}


# MEANTIME annotates every layer (TIMEX3 included) only in the first sentences of an article:
# the title, the dateline and the four sentences after them, sentences 0-5 of the token XML.
# Further down, only bare entity and event mentions (an m_id and nothing else) link into
# cross-document coreference chains. The annotated part ends after sentence 5, or later
# when a markable with attributes (a fully annotated one) stands later: one Airbus file's
# tokenizer ran a photo caption into its first sentence.
MEANTIME_ANNOTATED_SENTENCES = 6


def _sentence_number(raw: str | None) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def parse_meantime(source: str) -> Annotated:
    """Read one MEANTIME token-XML file: text rebuilt from its tokens, gold timexes on it.

    `annotated` is the part of the text MEANTIME annotates (`MEANTIME_ANNOTATED_SENTENCES`):
    a score counts neither the gold nor the system timexes after it.
    """
    try:
        root = _fromstring(source)
    except ValueError as e:
        if isinstance(e, TimeMLError):
            raise
        # A str with an encoding declaration: the declaration no longer applies.
        root = _fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", source, count=1))
    if root.tag != "Document":
        raise TimeMLError(f"line 1: not a MEANTIME document (root element <{root.tag}>)")
    parts: list[str] = []
    length = 0
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[int, int] = {}  # sentence number -> end of its last token in the text
    previous: tuple[str, str] | None = None  # (sentence, token) of the last token placed
    for token in root.iter("token"):
        word = (token.text or "").strip()
        if not word:
            continue
        sentence = token.get("sentence", "")
        if previous is None:
            gap = ""
        elif sentence != previous[0]:
            gap = "\n"
        elif word.lower() in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        parts.append(gap + word)
        length += len(gap)
        if t_id := token.get("t_id"):
            spans[t_id] = (length, length + len(word))
            sentence_of[t_id] = sentence
        length += len(word)
        if (number := _sentence_number(sentence)) is not None:
            sentence_end[number] = max(sentence_end.get(number, 0), length)
        previous = (sentence, word)
    text = "".join(parts)
    gold: list[Timex] = []
    dct: str | None = None
    dct_sentences: set[str] = set()
    for element in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in element.iter("token_anchor")]
        placed = sorted(spans[i] for i in ids if i in spans)
        creation = element.get("functionInDocument") == "CREATION_TIME"
        raw = (element.get("value") or "").strip()
        if not placed and not (creation and dct is None):
            continue
        readable = _readable(raw) if raw else None
        if readable is None:
            where = _meantime_line(source, element.get("m_id", ""))
            raise TimeMLError(f"line {where}: TIMEX3 value {raw!r} is not a TIMEX3 value")
        if creation and dct is None:
            dct = readable[0]
            dct_sentences = {sentence_of[i] for i in ids if i in sentence_of}
        if not placed:
            continue
        try:
            kind = TimexType((element.get("type") or "").strip().upper())
        except ValueError:
            where = _meantime_line(source, element.get("m_id", ""))
            raise TimeMLError(
                f"line {where}: TIMEX3 type {element.get('type')!r} is not a TIMEX3 type"
            ) from None
        start, end = placed[0][0], placed[-1][1]
        gold.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=kind,
                value=readable[0],
                mod=element.get("mod") or None,
                anchor=Anchor.ABSOLUTE,
                rule="gold",
                zone=readable[1],
                role="dateline" if creation else "mention",
                note=readable[2],
            )
        )
    gold.sort(key=lambda t: (t.start, t.end))
    annotated = _meantime_annotated(root, sentence_of, sentence_end, gold, len(text))
    first = text.split("\n", 1)[0] if text else ""
    return Annotated(
        doc_id=root.get("doc_id") or root.get("doc_name") or "",
        text=text,
        dct=dct,
        title=first if _marks_title(root, first, dct_sentences) else "",
        body=(0, len(text)),
        gold=tuple(gold),
        runs=((0, 0),),
        lang=(root.get("lang") or "").strip().lower() or None,
        annotated=annotated,
    )


def _meantime_annotated(
    root: ET.Element,
    sentence_of: dict[str, str],
    sentence_end: dict[int, int],
    gold: Sequence[Timex],
    length: int,
) -> tuple[int, int] | None:
    """The span of the annotated sentences, or None (the whole text) when tokens lack numbers."""
    if not sentence_end or len(sentence_end) < len({*sentence_of.values()}):
        return None
    last = MEANTIME_ANNOTATED_SENTENCES - 1
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        if set(element.attrib) <= {"m_id"}:
            continue  # a cross-document mention, annotated anywhere in the text
        for anchor in element.iter("token_anchor"):
            number = _sentence_number(sentence_of.get(anchor.get("t_id", "")))
            if number is not None:
                last = max(last, number)
    ends = [end for number, end in sentence_end.items() if number <= last]
    end = max(ends, default=0)
    end = max([end, *(t.end for t in gold)])  # never leave a gold timex out
    return None if end >= length else (0, end)


def _fromstring(source: str) -> ET.Element:
    try:
        return ET.fromstring(source)
    except ET.ParseError as e:
        raise TimeMLError(f"line {e.position[0]}: {_parse_problem(e)}") from None


def _parse_problem(e: ET.ParseError) -> str:
    return str(e).split(": line", 1)[0]


def _marks_title(root: ET.Element, first: str, dct_sentences: set[str]) -> bool:
    """Whether sentence 0 is a headline: the dateline is sentence 1, or doc_name repeats it."""
    if not first:
        return False
    if dct_sentences == {"1"}:
        return True
    name = root.get("doc_name") or ""
    name = re.sub(r"^\d+_", "", name).replace("_", " ")
    words = _words(name)
    return bool(words) and len(words & _words(first)) >= 0.8 * len(words)


def _meantime_line(source: str, m_id: str) -> int:
    at = source.find(f'm_id="{m_id}"', max(source.find("<Markables"), 0)) if m_id else -1
    return source.count("\n", 0, at) + 1 if at >= 0 else 1
