"""TimeML: the article with inline TIMEX3 tags and a DCT, as TempEval tools read it."""

from __future__ import annotations

import attrs

from kronik.timeline.event import Analysis
from kronik.timeline.timeml import render_timeml


def dates(analysis: Analysis) -> str:
    """`kronik dates --format timeml`: the body only (front matter is not article text)."""
    start, end = analysis.doc.body
    inside = [
        attrs.evolve(t, start=t.start - start, end=t.end - start)
        for t in analysis.timexes
        if start <= t.start and t.end <= end
    ]
    dct = analysis.publication.value
    return render_timeml(
        analysis.doc.text[start:end],
        inside,
        dct=dct.split("T")[0] if dct else None,
        doc_id=analysis.doc.id,
        title=analysis.doc.title,
    )
