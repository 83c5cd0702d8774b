"""kronik on stories it has never seen: silence on the clean ones, the planted conflicts found.

tests/fixtures/stories/<story>/clean/ holds 3-4 articles about one (made-up) story
that agree on every fact; planted-<kind>/ is the same story with one conflict planted
in one file, as PLANTED.toml lists. measure.py prints the same results as a table.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml

from kronik.checks.finding import Severity
from kronik.checks.rules import BY_NAME
from kronik.timeline.document import read

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def _load_measure():
    spec = importlib.util.spec_from_file_location("kronik_stories_measure", STORIES / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs classes need their module registered
    spec.loader.exec_module(module)
    return module


measure = _load_measure()
PLANTS = measure.plants()
NAMES = measure.stories()

# Rules being written now: a plant for one of them is an expected failure until the rule
# is registered. Checked at collection time, so the cases turn into real tests by themselves.
UPCOMING = {"quantity-conflict", "title-conflict", "quote-variant"}

# Clean stories on which kronik raises an error today, confirmed false: story -> reason.
KNOWN_CLEAN_ERRORS: dict[str, str] = {}

# Plants kronik misses today, confirmed: plant id -> why. Each is a target, not a pass.
KNOWN_MISSES: dict[str, str] = {
    "harga-bbm/date": "the effective date is told in different words by each outlet "
    "('berlaku mulai', 'harga anyar'); the sentences are not aligned",
    "gempa-sumbawa/office": "the long form 'Kepala Badan Meteorologi, Klimatologi, dan "
    "Geofisika' holds commas, so the title is not read and the person has one office",
    "pdb-bps/date": "the release date sits in differently worded clauses ('konferensi pers "
    "di gedung BPS' / 'diumumkan BPS'); the sentences are not aligned",
}


def _plant_param(plant):
    marks = []
    if plant.rule not in BY_NAME:
        reason = f"rule {plant.rule} is not in kronik.checks.rules yet"
        if plant.rule not in UPCOMING:
            reason = f"unknown rule {plant.rule} (PLANTED.toml)"
        marks.append(pytest.mark.xfail(strict=False, reason=reason))
    elif plant.id in KNOWN_MISSES:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[plant.id]))
    return pytest.param(plant, id=plant.id, marks=marks)


def _story_param(story):
    marks = []
    if story in KNOWN_CLEAN_ERRORS:
        marks.append(pytest.mark.xfail(strict=False, reason=KNOWN_CLEAN_ERRORS[story]))
    return pytest.param(story, id=story, marks=marks)


# --- the fixtures themselves are right


def test_every_story_has_every_kind_planted():
    assert len(NAMES) >= 4
    planted = {(p.story, p.kind) for p in PLANTS}
    assert planted == {(s, k) for s in NAMES for k in measure.KINDS}
    expected = {
        "weekday": "weekday-mismatch",
        "date": "date-conflict",
        "number": "quantity-conflict",
        "office": "title-conflict",
    }
    assert all(p.rule == expected[p.kind] for p in PLANTS)


@pytest.mark.parametrize("story", NAMES)
def test_clean_articles_are_well_formed(story):
    files = sorted((STORIES / story / "clean").glob("*.md"))
    assert 3 <= len(files) <= 4
    for path in files:
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        assert {"title", "published", "source"} <= set(meta), path
        assert 250 <= len(body.split()) <= 450, (path, len(body.split()))


WEEKDAYS = {"Senin": 1, "Selasa": 2, "Rabu": 3, "Kamis": 4, "Jumat": 5, "Sabtu": 6, "Minggu": 7}
_FULL_DATE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)/(\d+)/(\d{4})\)")


@pytest.mark.parametrize("story", NAMES)
def test_clean_weekdays_fit_their_dates(story):
    """Checked with datetime, not with kronik: the clean stories are right."""
    seen = 0
    for path in sorted((STORIES / story / "clean").glob("*.md")):
        for m in _FULL_DATE.finditer(path.read_text(encoding="utf-8")):
            day = dt.date(int(m[4]), int(m[3]), int(m[2]))
            assert day.isoweekday() == WEEKDAYS[m[1]], (path.name, m[0])
            seen += 1
    assert seen


@pytest.mark.parametrize("plant", PLANTS, ids=[p.id for p in PLANTS])
def test_planted_folder_is_clean_with_one_change(plant):
    clean = sorted(p.name for p in plant.clean.iterdir())
    assert sorted(p.name for p in plant.folder.iterdir()) == clean
    for name in clean:
        if name == plant.file:
            changed = (plant.folder / name).read_text(encoding="utf-8")
            assert changed == measure.planted_text(plant), "run measure.py --make"
        else:
            assert filecmp.cmp(plant.clean / name, plant.folder / name, shallow=False), name


# --- kronik on them


@pytest.mark.parametrize("story", [_story_param(s) for s in NAMES])
def test_no_errors_on_a_clean_story(story):
    findings = measure.run(STORIES / story / "clean")
    errors = [f for f in findings if f.severity is Severity.ERROR]
    assert errors == [], "\n".join(measure.describe(f) for f in errors)


@pytest.mark.parametrize("plant", [_plant_param(p) for p in PLANTS])
def test_the_planted_conflict_is_found(plant):
    findings = measure.run(plant.folder)
    found = measure.hits(plant, findings)
    assert found, (
        f"{plant.rule} does not flag {plant.planted!r} in {plant.file} ({plant.note}); "
        "findings:\n" + "\n".join(measure.describe(f) for f in findings)
    )
    [doc] = read([plant.folder / plant.file])
    assert all(e.line > 0 and e.column > 0 for f in found for e in f.evidence)
    assert any(e.doc != doc.id for f in found for e in f.evidence) or plant.kind == "weekday", (
        "a conflict across articles cites the other articles too"
    )
