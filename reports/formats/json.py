"""JSON: the public, machine-readable shape of kronik's results, written in one place."""

from __future__ import annotations

import json
from typing import Any

from kronik.timeline.event import Analysis, Timeline
from kronik.timeline.timex import Timex


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def timex_record(t: Timex) -> dict[str, Any]:
    """One timex as JSON: offsets, text as written, TIMEX3 type and value, and how it was read."""
    record: dict[str, Any] = {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": str(t.type),
        "value": t.value,
    }
    if t.until:
        record["range"] = {"start": t.begin or t.value, "end": t.until}
    for key in ("mod", "tense", "zone"):
        if getattr(t, key):
            record[key] = getattr(t, key)
    record["anchor"] = str(t.anchor)
    record["rule"] = t.rule
    if t.note:
        record["note"] = t.note
    if t.role != "mention":
        record["role"] = t.role
    return record


def publication_record(a: Analysis) -> dict[str, Any]:
    """The publication date of an analysed document, with its basis and rule."""
    p = a.publication
    record: dict[str, Any] = {"value": p.value, "basis": p.basis, "rule": p.rule}
    if p.earliest or p.latest:
        record["bounds"] = {"earliest": p.earliest, "latest": p.latest}
    return record


def dates(analysis: Analysis) -> str:
    """`kronik dates --format json`."""
    return _dump(
        {
            "ref": analysis.publication.value,
            "lang": analysis.lang,
            "publication": publication_record(analysis),
            "timexes": [timex_record(t) for t in analysis.timexes],
        }
    )


def document_record(a: Analysis) -> dict[str, Any]:
    """One document of a timeline as JSON."""
    d = a.doc
    return {
        "id": d.id,
        "path": d.path,
        "title": d.title,
        "source": d.source,
        "lang": a.lang,
        "published": a.publication.value,
        "published_basis": a.publication.basis,
        "published_rule": a.publication.rule,
    }


def timeline(tl: Timeline) -> str:
    """`kronik timeline --format json`."""
    return _dump(
        {
            "documents": [document_record(a) for a in tl.analyses],
            "events": [
                {
                    "doc": e.doc,
                    "date": e.date,
                    "end": e.end,
                    "grain": e.grain,
                    "expression": e.expression,
                    "text": e.text,
                    "line": e.line,
                    "column": e.column,
                    "type": str(e.timex.type),
                    "value": e.timex.value,
                }
                for e in tl.events
            ],
            "rows": [
                {
                    "date": r.date,
                    "end": r.end,
                    "grain": r.grain,
                    "docs": sorted({e.doc for e in r.events}),
                    "events": len(r.events),
                }
                for r in tl.rows
            ],
        }
    )
