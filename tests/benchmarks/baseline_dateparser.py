"""Baseline: plain dateparser `search_dates` scored on a TimeML gold folder, as kronik is.

Not a test. Run:

    python tests/benchmarks/baseline_dateparser.py tests/fixtures/eval-id --lang id
    python tests/benchmarks/baseline_dateparser.py tests/fixtures/eval-en --lang en

dateparser is given what the field notes say it needs: the language, DATE_ORDER
DMY and the DCT as RELATIVE_BASE. Its values are written at the grain its
`period` reports (day, month, year), as TIMEX3 DATE values. The same part of each
file is scored as `kronik eval` scores (`evaluate.scored_part`): the TEXT of a
TimeML file, the annotated sentences of a MEANTIME file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from dateparser.search import search_dates

from kronik.timeline.evaluate import gold_files, read_gold, score, scored_part
from kronik.timeline.timex import Timex, TimexType


def tag(text: str, dct: str | None, lang: str) -> list[Timex]:
    """dateparser's dates in text, as timexes with offsets found left to right."""
    base = dt.datetime.fromisoformat(dct[:10]) if dct else dt.datetime(2020, 1, 1)
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": base, "RETURN_TIME_AS_PERIOD": True}
    found = search_dates(text, languages=[lang], settings=settings) or []
    out, position = [], 0
    for phrase, when in found:
        start = text.find(phrase, position)
        if start < 0 or not phrase.strip():
            continue
        position = start + len(phrase)
        out.append(
            Timex(
                start=start,
                end=start + len(phrase),
                text=phrase,
                type=TimexType.DATE,
                value=when.date().isoformat(),
            )
        )
    return out


def main() -> None:
    """Print relaxed, strict, value and type F1 of the baseline, and its speed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("legacy_lang", nargs="?", help=argparse.SUPPRESS)  # the old 2nd argument
    parser.add_argument("--lang", choices=("id", "en"), help="language of the gold files (id)")
    args = parser.parse_args()
    lang = args.lang or args.legacy_lang or "id"
    docs = [read_gold(p) for p in gold_files(args.gold_dir)]
    started = time.perf_counter()
    pairs = [
        (d.doc_id, d.text, scored_part(d, d.gold), scored_part(d, tag(d.text, d.dct, lang)))
        for d in docs
    ]
    seconds = time.perf_counter() - started
    scores, _ = score(pairs)
    for name in ("relaxed", "strict", "value", "type"):
        print(f"{name:8} F1 {getattr(scores, name).f1:6.2f}")
    print(f"{len(docs)} documents in {seconds:.2f} s ({len(docs) / seconds:.0f}/s)")


if __name__ == "__main__":
    main()
