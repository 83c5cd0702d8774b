"""Flags a date that is not on any calendar: 31 February, 31 April, day 32, month 13.

## What it flags
"Jumat (31/02)", "31 April 2018", "30/2/2018". The expression is read as a date
but no such day exists.

## Why it matters
A typo in a day or month number; the reader cannot tell which day was meant.

## What to do
Check the date with the source and correct the day or the month.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..corpus import Corpus, evidence, timexes
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report each date expression the resolver found to name no real day."""
    for analysis, t in timexes(corpus):
        if t.rule != "impossible-date":
            continue
        yield report(
            RULE,
            f"{t.text!r} is not a real date",
            (evidence(analysis.doc, t.start, t.end, t.value),),
        )


_FRONT = "---\npublished: 2018-10-14\n---\n"
RULE = Rule(
    code="K102",
    name="impossible-date",
    severity=Severity.ERROR,
    summary="A date that does not exist, such as 31 February",
    explanation=__doc__ or "",
    examples=(
        flags(_FRONT + "Rapat digelar pada 31 Februari 2018 di Jakarta.\n"),
        flags(_FRONT + "Rapat digelar Jumat (31/04) di Jakarta.\n"),
        passes(_FRONT + "Rapat digelar pada 28 Februari 2018 di Jakarta.\n"),
    ),
    check=check,
)
