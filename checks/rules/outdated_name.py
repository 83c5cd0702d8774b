"""Flags a former name used as if it were current: "Kominfo" after October 2024.

## What it flags
A name a knowledge pack records as former (with the date it stopped being used)
in an article published after that date, when the text does not mark it as
former ("sebelumnya", "dulu", "d/h", "formerly", "eks").

## Why it matters
Readers look for the entity under its current name. An outdated name also hints
that the passage was copied from an old article.

## What to do
Use the current name, or mark the old one: "Komdigi (sebelumnya Kominfo)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..corpus import Corpus
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes, report

_MARKED = re.compile(
    r"(?:sebelumnya|dulunya|dulu|dahulu|semula|eks|d/h|formerly|former|previously|bekas)"
    r"\W*(?:bernama|disebut|dikenal\s+sebagai|known\s+as|called)?\W*$",
    re.IGNORECASE,
)


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report former names in articles published after the name was dropped."""
    for m in corpus.claims.mentions:
        if not m.former:
            continue
        entity = corpus.knowledge.entities[m.entity]
        former = next((f for f in entity.former if f.name == m.name), None)
        published = corpus.analyses[m.doc].publication.value or ""
        if (
            former is None
            or not published[:4].isdigit()
            or published[: len(former.until)] <= former.until
        ):
            continue
        text = corpus.analyses[m.doc].doc.text
        if _MARKED.search(text[max(0, m.evidence.start - 40) : m.evidence.start]):
            continue
        yield report(
            RULE,
            (
                f"{m.evidence.text!r} has been called {entity.names[0]!r} since {former.until} "
                f"(pack {entity.origin.pack})"
            ),
            (m.evidence,),
        )


_FRONT = "---\npublished: 2025-03-14\n---\n"
RULE = Rule(
    code="K203",
    name="outdated-name",
    severity=Severity.WARNING,
    summary="A former name used as current after it was dropped",
    explanation=__doc__ or "",
    examples=(
        flags(_FRONT + "Kementerian Komunikasi dan Informatika memblokir situs itu.\n"),
        passes(_FRONT + "Komdigi (sebelumnya Kominfo) memblokir situs itu.\n"),
        passes("---\npublished: 2019-05-02\n---\nKementerian Kominfo memblokir situs itu.\n"),
    ),
    check=check,
)
