"""Candidate pairs for alignment, found by shared keys instead of comparing every pair.

Rules align claims that share enough words ("same event", "same measure"). Comparing
every claim with every other grows with the square of the corpus; here each claim is
indexed under its words and compared only with claims it shares a *telling* word with.
The filter is exact (prefix filtering, as in similarity joins: Bayardo, Ma and
Srikant, "Scaling up all pairs similarity search", WWW 2007): when a pair must share
at least `t` of a set's words, some shared word lies among the set's first
`len - t + 1` words in any fixed order; in rarest-first order those are the words
with short index lists. A weighted threshold ("the shared words carry half the
set's weight") works the same way over words sorted heaviest first.

So a rule that checks its own condition on the candidates finds exactly the pairs
it would find comparing all pairs, in time that grows with the pairs that share
rare words, which for news is linear in the corpus.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)

_SLACK = 1e-9  # float sums in another order: keep prefixes a hair longer, never shorter


def neighbours(sets: Sequence[Collection[Key]], probes: Sequence[Iterable[Key]]) -> list[set[int]]:
    """For each set, the others that hold one of its probe keys, or whose probes it holds.

    `probes[i]` is the part of `sets[i]` a partner must share (a prefix, see
    `count_prefix` and `weight_prefix`); the result is symmetric.
    """
    index: dict[Key, list[int]] = {}
    for i, keys in enumerate(sets):
        for key in keys:
            index.setdefault(key, []).append(i)
    found: list[set[int]] = [set() for _ in sets]
    for i, keys in enumerate(probes):
        for key in keys:
            for j in index.get(key, ()):
                if j != i:
                    found[i].add(j)
                    found[j].add(i)
    return found


def count_prefix(keys: Collection[Key], least: int, rank: Callable[[Key], tuple]) -> list[Key]:
    """The keys a partner sharing at least `least` of them must share one of.

    `rank` orders keys rarest first (shortest index lists): the prefix is then
    made of the rarest keys. Empty when the set is smaller than `least`.
    """
    if least < 1:
        raise ValueError("least must be at least 1")
    if len(keys) < least:
        return []
    return sorted(keys, key=rank)[: len(keys) - least + 1]


def weight_prefix(keys: Collection[str], weight: Callable[[str], float], share: float) -> list[str]:
    """The keys a partner sharing `share` of this set's total weight must share one of.

    Heaviest first: once the keys left weigh less than `share` of the total, a
    partner cannot reach that share without one of the keys taken.
    """
    ordered = sorted((-weight(k), k) for k in keys)
    total = -math.fsum(w for w, _ in ordered)
    if total <= 0:
        return []
    left = total
    prefix = []
    for minus, key in ordered:
        if left < share * total * (1 - _SLACK):
            break
        prefix.append(key)
        left += minus
    return prefix


def frequency_rank(sets: Iterable[Collection[Key]]) -> Callable[[Key], tuple[int, Key]]:
    """A rarest-first order over the keys of `sets`: by how many sets hold them, then key."""
    df: dict[Key, int] = {}
    for keys in sets:
        for key in keys:
            df[key] = df.get(key, 0) + 1
    return lambda key: (df.get(key, 0), key)
