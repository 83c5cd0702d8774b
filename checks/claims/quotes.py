"""Quote claims: the words an article puts in a speaker's mouth, and who the speaker is.

A direct quote opens with " or “ and closes with " or ” (Indonesian outlets often
close a curly quote with a straight one), and may hold several sentences. Its
speaker is named by a speech verb after it ('"...," kata Budi.'), before it
('Budi mengatakan, "..."', 'kata Ani, "..."', 'menurut Ani, "..."'),
or by a pronoun ('ujar dia', 'jelasnya'), which takes the last person the article
named as speaking. Short names and titles resolve to the full name the article
gave before ("Ani" -> "Ani Lestari"); see `speakers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

import attrs

from kronik.timeline.event import Analysis, regions

from ..claim import Quote
from ..corpus import evidence
from ..text import WORD
from ..vocabulary import vocabulary
from .speakers import (
    Persons,
    Reading,
    Roster,
    full_names,
    pronoun_at,
    read_after,
    read_before,
    titled,
    words,
)

if TYPE_CHECKING:
    from . import Sentence

_MARK = re.compile(r"[\"“”]")
_MARKS = ('"', "“", "”")
# Every ASCII character but a-z to a space: the runs of letters of lower-case ASCII text split.
_BUT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})
_JOINERS = frozenset("-'’")  # join the parts of one `WORD`: "kata-kata"
# Between a closing mark and the speech verb that attributes the quote: '," kata'.
_AFTER_GAP = re.compile(r"[\s,.–—-]*")
# Between an attribution and the opening mark: 'Budi mengatakan, "' / 'bahwa: "'.
_BEFORE_GAP = re.compile(r"[\s,:]*(?:(?:bahwa|that)[\s,:]*)?", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?")
_TO = re.compile(r"\s+to\b")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")
# An unattributed quote is kept only when it is a quoted sentence of some length,
# not a quoted term ("disebut "eleven-eleven"").
_MIN_UNATTRIBUTED_WORDS = 4


@attrs.frozen(kw_only=True)
class _Span:
    """A quote as found: its marks and the quoted words inside them."""

    open: int
    close: int
    start: int
    end: int


@attrs.frozen(kw_only=True)
class _Speech:
    """A speech verb outside quotes with its speaker: named, a pronoun (None), or a title."""

    start: int
    end: int
    reading: Reading | None  # None for a pronoun ("ujarnya", "kata dia", "Ia mengatakan")


def extract(analysis: Analysis, sentences: Sequence[Sentence]) -> Iterator[Quote]:
    """The direct quotes of one document, with their speakers, in document order."""
    doc = analysis.doc
    text = doc.text
    parts = regions(doc)
    spans = tuple(find_quotes(text, parts))
    if not spans:
        return
    outside = _outside(parts, spans)
    roster = Roster(
        lambda: [n for start, end in outside for n in full_names(text, start, end)],
        titled=lambda: [r for start, end in outside for r in titled(text, start, end)],
    )
    speeches = _speeches(text, outside)
    named = _Named(text, speeches, roster, sentences, spans)
    starts = [s.start for s in sentences]
    for span in spans:
        speaker, attributed = _speaker(text, span, speeches, named, roster, starts)
        if not attributed and not _quoted_sentence(text, span):
            continue
        index = max(bisect.bisect_right(starts, span.start) - 1, 0)
        yield Quote(
            doc=doc.id,
            sentence=index,
            speaker=speaker,
            text=text[span.start : span.end],
            evidence=evidence(doc, span.start, span.end, speaker),
        )


def find_quotes(text: str, parts: Sequence[tuple[int, int]]) -> Iterator[_Span]:
    """Quotes within the article text, one paragraph at most each."""
    for region_start, region_end in parts:
        marks = sorted(
            at for mark in _MARKS for at in _occurrences(text, mark, region_start, region_end)
        )
        limit = region_start
        for first in marks:  # the lines that hold a mark, in order
            if first < limit:
                continue  # its line is read
            floor, limit = _line_of(text, first, first + 1, region_start, region_end)
            opened: int | None = None
            for m in _MARK.finditer(text, floor, limit):
                at, mark = m.start(), m.group()
                following = text[at + 1 : at + 2]
                opens = mark != "”" and bool(following) and not following.isspace()
                # A straight mark after a space and before a word opens a quote even when
                # one is open: the earlier one was never closed ('"Kami siap, kata X. "Besok').
                reopens = opens and mark == '"' and (at == floor or text[at - 1].isspace())
                if opened is None or mark == "“" or reopens:
                    if opens:
                        opened = at
                    continue
                span = _inner(text, opened, at)
                opened = None
                if span is not None:
                    yield span


def _occurrences(text: str, sub: str, start: int, end: int) -> Iterator[int]:
    """Where `sub` occurs in `text[start:end]` (plain search: no regular expression)."""
    at = text.find(sub, start, end)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1, end)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of `text[start:end]`, as spans: its runs of characters other than CR and LF."""
    newline = carriage = -1  # the next of each at or after `at`, once looked for
    at = start
    while at < end:
        if newline < at:
            newline = text.find("\n", at, end)
            newline = end if newline < 0 else newline
        if carriage < at:
            carriage = text.find("\r", at, end)
            carriage = end if carriage < 0 else carriage
        stop = min(newline, carriage)
        if stop > at:
            yield at, stop
        at = stop + 1


def _line_of(text: str, at: int, till: int, start: int, end: int) -> tuple[int, int]:
    """The line of `text[start:end]` (see `_lines`) that holds `text[at:till]`."""
    floor = max(start, text.rfind("\n", start, at) + 1, text.rfind("\r", start, at) + 1)
    newline, carriage = text.find("\n", till, end), text.find("\r", till, end)
    limit = min(end if newline < 0 else newline, end if carriage < 0 else carriage)
    return floor, limit


def _inner(text: str, opened: int, closed: int) -> _Span | None:
    """The quoted words between two marks, without the comma that ends them."""
    start, end = opened + 1, closed
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if not WORD.search(text, start, end):
        return None
    return _Span(open=opened, close=closed, start=start, end=end)


def _outside(
    parts: Sequence[tuple[int, int]], spans: Sequence[_Span]
) -> tuple[tuple[int, int], ...]:
    """The article text outside quotes, where attributions and names are read."""
    out = []
    for start, end in parts:
        position = start
        for span in spans:
            if span.close < start or span.open >= end:
                continue
            if span.open > position:
                out.append((position, span.open))
            position = max(position, span.close + 1)
        if position < end:
            out.append((position, end))
    return tuple(out)


def _speeches(text: str, outside: Sequence[tuple[int, int]]) -> list[_Speech]:
    """Every speech verb outside quotes with the speaker it names, in text order."""
    found = []
    for at, till, verb, floor, limit in _outside_speech_verbs(text, outside):
        speech = _speech(text, at, till, verb, floor, limit)
        if speech is not None:
            found.append(speech)
    return sorted(found, key=lambda s: (s.start, s.end))


def _speech_verbs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of a line `text[start:end]` (as `WORD` reads them) that are speech verbs,
    bare or with "-nya" ("katanya"), in text order: (start, end, the word case-folded)."""
    found = _outside_speech_verbs(text, ((start, end),))
    return [(at, till, verb) for at, till, verb, _, _ in found]


def _outside_speech_verbs(
    text: str, outside: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, int, int]]:
    """The words of the lines outside quotes (as `WORD` reads each line) that are speech
    verbs, bare or with "-nya" ("katanya"), in text order: (start, end, the word
    case-folded, and the start and end of its line)."""
    verbs, forms = words().speech_verbs, _verb_forms()
    lowered = text.lower()
    plain = forms is not None and len(lowered) == len(text)  # each character kept its place
    found = []
    stretches = []  # ASCII text outside quotes, searched at once
    for start, end in outside:
        if plain and text[start:end].isascii():
            stretches.append((start, end))
            continue
        for floor, limit in _lines(text, start, end):
            if plain and text[floor:limit].isascii():
                stretches.append((floor, limit))
                continue
            for m in WORD.finditer(text, floor, limit):
                verb = m.group().casefold()
                if verb in verbs or (verb.endswith("nya") and verb[:-3] in verbs):
                    found.append((m.start(), m.end(), verb, floor, limit))
    if stretches and forms is not None:
        found.extend(_ascii_speech_verbs(lowered, stretches, forms))
    return sorted(found)


def _ascii_speech_verbs(
    lowered: str, stretches: Sequence[tuple[int, int]], forms: frozenset[str]
) -> list[tuple[int, int, str, int, int]]:
    """`_outside_speech_verbs` in ASCII stretches of a lower-cased text, by plain search.

    ASCII case-folds as it lower-cases, and a verb (in a-z) is a run of letters: the
    runs of the stretches tell which verbs to look for. A verb found is a whole `WORD`
    of its line when no letter or digit touches it and no hyphen or apostrophe joins
    it to one.
    """
    joined = " ".join(lowered[start:end] for start, end in stretches)
    present = forms.intersection(joined.translate(_BUT_LETTERS).split())
    starts = [start for start, _ in stretches]
    low, high = stretches[0][0], stretches[-1][1]
    found = []
    for form in present:
        at = lowered.find(form, low, high)
        while at >= 0:
            start, end = stretches[bisect.bisect_right(starts, at) - 1]
            till = at + len(form)
            if till <= end:
                floor, limit = _line_of(lowered, at, till, start, end)
                if _word_starts(lowered, at, floor) and _word_ends(lowered, till, limit):
                    found.append((at, till, form, floor, limit))
            at = lowered.find(form, at + 1, high)
    return found


def _word_starts(line: str, at: int, floor: int) -> bool:
    """Whether a `WORD` of ASCII text starts at `at`, reading from `floor` on."""
    if at == floor:
        return True
    before = line[at - 1]
    return not (
        before.isalnum() or (before in _JOINERS and at - 1 > floor and line[at - 2].isalnum())
    )


def _word_ends(line: str, at: int, limit: int) -> bool:
    """Whether a `WORD` of ASCII text that reaches `at` ends there, reading up to `limit`."""
    if at == limit:
        return True
    after = line[at]
    return not (
        after.isalnum() or (after in _JOINERS and at + 1 < limit and line[at + 1].isalnum())
    )


def _speech(text: str, start: int, end: int, verb: str, floor: int, limit: int) -> _Speech | None:
    """The speaker a speech verb names, before it ("Budi mengatakan") or after ("kata Budi")."""
    if verb.endswith("nya"):
        return _Speech(start=start, end=end, reading=None)
    after_at = end
    if verb == "according":
        to = _TO.match(text, end, limit)
        if to is None:
            return None
        after_at = to.end()
    following = _NEXT_WORD.match(text, after_at, limit)
    if following is not None and following.group(1).casefold() in words().pronouns:
        return _Speech(start=start, end=following.end(), reading=None)
    for side in _sides(verb):
        if side == "before":
            pronoun = pronoun_at(text, start, floor)
            if pronoun is not None:  # '"...," she added': the attribution starts at "she"
                return _Speech(start=pronoun, end=end, reading=None)
            reading = read_before(text, start, floor)
            if reading is not None:
                return _Speech(start=reading.start, end=end, reading=reading)
        else:
            reading = read_after(text, after_at, limit)
            if reading is not None:
                return _Speech(start=start, end=reading.end, reading=reading)
    return None


@cache
def _verb_forms() -> frozenset[str] | None:
    """The speech verbs, bare and with "-nya"; None unless all are lower-case ASCII letters."""
    verbs = words().speech_verbs
    if not all(v.isascii() and v.isalpha() and v.islower() for v in verbs):
        return None
    return verbs | {v + "nya" for v in verbs}


@cache
def _sides(verb: str) -> tuple[str, ...]:
    """Where a verb's speaker stands, most likely side first.

    Before prefixed and English verbs ("Budi mengatakan", "Budi said"),
    after the bare Indonesian forms ("kata Budi", "ujar Ani").
    """
    if verb in ("menurut", "according"):
        return ("after",)
    if verb.startswith(("me", "ber")) or verb == "bilang" or verb in vocabulary("en").speech_verbs:
        return ("before", "after")
    return ("after", "before")


class _Named:
    """Where the article names a speaker, with the full name.

    Besides speech verbs, a sentence that opens with a person, given a title or
    known as a speaker, makes that person the one a following "ujarnya" refers to
    ("Ani Lestari sendiri meyakini ...", "Menteri Pertanian Budi Santoso meninjau ...").
    Speech verbs are read at once (they add to the roster); a sentence is read only
    when a quote asks who was named last before it.
    """

    def __init__(
        self,
        text: str,
        speeches: Sequence[_Speech],
        roster: Roster,
        sentences: Sequence[Sentence],
        spans: Sequence[_Span],
    ) -> None:
        said = []
        for speech in speeches:
            if speech.reading is not None:
                name = roster.resolve(speech.reading, speech.start)
                evolved = attrs.evolve(speech.reading, name=name or speech.reading.name)
                roster.add(speech.start, evolved)
                if name:
                    said.append((speech.start, name))
        self._said = sorted(said)
        self._speakers = Persons(name for _, name in said)
        self._text = text
        self._roster = roster  # complete: nothing is added to it after the speeches
        self._sentences = sentences
        self._starts = [s.start for s in sentences]
        self._spans = spans
        self._opens = [s.open for s in spans]
        self._opening: dict[int, tuple[int, str] | None] = {}

    def last(self, before: int, since: int | None = None) -> tuple[int, str] | None:
        """The person last named before a position, (where, full name), if named at
        `since` or after; of two named at one place, the name that sorts last."""
        i = bisect.bisect_left(self._said, (before, ""))
        best = self._said[i - 1] if i else None
        k = bisect.bisect_left(self._starts, before) - 1  # sentences that start before
        while k >= 0:
            start = self._starts[k]
            if (since is not None and start < since) or (best is not None and start < best[0]):
                break  # earlier sentences name no one later
            found = self._opener(k)
            if found is not None:
                best = found if best is None else max(best, found)
                break
            k -= 1
        if best is None or (since is not None and best[0] < since):
            return None
        return best

    def _opener(self, index: int) -> tuple[int, str] | None:
        """The person a sentence opens with, if titled or known as a speaker."""
        if index not in self._opening:
            self._opening[index] = self._read_opener(self._sentences[index])
        return self._opening[index]

    def _read_opener(self, sentence: Sentence) -> tuple[int, str] | None:
        text, spans = self._text, self._spans
        i = bisect.bisect_right(self._opens, sentence.start) - 1
        if i >= 0 and sentence.start <= spans[i].close:
            return None  # the sentence starts inside a quote
        reading = read_after(text, sentence.start, sentence.end)
        if reading is None or not reading.name or reading.start != _first_char(text, sentence):
            return None
        name = self._roster.resolve(reading, sentence.start)
        if reading.title or name in self._speakers:
            return sentence.start, name
        return None


def _first_char(text: str, sentence: Sentence) -> int:
    i = sentence.start
    while i < sentence.end and text[i].isspace():
        i += 1
    return i


def _speaker(
    text: str,
    span: _Span,
    speeches: Sequence[_Speech],
    named: _Named,
    roster: Roster,
    starts: Sequence[int],
) -> tuple[str, bool]:
    """The speaker of a quote and whether an attribution names it."""
    speech = _attribution(text, span, speeches)
    if speech is not None:
        if speech.reading is None:  # a pronoun: the person last named as speaking
            last = named.last(span.open)
            return (last[1] if last else ""), True
        return roster.resolve(speech.reading, speech.start), True
    # No attribution: a quote right after a sentence that names a speaker is theirs
    # ('Budi menjelaskan ... . "Jadi ..."').
    sentence = bisect.bisect_right(starts, span.open) - 1
    if sentence >= 0:
        last = named.last(span.open, since=starts[max(sentence - 1, 0)])
        if last is not None:
            return last[1], False
    return "", False


def _attribution(text: str, span: _Span, speeches: Sequence[_Speech]) -> _Speech | None:
    """The speech verb attached to a quote: right after its closing mark, else right before."""
    i = bisect.bisect_left(speeches, span.close + 1, key=lambda s: s.start)
    if i < len(speeches):
        gap = _AFTER_GAP.match(text, span.close + 1, speeches[i].start)
        if gap is not None and gap.end() == speeches[i].start:
            return speeches[i]
    # Speeches are in order and do not overlap quotes: the one before is the last
    # that ends at or before the opening mark.
    j = i - 1
    while j >= 0 and speeches[j].end > span.open:
        j -= 1
    if j >= 0:
        gap = _BEFORE_GAP.match(text, speeches[j].end, span.open)
        if gap is not None and gap.end() == span.open:
            return speeches[j]
    return None


def _quoted_sentence(text: str, span: _Span) -> bool:
    """A quote that is a sentence of its own, long enough to be someone's words."""
    if len(WORD.findall(text, span.start, span.end)) < _MIN_UNATTRIBUTED_WORDS:
        return False
    i = span.open
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END or text[i - 1] in "\n\r:"
