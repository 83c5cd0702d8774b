"""Markdown: for pull-request comments, wikis and newsroom notes. Article text is escaped."""

from __future__ import annotations

import re

from kronik.timeline.event import Timeline

from ..display import row_sources, source_name, when

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def escape(text: str) -> str:
    """Text from an article made inert in Markdown (and in the HTML Markdown allows)."""
    text = " ".join(text.split())
    return _SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def timeline(tl: Timeline) -> str:
    """`kronik timeline --format markdown`."""
    names = {a.doc.id: source_name(a) for a in tl.analyses}
    lines = ["## Documents", "", "| document | published | basis | title |", "|---|---|---|---|"]
    for a in tl.analyses:
        p = a.publication
        lines.append(
            f"| {escape(names[a.doc.id])} | {when(p.value) if p.value else 'unknown'} "
            f"| {p.basis} ({p.rule}) | {escape(a.doc.title)} |"
        )
    lines += [
        "",
        "## Timeline",
        "",
        "| date | what happened | sources | as written |",
        "|---|---|---|---|",
    ]
    for row in tl.rows:
        expressions = ", ".join(sorted({e.expression for e in row.events}))
        lines.append(
            f"| {escape(when(row.date, row.end))} | {escape(row.events[0].text)} "
            f"| {escape(', '.join(row_sources(row, names)))} | {escape(expressions)} |"
        )
    return "\n".join(lines) + "\n"
