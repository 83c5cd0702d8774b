"""Every rule is a well-formed unit, and its examples are run as tests."""

from __future__ import annotations

import re

import pytest

from kronik.checks.engine import check
from kronik.checks.rule import Rule
from kronik.checks.rules import RULES
from kronik.timeline.document import document_from_text

ADVICE = re.compile(r"^(avoid|use|prefer|check|fix|do|dont|never|always)-")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_examples(rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no examples"
    for number, example in enumerate(rule.examples):
        docs = [
            document_from_text(text, path=f"example-{number}-{i}.md", doc_id=f"ex{i}")
            for i, text in enumerate(example.articles)
        ]
        _, findings = check(docs, rules=[rule])
        assert bool(findings) == example.flags, (rule.name, number, findings)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_is_documented_and_named_for_the_problem(rule: Rule) -> None:
    assert rule.explanation.strip() and rule.summary.strip()
    assert "## Why it matters" in rule.explanation
    assert not ADVICE.match(rule.name)


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_module_is_named_after_the_rule(rule: Rule) -> None:
    assert rule.check.__module__.rsplit(".", 1)[-1] == rule.name.replace("-", "_")


def test_docs_rules_md_is_generated_from_the_registry() -> None:
    from pathlib import Path

    from kronik.reports.formats.rules import markdown

    doc = Path(__file__).parent.parent.parent / "docs" / "rules.md"
    assert doc.read_text(encoding="utf-8") == markdown(RULES), (
        "docs/rules.md is stale: kronik rules --format markdown > docs/rules.md"
    )
