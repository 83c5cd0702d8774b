"""Rules: one unit each, with a stable code, a kebab-case name, a severity, and examples."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from .finding import Evidence, Finding, Severity

if TYPE_CHECKING:
    from .corpus import Corpus

_CODE = re.compile(r"^K\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@attrs.frozen(kw_only=True)
class Example:
    """Small made-up articles that a rule must flag (or must pass): docs and tests run them."""

    articles: tuple[str, ...]  # each with front matter, as a user would write them
    flags: bool


def flags(*articles: str) -> Example:
    """An example the rule must flag."""
    return Example(articles=articles, flags=True)


def passes(*articles: str) -> Example:
    """An example the rule must not flag."""
    return Example(articles=articles, flags=False)


def _code(instance: Rule, attribute: attrs.Attribute, value: str) -> None:
    if not _CODE.match(value):
        raise ValueError(f"rule code must be K and three digits, got {value!r}")


def _name(instance: Rule, attribute: attrs.Attribute, value: str) -> None:
    if not _NAME.match(value):
        raise ValueError(f"rule name must be kebab-case, got {value!r}")


@attrs.frozen(kw_only=True)
class Rule:
    """A check over the claims of a corpus."""

    code: str = attrs.field(validator=_code)
    name: str = attrs.field(validator=_name)
    severity: Severity
    summary: str  # one line: what it flags
    explanation: str  # the module docstring: what, why it matters, what to do
    examples: tuple[Example, ...]
    check: Callable[[Corpus], Iterable[Finding]] = attrs.field(eq=False, repr=False)


def report(
    rule: Rule,
    message: str,
    evidence: Iterable[Evidence],
    severity: Severity | None = None,
) -> Finding:
    """A finding of `rule`: its code, name and default severity (unless given), with evidence."""
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=rule.severity if severity is None else severity,
        message=message,
        evidence=tuple(evidence),
    )
