"""Findings for people (rich text) and machines (JSON)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from kronik.checks.finding import Finding, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


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
    for f in findings:
        head = Text()
        head.append(f"{f.severity}".ljust(8), style=STYLE[f.severity])
        head.append(f"{f.rule} {f.name}: ", style="bold")
        head.append(f.message)
        parts.append(head)
        for e in f.evidence:
            line = Text("    ")
            line.append(f"{e.path}:{e.line}:{e.column}", style="dim")
            line.append("  ")
            line.append(e.text, style="underline")
            line.append(f"  → {e.value}", style="dim")
            parts.append(line)
        parts.append(Text(""))
    s = summary(findings, documents)
    tail = Text(
        f"{_count(s['documents'], 'document')}, {_count(s['findings'], 'finding')} "
        f"({_count(s['errors'], 'error')}, {_count(s['warnings'], 'warning')}, {s['infos']} info)"
    )
    parts.append(tail if findings else Text(f"{_count(documents, 'document')}, no findings."))
    return Group(*parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
