"""Knowledge packs load, merge by id, and report every problem with its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronik.checks.pack import PackError, default_paths, load, load_pack

GOOD = """\
[pack]
name = "newsroom"
source = "our own style desk"

[[entity]]
id = "tmall"
kind = "platform"
names = ["Tmall", "T-Mall"]
slot = "marketplace"
source = "https://example.org/tmall"

[[recurring]]
id = "hari-pers"
names = ["Hari Pers Nasional", "HPN"]
date = "XXXX-02-09"
source = "https://example.org/hpn"
"""


def write(tmp_path: Path, text: str, name: str = "pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_packs_load_and_every_entry_has_a_source() -> None:
    knowledge = load()
    assert {p.name for p in knowledge.packs} >= {"id-economy", "id-government"}
    entries = [
        *knowledge.entities.values(),
        *knowledge.recurring.values(),
        *knowledge.scheduled.values(),
        *knowledge.offices.values(),
    ]
    assert entries and all(e.origin.source.strip() for e in entries)
    assert all(p.suffix == ".toml" for p in default_paths())


def test_singles_day_and_tmall_former_name_are_data() -> None:
    knowledge = load()
    singles = knowledge.recurring["singles-day"]
    assert (singles.month, singles.day) == (11, 11)
    assert "Double 11" in singles.names and "eleven-eleven" in singles.names
    tmall = knowledge.entities["tmall"]
    assert [(f.name, f.until) for f in tmall.former] == [("Taobao Mall", "2012-01")]
    assert tmall.slot == knowledge.entities["taobao"].slot


def test_a_user_pack_overrides_by_id(tmp_path: Path) -> None:
    knowledge = load([write(tmp_path, GOOD)])
    assert knowledge.entities["tmall"].names == ("Tmall", "T-Mall")
    assert knowledge.entities["tmall"].origin.pack == "newsroom"
    assert knowledge.recurring["hari-pers"].month == 2
    assert "taobao" in knowledge.entities  # the shipped entries stay


def test_problems_are_reported_all_at_once_with_line_and_column(tmp_path: Path) -> None:
    bad = GOOD.replace('slot = "marketplace"', 'alias = ["TM"]').replace(
        'date = "XXXX-02-09"', 'date = "9 Februari"'
    )
    bad += '\n[[entity]]\nid = "x"\nkind = "robot"\nnames = ["X"]\n'
    path = write(tmp_path, bad)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    problems = caught.value.problems
    assert any(f"{path}:9:1: entity 'tmall': unknown key 'alias'" in p for p in problems)
    assert any(":15:1: recurring 'hari-pers': date '9 Februari'" in p for p in problems)
    assert any("entity 'x': missing required key 'source'" in p for p in problems)
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == sorted(lines)


def test_typo_in_a_key_gets_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('names = ["Tmall"', 'nmes = ["Tmall"'))
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert any("unknown key 'nmes' (did you mean 'names'?)" in p for p in caught.value.problems)


def test_toml_syntax_error_points_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "\n[[entity]\nid = 1\n")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert caught.value.problems[0].startswith(f"{path}:")
    assert "TOML syntax" in caught.value.problems[0]


@pytest.mark.parametrize("text", ["", "[pack]\nname = 'x'\n", "\xff"])
def test_missing_pack_table_or_source_is_an_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(PackError):
        load_pack(write(tmp_path, text))


def test_duplicate_ids_and_reversed_dates(tmp_path: Path) -> None:
    text = GOOD + (
        '\n[[entity]]\nid = "tmall"\nkind = "platform"\nnames = ["Tmall"]\nsource = "s"\n'
        '\n[[scheduled]]\nid = "expo"\nnames = ["Expo"]\nstart = "2018-10-14"\n'
        'end = "2018-10-08"\nsource = "s"\n'
    )
    with pytest.raises(PackError) as caught:
        load_pack(write(tmp_path, text))
    joined = "\n".join(caught.value.problems)
    assert "duplicate id" in joined and "end is before start" in joined
