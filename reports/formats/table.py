"""Tables for people: rich renderables printed by the CLI's console."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kronik.timeline.document import locate
from kronik.timeline.event import Analysis, Timeline

from ..display import printable, row_sources, source_name, when

SNIPPET = 160


def _snippet(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def dates(analysis: Analysis) -> RenderableType:
    """`kronik dates --format table`."""
    p = analysis.publication
    title = Text.assemble(
        ("Publication: ", "bold"),
        (p.value or "unknown", "cyan"),
        f"  ({p.basis}, {p.rule})  language: {analysis.lang}",
    )
    table = Table(box=box.SIMPLE_HEAD, show_lines=False)
    for name in ("line:col", "as written", "type", "value", "reads as", "rule"):
        table.add_column(name, overflow="fold")
    for t in analysis.timexes:
        line, column = locate(analysis.doc, t.start)
        value = t.value if not t.until else f"{t.begin or t.value}/{t.until}"
        table.add_row(
            f"{line}:{column}",
            Text(printable(t.text)),
            str(t.type),
            value,
            when(t.begin or t.value, t.until),
            t.rule + (f" ({t.note})" if t.note else ""),
        )
    return Group(title, table)


def timeline(tl: Timeline) -> RenderableType:
    """`kronik timeline --format table`."""
    names = {a.doc.id: source_name(a) for a in tl.analyses}
    docs = Table(title="Documents", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("document", "source", "published", "basis", "title"):
        docs.add_column(name, overflow="fold")
    for a in tl.analyses:
        p = a.publication
        docs.add_row(  # article text as Text: rich would read "[/]" in a title as markup
            Text(printable(a.doc.id)),
            Text(printable(a.doc.source or "")),
            when(p.value) if p.value else "unknown",
            f"{p.basis} ({p.rule})",
            Text(_snippet(a.doc.title, 60)),
        )
    rows = Table(title="Timeline", box=box.SIMPLE_HEAD, title_justify="left", show_lines=True)
    rows.add_column("date", no_wrap=True, style="cyan")
    rows.add_column("what happened", ratio=3)
    rows.add_column("sources", ratio=1)
    rows.add_column("as written", ratio=1)
    for row in tl.rows:
        first = row.events[0]
        more = len(row.events) - 1
        what = Text(_snippet(first.text))
        if more:
            what.append(f"  (+{more} more)", style="dim")
        expressions = sorted({e.expression for e in row.events})
        rows.add_row(
            when(row.date, row.end),
            what,
            Text(printable(", ".join(row_sources(row, names)))),
            Text(printable(", ".join(expressions))),
        )
    return Group(docs, rows)
