"""Per-document work over several processes (`--jobs N`), with results in input order.

Reading one document (its language, sentences, timexes, and in `checks` its claims)
depends on that document and the corpus date only, so it spreads over processes;
what looks across documents (the timeline's order, the rules) runs after, in one
process. Results come back in the order of the input, so output never depends on
how work was shared out.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def jobs_for(requested: int) -> int:
    """The processes to use: `requested`, or every core for 0."""
    if requested < 0:
        raise ValueError("jobs must be 0 (every core) or more")
    return requested or os.cpu_count() or 1


def map_in_order(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int = 1,
    progress: Callable[[Item], None] | None = None,
    setup: tuple[Callable[..., None], tuple] | None = None,
) -> list[Result]:
    """`func` over `items`, in `jobs` processes (1: this one), results in input order.

    `func` must be picklable (a module-level function or a functools.partial of one).
    `setup` is (function, arguments) run once in each worker first (and here when
    running here): the way to hand workers large read-only state, which forked
    workers inherit rather than unpickle. Small inputs run here: starting processes
    costs more than they save; so does a platform without fork.
    """
    return list(iter_in_order(func, items, jobs, progress, setup))


def iter_in_order(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int = 1,
    progress: Callable[[Item], None] | None = None,
    setup: tuple[Callable[..., None], tuple] | None = None,
) -> Iterator[Result]:
    """`map_in_order`, yielding each result as soon as it and those before it are done.

    The results pile up here (a corpus's documents, timexes and claims: millions of
    small objects), and Python's cyclic collector walks all of them at each full
    collection, which makes reading grow faster than the corpus. They hold no cycles
    that matter, so the collector is paused while results come in.
    """
    with _collector_paused():
        yield from _iter_in_order(func, items, jobs, progress, setup)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _iter_in_order(
    func: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    progress: Callable[[Item], None] | None,
    setup: tuple[Callable[..., None], tuple] | None,
) -> Iterator[Result]:
    jobs = min(jobs_for(jobs), max(1, len(items) // 8))
    if jobs <= 1 or "fork" not in mp.get_all_start_methods():
        if setup is not None:
            setup[0](*setup[1])
        for item in items:
            result = func(item)
            if progress is not None:
                progress(item)
            yield result
        return
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=mp.get_context("fork"),
        initializer=setup[0] if setup else None,
        initargs=setup[1] if setup else (),
    ) as pool:
        results: Iterable[Result] = pool.map(func, items, chunksize=chunk)
        for item, result in zip(items, results, strict=True):
            if progress is not None:
                progress(item)
            yield result
