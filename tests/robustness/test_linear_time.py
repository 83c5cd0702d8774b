"""Every parser takes time linear in its input, on adversarial lines too.

Each step reads a short and a 100 times longer adversarial line, timed in the
same run; linear time gives a ratio near 100, backtracking or a quadratic loop
gives thousands. The bound (250) leaves room for noise, never absolute seconds,
so a slow machine does not fail. A line is made of a block of each adversarial
unit (when the ratio is too high, each unit is timed alone to name it). The
recognizers of every language and the sentence splitter read 10 KB and 1 MB of
the classic backtracking runs; steps whose linear cost per character is high
(lines dense with near-dates, reading whole documents, claims) read 1 or 2 KB
and 100 or 200 KB. Claims are timed one unit at a time on 1 KB and 100 KB: the
sentence splitter cuts sentences at 1,000 characters, so 1 KB is already a full
sentence and work within a sentence cannot hide.
"""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
import time
from collections.abc import Callable, Iterable

import pytest

from kronik.checks.claims import extract_claims
from kronik.checks.pack import load
from kronik.timeline import sentences
from kronik.timeline.document import document_from_text, read_file
from kronik.timeline.event import analyze
from kronik.timeline.lang import recognizer
from kronik.timeline.tagger import find_timexes
from kronik.timeline.timeml import TimeMLError, parse_timeml

LIMIT = 250  # linear is 100

# Lines that make careless patterns backtrack: long runs of what a date, a number,
# a quote or a name is made of, with nothing after that completes it. Read at 10 KB
# and 1 MB.
CHEAP = {
    "digits": "1",
    "slashes": "/",
    "dots": ".",
    "opening parens": "(",
    "spaces": " ",
    "quotes": '"',
    "letters": "a",
    "month glued": "Oktober",
}
# Lines dense with near-dates: linear work per character is high, so 2 KB and 200 KB.
DENSE = {
    "13/13": "13/13/",
    "digit dot": "1.",
    "paren digit": "(1",
    "commas and digits": "1,",
    "month names": "Oktober ",
    "impossible dates": "Senin (31/02/2018) ",
    "clock": "pukul 06.18 WIB ",
    "initials": "A. ",
    "holiday": "H-7 Lebaran ",
    "mixed": 'Sabtu (13/10) "kata" Rp 5 juta, 31/02 (((( 99999 Okt. -- 1.2.3 ',
}
CLAIMS = {
    "one long word": "A",
    "names": "Tmall Harga ",
    "percent": "naik 5 persen ",
    "dollars": "US$5 ",
    "mixed": DENSE["mixed"] + '"Kami naik," kata Budi. ',
}


def line(unit: str, size: int) -> str:
    """`unit` repeated to about `size` characters, never cut in the middle."""
    return unit * max(1, size // len(unit))


def blocks(units: Iterable[str], size: int) -> str:
    """One line of `size` characters: a block of each unit in turn."""
    units = list(units)
    return "".join(line(unit, size // len(units)) for unit in units)


def seconds(step: Callable[[str], object], text: str, at_least: float) -> float:
    """Seconds one call takes; short calls are repeated until `at_least` seconds have passed."""
    gc.collect()
    runs, started = 0, time.perf_counter()
    while True:
        step(text)
        runs += 1
        elapsed = time.perf_counter() - started
        if elapsed >= at_least or runs >= 100:
            return elapsed / runs


def seconds_at_most(step: Callable[[str], object], text: str, limit: float) -> float | None:
    """Seconds one call takes, or None if it is still running after `limit` seconds.

    Measured in a forked child that is killed at the limit: a regular expression
    that backtracks cannot be interrupted in-process, and the test must fail, not hang.
    """
    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - measured to the end
        return seconds(step, text, at_least=0)
    context = mp.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=lambda: writer.send(seconds(step, text, at_least=0)))
    child.start()
    try:
        return reader.recv() if reader.poll(limit) else None
    finally:
        child.kill()
        child.join()


def ratio(step: Callable[[str], object], units: list[str], small: int, repeat: bool) -> float:
    """How much longer `step` takes on 100 times the text: twice measured, the lower kept."""
    step(blocks(units, 500))  # warm caches: lexicons, compiled patterns
    ratios = []
    for _ in range(2):  # a second measurement before failing: one hiccup is not a trend
        short = seconds(step, blocks(units, small), at_least=0.02 if repeat else 0)
        # Stopped at 4x the bound (or after half a minute: here the longest takes 3 s).
        long = seconds_at_most(step, blocks(units, small * 100), min(4 * LIMIT * short + 2, 30))
        if long is None:
            return float("inf")
        ratios.append(long / max(short, 1e-6))
        if ratios[-1] < LIMIT:
            break
    return min(ratios)


def assert_linear(
    step: Callable[[str], object], units: Iterable[str], small: int, repeat: bool = True
) -> None:
    """`step` on `small` and `100 * small` characters of the units' blocks, in linear time.

    All units go in one line (one long run instead of one a unit keeps the suite
    quick); when the ratio is too high each unit is timed alone to name the culprit.
    """
    units = list(units)
    found = ratio(step, units, small, repeat)
    if found < LIMIT:
        return
    alone = {unit: ratio(step, [unit], small, repeat) for unit in units} if len(units) > 1 else {}
    culprits = {unit: f"{r:.0f}x" for unit, r in alone.items() if r >= LIMIT}
    pytest.fail(f"{small * 100} characters took {found:.0f}x {small} characters; {culprits}")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_recognizers_on_1_mb_lines(lang):
    find = recognizer(lang)
    assert_linear(lambda text: find(text, 0, len(text)), CHEAP.values(), 10_000)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_recognizers_on_dense_lines(lang):
    find = recognizer(lang)
    assert_linear(lambda text: find(text, 0, len(text)), DENSE.values(), 2_000)


def test_sentence_splitter():
    assert_linear(sentences.split, [*CHEAP.values(), "!", "“", "?"], 10_000)


def test_sentence_splitter_on_dense_lines():
    # From 10 KB: at 2 KB every sentence is shorter than the splitter's look-back
    # (MAX_SENTENCE), so the short run does less work per character and the ratio
    # read 180-365x on this machine although the splitter is linear (60-110x from 10 KB).
    assert_linear(sentences.split, DENSE.values(), 10_000)


def test_sentences_are_never_longer_than_the_cap():
    for unit in ("a", "a " * 3, "“kata ", "(1"):
        spans = sentences.split(line(unit, 50_000))
        assert max(end - start for start, end in spans) <= sentences.MAX_LENGTH


def test_timexes_recognized_and_resolved():
    units = ["13/13/", "Senin (31/02/2018) ", "tahun lalu ", "H-7 ", "pukul 06.18 WIB "]
    assert_linear(lambda text: find_timexes(text, lang="id"), units, 2_000)


@pytest.mark.parametrize("unit", ["---\n", "a\n", "---\ntitle: x\n", "A" * 300 + "\n"], ids=repr)
def test_reading_text_with_front_matter(unit):
    assert_linear(lambda text: document_from_text(text, path="x.md"), [unit], 1_000)


def test_reading_json_lines(tmp_path):
    path = tmp_path / "x.jsonl"

    def read_jsonl(text: str) -> object:
        path.write_text(json.dumps({"id": "x"})[:-1] + f', "text": "{text}"}}\n', "utf-8")
        return read_file(path)

    assert_linear(read_jsonl, ["\\u00e9", "\\ud83d\\ude00", "\\\\", "x"], 2_000)


TIMEX = '<TIMEX3 tid="t1" type="DATE" value="2018">2018</TIMEX3> '


@pytest.mark.parametrize("unit", ["<", "&amp;", "<a>", "&#", "<!-- ", TIMEX])
def test_reading_timeml(unit):
    def parse(text: str) -> object:
        try:
            return parse_timeml(f"<TimeML><TEXT>{text}</TEXT></TimeML>")
        except TimeMLError:  # broken TimeML is an error: found in linear time too
            return None

    assert_linear(parse, [unit], 1_000)


@pytest.fixture(scope="module")
def knowledge():
    return load()


@pytest.mark.parametrize("unit", CLAIMS.values(), ids=CLAIMS.keys())
def test_claim_extractors(unit, knowledge):
    def claims(text: str) -> object:
        doc = document_from_text(text, path="x.txt")
        return extract_claims([analyze(doc, lang="id")], knowledge)

    assert_linear(claims, [unit], 1_000, repeat=False)
