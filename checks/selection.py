"""Rule selection: codes, names and prefixes ("K1", "date-conflict") to the rules that run."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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


def selected_rules(
    select: Sequence[str] = (), ignore: Sequence[str] = (), start: Sequence[Rule] = RULES
) -> tuple[Rule, ...]:
    """The rules to run: `start` (all by default), or the selected ones, less the ignored ones.

    Settings come in layers, as in ruff: the config file's, then the command
    line's. Each layer starts from the rules the one before chose; its `select`
    replaces them, its `ignore` removes from them.
    """
    wanted = [name for name in select if name.strip()]
    chosen = resolve_selection(wanted) if wanted else {rule.code for rule in start}
    chosen -= resolve_selection(ignore)
    return tuple(rule for rule in RULES if rule.code in chosen)
