"""Markdown: for pull-request comments, wikis and newsroom notes. Article text is escaped."""

from __future__ import annotations

import re

from kronik.checks.finding import Evidence
from kronik.timeline.event import Timeline

from ..display import row_sources, source_name, when
from .findings import Report, summary_line

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


def _evidence(e: Evidence) -> str:
    where = escape(f"{e.path}:{e.line}:{e.column}")
    return f"{where} “{escape(e.text)}” → {escape(e.value)}"


def check(report: Report) -> str:
    """`kronik check --format markdown`: a pull-request comment, one table row a finding."""
    lines = ["## kronik check", "", summary_line(report.findings, len(report.documents))]
    if report.findings:
        lines += ["", "| severity | rule | message | evidence |", "|---|---|---|---|"]
    for f in report.findings:
        lines.append(
            f"| {f.severity} | {f.rule} {f.name} | {escape(f.message)} "
            f"| {'<br>'.join(_evidence(e) for e in f.evidence)} |"
        )
    return "\n".join(lines) + "\n"
