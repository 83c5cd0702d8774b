"""Flags one event given different dates: across sources, within one, or against its calendar.

## What it flags
- An event the knowledge packs know that is dated where it cannot be: a recurring
  event off its calendar day (Harbolnas is 12 December every year: "pada 12
  November" is not it), or a date outside a scheduled event's days.
- One event told by several articles with dates that do not overlap: "hilang
  kontak Minggu (28/12)" in one, "hilang kontak Sabtu (27/12)" in another.

Dates of statements ("kata X, Sabtu (13/10)") date the saying, not the event,
and are left out. Dates of different grain agree when one holds the other:
"November 2018" agrees with "11 November 2018". Clock times with their zones are
compared in UTC: "23:20 GMT on Sunday" agrees with "pukul 06.20 WIB Senin", and
"pukul 23.20 WIB Minggu" does not; the same clock reading in two zones ("14.37
WIB", "14.37 WITA") is a zone mixed up.

## Why it matters
A reader who sees two dates for one event cannot tell which outlet is right, and
the wrong one gets copied.

## What to do
Check the date with the primary source. The finding lists each date with the
number of sources that give it; a pack's calendar is cited as a source.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from kronik.timeline.timex import interval

from ..blocking import neighbours, weight_prefix
from ..claim import DateClaim, EventMention
from ..corpus import Corpus
from ..dates import counted, overlap, show, span
from ..finding import Evidence, Finding, Severity
from ..pack import Recurring, Scheduled
from ..rule import Rule, flags, passes, report
from ..story import terms

# Unnamed events: two sentences tell the same event when they share at least
# MIN_SHARED words, whose weight (idf over the story's sentences) is at least
# MIN_WEIGHT and MIN_SIMILARITY of the lighter sentence's.
MIN_SHARED = 4
MIN_WEIGHT = 8.0
MIN_SIMILARITY = 0.5
# ... or the few words around the dates do ("hilang kontak pada <date>").
MIN_NEAR_SHARED = 2
MIN_NEAR_WEIGHT = 5.0
_GRAINS = frozenset({"day", "time", "month", "week"})


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report named events off their calendar, and events that sources date apart."""
    claims = [c for c in corpus.claims.dates if not c.statement and span(c) is not None]
    yield from _named(corpus, claims)
    # A day taken from the narrative's focus ("pukul 06.17" after another date) is
    # kronik's reading, not the source's word: it cannot be held against another source.
    unnamed = [c for c in claims if not c.events and c.stated and c.grain in _GRAINS]
    yield from _unnamed(corpus, unnamed)


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
        yield report(
            RULE,
            f"{name} is on {calendar}: {counted(off.items())}{agreeing}",
            tuple(evidence),
            severity=Severity.ERROR,
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
    """Group same-event claims across documents; report groups whose dates do not meet.

    A claim joins a group only when it tells the same event as every member
    (complete linkage): chains of loose likenesses must not merge an announcement
    with the day it takes effect.
    """
    weight = _weights(corpus)
    ordered = sorted(claims, key=lambda c: (c.doc, c.evidence.start))
    # Two claims can tell one event only when one holds half the other's word
    # weight, in the sentence or around the date: compare only such candidates.
    partners = [
        a | b
        for a, b in zip(
            neighbours(
                [c.context for c in ordered],
                [weight_prefix(c.context, weight.__getitem__, MIN_SIMILARITY) for c in ordered],
            ),
            neighbours(
                [c.near for c in ordered],
                [weight_prefix(c.near, weight.__getitem__, MIN_SIMILARITY) for c in ordered],
            ),
            strict=True,
        )
    ]
    side = {id(c): _side(c, corpus) for c in ordered}
    groups: list[list[DateClaim]] = []
    member_of: dict[int, int] = {}  # claim -> its group
    for i, claim in enumerate(ordered):
        for g in sorted({member_of[j] for j in partners[i] if j in member_of}):
            group = groups[g]
            if all(c.doc != claim.doc and _same_event(c, claim, weight, side) for c in group):
                group.append(claim)
                member_of[i] = g
                break
        else:
            member_of[i] = len(groups)
            groups.append([claim])
    for group in groups:
        if len({c.doc for c in group}) < 2:
            continue
        if not any(_apart(a, b) for i, a in enumerate(group) for b in group[i + 1 :]):
            continue
        values: dict[str, list[Evidence]] = {}
        for c in group:
            values.setdefault(_label(c), []).append(c.evidence)
        common = set.intersection(*(set(c.context) for c in group))
        topic = " ".join(sorted(common, key=lambda w: (-weight(w), w))[:5])
        yield report(
            RULE,
            f"one event ({topic}) dated apart: {counted(values.items())}",
            tuple(sorted(c.evidence for c in group)),
            severity=Severity.WARNING,
        )


def _weights(corpus: Corpus) -> _Weights:
    """How telling a word is in this story: rare across its sentences weighs more (idf)."""
    df: Counter[str] = Counter()
    sentences = 0
    for doc, analysis in corpus.analyses.items():
        counted = corpus.terms.get(doc)
        df.update(counted if counted is not None else terms(analysis))
        sentences += len(analysis.sentences)
    return _Weights(df, sentences)


class _Weights(dict[str, float]):
    """Word weights (smoothed idf: never zero), filled in as words are looked up, and
    the weight of sets of words, remembered. `weights[word]` and `weights(word)` agree;
    the first is a plain dict lookup once the word is known."""

    def __init__(self, df: Counter[str], sentences: int) -> None:
        super().__init__()
        self._df, self._sentences = df, sentences
        self._sets: dict[frozenset[str], float] = {}  # a frozenset keeps its hash

    def __missing__(self, word: str) -> float:
        found = self[word] = math.log((self._sentences + 1) / (self._df[word] + 1)) + 1.0
        return found

    def __call__(self, word: str) -> float:
        return self[word]

    def mass(self, words: frozenset[str]) -> float:
        found = self._sets.get(words)
        if found is None:
            found = self._sets[words] = sum(map(self.__getitem__, words))
        return found


def _same_event(a: DateClaim, b: DateClaim, weight: _Weights, side: Mapping[int, int]) -> bool:
    """Whether two claims tell one event; `side` holds each claim's `_side` by its id()."""
    if len(a.context & b.context) < MIN_SHARED and len(a.near & b.near) < MIN_NEAR_SHARED:
        return False
    if a.entities and b.entities and not set(a.entities) & set(b.entities):
        return False
    sides = side[id(a)], side[id(b)]
    if sides[0] != sides[1] and 1 in sides:
        return False  # one ahead of its article, one not: two happenings
    return _alike(a.context, b.context, weight, MIN_WEIGHT) or _alike(
        a.near, b.near, weight, MIN_NEAR_WEIGHT
    )


def _alike(a: frozenset[str], b: frozenset[str], weight: _Weights, least: float) -> bool:
    """Whether two sets of words share enough weight, and most of the lighter one's."""
    mass = sum(map(weight.__getitem__, a & b))
    if mass < least:
        return False
    smaller = min(weight.mass(a), weight.mass(b))
    return smaller > 0 and mass / smaller >= MIN_SIMILARITY


def _side(c: DateClaim, corpus: Corpus) -> int:
    """-1 for a date behind its article (marked or by the calendar), +1 ahead, 0 around it."""
    marked = {"past": -1, "future": 1}.get(c.tense or "", 0)
    if marked:
        return marked
    published = interval((corpus.analyses[c.doc].publication.value or "")[:10])
    days = span(c)
    if published is None or days is None:
        return 0
    if days[1] < published[0] - dt.timedelta(days=1):
        return -1
    return 1 if days[0] > published[0] + dt.timedelta(days=1) else 0


def _apart(a: DateClaim, b: DateClaim) -> bool:
    """Whether two claims cannot be the same moment: no shared day, zones considered.

    Two clock times with their zones are compared in UTC first, whatever their
    days: "23:20 GMT on Sunday" is "06.20 WIB Senin", and "23.20 WIB Minggu" is
    seven hours before it although the day is the same.
    """
    if a.doc == b.doc:
        return False
    moments = _moment(a), _moment(b)
    if moments[0] is not None and moments[1] is not None:
        delta = abs(moments[0] - moments[1])
        # the same clock reading in two zones is a zone mixed up ("14.37 WIB", "14.37 WITA")
        same_reading = a.value[11:16] == b.value[11:16]
        return delta > dt.timedelta(hours=3) or (bool(delta) and same_reading)
    sa, sb = span(a), span(b)
    assert sa is not None and sb is not None
    return not overlap(sa, sb)


def _label(c: DateClaim) -> str:
    """How a claim is shown: its day, and a clock time with its zone also in UTC."""
    moment = _moment(c)
    if moment is None:
        return show(c.value, c.end)
    utc = moment.astimezone(dt.UTC)
    in_utc = f"{show(utc.date().isoformat())} {utc:%H:%M} UTC"
    return f"{show(c.value)} {c.value[11:16]} UTC{c.zone} ({in_utc})"


def _moment(c: DateClaim) -> dt.datetime | None:
    """A clock time with its zone, in UTC; None for dates and zoneless times."""
    if "T" not in c.value or not c.zone:
        return None
    try:
        local = dt.datetime.fromisoformat(c.value[:16])
        return local.replace(tzinfo=dt.datetime.fromisoformat(f"2000-01-01T00:00{c.zone}").tzinfo)
    except ValueError:
        return None


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
