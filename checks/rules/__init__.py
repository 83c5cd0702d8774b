"""The rules, one module each. A new rule is a new module and one line in RULES."""

from __future__ import annotations

from ..rule import Rule
from . import (
    date_conflict,
    entity_conflict,
    impossible_date,
    name_typo,
    outdated_name,
    quantity_conflict,
    quote_variant,
    tense_conflict,
    title_conflict,
    unresolved_date,
    weekday_mismatch,
)

RULES: tuple[Rule, ...] = tuple(
    sorted(
        (
            weekday_mismatch.RULE,
            impossible_date.RULE,
            date_conflict.RULE,
            tense_conflict.RULE,
            unresolved_date.RULE,
            entity_conflict.RULE,
            name_typo.RULE,
            outdated_name.RULE,
            quantity_conflict.RULE,
            quote_variant.RULE,
            title_conflict.RULE,
        ),
        key=lambda rule: rule.code,
    )
)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}
