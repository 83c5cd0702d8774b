"""`kronik check --format concise`: one line a finding, as compilers and linters print them.

`path:line:col: CODE [severity] message` is what editors, `grep` and vim's quickfix
list read; the counts go to stderr so that stdout holds the findings only.
"""

from __future__ import annotations

from kronik.checks.finding import Finding

from .findings import Rendered, Report, one_line, summary_line


def line(f: Finding) -> str:
    """One finding on one line, at its first evidence."""
    where = ""
    if f.evidence:
        e = f.evidence[0]
        where = f"{one_line(e.path)}:{e.line}:{e.column}: "
    return f"{where}{f.rule} [{f.severity}] {one_line(f.message)}"


def render(report: Report) -> Rendered:
    """Every finding on its own line; the summary is the note for stderr."""
    return Rendered(
        out="".join(line(f) + "\n" for f in report.findings),
        note=summary_line(report.findings, len(report.documents)),
    )
