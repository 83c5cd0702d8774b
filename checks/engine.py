"""The rule engine: run the selected rules over a corpus, in a deterministic order."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from types import MappingProxyType

import attrs

from kronik.timeline.document import Document
from kronik.timeline.event import Analysis, Timeline, analyze, assemble, corpus_date
from kronik.timeline.parallel import map_in_order
from kronik.timeline.publication import day_of

from .claim import Claims
from .claims import by_document, extract_document, merge
from .config import Config
from .corpus import Corpus
from .finding import Evidence, Finding, Severity
from .index import RELATED
from .pack import Knowledge, load
from .paths import rules_off
from .rule import Rule
from .rules import RULES
from .selection import resolve_selection as resolve_selection  # re-exported
from .selection import selected_rules as selected_rules
from .story import stories as group_stories
from .story import terms as story_terms
from .switches import is_off, read_switches


def run(corpus: Corpus, rules: Sequence[Rule] = RULES) -> tuple[Finding, ...]:
    """Findings of the rules over the corpus, on reported documents only, sorted."""
    findings = []
    for rule in rules:
        for finding in rule.check(corpus):
            if any(e.doc in corpus.reported for e in finding.evidence):
                findings.append(finding)
    return tuple(sorted(findings, key=order))


def order(finding: Finding) -> tuple:
    """Findings sorted by severity (worst first), rule, then the first evidence."""
    first = finding.evidence[0] if finding.evidence else None
    where = (first.path, first.line, first.column) if first else ("", 0, 0)
    return (-int(finding.severity), finding.rule, where, finding.message)


def check(
    docs: Sequence[Document],
    against: Sequence[Document] = (),
    rules: Sequence[Rule] = RULES,
    knowledge: Knowledge | None = None,
    config: Config | None = None,
    progress: Callable[[Document], None] | None = None,
    jobs: int = 1,
    stories: str = "one",
) -> tuple[Corpus, tuple[Finding, ...]]:
    """Build the timeline of docs and archive together, and run the rules on docs.

    `jobs` processes read documents and extract their claims side by side. With
    `stories="split"` the corpus is an archive of many stories: documents are
    grouped into stories (checks/story.py) and rules compare claims within a story
    only; with "one" (the default) every document tells the one story.

    The findings are then settled by the documents' switches and the config's
    per-path ignores and severities, so every output format shows the same ones.
    """
    knowledge = knowledge if knowledge is not None else load()
    read = read_all([*docs, *against], knowledge, jobs, progress, with_terms=True)
    with long_lived():
        corpus = corpus_of(read, docs, knowledge)
        found = run_stories(corpus, rules, stories, jobs)
        return corpus, settle(found, docs, config or Config())


def corpus_of(read: Reading, docs: Sequence[Document], knowledge: Knowledge) -> Corpus:
    """The corpus the rules see after `read_all`, findings reported on `docs`."""
    return Corpus.from_analyses(
        read.analyses,
        read.corpus_date,
        knowledge,
        reported=frozenset(d.id for d in docs),
        claims=read.claims,
        terms=read.terms,
    )


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Leave the objects made so far (a corpus read: millions of small objects) out of
    the cyclic collector's passes until the block ends.

    Without it each full collection walks the whole corpus again while the rules
    run (a second or more at 10,000 articles, and more with the archive), and in
    forked workers it touches every object, copying the pages they share.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def check_index(
    docs: Sequence[Document],
    index: str,
    rules: Sequence[Rule] = RULES,
    knowledge: Knowledge | None = None,
    config: Config | None = None,
    related: int = RELATED,
) -> tuple[Corpus, tuple[Finding, ...]]:
    """Check docs against the archive in an index (checks/index.py): only the draft is read.

    Each draft brings the `related` archive documents most alike it (its story);
    the rules run on the drafts and those together, as one story. A draft already in
    the index (same id) is not compared with its own stored copy.
    """
    from . import index as archive

    knowledge = knowledge if knowledge is not None else load()
    timeline, claims = analyse(docs, knowledge)
    conn, _ = archive.connect(index, create=False)
    try:
        ids = {d.id for d in docs}
        chosen: set[str] = set()
        for analysis in timeline.analyses:
            found = archive.related(conn, story_terms(analysis), exclude=ids, limit=related)
            chosen.update(doc for doc, _ in found)
        stored = archive.records(conn, chosen)
    finally:
        conn.close()
    parts = by_document(claims)
    undated = [a for a in timeline.analyses if a.publication.basis != "explicit"]
    days = sorted(d for r in stored if (d := day_of(r.analysis.publication.value)))
    if undated and days:
        # A draft without a stated date takes its years near its story's, as in a corpus.
        day = days[(len(days) - 1) // 2]
        analyses = {a.doc.id: a for a in timeline.analyses}
        fixed, fresh = analyse([a.doc for a in undated], knowledge, corpus=day)
        analyses.update((a.doc.id, a) for a in fixed.analyses)
        parts.update(by_document(fresh))
        timeline = assemble(analyses.values(), day)
    timeline = assemble([*timeline.analyses, *(r.analysis for r in stored)], timeline.corpus)
    parts.update((r.analysis.doc.id, r.claims) for r in stored)
    # Claims in document order, as `analyse` gives them: rules must see one order.
    claims = merge(parts[a.doc.id] for a in timeline.analyses if a.doc.id in parts)
    corpus = Corpus.from_timeline(timeline, knowledge, reported=frozenset(ids), claims=claims)
    return corpus, settle(run(corpus, rules), docs, config or Config())


STORIES = ("one", "split")


def run_stories(
    corpus: Corpus, rules: Sequence[Rule], stories: str = "one", jobs: int = 1
) -> tuple[Finding, ...]:
    """`run` on the whole corpus ("one"), or on each story that has a reported document.

    Stories are checked side by side in `jobs` processes; the findings are the same.
    """
    if stories not in STORIES:
        raise ValueError(f"stories must be one of {', '.join(STORIES)}, not {stories!r}")
    if stories == "one":
        return run(corpus, rules)
    groups: dict[int, list[str]] = {}
    terms = corpus.terms if len(corpus.terms) == len(corpus.analyses) else None
    for doc, group in group_stories(tuple(corpus.analyses.values()), terms).items():
        groups.setdefault(group, []).append(doc)
    todo = [tuple(ids) for _, ids in sorted(groups.items()) if corpus.reported.intersection(ids)]
    found = map_in_order(_run_story, todo, jobs, setup=(story_setup, (corpus, rules)))
    return tuple(sorted((f for part in found for f in part), key=order))


# What a worker checking stories reads: the corpus, its claims by document, the rules.
_STORY: list[tuple[Corpus, dict[str, Claims], Sequence[Rule]]] = []


def story_setup(corpus: Corpus, rules: Sequence[Rule]) -> None:
    """Prepare this process to check stories of `corpus` (`story_corpus`, `_run_story`)."""
    _STORY[:] = [(corpus, by_document(corpus.claims), rules)]


def _run_story(ids: Sequence[str]) -> tuple[Finding, ...]:
    return run(story_corpus(ids), _STORY[0][2])


def story_corpus(ids: Sequence[str]) -> Corpus:
    """The corpus of one story, from what `story_setup` prepared."""
    corpus, claims, _ = _STORY[0]
    keep = set(ids)
    # In document order, as in the whole corpus: ids sort as the documents do (ids are unique).
    analyses = [a for i in sorted(keep) if (a := corpus.analyses.get(i)) is not None]
    return Corpus(
        analyses=MappingProxyType({a.doc.id: a for a in analyses}),
        corpus_date=corpus.corpus_date,
        reported=corpus.reported & keep,
        knowledge=corpus.knowledge,
        claims=merge(claims[a.doc.id] for a in analyses if a.doc.id in claims),
        terms=MappingProxyType({i: corpus.terms[i] for i in keep if i in corpus.terms}),
    )


@attrs.frozen(kw_only=True)
class Reading:
    """What reading a corpus gives: its documents analysed (in document order) and the
    corpus date they were read against, every claim, and each document's story terms
    (empty unless asked for). `assemble` makes their timeline."""

    analyses: tuple[Analysis, ...]
    corpus_date: dt.date | None
    claims: Claims
    terms: Mapping[str, Counter[str]]


def analyse(
    docs: Sequence[Document],
    knowledge: Knowledge,
    jobs: int = 1,
    progress: Callable[[Document], None] | None = None,
    corpus: dt.date | None = None,
) -> tuple[Timeline, Claims]:
    """The timeline of docs and every document's claims, read in `jobs` processes.

    `corpus` is the date undated documents choose years near; default: the docs' own.
    """
    read = read_all(docs, knowledge, jobs, progress, corpus)
    return assemble(read.analyses, read.corpus_date), read.claims


def read_all(
    docs: Sequence[Document],
    knowledge: Knowledge,
    jobs: int = 1,
    progress: Callable[[Document], None] | None = None,
    corpus: dt.date | None = None,
    with_terms: bool = False,
) -> Reading:
    """`analyse`, and with `with_terms` each document's story terms, counted where the
    document is read (its sentences' stems are at hand there, for its claims)."""
    docs = sorted(docs, key=lambda d: (d.id, d.path))
    day = corpus if corpus is not None else corpus_date(docs)
    read = map_in_order(
        partial(_read, corpus=day, with_terms=with_terms),
        docs,
        jobs,
        progress,
        setup=(_use, (knowledge,)),
    )
    return Reading(
        # A worker's analysis holds a copy of its document: hold the one read here instead.
        analyses=tuple(
            a if a.doc is doc else attrs.evolve(a, doc=doc)
            for (a, _, _), doc in zip(read, docs, strict=True)
        ),
        corpus_date=day,
        claims=merge(c for _, c, _ in read),
        terms=MappingProxyType({a.doc.id: t for a, _, t in read if t is not None}),
    )


_KNOWLEDGE: list[Knowledge] = []  # the packs a worker process extracts claims with


def _use(knowledge: Knowledge) -> None:
    _KNOWLEDGE[:] = [knowledge]


def _read(
    doc: Document, corpus: dt.date | None, with_terms: bool = False
) -> tuple[Analysis, Claims, Counter[str] | None]:
    analysis = analyze(doc, corpus=corpus)
    claims = extract_document(analysis, _KNOWLEDGE[0])
    return analysis, claims, story_terms(analysis) if with_terms else None


def settle(
    findings: Iterable[Finding], docs: Sequence[Document], config: Config
) -> tuple[Finding, ...]:
    """Findings less those switched off, at the severities the config sets, sorted.

    A finding is dropped when all its evidence in the reported documents `docs`
    is where its rule is off: switched off in the text or front matter
    (checks/switches.py), or ignored for the file by `per-path-ignores`.
    """
    switches = {d.id: read_switches(d) for d in docs}
    ignored = {d.id: rules_off(config, d.path) for d in docs}

    def off(finding: Finding, e: Evidence) -> bool:
        return finding.rule in ignored[e.doc] or is_off(switches[e.doc], finding.rule, e.start)

    severity = dict(config.severity)
    kept = []
    for finding in findings:
        reported = [e for e in finding.evidence if e.doc in switches]
        if reported and all(off(finding, e) for e in reported):
            continue
        if finding.rule in severity:
            finding = attrs.evolve(finding, severity=severity[finding.rule])
        kept.append(finding)
    return tuple(sorted(kept, key=order))


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The highest severity among findings, or None."""
    return max((f.severity for f in findings), default=None)
