"""The rule engine: run the selected rules over a corpus, in a deterministic order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from kronik.timeline.document import Document
from kronik.timeline.event import build

from .config import Config
from .corpus import Corpus
from .finding import Evidence, Finding, Severity
from .pack import Knowledge, load
from .paths import rules_off
from .rule import Rule
from .rules import RULES
from .selection import resolve_selection as resolve_selection  # re-exported
from .selection import selected_rules as selected_rules
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
) -> tuple[Corpus, tuple[Finding, ...]]:
    """Build the timeline of docs and archive together, and run the rules on docs.

    The findings are then settled by the documents' switches and the config's
    per-path ignores and severities, so every output format shows the same ones.
    """
    timeline = build([*docs, *against], progress)
    corpus = Corpus.from_timeline(
        timeline,
        knowledge if knowledge is not None else load(),
        reported=frozenset(d.id for d in docs),
    )
    return corpus, settle(run(corpus, rules), docs, config or Config())


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
