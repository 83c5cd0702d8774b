"""`kronik rules` and `kronik explain`: read from the one registry of rules."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from kronik.checks.rule import Rule


def rule_record(rule: Rule) -> dict[str, Any]:
    """One rule as JSON, examples included."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": str(rule.severity),
        "summary": rule.summary,
        "explanation": rule.explanation.strip(),
        "examples": [{"flags": ex.flags, "articles": list(ex.articles)} for ex in rule.examples],
    }


def listing(rules: Sequence[Rule], fmt: str) -> str | RenderableType:
    """All rules, as a table or JSON."""
    if fmt == "json":
        return json.dumps([rule_record(r) for r in rules], ensure_ascii=False, indent=2) + "\n"
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("code", "name", "severity", "flags"):
        table.add_column(name)
    for r in rules:
        table.add_row(r.code, r.name, str(r.severity), r.summary)
    return table


def explain(rule: Rule, fmt: str) -> str | RenderableType:
    """One rule with its explanation and examples."""
    if fmt == "json":
        return json.dumps(rule_record(rule), ensure_ascii=False, indent=2) + "\n"
    parts: list[RenderableType] = [
        Text(f"{rule.code} {rule.name} ({rule.severity})", style="bold"),
        Markdown(rule.explanation.strip()),
        Text("Examples", style="bold"),
    ]
    for ex in rule.examples:
        parts.append(
            Text("flags:" if ex.flags else "passes:", style="red" if ex.flags else "green")
        )
        for article in ex.articles:
            parts.append(Text("    " + article.strip().replace("\n", "\n    ")))
    return Group(*parts)
