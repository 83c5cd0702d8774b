"""What is built once from a set of packs or a vocabulary and reused by every document."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

_T = TypeVar("_T")

KEPT = 8  # owners remembered at once: a process uses one set of packs, tests a few


def once_per(
    owner: object,
    cache: dict[Hashable, tuple[object, Any]],
    make: Callable[[], _T],
    key: Hashable = (),
) -> _T:
    """`make()` for `owner` and `key`, made on first use and then remembered.

    Owners (a Knowledge, a Vocabulary) are told apart by identity: they are not
    hashable, and an equal copy is rare enough to build again. The owner is held
    beside what was made, so a reused id() is never mistaken for it.
    """
    slot = (id(owner), key)
    hit = cache.get(slot)
    if hit is None or hit[0] is not owner:
        if len(cache) > KEPT:
            cache.clear()
        hit = cache[slot] = (owner, make())
    return hit[1]  # type: ignore[no-any-return]
