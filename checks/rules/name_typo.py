"""Notes a name one letter away from a name the packs know: "Tokopedai" for Tokopedia.

## What it flags
A capitalised word that is not a known name but is one edit (a letter added,
dropped, changed, or two swapped) from a platform or organisation in the
knowledge packs. kronik reads it as that entity, so the other checks still work,
and says so.

## Why it matters
A misspelt name reads as careless, and search engines and archives will not find
the article under the right name.

## What to do
Correct the spelling, or, if the word is a different name, add it to a pack of
your own (`--pack`) so kronik knows it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..corpus import Corpus
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report each name resolved as a possible typo."""
    for m in corpus.claims.mentions:
        if not m.typo:
            continue
        yield report(
            RULE,
            f"{m.evidence.text!r} may be a misspelling of {m.name!r}",
            (m.evidence,),
        )


_FRONT = "---\npublished: 2018-10-14\n---\n"
RULE = Rule(
    code="K202",
    name="name-typo",
    severity=Severity.INFO,
    summary="A name one letter away from a known one (possible typo)",
    explanation=__doc__ or "",
    examples=(
        flags(_FRONT + "Produk itu dijual lewat Tokopedai sejak pekan lalu.\n"),
        passes(_FRONT + "Produk itu dijual lewat Tokopedia sejak pekan lalu.\n"),
    ),
    check=check,
)
