"""Benchmark: kronik's tagger, timeline, check and index vs dateparser, on a synthetic corpus.

Not a test (speed is measured, never asserted). Run:

    python tests/benchmarks/run.py [--articles 1000] [--jobs 1] [--stories split]
        [--index] [--scaling [--sizes 1000,2000,5000,10000]] [--command SIZES]
        [--json] [--save FILE]

for example, on two cores, every section:

    python tests/benchmarks/run.py --articles 1000 --jobs 2 --index --scaling \
        --command 1000,10000,100000 --no-tracemalloc

It generates the corpus with tests/benchmarks/corpus.py (cached under /tmp/kronik-bench/;
the first N articles of a larger cached corpus are the corpus of N, so they are reused),
reads it as `kronik` does, loads the packs once, warms up on five articles, then times on
the same articles:

- tagging: `find_timexes(text, lang="id", ref=published date)` per article;
- dateparser: `search_dates(text, languages=["id"], settings={"DATE_ORDER": "DMY",
  "RELATIVE_BASE": published})` per article, on at most --dateparser-sample articles
  (default 300: it is slow), said so in the table;
- timeline: `build(docs, jobs=N)` over the whole corpus;
- check: `check(docs, jobs=N, stories=S)` over the whole corpus (the timeline, claims,
  stories and every rule). The synthetic corpus is an archive of many stories, so
  --stories defaults to "split" (rules compare claims within a story); "one" checks
  every article against every other, as `kronik check` does by default.

--jobs N (default 1; --jobs 2 on two cores) spreads reading over N processes: the two
per-article steps, the timeline's and check's reading of each document, and indexing.
What looks across documents (the timeline's order, stories, the rules) runs in one
process. The table's note column says how each step ran ("2 proc, stories split").
Memory: the process's peak RSS (ru_maxrss, monotonic) after each step and, at the end,
the peak RSS of the largest worker process; unless --no-tracemalloc, the tracemalloc
peak of each step, measured in a second pass in this one process (--jobs 1), so it
does not slow the timed one and covers the per-document reading too.

--index times the archive index (kronik.checks.index) in a fresh temporary directory:
`update(db, docs, knowledge, local_reader(jobs))` over the corpus (articles per second),
a second `update` over the same articles (which must extract 0: its seconds are the
cost of finding nothing to do), the index file's size, and the draft check: each of the
5 articles after the corpus (so 5 more are generated) checked alone with
`check_index([draft], db)`, in this process after one warm-up call; median and max
seconds.

--scaling runs check on the first N articles for each of --sizes (default 1000, 2000,
5000 and 10000) and prints seconds and seconds per article, split into the phases of
`kronik.checks.engine.check`: read (analyses + claims, `read_all`), corpus
(`Corpus.from_analyses`), then with --stories split: stories (`checks.story.stories`),
part (claims grouped by document, then each story's corpus:
`checks.engine.story_corpus`) and each rule summed over the stories, as
`run_stories` runs them; with --stories one each rule on the whole corpus; then settle.
Each phase's growth from the first size to the last shows a part that grows faster
than linearly. Per size it also gives the findings, stories, peak RSS (monotonic: the
largest size so far) and, unless --no-tracemalloc, the tracemalloc peak of the whole
check at that size (a further, slower pass in one process).

--command SIZES runs `kronik check --jobs J --stories S --format json` itself, as a user
does, in a fresh process for each size, on a folder of .jsonl files of 10,000 articles
each (/tmp/kronik-bench/shards-s{seed}-{N}/; a file is read whole, 64 MB at most): wall
seconds, findings, and the peak RSS of the command's largest process, with each size's
growth over the previous one. 100,000 articles take about ten minutes and 10 GB.

--profile N prints the N functions with the most cumulative time in check(docs) instead
(in this process: profile with --jobs 1).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import itertools
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from multiprocessing import Pool
from pathlib import Path

from dateparser.search import search_dates

from kronik.checks import index as archive
from kronik.checks.config import Config
from kronik.checks.engine import (
    STORIES,
    Reading,
    check,
    check_index,
    corpus_of,
    order,
    read_all,
    run,
    settle,
    story_corpus,
    story_setup,
)
from kronik.checks.finding import Finding
from kronik.checks.pack import Knowledge, load
from kronik.checks.rules import RULES
from kronik.checks.story import stories as group_stories
from kronik.timeline.document import Document, read
from kronik.timeline.event import build
from kronik.timeline.tagger import find_timexes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as synthetic  # tests/benchmarks/corpus.py

CACHE = Path("/tmp/kronik-bench")
SCALING = (1000, 2000, 5000, 10000)
DRAFTS = 5  # articles after the indexed ones, each checked alone against the index


def corpus_file(articles: int, seed: int) -> Path:
    """The cached corpus of `articles` articles, written on first use.

    The first N articles of a larger corpus are the corpus of N, so a larger cached
    file is cut rather than the corpus generated again.
    """
    path = CACHE / f"corpus-s{seed}-{articles}.jsonl"
    if path.exists():
        return path
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    larger = sorted(
        (n, p)
        for p in CACHE.glob(f"corpus-s{seed}-*.jsonl")
        if (n := _size(p, seed)) is not None and n > articles
    )
    if larger:
        with (
            larger[0][1].open(encoding="utf-8", newline="") as source,
            tmp.open("w", encoding="utf-8", newline="") as out,
        ):
            out.writelines(itertools.islice(source, articles))
    else:
        synthetic.write(tmp, articles, seed)
    tmp.replace(path)
    return path


def _size(path: Path, seed: int) -> int | None:
    """The article count in a cached corpus's name, or None for another file."""
    count = path.stem.removeprefix(f"corpus-s{seed}-")
    return int(count) if count.isdigit() else None


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


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set so far, in MB (Linux reports KiB, macOS bytes).

    RUSAGE_SELF: this process; RUSAGE_CHILDREN: the largest finished worker process.
    """
    peak = resource.getrusage(who).ru_maxrss
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


def procs(jobs: int) -> str:
    """The note of a step run in `jobs` processes."""
    return f"{jobs} proc"


def steps(
    docs: Sequence[Document],
    sample: int,
    jobs: int,
    stories: str,
    knowledge: Knowledge,
    trace: bool,
) -> list[dict]:
    """Time each step on the same articles."""
    few = docs[:5]  # warm-up: lexicons, regexes, dateparser's language data
    per_article(tag_one, few, 1)
    per_article(dateparser_one, few, 1)
    check(few, knowledge=knowledge, stories=stories)
    sampled = docs[: min(sample, len(docs))]

    def checked(on: Sequence[Document], jobs: int) -> Callable[[], object]:
        return lambda: check(on, knowledge=knowledge, jobs=jobs, stories=stories)

    # (step, articles, timed function, note, the same in one process for tracemalloc)
    plan: list[tuple[str, Sequence[Document], Callable[[], object], str, Callable[[], object]]]
    plan = [
        (
            "kronik tagging",
            docs,
            lambda: per_article(tag_one, docs, jobs),
            procs(jobs),
            lambda: per_article(tag_one, docs, 1),
        ),
        (
            "dateparser search_dates",
            sampled,
            lambda: per_article(dateparser_one, sampled, jobs),
            procs(jobs) + (f", sample of {len(sampled)}" if len(sampled) < len(docs) else ""),
            lambda: per_article(dateparser_one, sampled, 1),
        ),
        (
            "kronik timeline (build)",
            docs,
            lambda: build(docs, jobs=jobs),
            procs(jobs),
            lambda: build(docs, jobs=1),
        ),
        (
            "kronik check",
            docs,
            checked(docs, jobs),
            f"{procs(jobs)}, stories {stories}",
            checked(docs, 1),
        ),
    ]
    rows = []
    for name, on, func, note, _traced in plan:
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
            row["jobs"] = jobs
            row["stories"] = stories
        if name == "kronik timeline (build)":
            row["jobs"] = jobs
        rows.append(row)
    if trace:
        for (_name, _on, _func, _note, traced), row in zip(plan, rows, strict=True):
            row["tracemalloc_peak_mb"] = round(traced_peak(traced), 1)
    return rows


def phases(
    docs: Sequence[Document], knowledge: Knowledge, jobs: int, stories: str
) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds of each phase of `check(docs, jobs=jobs, stories=stories)`, in its order.

    As kronik.checks.engine.check and run_stories run them: read, corpus, then with
    "split" the stories, each story's part and the rules summed over stories; with
    "one" the rules on the whole corpus; then settle. Also counts: findings, stories,
    and stories checked (those with a reported document: here, all).
    """
    out: dict[str, float] = {}
    gc.collect()
    started = time.perf_counter()
    read = read_all(docs, knowledge, jobs, with_terms=stories == "split")
    out["read (analyses + claims)"] = time.perf_counter() - started
    gc.freeze()  # as check does (`long_lived`): the corpus read stays out of collections
    try:
        return _phases_after_reading(out, read, docs, knowledge, stories)
    finally:
        gc.unfreeze()


def _phases_after_reading(
    out: dict[str, float],
    read: Reading,
    docs: Sequence[Document],
    knowledge: Knowledge,
    stories: str,
) -> tuple[dict[str, float], dict[str, int]]:
    started = time.perf_counter()
    corpus = corpus_of(read, docs, knowledge)
    out["corpus"] = time.perf_counter() - started
    rules = {f"{rule.code} {rule.name}": rule for rule in RULES}
    found: list[Finding] = []
    if stories == "one":
        groups = [list(corpus.analyses)]
        for name, rule in rules.items():
            started = time.perf_counter()
            found.extend(run(corpus, (rule,)))
            out[name] = time.perf_counter() - started
        checked = 1
    else:
        started = time.perf_counter()
        grouped: dict[int, list[str]] = {}
        for doc, group in group_stories(read.analyses, read.terms).items():
            grouped.setdefault(group, []).append(doc)
        groups = list(grouped.values())
        out["stories"] = time.perf_counter() - started
        started = time.perf_counter()
        story_setup(corpus, RULES)  # claims grouped by document, as run_stories does
        out["part"] = time.perf_counter() - started
        out.update(dict.fromkeys(rules, 0.0))
        checked = 0
        for ids in groups:
            if not corpus.reported.intersection(ids):
                continue
            checked += 1
            started = time.perf_counter()
            story = story_corpus(ids)
            out["part"] += time.perf_counter() - started
            for name, rule in rules.items():
                started = time.perf_counter()
                found.extend(run(story, (rule,)))
                out[name] += time.perf_counter() - started
    started = time.perf_counter()
    findings = settle(sorted(found, key=order), docs, Config())
    out["settle"] = time.perf_counter() - started
    return out, {"findings": len(findings), "stories": len(groups), "stories_checked": checked}


def scaling(
    docs: Sequence[Document],
    sizes: Sequence[int],
    knowledge: Knowledge,
    jobs: int,
    stories: str,
    trace: bool,
) -> list[dict]:
    """check on the first N articles for each N: seconds, seconds per article, by phase."""
    check(docs[:5], knowledge=knowledge, stories=stories)
    rows = []
    for n in sizes:
        on = docs[:n]
        spent, counts = phases(on, knowledge, jobs, stories)
        total = sum(spent.values())
        row: dict[str, object] = {
            "articles": n,
            "seconds": round(total, 3),
            "ms_per_article": round(1000 * total / n, 2),
            **counts,
            "peak_rss_mb": round(rss_mb(), 1),
            "phases_s": {k: round(v, 3) for k, v in spent.items()},
        }
        if trace:
            peak = traced_peak(lambda on=on: check(on, knowledge=knowledge, stories=stories))
            row["tracemalloc_peak_mb"] = round(peak, 1)
        rows.append(row)
    return rows


def index_size_mb(db: Path) -> float:
    """The index's size on disk, with its write-ahead log if one is left, in MB."""
    files = (Path(f"{db}{suffix}") for suffix in ("", "-wal"))
    return sum(f.stat().st_size for f in files if f.exists()) / 2**20


def indexing(
    docs: Sequence[Document], drafts: Sequence[Document], knowledge: Knowledge, jobs: int
) -> dict[str, object]:
    """Index docs in a fresh index, update it again, then check each draft against it."""
    with tempfile.TemporaryDirectory(prefix="kronik-bench-index-") as tmp:
        db = Path(tmp) / "index.db"

        def update() -> archive.Update:
            return archive.update(db, docs, knowledge, archive.local_reader(jobs))

        first_s, first = timed(update)
        size = index_size_mb(db)
        again_s, again = timed(update)
        assert isinstance(first, archive.Update) and isinstance(again, archive.Update)
        report: dict[str, object] = {
            "articles": len(docs),
            "jobs": jobs,
            "seconds": round(first_s, 3),
            "articles_per_s": round(len(docs) / first_s, 1),
            "extracted": first.extracted,
            "size_mb": round(size, 2),
            "again": {
                "seconds": round(again_s, 3),
                "extracted": again.extracted,
                "unchanged": again.unchanged,
            },
            "peak_rss_mb": round(rss_mb(), 1),
        }
        if drafts:
            check_index([drafts[0]], str(db), knowledge=knowledge)  # warm-up
            seconds: list[float] = []
            findings: list[int] = []
            for draft in drafts:
                gc.collect()
                started = time.perf_counter()
                _, found = check_index([draft], str(db), knowledge=knowledge)
                seconds.append(time.perf_counter() - started)
                findings.append(len(found))
            report["drafts"] = {
                "count": len(drafts),
                "median_s": round(statistics.median(seconds), 3),
                "max_s": round(max(seconds), 3),
                "seconds": [round(s, 3) for s in seconds],
                "findings": findings,
            }
    return report


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


def print_index(r: dict) -> None:
    """The index's figures."""
    again = r["again"]
    print(
        f"\nindex ({r['jobs']} proc): {r['articles']} articles in {r['seconds']:.2f} s"
        f" = {r['articles_per_s']:.1f} articles/s, {r['size_mb']:.2f} MB on disk"
    )
    flag = "" if again["extracted"] == 0 else "  (expected 0 extracted!)"
    print(
        f"index again:  {again['extracted']} extracted, {again['unchanged']} unchanged"
        f" in {again['seconds']:.2f} s{flag}"
    )
    if "drafts" in r:
        d = r["drafts"]
        print(
            f"draft check (check_index, 1 proc): {d['count']} drafts, median"
            f" {d['median_s']:.3f} s, max {d['max_s']:.3f} s, findings {d['findings']}"
        )


SHARD = 10_000  # articles a shard file of --command holds (a file is read whole: 64 MB at most)
# Runs `kronik ...` from a small fresh process and prints the peak RSS (KB) of the largest
# process under it last on stderr: measured from here, a forked child would count this
# process's memory as its own until it execs.
_LAUNCH = (
    "import resource, subprocess, sys; "
    "code = subprocess.run([sys.executable, '-c', "
    "'from kronik.reports.cli import main; main()', *sys.argv[1:]]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


def shards(articles: int, seed: int) -> Path:
    """A folder holding the first `articles` articles of the corpus in .jsonl files of
    SHARD articles each, as an archive is kept: written on first use."""
    folder = CACHE / f"shards-s{seed}-{articles}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with corpus_file(articles, seed).open(encoding="utf-8", newline="") as source:
        for number in itertools.count():
            lines = list(itertools.islice(source, SHARD))
            if not lines:
                break
            (folder / f"part-{number:04d}.jsonl").write_text("".join(lines), encoding="utf-8")
    done.touch()
    return folder


def commands(sizes: Sequence[int], seed: int, jobs: int, stories: str) -> list[dict]:
    """`kronik check --format json` as a user runs it, in a fresh process for each size,
    on a folder of shard files: wall seconds and the peak RSS of its largest process."""
    rows = []
    for n in sizes:
        folder = shards(n, seed)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "report.json"
            command = [
                sys.executable,
                "-c",
                _LAUNCH,
                "check",
                str(folder),
                "--jobs",
                str(jobs),
                "--stories",
                stories,
                "--format",
                "json",
                "--output",
                str(out),
            ]
            started = time.perf_counter()
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            seconds = time.perf_counter() - started
            if done.returncode not in (0, 1):  # 1: findings at the failing severity
                raise SystemExit(f"kronik check exited with {done.returncode} on {folder}")
            peak_kb = int(done.stderr.decode().split()[-1])
            summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
        rows.append(
            {
                "articles": n,
                "seconds": round(seconds, 2),
                "ms_per_article": round(1000 * seconds / n, 2),
                "findings": summary["findings"],
                "peak_rss_mb": round(peak_kb / 1024, 1),
            }
        )
    return rows


def print_commands(rows: list[dict], note: str) -> None:
    """The command's seconds and memory by size, with growth over the previous size."""
    print(f"\n`kronik check` in a fresh process ({note})")
    print(
        f"{'articles':>9} {'seconds':>9} {'ms/article':>11} {'findings':>9} {'peak RSS':>9}  growth"
    )
    previous = None
    for r in rows:
        growth = ""
        if previous:
            growth = (
                f"{r['articles'] / previous['articles']:.0f}x articles: "
                f"{r['seconds'] / previous['seconds']:.2f}x time, "
                f"{r['peak_rss_mb'] / previous['peak_rss_mb']:.2f}x memory"
            )
        print(
            f"{r['articles']:>9} {r['seconds']:>9.1f} {r['ms_per_article']:>11.2f}"
            f" {r['findings']:>9} {r['peak_rss_mb']:>6.0f} MB  {growth}"
        )
        previous = r


def print_scaling(rows: list[dict], note: str) -> None:
    """Seconds by size, and by phase, with each size's growth over the previous one."""
    trace = "tracemalloc_peak_mb" in rows[0]
    head = f"{'check on':>8} {'seconds':>9} {'ms/article':>11} {'findings':>9} {'stories':>8}"
    head += f" {'peak RSS':>9}" + (f" {'tracemalloc':>11}" if trace else "")
    print(f"\n{head}  growth of seconds over the previous size ({note})")
    previous = None
    for r in rows:
        growth = f"{r['seconds'] / previous:.2f}" if previous else ""
        line = (
            f"{r['articles']:>8} {r['seconds']:>9.2f} {r['ms_per_article']:>11.2f}"
            f" {r['findings']:>9} {r['stories']:>8} {r['peak_rss_mb']:>6.0f} MB"
        )
        if trace:
            line += f" {r['tracemalloc_peak_mb']:>8.1f} MB"
        print(f"{line}  {growth}")
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


def profile(
    docs: Sequence[Document], top: int, knowledge: Knowledge, jobs: int, stories: str
) -> None:
    """cProfile of check(docs), after a warm-up: the top functions by cumulative time."""
    check(docs[:5], knowledge=knowledge, stories=stories)
    profiler = cProfile.Profile()
    profiler.runcall(check, docs, knowledge=knowledge, jobs=jobs, stories=stories)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    """Generate or reuse the corpus, measure, print."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--jobs", type=int, default=1, help="processes that read articles (e.g. --jobs 2)"
    )
    parser.add_argument(
        "--stories",
        choices=STORIES,
        default="split",
        help="check: rules within each story (split, default) or across all (one)",
    )
    parser.add_argument("--dateparser-sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--index", action="store_true", help="also time the archive index")
    parser.add_argument("--scaling", action="store_true", help="check by phase on --sizes")
    parser.add_argument(
        "--sizes", default=",".join(map(str, SCALING)), help="article counts for --scaling"
    )
    parser.add_argument(
        "--command",
        metavar="SIZES",
        help="also time `kronik check` in a fresh process on SIZES articles (1000,10000,100000)",
    )
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the traced passes")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--save", type=Path, help="also write the JSON report to this file")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only cProfile check(docs): top N cumulative"
    )
    args = parser.parse_args()

    sizes = [int(n) for n in args.sizes.split(",")]
    need = max(args.articles + (DRAFTS if args.index else 0), max(sizes) if args.scaling else 0)
    path = corpus_file(need, args.seed)
    seconds, docs = timed(lambda: read([path]))
    docs = tuple(docs)  # type: ignore[arg-type]
    started = time.perf_counter()
    knowledge = load()
    load_s = time.perf_counter() - started
    trace = not args.no_tracemalloc
    if args.profile:
        profile(docs[: args.articles], args.profile, knowledge, args.jobs, args.stories)
        return
    on = docs[: args.articles]
    chars = sum(len(d.text) for d in on)
    report: dict[str, object] = {
        "machine": machine(),
        "settings": {"jobs": args.jobs, "stories": args.stories, "tracemalloc": trace},
        "corpus": {
            "path": str(path),
            "articles": args.articles,
            "mean_chars": round(chars / max(1, args.articles)),
            "read_articles_per_s": round(len(docs) / seconds, 1),
            "packs_load_s": round(load_s, 3),
        },
        "steps": steps(on, args.dateparser_sample, args.jobs, args.stories, knowledge, trace),
    }
    if args.index:
        drafts = docs[args.articles : args.articles + DRAFTS]
        report["index"] = indexing(on, drafts, knowledge, args.jobs)
    if args.scaling:
        report["scaling"] = scaling(docs, sizes, knowledge, args.jobs, args.stories, trace)
    if args.command:
        counts = [int(n) for n in args.command.split(",")]
        report["command"] = commands(counts, args.seed, args.jobs, args.stories)
    report["peak_rss_mb"] = round(rss_mb(), 1)
    report["peak_rss_worker_mb"] = round(rss_mb(resource.RUSAGE_CHILDREN), 1)
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
    print_steps(report["steps"], trace)  # type: ignore[arg-type]
    if args.index:
        print_index(report["index"])  # type: ignore[arg-type]
    if args.scaling:
        note = f"{procs(args.jobs)}, stories {args.stories}"
        print_scaling(report["scaling"], note)  # type: ignore[arg-type]
    if args.command:
        print_commands(report["command"], f"{procs(args.jobs)}, stories {args.stories}")  # type: ignore[arg-type]
    print(
        f"\npeak RSS of the whole run: {report['peak_rss_mb']:.0f} MB"
        f" (largest worker process: {report['peak_rss_worker_mb']:.0f} MB)"
    )


if __name__ == "__main__":
    main()
