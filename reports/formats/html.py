"""HTML: one self-contained page with the timeline drawn as an inline SVG.

`kronik timeline --format html` and `kronik check --format html` write one file
that opens offline: inline CSS, inline SVG, no script, no font, no fetch. Dates
run along a horizontal axis, one lane per document; a day is a dot, anything
longer (a month, a year, a range) a bar; events that a finding rests on are
outlined in red. Everything that comes from an article (titles, sentences,
expressions, messages, paths) goes through `html.escape`, and a strict
Content-Security-Policy forbids scripts outright, so article text can never run.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from kronik.checks.finding import Evidence, Finding
from kronik.timeline.event import Event, Timeline, build
from kronik.timeline.timex import interval

from ..display import printable, row_sources, source_name, when
from .findings import Report, summary_line

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .3em; } h2 { font-size: 1.15em; margin: 1.4em 0 .4em; }
.summary { color: #555; margin: 0 0 1em; }
svg.timeline { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .lane { fill: #f6f6f6; } svg .lane.odd { fill: #fff; }
svg .tick { stroke: #ccc; } svg .axis { stroke: #888; }
svg .bar { fill: #4a7fb5; fill-opacity: .35; stroke: #4a7fb5; }
svg .dot { fill: #4a7fb5; stroke: #fff; }
svg .flagged { stroke: #d00; stroke-width: 2.5; }
svg .bar.flagged { fill: #d00; fill-opacity: .25; }
svg .dot.flagged { fill: #fff; }
svg g.event:hover > * { stroke: #000; stroke-width: 2; }
.legend { color: #555; font-size: 12px; margin: .3em 0 0; }
.legend .key { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  vertical-align: middle; margin: 0 .3em 0 1em; background: #4a7fb5; }
.legend .key.flagged { background: #fff; border: 2px solid #d00; width: 7px; height: 7px; }
ol.findings { padding-left: 1.5em; } ol.findings > li { margin: 0 0 1em; }
.sev { font-weight: bold; text-transform: uppercase; font-size: 11px; padding: 1px 5px;
  border-radius: 3px; color: #fff; }
.sev.error { background: #c00; } .sev.warning { background: #b8860b; }
.sev.info { background: #2a7ab0; }
.code { font-weight: bold; }
ul.evidence { list-style: none; padding-left: 1em; margin: .3em 0 0; }
.where { font-family: ui-monospace, monospace; color: #666; }
.written { text-decoration: underline; } .value { font-family: ui-monospace, monospace; }
table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: 3px 6px;
  text-align: left; vertical-align: top; } th { background: #f3f3f3; }
tr.flagged td:first-child { border-left: 3px solid #d00; }
"""

# The picture's geometry, in SVG user units (the SVG scales to the page width).
WIDTH = 1200
LABEL = 190  # the lane names on the left
RIGHT = 30
TOP = 30  # the axis labels above the lanes
LANE = 34


def _e(text: object) -> str:
    """Article text as HTML text: escaped, control characters shown, not obeyed."""
    return html.escape(printable(str(text)), quote=True)


def _one_line(text: str) -> str:
    return _e(" ".join(printable(text).split()))


def _page(title: str, body: Sequence[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="kronik">',
            '<link rel="icon" href="data:,">',
            f"<title>{_e(title)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _span(e: Event) -> tuple[dt.date, dt.date] | None:
    """The days an event covers, or None when its date is not on the calendar (P3D, PRESENT_REF)."""
    first = interval(e.date)
    if first is None:
        return None
    last = interval(e.end) if e.end else first
    end = last[1] if last else first[1]
    return first[0], max(first[0], end)


def _overlaps(e: Event, evidence: Evidence) -> bool:
    start, end = e.offset, e.offset + len(e.expression)
    return evidence.doc == e.doc and evidence.start < end and start < evidence.end


def flagged_events(
    events: Iterable[Event], findings: Sequence[Finding]
) -> dict[tuple[str, int], list[Finding]]:
    """The findings each event is involved in, keyed by (document, offset)."""
    flagged: dict[tuple[str, int], list[Finding]] = {}
    for e in events:
        for f in findings:
            if any(_overlaps(e, ev) for ev in f.evidence):
                flagged.setdefault((e.doc, e.offset), []).append(f)
    return flagged


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: years over a long span, months over a middling one, else days."""
    days = (last - first).days
    if days > 3 * 366:
        return [(dt.date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1)]
    if days > 62:
        step = 1 if days < 400 else 3
        ticks, y, m = [], first.year, first.month
        while True:
            m += 1
            if m > 12:
                y, m = y + 1, 1
            day = dt.date(y, m, 1)
            if day > last:
                return ticks
            if (m - 1) % step == 0:
                ticks.append((day, day.strftime("%b %Y") if m == 1 or not ticks else f"{day:%b}"))
    step = max(1, days // 8)
    return [
        (first + dt.timedelta(days=n), f"{first + dt.timedelta(days=n):%d %b}")
        for n in range(0, days + 1, step)
    ]


def svg(tl: Timeline, findings: Sequence[Finding] = ()) -> str:
    """The timeline as an inline SVG: dates across, one lane per document."""
    names = {a.doc.id: source_name(a) for a in tl.analyses}
    lanes = [a.doc.id for a in tl.analyses]
    placed = [(e, span) for e in tl.events if (span := _span(e)) is not None]
    height = TOP + LANE * max(1, len(lanes)) + 10
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">',
        "<title>Timeline: one lane per document, dates across</title>",
    ]
    for i, doc in enumerate(lanes):
        y = TOP + i * LANE
        parts.append(
            f'<rect class="lane{" odd" if i % 2 else ""}" x="0" y="{y}" '
            f'width="{WIDTH}" height="{LANE}"/>'
        )
        label = names.get(doc, doc)
        shown = label if len(label) <= 26 else label[:25] + "…"
        parts.append(
            f'<text x="6" y="{y + LANE / 2 + 4:.0f}"><title>{_e(label)}</title>{_e(shown)}</text>'
        )
    if not placed:
        parts.append(f'<text x="{LABEL}" y="{TOP - 10}">no calendar dates to draw</text>')
        parts.append("</svg>")
        return "\n".join(parts)

    first = min(s[0] for _, s in placed)
    last = max(s[1] for _, s in placed)
    total = max(1, (last - first).days + 1)
    usable = WIDTH - LABEL - RIGHT

    def x(day: dt.date, *, end: bool = False) -> float:
        return LABEL + usable * ((day - first).days + (1 if end else 0)) / total

    bottom = TOP + LANE * len(lanes)
    parts.append(f'<line class="axis" x1="{LABEL}" y1="{TOP}" x2="{WIDTH - RIGHT}" y2="{TOP}"/>')
    for day, text in _ticks(first, last):
        at = x(day)
        parts.append(f'<line class="tick" x1="{at:.1f}" y1="{TOP}" x2="{at:.1f}" y2="{bottom}"/>')
        parts.append(f'<text x="{at:.1f}" y="{TOP - 8}" text-anchor="middle">{_e(text)}</text>')
    for label, day in (("start", first), ("end", last)):
        anchor = "start" if label == "start" else "end"
        where = x(day, end=label == "end")
        parts.append(
            f'<text x="{where:.1f}" y="{TOP - 20}" text-anchor="{anchor}">{day.isoformat()}</text>'
        )

    flagged = flagged_events(tl.events, findings)
    lane_of = {doc: i for i, doc in enumerate(lanes)}
    # Bars first, dots on top: a year-long bar must not hide the days inside it.
    ordered = sorted(placed, key=lambda p: (p[1][0] == p[1][1], p[1][0]))
    for e, (start, end) in ordered:
        lane = lane_of.get(e.doc)
        if lane is None:
            continue
        about = flagged.get((e.doc, e.offset), [])
        mark = " flagged" if about else ""
        tip = f"{when(e.date, e.end)} — “{e.expression}” — {names.get(e.doc, e.doc)}"
        if about:
            tip += " — " + "; ".join(f"{f.rule} {f.name}" for f in about)
        tip += f"\n{' '.join(e.text.split())}"
        middle = TOP + lane * LANE + LANE / 2
        if start == end:
            shape = (
                f'<circle class="dot{mark}" cx="{x(start) + usable / total / 2:.1f}" '
                f'cy="{middle:.1f}" r="5"/>'
            )
        else:
            left, right = x(start), x(end, end=True)
            shape = (
                f'<rect class="bar{mark}" x="{left:.1f}" y="{middle - 6:.1f}" '
                f'width="{max(2.0, right - left):.1f}" height="12" rx="3"/>'
            )
        parts.append(f'<g class="event{mark}"><title>{_e(tip)}</title>{shape}</g>')
    parts.append("</svg>")
    return "\n".join(parts)


def _legend() -> str:
    return (
        '<p class="legend">a dot is a day, a bar a longer period'
        '<span class="key"></span>event<span class="key flagged"></span>'
        "involved in a finding (hover a mark for its sentence)</p>"
    )


def _documents(tl: Timeline) -> list[str]:
    rows = ["<table class=\"documents\">", "<tr><th>document</th><th>source</th>"
            "<th>published</th><th>title</th></tr>"]  # fmt: skip
    for a in tl.analyses:
        p = a.publication
        published = when(p.value) if p.value else "unknown"
        rows.append(
            f"<tr><td>{_e(a.doc.path)}</td><td>{_e(source_name(a))}</td>"
            f"<td>{_e(published)} ({_e(p.basis)})</td><td>{_one_line(a.doc.title)}</td></tr>"
        )
    rows.append("</table>")
    return rows


def _events(tl: Timeline, findings: Sequence[Finding] = ()) -> list[str]:
    names = {a.doc.id: source_name(a) for a in tl.analyses}
    flagged = flagged_events(tl.events, findings)
    rows = ["<table class=\"events\">", "<tr><th>date</th><th>what happened</th>"
            "<th>sources</th><th>as written</th></tr>"]  # fmt: skip
    for row in tl.rows:
        mark = ' class="flagged"' if any((e.doc, e.offset) in flagged for e in row.events) else ""
        expressions = ", ".join(sorted({e.expression for e in row.events}))
        rows.append(
            f"<tr{mark}><td>{_e(when(row.date, row.end))}</td>"
            f"<td>{_one_line(row.events[0].text)}</td>"
            f"<td>{_e(', '.join(row_sources(row, names)))}</td>"
            f"<td>{_one_line(expressions)}</td></tr>"
        )
    rows.append("</table>")
    return rows


def _finding(f: Finding) -> list[str]:
    lines = [
        f'<li class="finding {f.severity}"><span class="sev {f.severity}">{f.severity}</span> '
        f'<span class="code">{_e(f.rule)} {_e(f.name)}</span>: '
        f'<span class="message">{_one_line(f.message)}</span>',
        '<ul class="evidence">',
    ]
    for e in f.evidence:
        lines.append(
            f'<li><span class="where">{_e(f"{e.path}:{e.line}:{e.column}")}</span> '
            f'“<span class="written">{_one_line(e.text)}</span>” '
            f'→ <span class="value">{_e(e.value)}</span></li>'
        )
    lines += ["</ul>", "</li>"]
    return lines


def timeline(tl: Timeline) -> str:
    """`kronik timeline --format html`: the picture, then the events and the documents."""
    title = f"kronik timeline: {len(tl.analyses)} documents, {len(tl.events)} events"
    body = [
        f"<h1>{_e(title)}</h1>",
        svg(tl),
        _legend(),
        "<h2>Events</h2>",
        *_events(tl),
        "<h2>Documents</h2>",
        *_documents(tl),
    ]
    return _page(title, body)


def check(report: Report) -> str:
    """`kronik check --format html`: the findings with their evidence, on the timeline."""
    tl = build(report.documents)
    summary = summary_line(report.findings, len(report.documents))
    body = [
        "<h1>kronik check</h1>",
        f'<p class="summary">{_e(summary)}</p>',
        svg(tl, report.findings),
        _legend(),
        "<h2>Findings</h2>",
    ]
    if report.findings:
        body.append('<ol class="findings">')
        for f in report.findings:
            body += _finding(f)
        body.append("</ol>")
    else:
        body.append("<p>No findings.</p>")
    body += ["<h2>Events</h2>", *_events(tl, report.findings)]
    body += ["<h2>Documents</h2>", *_documents(tl)]
    return _page("kronik check", body)
