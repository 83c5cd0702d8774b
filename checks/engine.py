"""The rule engine: run the selected rules over a corpus, in a deterministic order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kronik.timeline.document import Document
from kronik.timeline.event import build

from .corpus import Corpus
from .finding import Finding, Severity
from .pack import Knowledge, load
from .rule import Rule
from .rules import BY_CODE, BY_NAME, RULES


def resolve_selection(names: Iterable[str]) -> set[str]:
    """Rule codes from codes, names or code prefixes ("K1"); unknown ones are an error."""
    codes: set[str] = set()
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        if name in BY_NAME:
            codes.add(BY_NAME[name].code)
        elif name.upper() in BY_CODE:
            codes.add(name.upper())
        elif name.upper() == "ALL":
            codes.update(BY_CODE)
        elif matches := [c for c in BY_CODE if c.startswith(name.upper())]:
            codes.update(matches)
        else:
            raise ValueError(f"unknown rule {name!r} (see `kronik rules`)")
    return codes


def selected_rules(select: Sequence[str] = (), ignore: Sequence[str] = ()) -> tuple[Rule, ...]:
    """The rules to run: all by default, or the selected ones, less the ignored ones."""
    wanted = [name for name in select if name.strip()]
    chosen = resolve_selection(wanted) if wanted else set(BY_CODE)
    chosen -= resolve_selection(ignore)
    return tuple(rule for rule in RULES if rule.code in chosen)


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
) -> tuple[Corpus, tuple[Finding, ...]]:
    """Build the timeline of docs and archive together, and run the rules on docs."""
    timeline = build([*docs, *against])
    corpus = Corpus.from_timeline(
        timeline,
        knowledge if knowledge is not None else load(),
        reported=frozenset(d.id for d in docs),
    )
    return corpus, run(corpus, rules)


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The highest severity among findings, or None."""
    return max((f.severity for f in findings), default=None)
