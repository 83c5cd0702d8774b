"""Vocabularies: the words of each language that claim extraction needs (`lang/<code>.toml`)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

LANGUAGES = ("id", "en")


@attrs.frozen(kw_only=True)
class Vocabulary:
    """Speech verbs, title words, number words and units of one language."""

    code: str
    stopwords: frozenset[str]
    speech_verbs: frozenset[str]
    pronoun_speakers: frozenset[str]
    attribution_words: frozenset[str]  # "said on Sunday": still the attribution
    title_heads: tuple[str, ...]  # longest first
    lasting_titles: frozenset[str]
    title_words: frozenset[str]
    past_title_markers: tuple[str, ...]
    scales: MappingProxyType[str, float]
    number_words: MappingProxyType[str, float]
    approximations: MappingProxyType[str, str]
    units: MappingProxyType[str, str]
    negations: frozenset[str]


@cache
def word_lists(code: str) -> MappingProxyType[str, Any]:
    """The raw `[words]` table of `lang/<code>.toml` (Indonesian for unknown languages).

    Extractors with lists of their own (number labels, title joiners) read them here,
    so every module reads one file the same way.
    """
    if code not in LANGUAGES:
        code = "id"
    raw = resources.files("kronik.checks").joinpath(f"lang/{code}.toml").read_text("utf-8")
    return MappingProxyType(tomllib.loads(raw)["words"])


@cache
def vocabulary(code: str) -> Vocabulary:
    """The vocabulary of a language; languages without one read as Indonesian."""
    if code not in LANGUAGES:
        code = "id"
    words = word_lists(code)
    return Vocabulary(
        code=code,
        stopwords=frozenset(w.casefold() for w in words["stopwords"]),
        speech_verbs=frozenset(w.casefold() for w in words["speech_verbs"]),
        pronoun_speakers=frozenset(words["pronoun_speakers"]),
        attribution_words=frozenset(w.casefold() for w in words.get("attribution_words", ())),
        title_heads=tuple(sorted(words["title_heads"], key=lambda w: (-len(w), w))),
        lasting_titles=frozenset(w.casefold() for w in words["lasting_titles"]),
        title_words=frozenset(w.casefold() for w in words["title_words"]),
        past_title_markers=tuple(words["past_title_markers"]),
        scales=MappingProxyType({k.casefold(): float(v) for k, v in words["scales"].items()}),
        number_words=MappingProxyType(
            {k.casefold(): float(v) for k, v in words["number_words"].items()}
        ),
        approximations=MappingProxyType(dict(words["approximations"])),
        units=MappingProxyType(dict(words["units"])),
        negations=frozenset(w.casefold() for w in words["negations"]),
    )
