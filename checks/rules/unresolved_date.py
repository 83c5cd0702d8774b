"""Notes a date that could not be anchored to the calendar.

## What it flags
"sehari kemudian" with no earlier date to count from; "Senin (3/9)" in an
article whose publication date is unknown and whose weekday fits no year near
the story; a day and month with nothing to give them a year.

## Why it matters
The date is left out of the timeline, so the checks that compare dates cannot
use it. It is information, not an error: the article may be fine.

## What to do
Give the article a publication date (front matter `published:`), or write the
year where the date first appears.
"""

from __future__ import annotations

from collections.abc import Iterator

from kronik.timeline.timex import TimexType

from ..corpus import Corpus, evidence, timexes
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report each calendar expression left without a value."""
    for analysis, t in timexes(corpus):
        if t.anchor != "unresolved" or t.rule == "impossible-date":
            continue
        if t.type not in (TimexType.DATE, TimexType.TIME):
            continue
        why = f" ({t.rule})" if t.rule else ""
        yield report(
            RULE,
            f"{t.text!r} could not be placed on the calendar{why}",
            (evidence(analysis.doc, t.start, t.end, t.value),),
        )


RULE = Rule(
    code="K105",
    name="unresolved-date",
    severity=Severity.INFO,
    summary="A date that could not be anchored to the calendar",
    explanation=__doc__ or "",
    examples=(
        flags("Pesawat itu ditemukan sehari kemudian di perairan Belitung.\n"),
        passes("---\npublished: 2014-12-29\n---\nPesawat itu hilang Minggu (28/12/2014).\n"),
    ),
    check=check,
)
