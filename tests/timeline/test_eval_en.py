"""kronik's dates on the blind-annotated English development set, with floors.

The set (tests/fixtures/eval-en/README.md) was annotated before any tagger ran
on it; kronik's first run on it was blind (docs/accuracy.md), and the grammar
was tuned on its misses since, so these floors are a training score kept as a
regression guard. They sit a little below what kronik reaches: a change that
costs accuracy fails here; raise them when accuracy rises.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kronik.reports.evaluation import tag
from kronik.timeline.evaluate import Scores, evaluate

GOLD = Path(__file__).parent.parent / "fixtures" / "eval-en"

FLOORS = {"relaxed": 98.5, "strict": 98.5, "value": 97.0, "type": 98.5}


@pytest.fixture(scope="module")
def scores() -> Scores:
    result, _, documents = evaluate(GOLD, tag, lang="en")
    assert documents == 20
    return result


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_f1_stays_above_its_floor(scores: Scores, measure: str) -> None:
    assert getattr(scores, measure).f1 >= FLOORS[measure]
