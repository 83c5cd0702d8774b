"""Findings for people (rich text) and machines (JSON), and what every check format shares."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import attrs
from rich.console import Group, RenderableType
from rich.text import Text

from kronik.checks.finding import Evidence, Finding, Severity
from kronik.checks.rule import Rule
from kronik.timeline.document import Document

from ..display import printable

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@attrs.frozen(kw_only=True)
class Report:
    """What `kronik check` hands a renderer: findings, the documents reported on, the rules run."""

    findings: tuple[Finding, ...]
    documents: tuple[Document, ...]
    rules: tuple[Rule, ...]


@attrs.frozen(kw_only=True)
class Rendered:
    """A renderer's results for stdout (or --output) with a line for people on stderr."""

    out: str
    note: str


def one_line(text: str) -> str:
    """Text on one line: line breaks and runs of blanks become one space."""
    return " ".join(printable(text).split())


def end_of(e: Evidence) -> tuple[int, int]:
    """The 1-based line and exclusive column where the evidence text ends in its file."""
    parts = _LINE_BREAK.split(e.text)
    if len(parts) == 1:
        return e.line, e.column + len(e.text)
    return e.line + len(parts) - 1, len(parts[-1]) + 1


def summary_line(findings: Sequence[Finding], documents: int) -> str:
    """The counts people read: '5 documents, 3 findings (1 error, 1 warning, 1 info)'."""
    if not findings:
        return f"{_count(documents, 'document')}, no findings."
    s = summary(findings, documents)
    return (
        f"{_count(s['documents'], 'document')}, {_count(s['findings'], 'finding')} "
        f"({_count(s['errors'], 'error')}, {_count(s['warnings'], 'warning')}, {s['infos']} info)"
    )


def summary(findings: Sequence[Finding], documents: int) -> dict[str, Any]:
    """Counts by severity and rule."""
    by_severity = Counter(str(f.severity) for f in findings)
    return {
        "documents": documents,
        "findings": len(findings),
        "errors": by_severity.get("error", 0),
        "warnings": by_severity.get("warning", 0),
        "infos": by_severity.get("info", 0),
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding as JSON."""
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": str(f.severity),
        "message": f.message,
        "evidence": [
            {
                "doc": e.doc,
                "path": e.path,
                "line": e.line,
                "column": e.column,
                "text": e.text,
                "value": e.value,
            }
            for e in f.evidence
        ],
    }


def as_json(findings: Sequence[Finding], documents: int) -> str:
    """`kronik check --format json`."""
    data = {
        "findings": [finding_record(f) for f in findings],
        "summary": summary(findings, documents),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_text(findings: Sequence[Finding], documents: int) -> RenderableType:
    """`kronik check` for a terminal: each finding with its evidence lines."""
    parts: list[RenderableType] = []
    for f in findings:  # article text goes in as Text, never as markup: "[bold]" stays as written
        head = Text()
        head.append(f"{f.severity}".ljust(8), style=STYLE[f.severity])
        head.append(f"{f.rule} {f.name}: ", style="bold")
        head.append(printable(f.message))
        parts.append(head)
        for e in f.evidence:
            line = Text("    ")
            line.append(printable(f"{e.path}:{e.line}:{e.column}"), style="dim")
            line.append("  ")
            line.append(printable(e.text), style="underline")
            line.append(f"  → {printable(e.value)}", style="dim")
            parts.append(line)
        parts.append(Text(""))
    parts.append(Text(summary_line(findings, documents)))
    return Group(*parts)


def render_text(report: Report) -> RenderableType:
    """`kronik check --format text`, the default."""
    return as_text(report.findings, len(report.documents))


def render_json(report: Report) -> str:
    """`kronik check --format json`."""
    return as_json(report.findings, len(report.documents))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
