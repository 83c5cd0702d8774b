"""Flags one figure given values that cannot both be right, across sources or within one.

## What it flags
Two articles state the same measure with values that no reading reconciles:
"banjir menewaskan 12 orang" in one, "banjir menewaskan 15 orang" in another;
"harga Pertalite Rp 7.650 per liter" against "Rp 7.600 per liter". The same
measure means the same unit, the same thing counted, the same period ("pada
periode Januari-Mei 2018" is not "periode yang sama tahun lalu") and sentences
that tell the same fact.

Figures written differently but compatible are not flagged: rounding ("25
miliar" and "25,3 miliar"), approximations ("sekitar 700 juta" and "700 juta";
"lebih dari 12 orang" and "15 orang"), ranges ("10-15 orang" and "12 orang").
An article that gives an old and a new value ("naik dari Rp 7.600 menjadi Rp
7.650") agrees with one that gives only the new one. Within one article a
figure is flagged only when two near-identical sentences give it two values.

## Why it matters
Numbers are what readers quote and other outlets copy. When two sources give
different tolls, prices or growth rates for the same thing, at least one is
wrong, or one of them is outdated and does not say so.

## What to do
Check the figure with its primary source (the agency, the report, the official
statement). When the figures differ because one was updated (a toll that rose
during the day), date each figure in the text ("hingga Senin (8/10) sore"), so
that readers see the update rather than a contradiction.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

import attrs

from kronik.timeline.event import Analysis

from ..blocking import count_prefix, frequency_rank, neighbours
from ..claim import Quantity
from ..claims.quantities import numeric_stems
from ..corpus import Corpus
from ..finding import Finding, Severity
from ..rule import Rule, flags, passes
from ..text import similarity, stem, words
from ..vocabulary import vocabulary

# Two sentences state the same measure when their stems (numbers, units and
# approximation words left out) overlap this much, or when they share MIN_SHARED
# stems and the words right around the figures share NEAR_SHARED content stems
# ("ada 700 juta orang yang terhubung dengan jaringan" in a long quote) or a name
# ("harga Pertalite tetap Rp 7.650" / "harga Pertalite tidak berubah, yakni Rp 7.600") ...
MIN_SIMILARITY = 0.5
MIN_SHARED = 3
NEAR_SHARED = 2
# ... and this much when only one of them dates the figure, or neither names what it counts.
STRONG_SIMILARITY = 0.6
STRONG_SHARED = 4
STRONG_NEAR_SHARED = 3
# Within one article: near-identical sentences only.
SAME_DOC_SIMILARITY = 0.8
SAME_DOC_SHARED = 4
APPROX_TOLERANCE = 0.1  # "sekitar 700 juta" holds from 630 to 770 juta
WINDOW = 4  # words each side of a figure that tell which of several figures it is
_BREAK = re.compile(r'["“”]|[.!?](?:\s|$)')  # a quote or a sentence end: another statement


@attrs.frozen
class _Figure:
    """A quantity with what alignment needs: its stems and the words around it."""

    q: Quantity
    lang: str
    context: frozenset[str]  # the sentence's stems without number words
    before: frozenset[str]  # the words just before the figure
    after: frozenset[str]  # the words just after it
    near: frozenset[str]  # the content stems among those words
    previous: str  # the word right before the figure, lower-cased ("" at a sentence start)
    anchor: str  # the name nearest before the figure: "harga Pertalite ... Rp 7.650", or ""
    sentence: str  # the figure's sentence as written


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report groups of same-measure figures whose values no reading reconciles."""
    figures = _figures(corpus)
    by_unit: dict[str, list[_Figure]] = {}
    for f in figures:
        by_unit.setdefault(f.q.unit, []).append(f)
    for unit in sorted(by_unit):
        yield from _conflicts(by_unit[unit])


def _figures(corpus: Corpus) -> list[_Figure]:
    """Every quantity with a unit, with its context and the words around it."""
    out = []
    covers: dict[str, _Cover] = {}
    for q in corpus.claims.quantities:
        analysis = corpus.analyses.get(q.doc)
        if not q.unit or analysis is None or not 0 <= q.sentence < len(analysis.sentences):
            continue
        numeric = _numeric(analysis.lang)
        stop = _stop(analysis.lang)
        cover = covers.get(q.doc)
        if cover is None:
            cover = covers[q.doc] = _Cover(analysis)
        start, end = analysis.sentences[q.sentence]
        text = analysis.doc.text
        before = _stems(text[start : q.evidence.start], numeric)
        after = _stems(text[q.evidence.end : end], numeric)
        out.append(
            _Figure(
                q=q,
                lang=analysis.lang,
                context=q.context - numeric,
                before=frozenset(before[-WINDOW:]),
                after=frozenset(after[:WINDOW]),
                near=frozenset(before[-WINDOW:] + after[:WINDOW]) - stop,
                previous=_previous(text, start, q.evidence.start),
                anchor=_anchor(analysis, start, q.evidence.start, _skip(analysis.lang), cover),
                sentence=text[start:end],
            )
        )
    return sorted(out, key=lambda f: (f.q.evidence.path, f.q.evidence.start, f.q.doc))


@cache
def _numeric(lang: str) -> frozenset[str]:
    return numeric_stems(lang)


@cache
def _stop(lang: str) -> frozenset[str]:
    """Stopwords and their stems: words that do not tell which fact a figure is."""
    stop = vocabulary(lang).stopwords
    return stop | frozenset(stem(w) for w in stop)


def _previous(text: str, start: int, end: int) -> str:
    """The word right before a figure, lower-cased."""
    found = list(words(text[max(start, end - 40) : end]))
    return found[-1].group().casefold() if found else ""


@cache
def _skip(lang: str) -> frozenset[str]:
    """Words that are not names a figure is of: stopwords and number words."""
    return _stop(lang) | _numeric(lang)


class _Cover:
    """Whether an offset of a document lies inside one of its timexes."""

    def __init__(self, analysis: Analysis) -> None:
        spans = sorted((t.start, t.end) for t in analysis.timexes)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max, initial=-1))

    def __contains__(self, at: int) -> bool:
        # The timexes starting at or before `at` reach past it: one of them holds it.
        return self.reach[bisect.bisect_right(self.starts, at)] > at


def _anchor(analysis: Analysis, start: int, end: int, skip: frozenset[str], cover: _Cover) -> str:
    """The name nearest before a figure: what it is a figure of ("Selain Pertalite,
    pemerintah menaikkan harga Solar subsidi dari Rp 5.150").

    The search stops at a sentence end (sentences the splitter left joined), and at a
    speech verb or a quote, whose names are speakers; words that open a sentence and
    words of dates ("kuartal III 2018") are not names.
    """
    text = analysis.doc.text
    speech = vocabulary(analysis.lang).speech_verbs
    for m in reversed(list(words(text[start:end]))):
        word, at = m.group(), start + m.start()
        if word.casefold() in speech or _BREAK.search(text, at + len(word), end):
            return ""
        opening = text[start:at].rstrip()[-1:]
        if (
            word[0].isupper()
            and opening not in ("", ".", "!", "?", '"', "“")
            and word.casefold() not in skip
            and at not in cover
        ):
            return word.casefold()
    return ""


def _stems(text: str, numeric: frozenset[str]) -> list[str]:
    """Stems of the words of a text, numbers and number words left out."""
    found = (stem(m.group()) for m in words(text))  # stemmed as `content` stems
    return [s for s in found if s not in numeric and not s.isdigit()]


def bounds(q: Quantity) -> tuple[float, float]:
    """The values a figure as written can stand for: its rounding, approximation and range."""
    upper = q.upper if q.upper is not None else q.value
    low, high = q.value - q.precision / 2, upper + q.precision / 2
    if q.approx == "APPROX":
        low, high = low - abs(q.value) * APPROX_TOLERANCE, high + abs(upper) * APPROX_TOLERANCE
    elif q.approx == "MORE":
        high = math.inf
    elif q.approx == "LESS":
        low = -math.inf
    return low, high


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two figures can both be right: their readings overlap.

    Rounding is half-up, so the interval of "7.600" stops short of 7.650: bounds
    that only touch do not overlap.
    """
    (alow, ahigh), (blow, bhigh) = bounds(a), bounds(b)
    return alow < bhigh and blow < ahigh


def _generic(q: Quantity) -> bool:
    """A figure that does not say what it counts beyond its unit ("12 orang")."""
    return q.counted in ("", q.unit)


def _same_measure(a: _Figure, b: _Figure) -> bool:
    """Whether two figures of different sentences state the same measure."""
    qa, qb = a.q, b.q
    shared = a.context & b.context
    sim = similarity(a.context, b.context)
    near = len(a.near & b.near)
    strong = len(shared) >= STRONG_SHARED and (
        sim >= STRONG_SIMILARITY or near >= STRONG_NEAR_SHARED
    )
    if qa.doc == qb.doc:
        return (
            qa.counted != ""
            and qa.counted == qb.counted
            and qa.time == qb.time
            and sim >= SAME_DOC_SIMILARITY
            and len(shared) >= SAME_DOC_SHARED
        )
    if len(shared) < MIN_SHARED or (
        sim < MIN_SIMILARITY and near < NEAR_SHARED and not (a.anchor and a.anchor == b.anchor)
    ):
        return False
    if qa.time != qb.time and ((qa.time is not None and qb.time is not None) or not strong):
        return False
    if a.anchor and b.anchor and a.anchor != b.anchor:
        return False  # each figure names its own thing: "harga Pertamax" / "harga Pertalite"
    if not qa.counted and not qb.counted:
        return strong
    return (
        qa.counted == qb.counted
        or _generic(qa)
        or _generic(qb)
        or qa.counted in qb.context
        or qb.counted in qa.context
    )


def _candidates(figures: Sequence[_Figure]) -> list[tuple[int, int]]:
    """The pairs (i < j) that can state one measure, found by shared words (checks/blocking.py).

    A pair must share MIN_SHARED words of their sentences and, besides, either half
    the smaller sentence's words, or NEAR_SHARED words around the figures, or the
    name they are figures of: candidates come from each of the three.
    """
    contexts = [f.context for f in figures]
    rank = frequency_rank(contexts)
    by_sentence = neighbours(
        contexts,
        [
            count_prefix(c, max(MIN_SHARED, math.ceil(MIN_SIMILARITY * len(c))), rank)
            for c in contexts
        ],
    )
    nears = [f.near for f in figures]
    near_rank = frequency_rank(nears)
    by_near = neighbours(nears, [count_prefix(n, NEAR_SHARED, near_rank) for n in nears])
    by_anchor = neighbours(
        [(f.anchor,) if f.anchor else () for f in figures],
        [(f.anchor,) if f.anchor else () for f in figures],
    )
    return sorted(
        (i, j)
        for i in range(len(figures))
        for j in by_sentence[i] | by_near[i] | by_anchor[i]
        if i < j
    )


def _closeness(a: _Figure, b: _Figure) -> int:
    """How alike the words around two figures are: which figure of a sentence is which.

    The word right before a figure weighs most: "dari Rp 9.500" is the old price and
    "menjadi Rp 10.400" the new one.
    """
    return len(a.before & b.before) + len(a.after & b.after) + 2 * (a.previous == b.previous)


def _conflicts(figures: Sequence[_Figure]) -> Iterator[Finding]:
    """Findings among figures of one unit."""
    pairs: list[tuple[int, int]] = []
    same_doc: list[tuple[int, int]] = []
    for i, j in _candidates(figures):
        a, b = figures[i], figures[j]
        if a.q.doc == b.q.doc and a.q.sentence == b.q.sentence:
            continue
        if not _same_measure(a, b):
            continue
        (same_doc if a.q.doc == b.q.doc else pairs).append((i, j))
    # An undated figure that agrees with dated ones of a single time holds for that time:
    # "18 gempa susulan" agrees with "18 gempa susulan hingga Rabu pagi", so it does not
    # contradict "enam gempa susulan hingga pukul 22.30" of the evening before.
    dated: dict[int, set[str]] = {}
    for i, k in pairs:
        for x, y in ((i, k), (k, i)):
            time = figures[y].q.time
            if (
                figures[x].q.time is None
                and time is not None
                and compatible(figures[x].q, figures[y].q)
            ):
                dated.setdefault(x, set()).add(time)
    when = [f.q.time for f in figures]
    for x, times in dated.items():
        if len(times) == 1:
            when[x] = next(iter(times))
    aligned: dict[int, dict[str, list[int]]] = {}  # figure -> other doc -> aligned figures
    for i, k in pairs:
        if when[i] is not None and when[k] is not None and when[i] != when[k]:
            continue
        aligned.setdefault(i, {}).setdefault(figures[k].q.doc, []).append(k)
        aligned.setdefault(k, {}).setdefault(figures[i].q.doc, []).append(i)

    def score(i: int, k: int) -> tuple[bool, int]:
        # A figure of the same time first (undated with undated), then the closest words.
        return when[i] == when[k], _closeness(figures[i], figures[k])

    chosen: dict[tuple[int, str], list[int]] = {}

    def best(i: int, doc: str) -> list[int]:
        found = chosen.get((i, doc))
        if found is None:
            options = aligned.get(i, {}).get(doc, [])
            scores = [score(i, k) for k in options]
            top = max(scores, default=None)
            found = chosen[(i, doc)] = [k for k, s in zip(options, scores, strict=True) if s == top]
        return found

    def agrees(i: int, doc: str) -> bool:
        return any(compatible(figures[i].q, figures[k].q) for k in best(i, doc))

    sentences: dict[tuple[str, int], list[int]] = {}
    for i, f in enumerate(figures):
        sentences.setdefault((f.q.doc, f.q.sentence), []).append(i)

    def told(i: int, k: int) -> bool:
        """Whether figure k's value is given in figure i's sentence too ("dari X menjadi Y")."""
        mates = sentences[(figures[i].q.doc, figures[i].q.sentence)]
        return any(compatible(figures[m].q, figures[k].q) for m in mates)

    # An edge joins two figures that are each other's best counterpart in the other
    # article. It is a conflict when neither has a compatible best counterpart and
    # neither sentence gives the other's value: an article that tells an old and a new
    # value ("naik dari 32.000 kaki ke 38.000 kaki") does not contradict one that tells
    # only the new one.
    edges: list[tuple[int, int, bool]] = []
    for i in sorted(aligned):
        for doc in sorted(aligned[i]):
            for k in best(i, doc):
                if k <= i or i not in best(k, figures[i].q.doc):
                    continue
                conflict = not (
                    agrees(i, doc) or agrees(k, figures[i].q.doc) or told(i, k) or told(k, i)
                )
                edges.append((i, k, conflict))
    for i, k in same_doc:
        edges.append((i, k, not compatible(figures[i].q, figures[k].q)))

    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, k, _ in edges:
        parent[root(i)] = root(k)
    # A finding holds the figures of its conflicts and those that agree with them through
    # edges; other figures of the component (an old price beside a new one) stay out.
    members: dict[int, set[int]] = {}
    for i, k, conflict in edges:
        if conflict:
            members.setdefault(root(i), set()).update((i, k))
    for group in members.values():
        grown = True
        while grown:
            grown = False
            for i, k, conflict in edges:
                if conflict or (i in group) == (k in group):
                    continue
                if compatible(figures[i].q, figures[k].q):
                    group.update((i, k))
                    grown = True
    for group in sorted(members.values(), key=min):
        yield _finding([figures[i] for i in sorted(group)])


def _finding(group: Sequence[_Figure]) -> Finding:
    """One finding: the values of a measure with how many sources give each."""
    classes: list[list[_Figure]] = []
    for f in sorted(group, key=lambda f: (f.q.value, f.q.upper or f.q.value, f.q.evidence)):
        for c in classes:
            if all(compatible(f.q, g.q) for g in c):
                c.append(f)
                break
        else:
            classes.append([f])
    # Most sources first; between equals, the value read first (by file and offset).
    rows = sorted(
        ((-len({f.q.doc for f in c}), min(f.q.evidence for f in c), c) for c in classes),
        key=lambda row: (row[0], row[1]),
    )
    parts = []
    for minus, _, c in rows:
        n = -minus
        parts.append(f"{show(_typical(c))} ({n} source{'s' if n != 1 else ''})")
    return Finding(
        rule=RULE.code,
        name=RULE.name,
        severity=RULE.severity,
        message=f"{_label(group)}: " + " vs ".join(parts),
        evidence=tuple(sorted(f.q.evidence for f in group)),
    )


def _typical(c: Sequence[_Figure]) -> Quantity:
    """The figure that stands for a class: the most precise, exact one first."""
    return min(
        (f.q for f in c), key=lambda q: (q.approx != "EQUAL", q.upper is not None, q.precision)
    )


def _label(group: Sequence[_Figure]) -> str:
    """What the figures measure, in words of the first article: what they count, or the
    words around them that all sources share ("menewaskan", "harga pertalite")."""
    first = group[0]
    named = Counter(
        f.q.counted
        for f in group
        if not _generic(f.q) and all(f.q.counted in (g.q.counted, *g.q.context) for g in group)
    )
    if named:
        top = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return _written(first, top)
    stop = vocabulary(first.lang).stopwords
    shared = frozenset.intersection(*(f.before | f.after for f in group))
    written = (m.group() for m in words(first.sentence))
    ordered = [w.casefold() for w in written if stem(w) in shared and w.casefold() not in stop]
    unique = list(dict.fromkeys(ordered))[:3]
    return " ".join(unique) if unique else first.q.unit


def _written(f: _Figure, s: str) -> str:
    """A stem as written in the figure's sentence, lower-cased."""
    for m in words(f.sentence):
        if stem(m.group().casefold()) == s:
            return m.group().casefold()
    return s


def show(q: Quantity) -> str:
    """A figure for a message: "12 orang", "~700 million orang", "5.17%", "7,650 IDR/l"."""
    sign = {"APPROX": "~", "MORE": ">", "LESS": "<"}.get(q.approx, "")
    number = _number(q.value, q.precision)
    if q.upper is not None:
        number += "-" + _number(q.upper, q.precision)
    if q.unit == "%":
        return f"{sign}{number}%"
    return f"{sign}{number} {q.unit}"


def _number(value: float, precision: float) -> str:
    for size, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.{_decimals(precision / size)}f} {name}"
    return f"{value:,.{_decimals(precision)}f}"


def _decimals(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0


_FRONT = "---\npublished: 2018-10-14\n---\n"
RULE = Rule(
    code="K301",
    name="quantity-conflict",
    severity=Severity.WARNING,
    summary="One figure, values that cannot both be right: across sources or within one",
    explanation=__doc__ or "",
    examples=(
        flags(
            _FRONT + "Banjir bandang di Garut menewaskan 12 orang dan merendam ratusan rumah "
            "warga di tepi sungai, kata petugas BPBD.\n",
            _FRONT + "Banjir bandang di Garut menewaskan 15 orang dan merendam ratusan rumah "
            "warga di tepi sungai, menurut petugas BPBD.\n",
        ),
        passes(
            _FRONT + "Banjir bandang di Garut menewaskan 12 orang dan merendam ratusan rumah "
            "warga di tepi sungai, kata petugas BPBD.\n",
            _FRONT + "Banjir bandang di Garut menewaskan sedikitnya 12 orang dan merendam "
            "ratusan rumah warga di tepi sungai, menurut petugas BPBD.\n",
        ),
        passes(
            _FRONT + "Nilai ekspor kopi dari provinsi itu mencapai 25 miliar rupiah pada 2017, "
            "jauh di atas tahun sebelumnya.\n",
            _FRONT + "Nilai ekspor kopi dari provinsi itu mencapai 25,3 miliar rupiah pada 2017, "
            "jauh di atas tahun sebelumnya.\n",
        ),
        passes(
            _FRONT + "Nilai ekspor kopi dari provinsi itu mencapai 25 miliar rupiah pada 2017 "
            "dan 31 miliar rupiah pada 2018.\n",
            _FRONT + "Nilai ekspor kopi dari provinsi itu mencapai 31 miliar rupiah pada 2018, "
            "naik dari tahun sebelumnya.\n",
        ),
    ),
    check=check,
)
