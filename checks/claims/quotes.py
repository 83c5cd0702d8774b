"""Quotes claims: not extracted yet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kronik.timeline.event import Analysis

if TYPE_CHECKING:
    from . import Sentence


def extract(analysis: Analysis, sentences: Sequence[Sentence]) -> Iterator:
    """No claims of this kind yet."""
    return iter(())
