"""Stories: which documents of a corpus tell the same story, so rules compare only those.

A corpus can be one story from five outlets or ten years of archive. Rules align
claims that share words ("hilang kontak pada ..."), and across an archive the same
words tell many stories: two plane crashes a year apart are not one event dated
twice. So documents are first grouped into stories, and rules compare claims only
within a story. That also keeps alignment linear in the archive: a story is a
handful of articles, whatever the archive's size.

Two documents tell one story when their words are alike (cosine of tf-idf vectors
of their content stems, at least `MIN_COSINE`) and they were published within
`WINDOW_DAYS` of each other (documents without a date pass this test). Stories are
the connected groups of such pairs, up to `MAX_SPAN_DAYS` from first to last article
(look-alike stories a few weeks apart must not chain into one across years).
Candidate pairs are documents of the same weeks that share some of their few heaviest
words (`TOP`): what sets each apart, a name or a place, not a word every article of a
busy week uses. So the grouping never compares every pair, and a busier archive does
not make every document meet more candidates.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from operator import mul

from kronik.timeline.event import Analysis
from kronik.timeline.publication import day_of

from .text import content

MIN_COSINE = 0.3
WINDOW_DAYS = 21
MAX_SPAN_DAYS = 60  # the longest a story's coverage runs, first article to last
TOP = 12  # a document's heaviest words, among which a story-mate's are
MIN_TOP_SHARED = 2  # ... at least this many of them


def terms(analysis: Analysis) -> Counter[str]:
    """How often each content stem occurs in a document's sentences."""
    text = analysis.doc.text
    counts: Counter[str] = Counter()
    for start, end in analysis.sentences:
        counts.update(content(text[start:end], analysis.lang))
    return counts


def stories(
    analyses: Sequence[Analysis],
    counts: Mapping[str, Counter[str]] | None = None,
    window_days: int = WINDOW_DAYS,
    min_cosine: float = MIN_COSINE,
) -> dict[str, int]:
    """Each document's story, as the index of the story's first document in id order.

    `counts` are the documents' `terms` when the caller has them.
    """
    docs = sorted(analyses, key=lambda a: a.doc.id)
    tf = [counts[a.doc.id] if counts is not None else terms(a) for a in docs]
    df: Counter[str] = Counter()
    for c in tf:
        df.update(c.keys())
    n = len(docs)

    idf = {t: math.log((n + 1) / (k + 1)) + 1.0 for t, k in df.items()}
    damped = [0.0, *(1 + math.log(k) for k in range(1, 64))]  # 1 + log(count), counts < 64

    vectors: list[dict[str, float]] = []
    for c in tf:
        v = {t: (damped[k] if k < 64 else 1 + math.log(k)) * idf[t] for t, k in c.items()}
        norm = math.sqrt(math.fsum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    days = [day_of(a.publication.value) for a in docs]
    tops = [sorted(v, key=lambda t: (-v[t], t))[:TOP] for v in vectors]
    # A document's heaviest word -> the documents that have it among their heaviest too,
    # by week of publication (None: undated), so that a document meets only those of its
    # weeks that share what sets it apart: the work grows with the archive, not with how
    # many articles a week use a common word.
    index: dict[tuple[str, int | None], list[int]] = {}
    for i, top in enumerate(tops):
        week = _week(days[i])
        for t in top:
            index.setdefault((t, week), []).append(i)
    weeks = sorted({_week(d) for d in days if d is not None})
    pairs: set[tuple[int, int]] = set()
    for i in range(n):
        if days[i] is None:
            near: list[int | None] = [*weeks, None]
        else:
            first, last = _week(days[i] - _DAY * window_days), _week(days[i] + _DAY * window_days)
            near = [*range(first, last + 1), None]  # type: ignore[arg-type]
        shared: Counter[int] = Counter()
        for t in tops[i]:
            for week in near:
                if users := index.get((t, week)):
                    shared.update(users)
        for j, count in shared.items():
            if j != i and count >= MIN_TOP_SHARED:
                pairs.add((min(i, j), max(i, j)))
    parent = list(range(n))
    spans: list[tuple[dt.date, dt.date] | None] = [(d, d) if d else None for d in days]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(pairs):
        a, b = root(i), root(j)
        if a == b or not _near(days[i], days[j], window_days):
            continue
        span = _joined(spans[a], spans[b])
        if span is not None and (span[1] - span[0]).days > MAX_SPAN_DAYS:
            continue  # a story is weeks of coverage: no chain of look-alikes across years
        if _cosine(vectors[i], vectors[j]) >= min_cosine:
            low, high = min(a, b), max(a, b)
            parent[high] = low
            spans[low] = span
    return {a.doc.id: root(i) for i, a in enumerate(docs)}


_DAY = dt.timedelta(days=1)


def _week(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal() // 7


def _joined(
    a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _near(a: dt.date | None, b: dt.date | None, window_days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= window_days


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    # The shared terms in whatever order a set gives: fsum's sum is exact, so the same.
    shared = a.keys() & b.keys()
    return math.fsum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
