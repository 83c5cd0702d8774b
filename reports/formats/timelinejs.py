"""`kronik timeline --format timelinejs`: the JSON Knight Lab's TimelineJS 3 reads.

Dates are written as year/month/day parts, only the parts the value has
("2018-10" has no day), never as timestamps: TimelineJS reads timestamps in
the viewer's time zone and a past bug shifted days. TimelineJS shows headline
and text as HTML, so everything from an article is HTML-escaped here.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from kronik.timeline.event import Event, Timeline
from kronik.timeline.timex import grain, interval

from ..display import source_name, when

_CLOCK = re.compile(r"T(\d{2}):(\d{2})")


def _html(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def date_parts(value: str, *, last: bool = False) -> dict[str, int] | None:
    """TimelineJS date parts of a TIMEX3 value: its first day, or its last with `last`."""
    span = interval(value)
    if span is None:
        return None
    day = span[1] if last else span[0]
    size = grain(value)
    if size in ("year", "decade", "century"):
        return {"year": day.year}
    if size in ("month", "quarter", "half", "season"):
        return {"year": day.year, "month": day.month}
    parts = {"year": day.year, "month": day.month, "day": day.day}
    if size == "time" and (clock := _CLOCK.search(value)):  # "T06:18", not "TMO"
        parts |= {"hour": int(clock[1]), "minute": int(clock[2])}
    return parts


def _single_day(value: str) -> bool:
    span = interval(value)
    return span is not None and span[0] == span[1]


def unique_id(e: Event) -> str:
    """Stable across runs, and safe as an HTML id and a URL fragment."""
    key = f"{e.doc}\0{e.offset}\0{e.expression}"
    return "kronik-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def event_record(e: Event, group: str) -> dict[str, Any] | None:
    """One event of the timeline, or None when its date has no calendar parts."""
    start = date_parts(e.date)
    if start is None:
        return None
    record: dict[str, Any] = {"start_date": start}
    if e.end:
        end = date_parts(e.end, last=True)
    elif not _single_day(e.date):  # a week, a quarter: TimelineJS draws it as a span
        end = date_parts(e.date, last=True)
    else:
        end = None
    if end and end != start:
        record["end_date"] = end
    record["display_date"] = _html(when(e.date, e.end))
    record["text"] = {"headline": _html(e.expression), "text": _html(e.text)}
    record["group"] = _html(group)
    record["unique_id"] = unique_id(e)
    return record


def timeline(tl: Timeline) -> str:
    """`kronik timeline --format timelinejs`: a title slide and one slide an event."""
    names = {a.doc.id: source_name(a) for a in tl.analyses}
    sources = sorted({names[a.doc.id] for a in tl.analyses})
    titles = "<br>".join(
        f"{_html(names[a.doc.id])}: {_html(a.doc.title)}" for a in tl.analyses if a.doc.title
    )
    events = [event_record(e, names.get(e.doc, e.doc)) for e in tl.events]
    data = {
        "title": {
            "text": {
                "headline": _html(
                    f"{_count(len(tl.analyses), 'article')} from {_count(len(sources), 'source')}"
                ),
                "text": titles,
            }
        },
        "events": [record for record in events if record is not None],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
