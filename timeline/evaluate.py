"""TempEval-3 scoring of timexes against gold annotations.

Relaxed: a system span overlaps a gold span (one-to-one, best overlap first);
strict: identical spans; value and type: relaxed matches that also agree on the
value (or type), with precision over all system spans and recall over all gold
spans. The DCT is given to the tagger, not scored.

Only the annotated part of a text is scored, gold and system alike: the TEXT of a
TimeML file (not its TITLE), and the title, dateline and first four sentences of
a MEANTIME file, the only sentences MEANTIME annotates. A system timex outside
that part is neither matched nor spurious.
"""

from __future__ import annotations

import heapq
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from . import document
from .timeml import Annotated, TimeMLError, parse_meantime, parse_timeml, split_zone
from .timex import Timex

Tagger = Callable[[str, str | None, str | None], Sequence[Timex]]


@attrs.frozen(kw_only=True)
class PRF:
    """True positives, false positives and false negatives, with P, R and F1 in percent."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        """Precision, 0-100 (0 when nothing was found)."""
        return 100.0 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        """Recall, 0-100 (0 when there was nothing to find)."""
        return 100.0 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0-100."""
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


@attrs.frozen(kw_only=True)
class Scores:
    """The four TempEval-3 measures."""

    relaxed: PRF = PRF()
    strict: PRF = PRF()
    value: PRF = PRF()
    type: PRF = PRF()

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            relaxed=self.relaxed + other.relaxed,
            strict=self.strict + other.strict,
            value=self.value + other.value,
            type=self.type + other.type,
        )


@attrs.frozen(kw_only=True)
class Miss:
    """One disagreement with the gold: missed, spurious, wrong value or inexact span."""

    doc_id: str
    kind: str  # "missed", "spurious", "value" or "span"
    offset: int  # start of the gold span, or of the system span for "spurious"
    gold_text: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_value: str | None = None


_KIND_ORDER = {"missed": 0, "value": 1, "span": 2, "spurious": 3}


def _bare(value: str | None) -> str | None:
    return split_zone(value)[0] if value is not None else None


def same_value(gold: Timex, system: Timex) -> bool:
    """Whether a system value counts as the gold value (zones stripped; a gold range's end too)."""
    if _bare(system.value) != _bare(gold.value):
        return False
    return gold.until is None or _bare(system.until) == _bare(gold.until)


def match(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, best overlap first."""
    events = sorted(
        [(t.start, 0, i) for i, t in enumerate(gold)]
        + [(t.start, 1, i) for i, t in enumerate(system)]
    )
    active: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])  # heaps of (end, index)
    candidates: list[tuple[int, bool, int, int, int, int]] = []
    spans = (gold, system)
    # Sweep by start: each overlapping pair is seen once, when its later span starts.
    for start, side, i in events:
        for heap in active:
            while heap and heap[0][0] <= start:
                heapq.heappop(heap)
        me = spans[side][i]
        for _, j in active[1 - side]:
            other = spans[1 - side][j]
            g, s = (i, j) if side == 0 else (j, i)
            gt, st = (me, other) if side == 0 else (other, me)
            overlap = min(gt.end, st.end) - max(gt.start, st.start)
            exact = (gt.start, gt.end) == (st.start, st.end)
            candidates.append((-overlap, not exact, gt.start, st.start, g, s))
        heapq.heappush(active[side], (me.end, i))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for *_, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return pairs


def score_document(
    doc_id: str, text: str, gold: Sequence[Timex], system: Sequence[Timex]
) -> tuple[Scores, list[Miss]]:
    """Scores and misses of one document."""

    def said(t: Timex) -> str:
        return text[t.start : t.end] if t.end <= len(text) else t.text

    pairs = match(gold, system)
    exact = sum(
        (
            Counter((t.start, t.end) for t in gold) & Counter((t.start, t.end) for t in system)
        ).values()
    )
    right_value = right_type = 0
    misses: list[Miss] = []
    for g, s in pairs:
        gt, st = gold[g], system[s]
        value_ok = same_value(gt, st)
        right_value += value_ok
        right_type += gt.type == st.type
        if not value_ok or (gt.start, gt.end) != (st.start, st.end):
            misses.append(
                Miss(
                    doc_id=doc_id,
                    kind="span" if value_ok else "value",
                    offset=gt.start,
                    gold_text=said(gt),
                    gold_value=_shown(gt),
                    system_text=said(st),
                    system_value=_shown(st),
                )
            )
    found_gold = {g for g, _ in pairs}
    found_system = {s for _, s in pairs}
    for i, t in enumerate(gold):
        if i not in found_gold:
            misses.append(
                Miss(
                    doc_id=doc_id,
                    kind="missed",
                    offset=t.start,
                    gold_text=said(t),
                    gold_value=_shown(t),
                )
            )
    for i, t in enumerate(system):
        if i not in found_system:
            misses.append(
                Miss(
                    doc_id=doc_id,
                    kind="spurious",
                    offset=t.start,
                    system_text=said(t),
                    system_value=_shown(t),
                )
            )
    n_gold, n_system = len(gold), len(system)

    def prf(tp: int) -> PRF:
        return PRF(tp=tp, fp=n_system - tp, fn=n_gold - tp)

    scores = Scores(
        relaxed=prf(len(pairs)), strict=prf(exact), value=prf(right_value), type=prf(right_type)
    )
    return scores, misses


def _shown(t: Timex) -> str:
    return f"{t.value}/{t.until}" if t.until else t.value


def score(
    pairs: Iterable[tuple[str, str, Sequence[Timex], Sequence[Timex]]],
) -> tuple[Scores, tuple[Miss, ...]]:
    """TempEval-3 scores over (doc_id, text, gold, system) documents, and the misses."""
    total = Scores()
    misses: list[Miss] = []
    for doc_id, text, gold, system in pairs:
        scores, missed = score_document(doc_id, text, gold, system)
        total += scores
        misses.extend(missed)
    misses.sort(key=lambda m: (m.doc_id, m.offset, _KIND_ORDER.get(m.kind, 9)))
    return total, tuple(misses)


# --- gold folders ---------------------------------------------------------------------------------

GOLD_SUFFIXES = (".tml", ".xml")


def gold_files(gold_dir: Path) -> tuple[Path, ...]:
    """The `.tml` and `.xml` files under `gold_dir`, recursively, hidden ones skipped, sorted."""
    if not gold_dir.is_dir():
        raise document.InputError(f"{gold_dir}: no such folder")
    found = []
    for root, dirs, files in os.walk(gold_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in GOLD_SUFFIXES:
                found.append(path)
    return tuple(sorted(found, key=lambda p: p.relative_to(gold_dir).as_posix()))


def read_gold(path: Path) -> Annotated:
    """One gold file: TimeML for `.tml`, MEANTIME token XML for `.xml`."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise document.InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if len(data) > document.MAX_BYTES:
        raise document.InputError(f"{path}: file too large ({len(data)} bytes)")
    source, _ = document.decode(data, str(path))
    meantime = path.suffix.lower() == ".xml"
    try:
        return parse_meantime(source) if meantime else parse_timeml(source)
    except TimeMLError as e:
        kind = "MEANTIME" if meantime else "TimeML"
        raise document.InputError(f"{path}: broken {kind}: {e}") from None


def scored_part(annotated: Annotated, timexes: Iterable[Timex]) -> list[Timex]:
    """The timexes inside the part of a gold document that is scored (`Annotated.scored`)."""
    start, end = annotated.scored
    return [t for t in timexes if start <= t.start and t.end <= end]


@attrs.frozen(kw_only=True)
class Evaluation:
    """A scored gold folder: scores, misses, documents, and how many were scored in part."""

    scores: Scores
    misses: tuple[Miss, ...]
    documents: int
    partial: int = 0  # MEANTIME documents scored on their annotated sentences only


def evaluate_folder(gold_dir: Path, tag: Tagger, *, lang: str | None = None) -> Evaluation:
    """Tag every gold file under `gold_dir` and score its annotated part."""
    paths = gold_files(gold_dir)
    if not paths:
        raise document.InputError(f"{gold_dir}: no .tml or MEANTIME .xml files")
    partial = 0

    def documents() -> Iterable[tuple[str, str, Sequence[Timex], Sequence[Timex]]]:
        nonlocal partial
        for path in paths:
            annotated = read_gold(path)
            partial += annotated.annotated is not None
            # TempEval-3 scores the TEXT only; gold inside TITLE would always count as missed.
            # MEANTIME annotates the first sentences only; later dates are neither right nor wrong.
            system = scored_part(
                annotated, tag(annotated.text, annotated.dct, annotated.lang or lang)
            )
            gold = scored_part(annotated, annotated.gold)
            doc_id = annotated.doc_id or path.relative_to(gold_dir).with_suffix("").as_posix()
            yield doc_id, annotated.text, gold, system

    scores, misses = score(documents())
    return Evaluation(scores=scores, misses=misses, documents=len(paths), partial=partial)


def evaluate(
    gold_dir: Path, tag: Tagger, *, lang: str | None = None
) -> tuple[Scores, tuple[Miss, ...], int]:
    """Tag every gold file under `gold_dir` and score it: scores, misses, number of documents."""
    run = evaluate_folder(gold_dir, tag, lang=lang)
    return run.scores, run.misses, run.documents
