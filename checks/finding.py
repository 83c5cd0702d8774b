"""Findings: what a rule reports, with evidence from every source involved."""

from __future__ import annotations

import enum

import attrs


class Severity(enum.IntEnum):
    """How serious a finding is; ordered, so `--fail-on` is one comparison."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """A severity from its name ("error", "warning", "info")."""
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}: use error, warning or info") from None


@attrs.frozen(kw_only=True, order=True)
class Evidence:
    """One place in one document that a finding rests on."""

    doc: str
    path: str
    line: int
    column: int
    start: int  # character offsets into the document text
    end: int
    text: str  # as written
    value: str  # normalized: a TIMEX3 value, an entity id, a number with its unit


@attrs.frozen(kw_only=True)
class Finding:
    """A disagreement (or a problem) that a rule found, with its evidence."""

    rule: str  # the code, "K101"
    name: str  # the kebab-case name, "weekday-mismatch"
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
