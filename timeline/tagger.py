"""Find the temporal expressions of a text: recognize, then resolve.

This is the one entry point for timexes: `kronik dates`, the timeline and the
evaluation all call `find_timexes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import sentences
from .lang import Mention, recognizer
from .lexicon import lexicon
from .resolve import Context, future_sentences, resolve
from .timex import Timex

Region = tuple[int, int]


def recognize(text: str, *, lang: str, regions: Sequence[Region] | None = None) -> list[Mention]:
    """Mentions in the regions of `text` (the whole text by default), in text order."""
    find = recognizer(lang)
    out: list[Mention] = []
    for start, end in regions if regions is not None else ((0, len(text)),):
        out.extend(find(text, start, end))
    return out


def find_timexes(
    text: str,
    *,
    lang: str = "id",
    ref: dt.date | None = None,
    corpus: dt.date | None = None,
    regions: Sequence[Region] | None = None,
    mentions: Sequence[Mention] | None = None,
    spans: Sequence[Region] | None = None,
) -> tuple[Timex, ...]:
    """The timexes of `text`, resolved against the publication date `ref`.

    `corpus` is a date near the documents' own (used only to choose a year when
    `ref` is unknown); `regions` limits the search, e.g. to an article body
    without site furniture; `mentions` reuses an earlier recognition and `spans`
    an earlier sentence split of those regions.
    """
    regions = tuple(regions) if regions is not None else ((0, len(text)),)
    if mentions is None:
        mentions = recognize(text, lang=lang, regions=regions)
    if spans is None:
        spans = [s for start, end in regions for s in sentences.split(text, start, end, lang=lang)]
    future = future_sentences(text, spans, lexicon(lang).future_tense)
    context = Context(ref=ref, corpus=corpus, future_sentences=future)
    return tuple(resolve(text, mentions, context))
