"""`kronik check --format junit`: JUnit XML, which every CI server shows as test results.

One testcase a rule and document: it fails with the findings of that rule
whose evidence is in that document, so the CI's test view lists what to fix
per article. Built with ElementTree, which escapes markup; characters XML 1.0
cannot hold at all are replaced.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from kronik.checks.finding import Finding

from .findings import Report
from .timeml import xml_chars


def _text(f: Finding) -> str:
    lines = [f"[{f.severity}] {f.rule} {f.name}: {f.message}"]
    lines += [f"    {e.path}:{e.line}:{e.column}: {e.text} → {e.value}" for e in f.evidence]
    return "\n".join(lines)


def render(report: Report) -> str:
    """One testsuite, one testcase per rule and document, a failure where there are findings."""
    found: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in report.findings:
        for doc in dict.fromkeys(e.doc for e in f.evidence):
            found[(f.rule, doc)].append(f)
    documents = sorted(report.documents, key=lambda d: (d.path, d.id))
    cases = [(rule, doc) for doc in documents for rule in report.rules]
    failures = sum(1 for rule, doc in cases if found.get((rule.code, doc.id)))
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": "0"}
    root = ET.Element("testsuites", name="kronik", **counts)
    suite = ET.SubElement(root, "testsuite", name="kronik check", skipped="0", **counts)
    for rule, doc in cases:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=xml_chars(doc.path),
            name=f"{rule.code} {rule.name}",
            file=xml_chars(doc.path),
        )
        findings = found.get((rule.code, doc.id))
        if findings:
            message = findings[0].message if len(findings) == 1 else f"{len(findings)} findings"
            failure = ET.SubElement(case, "failure", type=rule.code, message=xml_chars(message))
            failure.text = xml_chars("\n\n".join(_text(f) for f in findings))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
