"""Benchmark: articles per second for `kronik timeline` and `kronik check`, and peak memory.

Not a test (speed is measured, never asserted). Run:

    python tests/benchmarks/speed.py [--copies 40]

It reads the bundled seeds, makes COPIES renamed copies of each (so the corpus
is COPIES x 5 articles), and times the timeline build and the full check on it,
after one warm-up run, on one core.
"""

from __future__ import annotations

import argparse
import resource
import time

import attrs

from kronik.checks.engine import check
from kronik.reports.cli import seeds_path
from kronik.timeline.document import read
from kronik.timeline.event import build


def main() -> None:
    """Print articles per second and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    seeds = read([seeds_path()])
    docs = tuple(
        attrs.evolve(d, id=f"{d.id}-{n}", path=f"{d.path}#{n}")
        for n in range(args.copies)
        for d in seeds
    )
    build(seeds)  # warm-up: lexicons, regexes, dateparser
    check(seeds)
    started = time.perf_counter()
    build(docs)
    timeline_s = time.perf_counter() - started
    started = time.perf_counter()
    check(docs[: 5 * min(args.copies, 4)])
    check_s = time.perf_counter() - started
    check_n = 5 * min(args.copies, 4)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"timeline: {len(docs)} articles in {timeline_s:.2f} s = {len(docs) / timeline_s:.0f}/s")
    print(f"check:    {check_n} articles in {check_s:.2f} s = {check_n / check_s:.0f}/s")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
