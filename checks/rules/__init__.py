"""The rules, one module each. A new rule is a new module and one line in RULES."""

from __future__ import annotations

from ..rule import Rule
from . import weekday_mismatch

RULES: tuple[Rule, ...] = (weekday_mismatch.RULE,)

BY_CODE = {rule.code: rule for rule in RULES}
BY_NAME = {rule.name: rule for rule in RULES}
