"""Lexicons: the words of each language kronik reads, loaded from `lang/<code>.toml`."""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

LANGUAGES = ("id", "en")


@attrs.frozen(kw_only=True)
class Holiday:
    """A holiday: on a fixed calendar day, or on the days a table lists (Lebaran, Imlek)."""

    names: tuple[str, ...]
    source: str
    key: str = ""
    month: int | None = None  # fixed holidays: the same day every year
    day: int | None = None
    dates: tuple[dt.date, ...] = ()  # moving holidays: the days it fell on, in order
    era: frozenset[str] = frozenset()  # words after a year of its own calendar ("hijriah")
    era_dates: MappingProxyType[int, dt.date] = MappingProxyType({})  # that year -> the day
    part: str | None = None  # "NI" for an eve ("malam takbiran")


@attrs.frozen(kw_only=True)
class Lexicon:
    """The words of one language that temporal recognition and sentence splitting need."""

    code: str
    months: MappingProxyType[str, int]
    weekdays: MappingProxyType[str, int]
    units: MappingProxyType[str, str]
    numbers: MappingProxyType[str, float]
    vague_numbers: frozenset[str]
    ordinals: MappingProxyType[str, int]
    parts_of_day: MappingProxyType[str, str]
    zones: MappingProxyType[str, str]
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    future_tense: frozenset[str]
    modifiers: MappingProxyType[str, str]
    references: MappingProxyType[str, str]
    not_before: frozenset[str]
    not_after: frozenset[str]
    law_names: frozenset[str]
    not_holiday_before: frozenset[str]
    holidays: tuple[Holiday, ...]
    abbreviations: frozenset[str]
    stopwords: frozenset[str]


def _table(data: dict[str, Any], key: str) -> MappingProxyType:
    return MappingProxyType(dict(data.get(key, {})))


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language ("id", "en")."""
    if code not in LANGUAGES:
        raise ValueError(f"no lexicon for language {code!r}; known: {', '.join(LANGUAGES)}")
    raw = resources.files("kronik.timeline.lang").joinpath(f"{code}.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    not_dates = data.get("not_dates", {})
    return Lexicon(
        code=code,
        months=_table(data, "months"),
        weekdays=_table(data, "weekdays"),
        units=_table(data, "units"),
        numbers=_table(data, "numbers"),
        vague_numbers=frozenset(data.get("vague_numbers", {}).get("words", ())),
        ordinals=_table(data, "ordinals"),
        parts_of_day=_table(data, "parts_of_day"),
        zones=_table(data, "zones"),
        past_markers=tuple(data.get("markers", {}).get("past", ())),
        future_markers=tuple(data.get("markers", {}).get("future", ())),
        future_tense=frozenset(data.get("tense", {}).get("future", ())),
        modifiers=_table(data, "modifiers"),
        references=_table(data, "references"),
        not_before=frozenset(not_dates.get("before", ())),
        not_after=frozenset(not_dates.get("after", ())),
        law_names=frozenset(not_dates.get("law_names", ())),
        not_holiday_before=frozenset(not_dates.get("holiday_before", ())),
        holidays=tuple(
            Holiday(names=tuple(h["names"]), month=h["month"], day=h["day"], source=h["source"])
            for h in data.get("holiday", ())
        )
        + _moving_holidays(code),
        abbreviations=frozenset(data.get("abbreviations", {}).get("words", ())),
        stopwords=frozenset(data.get("stopwords", {}).get("words", ())),
    )


def _moving_holidays(code: str) -> tuple[Holiday, ...]:
    """Holidays whose day moves, from `data/holidays-<code>.toml` (none if there is no file)."""
    path = resources.files("kronik.timeline").joinpath(f"data/holidays-{code}.toml")
    if not path.is_file():
        return ()
    tables = tomllib.loads(path.read_text("utf-8")).get("holiday", ())
    by_key: dict[str, Holiday] = {}
    for h in tables:
        if "base" in h:  # "Jumat Agung": two days before Easter
            base = by_key[h["base"]]
            shift = dt.timedelta(days=h.get("offset", 0))
            dates = tuple(d + shift for d in base.dates)
            era_dates = {y: d + shift for y, d in base.era_dates.items()}
            era = base.era
        else:
            rows = [r if isinstance(r, dict) else {"date": r} for r in h.get("dates", ())]
            dates = tuple(sorted(r["date"] for r in rows))
            era_dates = {r["era_year"]: r["date"] for r in rows if "era_year" in r}
            era = frozenset(h.get("era", ()))
        by_key[h["key"]] = Holiday(
            key=h["key"],
            names=tuple(h["names"]),
            source=h["source"],
            dates=dates,
            era=era,
            era_dates=MappingProxyType(era_dates),
            part=h.get("part"),
        )
    return tuple(by_key.values())
