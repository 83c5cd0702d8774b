"""Lexicons: the words of each language kronik reads, loaded from `lang/<code>.toml`."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

LANGUAGES = ("id", "en")


@attrs.frozen(kw_only=True)
class Holiday:
    """A holiday on a fixed calendar day."""

    names: tuple[str, ...]
    month: int
    day: int
    source: str


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
        holidays=tuple(
            Holiday(names=tuple(h["names"]), month=h["month"], day=h["day"], source=h["source"])
            for h in data.get("holiday", ())
        ),
        abbreviations=frozenset(data.get("abbreviations", {}).get("words", ())),
        stopwords=frozenset(data.get("stopwords", {}).get("words", ())),
    )
