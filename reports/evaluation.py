"""`kronik eval`: TempEval-3 scores of kronik's timexes against gold files."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kronik.timeline.evaluate import evaluate_folder
from kronik.timeline.language import detect
from kronik.timeline.publication import day_of
from kronik.timeline.tagger import find_timexes
from kronik.timeline.timex import Timex


def tag(text: str, dct: str | None, lang: str | None) -> Sequence[Timex]:
    """kronik's timexes for an evaluation text, with the DCT as publication date."""
    return find_timexes(text, lang=lang or detect(text), ref=day_of(dct))


def scope_note(partial: int) -> str:
    """What was scored, when MEANTIME files were scored on their annotated sentences only."""
    if not partial:
        return ""
    return (
        f"{partial} MEANTIME document{'s' if partial != 1 else ''} scored on the sentences "
        "MEANTIME annotates (title, dateline and the first four sentences); dates kronik "
        "finds after them are neither matched nor spurious."
    )


def run_eval(gold_dir: Path, *, lang: str | None, misses: int, fmt: str) -> str | RenderableType:
    """Scores and misses, as text or JSON."""
    run = evaluate_folder(gold_dir, tag, lang=lang)
    scores, missed, documents = run.scores, run.misses, run.documents
    note = scope_note(run.partial)
    measures = {name: getattr(scores, name) for name in ("relaxed", "strict", "value", "type")}
    if fmt == "json":
        return (
            json.dumps(
                {
                    "documents": documents,
                    "annotated_part_only": run.partial,
                    "scores": {
                        name: {
                            "precision": round(m.p, 2),
                            "recall": round(m.r, 2),
                            "f1": round(m.f1, 2),
                            "tp": m.tp,
                            "fp": m.fp,
                            "fn": m.fn,
                        }
                        for name, m in measures.items()
                    },
                    "misses": [
                        {
                            "doc": x.doc_id,
                            "kind": x.kind,
                            "offset": x.offset,
                            "gold": x.gold_text,
                            "gold_value": x.gold_value,
                            "system": x.system_text,
                            "system_value": x.system_value,
                        }
                        for x in missed[: misses or None]
                        if misses
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    table = Table(title=f"{documents} documents", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("measure", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="right" if name != "measure" else "left")
    for name, m in measures.items():
        table.add_row(
            name, f"{m.p:.2f}", f"{m.r:.2f}", f"{m.f1:.2f}", str(m.tp), str(m.fp), str(m.fn)
        )
    parts: list[RenderableType] = [table]
    if note:
        parts.append(Text(note + "\n"))
    if misses and missed:
        listing = Table(
            title=f"misses (first {min(misses, len(missed))} of {len(missed)})",
            box=box.SIMPLE_HEAD,
            title_justify="left",
        )
        for name in ("doc", "kind", "gold", "gold value", "system", "system value"):
            listing.add_column(name, overflow="fold")
        for x in missed[:misses]:
            listing.add_row(
                x.doc_id,
                x.kind,
                Text(x.gold_text or ""),
                x.gold_value or "",
                Text(x.system_text or ""),
                x.system_value or "",
            )
        parts.append(listing)
    return Group(*parts)
