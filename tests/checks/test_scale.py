"""What makes check scale must not change what it finds: blocking, --jobs, stories."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kronik.checks.blocking import count_prefix, frequency_rank, neighbours, weight_prefix
from kronik.checks.engine import check
from kronik.checks.pack import load
from kronik.checks.story import stories
from kronik.reports.cli import cli
from kronik.timeline.document import read
from kronik.timeline.event import build

STORIES = Path(__file__).parent.parent / "fixtures" / "stories"
KNOWLEDGE = load()

WORDS = st.frozensets(st.sampled_from("abcdefghijkl"), max_size=8)


@settings(max_examples=300)
@given(sets=st.lists(WORDS, min_size=2, max_size=12), least=st.integers(1, 4))
def test_count_prefixes_find_every_pair_sharing_enough(sets: list, least: int) -> None:
    rank = frequency_rank(sets)
    found = neighbours(sets, [count_prefix(s, least, rank) for s in sets])
    for i, j in itertools.combinations(range(len(sets)), 2):
        if len(sets[i] & sets[j]) >= least:
            assert j in found[i] and i in found[j]


@settings(max_examples=300)
@given(
    sets=st.lists(WORDS, min_size=2, max_size=12),
    weights=st.lists(st.floats(0.1, 10), min_size=12, max_size=12),
    share=st.floats(0.1, 0.9),
)
def test_weight_prefixes_find_every_pair_sharing_a_share_of_the_lighter(
    sets: list, weights: list, share: float
) -> None:
    weight = dict(zip("abcdefghijkl", weights, strict=True)).__getitem__
    found = neighbours(sets, [weight_prefix(s, weight, share) for s in sets])
    for i, j in itertools.combinations(range(len(sets)), 2):
        a, b = sets[i], sets[j]
        mass = math.fsum(weight(w) for w in a & b)
        lighter = min(math.fsum(weight(w) for w in a), math.fsum(weight(w) for w in b))
        if lighter > 0 and mass >= share * lighter:
            assert j in found[i]


def _findings(docs: list, **options: object) -> list[tuple]:
    _, found = check(docs, knowledge=KNOWLEDGE, **options)  # type: ignore[arg-type]
    return [(f.rule, f.message, tuple(f.evidence)) for f in found]


def test_jobs_give_the_same_findings() -> None:
    docs = read([STORIES / "harga-bbm", STORIES / "gempa-sumbawa"])
    assert len(docs) >= 16  # enough for worker processes to start
    assert _findings(docs, jobs=2) == _findings(docs, jobs=1)
    assert _findings(docs, jobs=2, stories="split") == _findings(docs, stories="split")


def test_two_stories_in_one_archive_are_found_apart_and_checked_apart() -> None:
    docs = read([STORIES / "harga-bbm" / "clean", STORIES / "gempa-sumbawa" / "clean"])
    bbm = [d for d in docs if "harga-bbm" in d.path]
    gempa = [d for d in docs if "gempa-sumbawa" in d.path]
    grouped = stories(build(docs).analyses)
    assert len({grouped[d.id] for d in bbm}) == 1
    assert len({grouped[d.id] for d in gempa}) == 1
    assert grouped[bbm[0].id] != grouped[gempa[0].id]
    split = _findings(docs, stories="split")
    alone = sorted(_findings(bbm) + _findings(gempa))
    assert sorted(split) == alone


def test_story_grouping_does_not_depend_on_order() -> None:
    docs = read([STORIES / "harga-bbm" / "clean", STORIES / "gempa-sumbawa" / "clean"])
    analyses = build(docs).analyses
    assert stories(analyses) == stories(tuple(reversed(analyses)))


def test_the_cli_takes_jobs_stories_and_an_index(tmp_path: Path) -> None:
    runner = CliRunner()
    story = str(STORIES / "harga-bbm" / "planted-number")
    split = runner.invoke(cli, ["check", story, "--stories", "split", "--jobs", "2"])
    one = runner.invoke(cli, ["check", story])
    assert split.exit_code == one.exit_code and split.output == one.output
    db = str(tmp_path / "archive.db")
    first = runner.invoke(cli, ["index", str(STORIES / "harga-bbm" / "clean"), "--db", db])
    assert first.exit_code == 0 and "4 read, 0 unchanged" in first.output
    again = runner.invoke(cli, ["index", str(STORIES / "harga-bbm" / "clean"), "--db", db])
    assert "0 read, 4 unchanged" in again.output
    draft = str(STORIES / "harga-bbm" / "planted-number" / "01-kompas.md")
    checked = runner.invoke(cli, ["check", draft, "--against-index", db, "--format", "json"])
    assert checked.exit_code in (0, 1), checked.output
    missing = runner.invoke(cli, ["check", draft, "--against-index", str(tmp_path / "no.db")])
    assert missing.exit_code == 2 and "no such index" in missing.output
