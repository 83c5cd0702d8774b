"""Flags a date marked as future that lies before the publication date, or the reverse.

## What it flags
"pada 11 Oktober 2018 mendatang" in an article of 14 October 2018: "mendatang"
(upcoming) says the date is ahead, the calendar says it has passed. Also a date
marked past ("lalu", "kemarin") that lies after the publication date.

## Why it matters
Either the date or the marker is wrong, or the article was written earlier and
published late without an update. Readers are told something will happen that
already has (or the reverse).

## What to do
Check the date; update the marker ("lalu" for a past date) or the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kronik.timeline.timex import interval

from ..corpus import Corpus, evidence, timexes
from ..dates import show
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report

# A day of slack: "hari ini" stories written the evening before.
SLACK = dt.timedelta(days=1)


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report explicit dates whose tense marker points the other way from the publication date."""
    for analysis, t in timexes(corpus):
        if t.tense not in ("past", "future") or t.anchor != "absolute" or t.role == "dateline":
            continue
        if analysis.publication.basis != "explicit":
            continue  # an inferred publication date is itself read from these markers
        days = interval(t.value[:10] if "T" in t.value else t.value)
        published = interval((analysis.publication.value or "")[:10])
        if days is None or published is None:
            continue
        ref = published[0]
        if t.tense == "future" and days[1] < ref - SLACK:
            side = "before"
        elif t.tense == "past" and days[0] > ref + SLACK:
            side = "after"
        else:
            continue
        yield report(
            RULE,
            (
                f"{t.text!r} is marked {t.tense} but {show(t.value)} is {side} the publication "
                f"date {show(ref.isoformat())}"
            ),
            (evidence(analysis.doc, t.start, t.end, t.value),),
        )


_FRONT = "---\npublished: 2018-10-14\n---\n"
RULE = Rule(
    code="K104",
    name="tense-conflict",
    severity=Severity.WARNING,
    summary="A date marked future before the publication date, or marked past after it",
    explanation=__doc__ or "",
    examples=(
        flags(_FRONT + "Produk akan dijual pada 11 Oktober 2018 mendatang.\n"),
        passes(_FRONT + "Produk akan dijual pada 11 November 2018 mendatang.\n"),
        flags(_FRONT + "Rapat digelar pada 20 Oktober 2018 lalu.\n"),
    ),
    check=check,
)
