"""Flags one event given different dates: across sources, within one, or against its calendar.

## What it flags
- An event the knowledge packs know that is dated where it cannot be: a recurring
  event off its calendar day (Harbolnas is 12 December every year: "pada 12
  November" is not it), or a date outside a scheduled event's days.
- One event told by several articles with dates that do not overlap: "hilang
  kontak Minggu (28/12)" in one, "hilang kontak Sabtu (27/12)" in another.

Dates of statements ("kata X, Sabtu (13/10)") date the saying, not the event,
and are left out. Dates of different grain agree when one holds the other:
"November 2018" agrees with "11 November 2018".

## Why it matters
A reader who sees two dates for one event cannot tell which outlet is right, and
the wrong one gets copied.

## What to do
Check the date with the primary source. The finding lists each date with the
number of sources that give it; a pack's calendar is cited as a source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..claim import DateClaim, EventMention
from ..corpus import Corpus
from ..dates import counted, overlap, show, span
from ..finding import Evidence, Finding, Severity
from ..pack import Recurring, Scheduled
from ..rule import Rule, flags, passes
from ..text import similarity

# Unnamed events: two sentences tell the same event when they share this much.
MIN_SHARED = 4
MIN_SIMILARITY = 0.5
_GRAINS = frozenset({"day", "time", "month", "week"})


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report named events off their calendar, and events that sources date apart."""
    claims = [c for c in corpus.claims.dates if not c.statement and span(c) is not None]
    yield from _named(corpus, claims)
    yield from _unnamed(corpus, [c for c in claims if not c.events and c.grain in _GRAINS])


def _named(corpus: Corpus, claims: Sequence[DateClaim]) -> Iterator[Finding]:
    by_event: dict[str, list[DateClaim]] = {}
    for c in claims:
        for event in c.events:
            by_event.setdefault(event, []).append(c)
    for event, told in sorted(by_event.items()):
        recurring = corpus.knowledge.recurring.get(event)
        scheduled = corpus.knowledge.scheduled.get(event)
        if recurring is None and scheduled is None:
            continue
        fits = {c: _fits(c, recurring, scheduled) for c in told}
        wrong = [c for c in told if not fits[c]]
        if not any(c.doc in corpus.reported for c in wrong):
            continue
        name, calendar = _calendar(recurring, scheduled)
        off: dict[str, list[Evidence]] = {}
        on: dict[str, list[Evidence]] = {}
        for c in told:
            (on if fits[c] else off).setdefault(show(c.value, c.end), []).append(c.evidence)
        agreeing = f" vs {counted(on.items())}" if on else ""
        evidence = sorted({c.evidence for c in told} | _mentions(corpus, event, told))
        yield Finding(
            rule=RULE.code,
            name=RULE.name,
            severity=Severity.ERROR,
            message=f"{name} is on {calendar}: {counted(off.items())}{agreeing}",
            evidence=tuple(evidence),
        )


def _fits(c: DateClaim, recurring: Recurring | None, scheduled: Scheduled | None) -> bool:
    days = span(c)
    assert days is not None
    if recurring is not None:
        for year in range(days[0].year, days[1].year + 1):
            try:
                day = dt.date(year, recurring.month, recurring.day)
            except ValueError:
                continue
            if days[0] <= day <= days[1]:
                return True
        return False
    assert scheduled is not None
    start, end = (
        dt.date.fromisoformat(scheduled.start[:10]),
        dt.date.fromisoformat(scheduled.end[:10]),
    )
    return overlap(days, (start, end))


def _calendar(recurring: Recurring | None, scheduled: Scheduled | None) -> tuple[str, str]:
    if recurring is not None:
        when = show(f"2000-{recurring.month:02d}-{recurring.day:02d}")[:-5]
        return recurring.names[0], f"{when} every year (pack {recurring.origin.pack})"
    assert scheduled is not None
    return scheduled.names[0], (
        f"{show(scheduled.start)} to {show(scheduled.end)} (pack {scheduled.origin.pack})"
    )


def _mentions(corpus: Corpus, event: str, told: Sequence[DateClaim]) -> set[Evidence]:
    """The first naming of the event in each article that names it without dating it."""
    dated = {c.doc for c in told}
    first: dict[str, EventMention] = {}
    for m in corpus.claims.events:
        if m.event == event and m.doc not in dated:
            first.setdefault(m.doc, m)
    return {m.evidence for m in first.values()}


def _unnamed(corpus: Corpus, claims: Sequence[DateClaim]) -> Iterator[Finding]:
    """Cluster same-event claims across documents; report clusters whose dates do not meet."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.doc == b.doc or not _same_event(a, b):
                continue
            parent[root(i)] = root(j)
    clusters: dict[int, list[DateClaim]] = {}
    for i, c in enumerate(claims):
        clusters.setdefault(root(i), []).append(c)
    for cluster in clusters.values():
        if len({c.doc for c in cluster}) < 2:
            continue
        spans = {c: span(c) for c in cluster}
        apart = [
            (a, b)
            for i, a in enumerate(cluster)
            for b in cluster[i + 1 :]
            if a.doc != b.doc and not overlap(spans[a], spans[b])  # type: ignore[arg-type]
        ]
        if not apart:
            continue
        groups: dict[str, list[Evidence]] = {}
        for c in cluster:
            groups.setdefault(show(c.value, c.end), []).append(c.evidence)
        topic = " ".join(sorted(set.intersection(*(set(c.context) for c in cluster)))[:6])
        yield Finding(
            rule=RULE.code,
            name=RULE.name,
            severity=Severity.WARNING,
            message=f"one event ({topic}) dated apart: {counted(groups.items())}",
            evidence=tuple(sorted(c.evidence for c in cluster)),
        )


def _same_event(a: DateClaim, b: DateClaim) -> bool:
    shared = a.context & b.context
    if len(shared) < MIN_SHARED or similarity(a.context, b.context) < MIN_SIMILARITY:
        return False
    if a.entities and b.entities and not set(a.entities) & set(b.entities):
        return False
    # Shared words must include one that is not a name: the same happening, not just
    # the same people ("hilang kontak", "tewas", "diluncurkan").
    return any(w.islower() and not w.isdigit() for w in shared)


_FRONT = "---\npublished: {date}\n---\n"
RULE = Rule(
    code="K103",
    name="date-conflict",
    severity=Severity.ERROR,
    summary="One event, different dates: across sources, within one, or against its calendar",
    explanation=__doc__ or "",
    examples=(
        flags(
            _FRONT.format(date="2018-10-14")
            + "Produk lokal akan dijual saat Harbolnas pada 12 November 2018.\n"
        ),
        passes(
            _FRONT.format(date="2018-10-14")
            + "Produk lokal akan dijual saat Harbolnas 12 Desember mendatang.\n"
        ),
        flags(
            _FRONT.format(date="2014-12-29")
            + "Pesawat AirAsia hilang kontak di atas Laut Jawa pada Minggu (28/12/2014) pagi "
            "dengan 162 penumpang.\n",
            _FRONT.format(date="2014-12-29")
            + "Pesawat AirAsia hilang kontak di atas Laut Jawa pada Sabtu (27/12/2014) pagi "
            "dengan 162 penumpang.\n",
        ),
        passes(
            _FRONT.format(date="2014-12-29")
            + "Pesawat AirAsia hilang kontak di atas Laut Jawa pada Minggu (28/12/2014) pagi "
            "dengan 162 penumpang.\n",
            _FRONT.format(date="2014-12-29")
            + "Pesawat AirAsia hilang kontak di atas Laut Jawa pada Desember 2014 "
            "dengan 162 penumpang.\n",
        ),
    ),
    check=check,
)
