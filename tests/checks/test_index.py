"""The archive index: extracted once, re-read only when changed, checked against like a folder."""

from __future__ import annotations

import multiprocessing as mp
import pickle
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from kronik.checks import index
from kronik.checks.engine import check, check_index
from kronik.checks.finding import Finding
from kronik.checks.pack import load
from kronik.reports.cli import seeds_path
from kronik.timeline.document import read

KNOWLEDGE = load()


@pytest.fixture()
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_path(), folder)
    return folder


def shown(findings: tuple[Finding, ...]) -> list[tuple[str, str, tuple]]:
    return [
        (f.rule, f.message, tuple((e.path, e.line, e.column, e.text) for e in f.evidence))
        for f in findings
    ]


def test_a_second_run_over_an_unchanged_archive_reads_nothing(seeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    docs = read([seeds])
    first = index.update(db, docs, KNOWLEDGE)
    assert (first.extracted, first.unchanged) == (5, 0)
    calls: list[int] = []

    def reader(todo, corpus, knowledge):  # type: ignore[no-untyped-def]
        calls.append(len(todo))
        return index.local_reader()(todo, corpus, knowledge)

    second = index.update(db, read([seeds]), KNOWLEDGE, reader)
    assert (second.extracted, second.unchanged) == (0, 5)
    assert calls == []  # no extraction at all


def test_a_changed_article_alone_is_read_again(seeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    index.update(db, read([seeds]), KNOWLEDGE)
    before = dict((i, h) for i, h, _ in index.dump(db))
    changed = next(iter(sorted(seeds.iterdir())))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    done = index.update(db, read([seeds]), KNOWLEDGE)
    assert (done.extracted, done.unchanged) == (1, 4)
    after = dict((i, h) for i, h, _ in index.dump(db))
    assert [i for i in before if before[i] != after[i]] == [changed.stem]


def test_another_pack_reads_everything_again(seeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    index.update(db, read([seeds]), KNOWLEDGE)
    pack = tmp_path / "extra.toml"
    pack.write_text(
        '[pack]\nname = "extra"\nsource = "https://example.org"\n\n'
        '[[entity]]\nid = "contoh"\nkind = "organisation"\nnames = ["Contoh Corp"]\n'
        'source = "https://example.org"\n',
        encoding="utf-8",
    )
    assert index.update(db, read([seeds]), load([pack])).extracted == 5


@pytest.mark.parametrize("draft", sorted(p.name for p in seeds_path().iterdir()))
def test_a_draft_against_the_index_finds_what_it_finds_against_the_folder(
    seeds: Path, tmp_path: Path, draft: str
) -> None:
    db = tmp_path / "archive.db"
    others = [p for p in sorted(seeds.iterdir()) if p.name != draft]
    index.update(db, read(others), KNOWLEDGE)
    mine = read([seeds / draft])
    _, against_folder = check(mine, read(others), knowledge=KNOWLEDGE)
    _, against_index = check_index(mine, str(db), knowledge=KNOWLEDGE)
    assert shown(against_index) == shown(against_folder)


def test_a_file_that_is_not_an_index_is_refused_by_check_and_rebuilt_by_index(
    seeds: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(index.IndexProblem, match="not a readable SQLite database"):
        check_index(read([seeds]), str(db), knowledge=KNOWLEDGE)
    done = index.update(db, read([seeds]), KNOWLEDGE)
    assert done.rebuilt is not None and done.extracted == 5
    assert index.count(db) == 5


def test_an_index_of_another_schema_is_rebuilt(seeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    index.update(db, read([seeds]), KNOWLEDGE)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema'")
    with pytest.raises(index.IndexProblem, match="schema 999"):
        index.count(db)
    done = index.update(db, read([seeds]), KNOWLEDGE)
    assert "schema 999" in (done.rebuilt or "") and done.extracted == 5


def test_a_record_that_would_run_code_is_refused(seeds: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    draft, *others = sorted(seeds.iterdir())
    index.update(db, read(others), KNOWLEDGE)

    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (shutil.rmtree, (str(seeds),))

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET record = ?", (zlib.compress(pickle.dumps(Evil())),))
    with pytest.raises(index.IndexProblem, match=r"shutil\.rmtree"):
        check_index(read([draft]), str(db), knowledge=KNOWLEDGE)
    assert seeds.is_dir()


def _index_in_a_process(args: tuple[str, str]) -> int:
    db, folder = args
    return index.update(db, read([Path(folder)]), load()).seen


def test_two_processes_indexing_at_once_leave_one_consistent_index(
    seeds: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    with mp.get_context("spawn").Pool(2) as pool:
        assert pool.map(_index_in_a_process, [(str(db), str(seeds))] * 2) == [5, 5]
    alone = tmp_path / "alone.db"
    index.update(alone, read([seeds]), KNOWLEDGE)
    assert index.dump(db) == index.dump(alone)
    with sqlite3.connect(db) as conn:
        df = dict(conn.execute("SELECT term, n FROM df"))
        counted = dict(conn.execute("SELECT term, COUNT(*) FROM terms GROUP BY term"))
    assert df == counted


def test_the_dask_engine_writes_the_same_index(seeds: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    index.update(local, read([seeds]), KNOWLEDGE)
    index.update(dask, read([seeds]), KNOWLEDGE, index.dask_reader(workers=1))
    assert index.dump(dask) == index.dump(local)
    with sqlite3.connect(local) as a, sqlite3.connect(dask) as b:
        query = "SELECT id, record FROM documents ORDER BY id"
        assert [(i, index._load(r)) for i, r in a.execute(query)] == [
            (i, index._load(r)) for i, r in b.execute(query)
        ]
