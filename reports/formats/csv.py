"""`kronik timeline --format csv`: one row an event, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import io

from kronik.timeline.event import Timeline

HEADER = ("date", "end", "grain", "doc", "source", "expression", "text", "line", "column")


def timeline(tl: Timeline) -> str:
    """Every event of the timeline in date order, with a header row; the csv module quotes."""
    sources = {a.doc.id: a.doc.source or "" for a in tl.analyses}  # empty when not stated
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for e in tl.events:
        source = sources.get(e.doc, "")
        writer.writerow(
            (e.date, e.end or "", e.grain, e.doc, source, e.expression, e.text, e.line, e.column)
        )
    return out.getvalue()
