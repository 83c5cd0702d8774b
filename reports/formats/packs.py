"""`kronik packs`: the knowledge packs in use, as a table or JSON."""

from __future__ import annotations

import json

from rich.console import RenderableType
from rich.table import Table

from kronik.checks.pack import Knowledge


def listing(knowledge: Knowledge, fmt: str) -> RenderableType | str:
    """Each pack with its path, source and how many entries of each kind it holds."""
    rows = [
        {
            "name": p.name,
            "path": p.path,
            "source": p.source,
            "entities": len(p.entities),
            "recurring": len(p.recurring),
            "scheduled": len(p.scheduled),
            "offices": len(p.offices),
        }
        for p in knowledge.packs
    ]
    if fmt == "json":
        return json.dumps({"packs": rows}, ensure_ascii=False, indent=2)
    table = Table(title="Knowledge packs (later ones override earlier ones by id)")
    for column in ("name", "entities", "recurring", "scheduled", "offices", "path"):
        table.add_column(column, justify="right" if column not in ("name", "path") else "left")
    for row in rows:
        table.add_row(
            *(
                str(row[c])
                for c in ("name", "entities", "recurring", "scheduled", "offices", "path")
            )
        )
    return table
