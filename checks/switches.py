"""In-document switches: an article turns rules off for a part of its text, or for all of it.

Switches are Markdown/HTML comments, so they never show in the published page,
and they work in any file kronik reads (in JSON Lines, inside the text):

    <!-- kronik: disable K501 -->          rules off from here...
    <!-- kronik: enable K501 -->           ...to here (or to the end of the text)
    <!-- kronik: disable -->               every rule off; `enable` turns all back on
    <!-- kronik: disable-next-line K101 --> rules off on the next line only

and, for the whole article, front matter (or a JSON Lines key):

    kronik: {disable: [K501, quote-variant]}

Rules are named by code, name or prefix, several separated by commas or spaces,
as `--select` takes them. A switch takes effect where its comment starts. A
switch that names no rule kronik knows, or is not one of the words above, is an
input error (exit 2), as an unknown key in a config file is: a typo must not
silently leave a rule on.

Which findings a switch suppresses: a finding rests on evidence, often from
several articles. It is suppressed when *all* of its evidence in the reported
documents lies where its rule is switched off in that document; evidence in
`--against` documents does not count (they are not reported on, and their
switches are theirs). One article switching a rule off therefore silences the
findings that only it supports, but not a conflict another reported article
still shows: that article's author has not switched anything off.
"""

from __future__ import annotations

import difflib
import json
import re

import attrs

from kronik.timeline.document import Document, InputError, locate

from .selection import resolve_selection

ACTIONS = ("disable", "enable", "disable-next-line")
_COMMENT = re.compile(r"<!--\s*kronik\s*:(?P<body>.*?)-->", re.DOTALL)
_NEWLINE = re.compile(r"\r\n|\n|\r")


class SwitchError(InputError):
    """A switch kronik cannot read; the message is one line, `path:line:col: problem`."""


@attrs.frozen(kw_only=True)
class Switches:
    """Where rules are off in one document."""

    doc: str
    everywhere: frozenset[str] = frozenset()  # codes off in the whole document
    spans: tuple[tuple[int, int, frozenset[str]], ...] = ()  # (start, end, codes off)


def read_switches(doc: Document) -> Switches:
    """The switches of one document: its comments and its front matter."""
    everywhere = _front_matter(doc)
    spans: list[tuple[int, int, frozenset[str]]] = []
    off: frozenset[str] = frozenset()
    since = 0
    for m in _COMMENT.finditer(doc.text):
        action, codes = _directive(doc, m)
        if action == "disable-next-line":
            line = _next_line(doc.text, m.end())
            if line is not None:
                spans.append((*line, codes))
            continue
        if off:
            spans.append((since, m.start(), off))
        off = off | codes if action == "disable" else off - codes
        since = m.start()
    if off:
        spans.append((since, len(doc.text), off))
    return Switches(doc=doc.id, everywhere=everywhere, spans=tuple(sorted(spans)))


def is_off(switches: Switches, code: str, offset: int) -> bool:
    """Whether rule `code` is switched off at a character offset of the document."""
    if code in switches.everywhere:
        return True
    return any(start <= offset < end and code in codes for start, end, codes in switches.spans)


def _directive(doc: Document, m: re.Match[str]) -> tuple[str, frozenset[str]]:
    """The action and rule codes of one switch comment; no rule named means every rule."""
    words = [w for w in re.split(r"[\s,]+", m.group("body")) if w]
    where = ":".join(map(str, locate(doc, m.start())))
    if not words:
        raise SwitchError(f"{doc.path}:{where}: empty kronik switch (use {', '.join(ACTIONS)})")
    action, names = words[0].lower(), words[1:]
    if action not in ACTIONS:
        close = difflib.get_close_matches(action, ACTIONS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (use {', '.join(ACTIONS)})"
        raise SwitchError(f"{doc.path}:{where}: unknown kronik switch {action!r}{hint}")
    try:
        return action, frozenset(resolve_selection(names or ["ALL"]))
    except ValueError as e:
        raise SwitchError(f"{doc.path}:{where}: kronik switch: {e}") from None


def _next_line(text: str, offset: int) -> tuple[int, int] | None:
    """The span of the line after the one holding `offset`, or None on the last line."""
    newline = _NEWLINE.search(text, offset)
    if newline is None:
        return None
    start = newline.end()
    end = _NEWLINE.search(text, start)
    return start, end.start() if end else len(text)


def _front_matter(doc: Document) -> frozenset[str]:
    """Codes the front matter's `kronik: {disable: [...]}` turns off for the whole document."""
    raw = dict(doc.meta).get("kronik")
    if raw is None:
        return frozenset()
    problem = f"{doc.path}: front matter 'kronik': expected a map like {{disable: [K501]}}"
    try:
        value = json.loads(raw)  # maps and lists are kept as JSON strings in Document.meta
    except json.JSONDecodeError:
        raise SwitchError(problem) from None
    if not isinstance(value, dict):
        raise SwitchError(problem)
    for key in value:
        if key != "disable":
            close = difflib.get_close_matches(key, ["disable"])
            hint = " (did you mean 'disable'?)" if close else ""
            raise SwitchError(f"{doc.path}: front matter 'kronik': unknown key {key!r}{hint}")
    names = value.get("disable") or []
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise SwitchError(problem)
    try:
        return frozenset(resolve_selection(names))
    except ValueError as e:
        raise SwitchError(f"{doc.path}: front matter 'kronik': {e}") from None
