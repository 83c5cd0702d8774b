"""English temporal expressions: not yet recognized (English follows Indonesian).

Documents detected as English get no timexes until this recognizer lands;
`kronik dates --lang en` says so instead of guessing with the Indonesian grammar.
"""

from __future__ import annotations

from . import Mention


def recognize(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """English temporal expressions in `text[start:end]` (none yet)."""
    return []
