"""`kronik check --format sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers.

The rules come from the one registry (`kronik.checks.rules.RULES`), as ruff's
SARIF output does: id = code, fullDescription and help = the explanation.
Each result points at its first evidence and lists the others as related
locations. Its fingerprint hashes the rule and what the evidence says, never
line numbers, so an alert survives edits above it.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from kronik.checks.baseline import fingerprint
from kronik.checks.finding import Evidence, Finding, Severity
from kronik.checks.rule import Rule
from kronik.checks.rules import RULES

from .findings import Report, end_of

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "kronik/v1"  # bump the version when the hashed fields change


def _version() -> str:
    try:
        return metadata.version("kronik")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def _information_uri() -> str:
    """The project's home page from the package metadata, else its package index page."""
    try:
        urls = metadata.metadata("kronik").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source"):
            return url.strip()
    return "https://pypi.org/project/kronik/"


def uri(path: str) -> str:
    """A file's URI: relative paths stay relative (to the folder kronik ran in)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """One entry of tool.driver.rules."""
    explanation = rule.explanation.strip()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": explanation},
        "help": {"text": explanation, "markdown": explanation},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": [rule.name]},
    }


def location(e: Evidence, index: int | None = None) -> dict[str, Any]:
    """A physical location for one piece of evidence; related ones carry an id and a message."""
    end_line, end_column = end_of(e)
    where: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": uri(e.path)},
            "region": {
                "startLine": e.line,
                "startColumn": e.column,
                "endLine": end_line,
                "endColumn": end_column,
                "snippet": {"text": e.text},
            },
        }
    }
    if index is not None:
        where["id"] = index
    where["message"] = {"text": f"{e.text} → {e.value}"}
    return where


def result(f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    """One finding as a SARIF result."""
    record: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
    }
    if f.rule in rule_index:
        record["ruleIndex"] = rule_index[f.rule]
    if f.evidence:
        record["locations"] = [location(f.evidence[0])]
        if len(f.evidence) > 1:
            record["relatedLocations"] = [
                location(e, index) for index, e in enumerate(f.evidence[1:], start=1)
            ]
    record["partialFingerprints"] = {FINGERPRINT: fingerprint(f)}
    return record


def render(report: Report) -> str:
    """The SARIF log of one run: the tool with every rule, and one result a finding."""
    rule_index = {rule.code: i for i, rule in enumerate(RULES)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kronik",
                        "version": _version(),
                        "informationUri": _information_uri(),
                        "rules": [rule_descriptor(rule) for rule in RULES],
                    }
                },
                # kronik counts columns in characters, not in UTF-16 code units
                "columnKind": "unicodeCodePoints",
                "results": [result(f, rule_index) for f in report.findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
