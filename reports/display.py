"""How dates and documents read for people: "Sat 13 Oct 2018", "Jan 2018 – May 2018"."""

from __future__ import annotations

import datetime as dt
import re

from kronik.timeline.event import Analysis, Row
from kronik.timeline.timex import interval

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# C0 and C1 controls but tab and newline: an ESC from an article must not drive the terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Article text safe to print on a terminal: control characters shown, not obeyed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def when(value: str, end: str | None = None) -> str:
    """A TIMEX3 value (or range) as a person reads it."""
    if end:
        return f"{when(value)} – {when(end)}"
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?$", value)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        text = f"{day.strftime('%a')} {day.day} {_MONTHS[day.month - 1]} {day.year}"
        if m[4]:
            text += " " + _PARTS.get(m[4], m[4])
        return text
    m = re.match(r"^(\d{4})-(\d{2})$", value)
    if m and 1 <= int(m[2]) <= 12:
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}"
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", value)
    if m and interval(value):
        first = interval(value)[0]  # type: ignore[index]
        label = "weekend of" if m[3] else "week of"
        return f"{label} {first.day} {_MONTHS[first.month - 1]} {first.year}"
    m = re.match(r"^(\d{4})-(Q[1-4]|H[12])$", value)
    if m:
        return f"{m[2]} {m[1]}"
    if re.match(r"^\d{3}$", value):
        return f"{value}0s"
    return value


def source_name(a: Analysis) -> str:
    """A short name for a document: its source when known, else its id."""
    return a.doc.source or a.doc.id


def row_sources(row: Row, names: dict[str, str]) -> list[str]:
    """The distinct documents of a row, in a stable order, by their short names."""
    seen: list[str] = []
    for e in row.events:
        name = names.get(e.doc, e.doc)
        if name not in seen:
            seen.append(name)
    return seen
