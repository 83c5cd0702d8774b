"""TimeML: the text with inline TIMEX3 tags and a DCT, as TempEval tools read it."""

from __future__ import annotations

from kronik.timeline.event import Analysis


def dates(analysis: Analysis) -> str:
    """`kronik dates --format timeml`."""
    from kronik.timeline.timeml import render_timeml

    return render_timeml(
        analysis.doc.text,
        [t for t in analysis.timexes],
        dct=analysis.publication.value.split("T")[0] if analysis.publication.value else None,
        doc_id=analysis.doc.id,
        title=analysis.doc.title,
    )
