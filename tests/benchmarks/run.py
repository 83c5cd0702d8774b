"""Benchmark: kronik's tagger, timeline and check against dateparser, on one synthetic corpus.

Not a test (speed is measured, never asserted). Run:

    python tests/benchmarks/run.py [--articles 1000] [--jobs 1] [--scaling] [--json]

It generates the corpus with tests/benchmarks/corpus.py (cached under /tmp/kronik-bench/),
reads it as `kronik` does, warms up on five articles, then times on the same articles:

- tagging: `find_timexes(text, lang="id", ref=published date)` per article;
- dateparser: `search_dates(text, languages=["id"], settings={"DATE_ORDER": "DMY",
  "RELATIVE_BASE": published})` per article, on at most --dateparser-sample articles
  (default 300: it is slow), said so in the table;
- timeline: `build(docs)` over the whole corpus;
- check: `check(docs)` over the whole corpus (the timeline, claims and every rule).

--jobs N spreads the two per-article steps over N processes; timeline and check look
across documents, so they always run in one process. Memory: the process's peak RSS
(ru_maxrss) after each step, and, unless --no-tracemalloc, the tracemalloc peak of each
step, measured in a second pass so it does not slow the timed one.

--profile N prints the N functions with the most cumulative time in check(docs) instead.

--scaling runs check on the first 250, 500, 1000 and 2000 articles and prints seconds and
seconds per article, split into the phases of `kronik.checks.engine.check` (timeline,
claims, each rule, settle), so a part that grows faster than linearly shows.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import json
import os
import platform
import pstats
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from multiprocessing import Pool
from pathlib import Path

from dateparser.search import search_dates

from kronik.checks.config import Config
from kronik.checks.corpus import Corpus
from kronik.checks.engine import check, run, settle
from kronik.checks.pack import load
from kronik.checks.rules import RULES
from kronik.timeline.document import Document, read
from kronik.timeline.event import build
from kronik.timeline.tagger import find_timexes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as synthetic  # tests/benchmarks/corpus.py

CACHE = Path("/tmp/kronik-bench")
SCALING = (250, 500, 1000, 2000)


def corpus_file(articles: int, seed: int) -> Path:
    """The cached corpus of `articles` articles, written on first use."""
    path = CACHE / f"corpus-s{seed}-{articles}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        synthetic.write(tmp, articles, seed)
        tmp.replace(path)
    return path


def published(doc: Document) -> dt.datetime:
    """The publication time of a corpus article (all have one)."""
    assert doc.published is not None
    return dt.datetime.fromisoformat(doc.published)


def tag_one(item: tuple[str, str]) -> int:
    """Timexes found by kronik in one text, resolved against its publication date."""
    text, when = item
    return len(find_timexes(text, lang="id", ref=dt.date.fromisoformat(when[:10])))


def dateparser_one(item: tuple[str, str]) -> int:
    """Dates found by dateparser in one text, relative to its publication time."""
    text, when = item
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": dt.datetime.fromisoformat(when)}
    return len(search_dates(text, languages=["id"], settings=settings) or [])


def per_article(func: Callable[[tuple[str, str]], int], docs: Sequence[Document], jobs: int) -> int:
    """Run func on every article, in `jobs` processes; the total it returns."""
    items = [(d.text, d.published or "") for d in docs]
    if jobs <= 1:
        return sum(map(func, items))
    with Pool(jobs) as pool:
        return sum(pool.map(func, items, chunksize=max(1, len(items) // (jobs * 8))))


def timed(func: Callable[[], object]) -> tuple[float, object]:
    """Seconds func takes, and what it returns."""
    gc.collect()
    started = time.perf_counter()
    out = func()
    return time.perf_counter() - started, out


def traced_peak(func: Callable[[], object]) -> float:
    """The tracemalloc peak of func, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def rss_mb() -> float:
    """The process's peak resident set so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "date": dt.date.today().isoformat(),
    }


def steps(docs: Sequence[Document], sample: int, jobs: int, trace: bool) -> list[dict]:
    """Time each step on the same articles."""
    few = docs[:5]  # warm-up: lexicons, regexes, dateparser's language data
    per_article(tag_one, few, 1)
    per_article(dateparser_one, few, 1)
    check(few)
    sampled = docs[: min(sample, len(docs))]
    plan: list[tuple[str, Sequence[Document], Callable[[], object], str]] = [
        ("kronik tagging", docs, lambda: per_article(tag_one, docs, jobs), f"{jobs} proc"),
        (
            "dateparser search_dates",
            sampled,
            lambda: per_article(dateparser_one, sampled, jobs),
            f"{jobs} proc" + (f", sample of {len(sampled)}" if len(sampled) < len(docs) else ""),
        ),
        ("kronik timeline (build)", docs, lambda: build(docs), "1 proc"),
        ("kronik check", docs, lambda: check(docs), "1 proc"),
    ]
    rows = []
    for name, on, func, note in plan:
        seconds, out = timed(func)
        row = {
            "step": name,
            "articles": len(on),
            "seconds": round(seconds, 3),
            "articles_per_s": round(len(on) / seconds, 1),
            "peak_rss_mb": round(rss_mb(), 1),
            "note": note,
        }
        if name == "kronik tagging" or name.startswith("dateparser"):
            row["dates_found"] = out
        if name == "kronik check":
            row["findings"] = len(out[1])  # type: ignore[index]
        rows.append(row)
    if trace:
        for (name, on, _func, _note), row in zip(plan, rows, strict=True):
            if name == "kronik tagging":
                peak = traced_peak(lambda on=on: per_article(tag_one, on, 1))
            elif name.startswith("dateparser"):
                peak = traced_peak(lambda on=on: per_article(dateparser_one, on, 1))
            else:
                peak = traced_peak(_func)
            row["tracemalloc_peak_mb"] = round(peak, 1)
    return rows


def phases(docs: Sequence[Document]) -> dict[str, float]:
    """Seconds of each phase of `check(docs)`, in the order kronik.checks.engine.check runs."""
    out: dict[str, float] = {}
    gc.collect()
    started = time.perf_counter()
    timeline = build(docs)
    out["timeline"] = time.perf_counter() - started
    started = time.perf_counter()
    corpus = Corpus.from_timeline(timeline, load(), reported=frozenset(d.id for d in docs))
    out["claims"] = time.perf_counter() - started
    findings = []
    for rule in RULES:
        started = time.perf_counter()
        findings.extend(run(corpus, (rule,)))
        out[f"{rule.code} {rule.name}"] = time.perf_counter() - started
    started = time.perf_counter()
    settle(findings, docs, Config())
    out["settle"] = time.perf_counter() - started
    return out


def scaling(docs: Sequence[Document], sizes: Sequence[int]) -> list[dict]:
    """check on the first N articles for each N: seconds, seconds per article, by phase."""
    check(docs[:5])
    rows = []
    for n in sizes:
        part = phases(docs[:n])
        total = sum(part.values())
        rows.append(
            {
                "articles": n,
                "seconds": round(total, 3),
                "ms_per_article": round(1000 * total / n, 2),
                "phases_s": {k: round(v, 3) for k, v in part.items()},
            }
        )
    return rows


def print_steps(rows: list[dict], trace: bool) -> None:
    """The side-by-side table."""
    head = f"{'step':26} {'articles':>8} {'seconds':>9} {'articles/s':>11} {'peak RSS':>9}"
    head += f" {'tracemalloc':>11}" if trace else ""
    print(head + "  note")
    for r in rows:
        line = (
            f"{r['step']:26} {r['articles']:>8} {r['seconds']:>9.2f} {r['articles_per_s']:>11.1f}"
            f" {r['peak_rss_mb']:>6.0f} MB"
        )
        if trace:
            line += f" {r['tracemalloc_peak_mb']:>8.1f} MB"
        print(line + "  " + r["note"])


def print_scaling(rows: list[dict]) -> None:
    """Seconds by size, and by phase, with each size's growth over the previous one."""
    head = f"{'check on':>8} {'seconds':>9} {'ms/article':>11}"
    print(f"\n{head}  growth of seconds over the previous size")
    previous = None
    for r in rows:
        growth = f"{r['seconds'] / previous:.2f}" if previous else ""
        print(f"{r['articles']:>8} {r['seconds']:>9.2f} {r['ms_per_article']:>11.2f}  {growth}")
        previous = r["seconds"]
    names = list(rows[0]["phases_s"])
    print(f"\n{'phase seconds':30}" + "".join(f"{r['articles']:>9}" for r in rows) + "  last/first")
    first, last = rows[0], rows[-1]
    linear = last["articles"] / first["articles"]
    for name in names:
        cells = "".join(f"{r['phases_s'][name]:>9.2f}" for r in rows)
        a, b = first["phases_s"][name], last["phases_s"][name]
        ratio = f"{b / a:>8.1f}" if a > 0.005 else f"{'-':>8}"
        print(f"{name[:30]:30}{cells}{ratio}")
    print(f"(linear growth would be {linear:.0f}x from {first['articles']} to {last['articles']})")


def profile(docs: Sequence[Document], top: int) -> None:
    """cProfile of check(docs), after a warm-up: the top functions by cumulative time."""
    check(docs[:5])
    profiler = cProfile.Profile()
    profiler.runcall(check, docs)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    """Generate or reuse the corpus, measure, print."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1, help="processes for per-article steps")
    parser.add_argument("--dateparser-sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scaling", action="store_true", help="check on 250..2000 articles")
    parser.add_argument(
        "--sizes", default=",".join(map(str, SCALING)), help="article counts for --scaling"
    )
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the second pass")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--save", type=Path, help="also write the JSON report to this file")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only cProfile check(docs): top N cumulative"
    )
    args = parser.parse_args()

    sizes = [int(n) for n in args.sizes.split(",")]
    need = max(args.articles, max(sizes) if args.scaling else 0)
    path = corpus_file(need, args.seed)
    seconds, docs = timed(lambda: read([path]))
    docs = tuple(docs)  # type: ignore[arg-type]
    if args.profile:
        profile(docs[: args.articles], args.profile)
        return
    chars = sum(len(d.text) for d in docs[: args.articles])
    report: dict[str, object] = {
        "machine": machine(),
        "corpus": {
            "path": str(path),
            "articles": args.articles,
            "mean_chars": round(chars / max(1, args.articles)),
            "read_articles_per_s": round(len(docs) / seconds, 1),
        },
        "steps": steps(
            docs[: args.articles], args.dateparser_sample, args.jobs, not args.no_tracemalloc
        ),
    }
    if args.scaling:
        report["scaling"] = scaling(docs, sizes)
    report["peak_rss_mb"] = round(rss_mb(), 1)
    if args.save:
        args.save.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    m, c = report["machine"], report["corpus"]
    print(
        f"machine: {m['cpus']} CPUs, {m['platform']}, {m['processor']}, "  # type: ignore[index]
        f"Python {m['python']}, {m['date']}"  # type: ignore[index]
    )
    print(
        f"corpus:  {c['articles']} articles, {c['mean_chars']} characters on average, "  # type: ignore[index]
        f"{c['path']}\n"  # type: ignore[index]
    )
    print_steps(report["steps"], not args.no_tracemalloc)  # type: ignore[arg-type]
    if args.scaling:
        print_scaling(report["scaling"])  # type: ignore[arg-type]
    print(f"\npeak RSS of the whole run: {report['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
