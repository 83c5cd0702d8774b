"""TimeML: the article with inline TIMEX3 tags and a DCT, as TempEval tools read it."""

from __future__ import annotations

import re

import attrs

from kronik.timeline.event import Analysis
from kronik.timeline.timeml import render_timeml

# Characters XML 1.0 forbids even as references (form feed, other C0 controls, U+FFFE/FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_chars(text: str) -> str:
    """`text` with characters XML cannot hold replaced by U+FFFD, so that offsets stay."""
    return _NOT_XML.sub("\ufffd", text)


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
        xml_chars(analysis.doc.text[start:end]),
        inside,
        dct=dct.split("T")[0] if dct else None,
        doc_id=xml_chars(analysis.doc.id),
        title=xml_chars(analysis.doc.title),
    )
