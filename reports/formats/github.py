"""`kronik check --format github`: GitHub Actions workflow commands, one a finding.

`::error file=F,line=L,col=C,endLine=..,endColumn=..,title=T::message` puts an
annotation on the line in the pull request. The runner decodes `%25`, `%0D`,
`%0A` in the message and, in property values, `%3A` and `%2C` too: article
text holding a comma or a colon would otherwise end a property early. GitHub
shows at most 10 annotations of each level per step, so a summary follows on
stderr.
"""

from __future__ import annotations

from collections import Counter

from kronik.checks.finding import Finding, Severity

from .findings import Rendered, Report, end_of, summary_line

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SHOWN = 10  # annotations GitHub displays per level and step


def escape_data(text: str) -> str:
    """A message made safe for a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title) made safe for a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(f: Finding) -> str:
    """One finding as one workflow command, at its first evidence; the rest in the message."""
    properties: list[tuple[str, str]] = []
    if f.evidence:
        e = f.evidence[0]
        end_line, end_column = end_of(e)
        properties += [("file", e.path), ("line", str(e.line)), ("col", str(e.column))]
        properties += [("endLine", str(end_line)), ("endColumn", str(end_column))]
    properties.append(("title", f"{f.rule} {f.name}"))
    message = "\n".join(
        [f.message, *(f"{e.path}:{e.line}:{e.column}: {e.text} → {e.value}" for e in f.evidence)]
    )
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{LEVEL[f.severity]} {props}::{escape_data(message)}"


def render(report: Report) -> Rendered:
    """Every finding as an annotation; counts, and what GitHub leaves out, go to stderr."""
    note = f"kronik: {summary_line(report.findings, len(report.documents))}"
    counts = Counter(LEVEL[f.severity] for f in report.findings)
    hidden = {level: n - SHOWN for level, n in sorted(counts.items()) if n > SHOWN}
    if hidden:
        more = ", ".join(f"{n} more {level}s" for level, n in hidden.items())
        note += (
            f" GitHub shows {SHOWN} annotations per level and step: {more} are not shown"
            " (see --format text, or sarif for code scanning)."
        )
    return Rendered(out="".join(command(f) + "\n" for f in report.findings), note=note)
