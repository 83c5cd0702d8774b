"""Date claims: each dated statement of a document, with what it is told of.

A date is the date of a *statement* when it closes an attribution ("kata
Basuki di Jakarta, Sabtu (13/10)", "seperti dikutip dari laman X (13/10)"):
it says when someone spoke, not when the event they speak of happens, and two
statements on different days do not disagree. A date is told of a named event
(a pack's recurring or scheduled event) when the event is named in its sentence,
or, failing that, in a sentence close by that shares most of its content words
("lima produk ... baru dijual pada 12 November" two sentences before "lima
produk ... dalam rangka Harbolnas"). "Hari keenam" of a scheduled event
is a date: the event's first day plus five.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kronik.timeline.event import Analysis
from kronik.timeline.timex import Anchor, Timex, TimexType, grain

from ..claim import DateClaim, EventMention, Mention
from ..corpus import evidence
from ..pack import Knowledge
from ..text import WORD, content, similarity, words
from ..vocabulary import vocabulary
from .quantities import pivot_words

if TYPE_CHECKING:
    from . import Sentence

# How far (in sentences) a date may look for the event its sentence does not name,
# and how much content the two sentences must share.
NEIGHBOURS = 2
MIN_SHARED = 4
MIN_SIMILARITY = 0.25
# The words around a date that say what it is the date of ("hilang kontak pada ...").
NEAR_BEFORE = 7
NEAR_AFTER = 3
# A statement date closes its sentence within this many words of the speech verb.
STATEMENT_WORDS = 14

_ORDINALS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
}  # fmt: skip
_DAY_OF = re.compile(
    r"\bhari\s+(?:ke-?\s?(?P<n>\d{1,2})|(?P<w>pertama|kesatu|kedua|ketiga|keempat|kelima|keenam"
    r"|ketujuh|kedelapan|kesembilan|kesepuluh))\b",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(r"[\w\"“”]")  # a word or a quote after the date: not closing
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")  # `WORD` on ASCII text
_CITED = re.compile(r"\b(?:dikutip|mengutip|dilansir|melansir|seperti\s+dikutip)\b", re.I)


def extract(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    events: Sequence[EventMention],
    knowledge: Knowledge,
) -> Iterator[DateClaim]:
    """The date claims of one document."""
    doc = analysis.doc
    starts = [s.start for s in sentences]
    named: dict[int, list[str]] = {}
    for e in events:
        named.setdefault(e.sentence, []).append(e.event)
    entities: dict[int, list[str]] = {}
    for m in mentions:
        entities.setdefault(m.sentence, []).append(m.entity)
    stems = _Stems(sentences, analysis.lang)

    for t in analysis.timexes:
        if not _calendar(t):
            continue
        index = bisect.bisect_right(starts, t.start) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        statement, context, near = _around(
            doc.text[sentence.start : t.start], doc.text[t.end : sentence.end], analysis.lang
        )
        told = tuple(dict.fromkeys(named.get(index, ())))
        if not told and not statement:
            told = _nearby_event(index, stems, named)
        yield DateClaim(
            doc=doc.id,
            sentence=index,
            value=t.value,
            end=t.until,
            grain=_grain(t.value),
            statement=statement,
            events=told,
            entities=tuple(dict.fromkeys(entities.get(index, ()))),
            context=context,
            near=near,
            tense=t.tense,
            zone=t.zone,
            stated=t.anchor != Anchor.FOCUS,
            evidence=evidence(
                doc, t.start, t.end, t.value if not t.until else f"{t.value}/{t.until}"
            ),
        )
    yield from _event_days(analysis, sentences, events, knowledge, stems)


_grain = lru_cache(maxsize=4096)(grain)  # dates are told again and again


@lru_cache(maxsize=1024)
def _around(before: str, after: str, lang: str) -> tuple[bool, frozenset[str], frozenset[str]]:
    """What the text of its sentence before and after a date tells of it: whether it
    dates a statement (`_statement`), the content stems of the sentence around it, and
    those of the few words just before and after it. English words carry their
    Indonesian stems too, so one event compares across languages. Outlets copy one
    another's sentences: each is read once.
    """
    words_before, stems_before = _read_words(before, lang)
    words_after, stems_after = _read_words(after, lang)
    vocab = vocabulary(lang)
    statement = _statement(
        before,
        after,
        vocab.speech_verbs,
        vocab.pronoun_speakers,
        vocab.attribution_words,
        words_before,
    )
    context = _context_of(words_before + words_after, stems_before + stems_after, lang)
    near = _context_of(
        words_before[-NEAR_BEFORE:] + words_after[:NEAR_AFTER],
        stems_before[-NEAR_BEFORE:] + stems_after[:NEAR_AFTER],
        lang,
    )
    return statement, context, near


def _read_words(text: str, lang: str) -> tuple[list[str], list[str]]:
    """The words of a text, as `words` reads them, and the stem `content` gives each
    ("" for a word it leaves out), each word's stem looked up once."""
    found = (_ASCII_WORD if text.isascii() else WORD).findall(text)
    return found, list(map(_stemmer(lang), found))


def _context_of(found: list[str], stems: list[str], lang: str) -> frozenset[str]:
    """`content(text, lang) | pivot_stems(text, lang)` of a text given by `_read_words`
    (or of the words of several texts together)."""
    # Stems go in in text order, as `content` puts them: a frozenset's order follows its making.
    return frozenset(filter(None, stems)) | pivot_words(found, lang)


@cache
def _stemmer(lang: str) -> Callable[[str], str]:
    """The stem `content` gives one word of a language, or "" for no content word.

    A word alone reads as itself, so `content` of the word is its stem or nothing;
    the undecorated function keeps single words out of the cache of sentences.
    """

    @lru_cache(maxsize=1 << 15)
    def stem_of(word: str) -> str:
        return next(iter(content.__wrapped__(word, lang)), "")

    return stem_of


class _Stems:
    """The content stems of each sentence, computed when first needed."""

    def __init__(self, sentences: Sequence[Sentence], lang: str) -> None:
        self._sentences = sentences
        self._lang = lang
        self._stems: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._sentences)

    def __getitem__(self, index: int) -> frozenset[str]:
        if index not in self._stems:
            self._stems[index] = content(self._sentences[index].text, self._lang)
        return self._stems[index]


def _calendar(t: Timex) -> bool:
    """A date or time on the calendar (not a duration, a set, or a vague reference)."""
    return (
        t.type in (TimexType.DATE, TimexType.TIME)
        and t.role != "dateline"
        and t.value[:4].isdigit()
    )


def _statement(
    before: str,
    rest: str,
    verbs: frozenset[str],
    pronouns: frozenset[str],
    linking: frozenset[str] = frozenset(),
    tokens: Sequence[str] | None = None,
) -> bool:
    """Whether a timex dates an utterance: it closes a sentence right after a speech verb.

    `before` and `rest` are the text of the sentence before the timex and after it;
    `tokens` the words of `before`, when already read.
    """
    # Something said after the date, but for a time zone: "Senin (8/10) pukul 10.00 WIB."
    # The zones start with "W": a first such character other than "W" is no zone's.
    said = _SAID_AFTER.search(rest)
    if said is not None and said.group() != "W":
        return False
    if said is not None and _SAID_AFTER.search(rest.replace("WIB", "").replace("WITA", "")):
        return False
    if _cited(before[-80:]):
        return True
    if tokens is None:
        tokens = [w.group() for w in words(before)]
    for back in range(1, min(len(tokens), STATEMENT_WORDS) + 1):
        token = tokens[-back].casefold()
        if token in ("bahwa", "akan", "yang"):
            return False
        if token in verbs:
            following = tokens[len(tokens) - back + 1 :]
            return _attribution(token, following, pronouns, linking)
    return False


def _cited(text: str) -> bool:
    """Whether a text cites a source ("seperti dikutip dari"): `_CITED` finds it."""
    if text.isascii():  # each of its words holds "kutip" or "lansir", in any case
        lowered = text.lower()
        if "kutip" not in lowered and "lansir" not in lowered:
            return False
    return _CITED.search(text) is not None


def _attribution(
    verb: str,
    following: Sequence[str],
    pronouns: frozenset[str],
    linking: frozenset[str] = frozenset(),
) -> bool:
    """Whether the words after a speech verb name the speaker and where, not what was said.

    "kata Basuki di Jakarta, Sabtu (13/10)" dates the saying; "mengatakan lima
    produk baru dijual pada 11 Oktober" dates what was said. The language's
    attribution words (`attribution_words`: "on", "in", "at"; "pada", "di") may
    stand right after the verb: "the agency said on Sunday", "said in Palu on
    Monday", "ujarnya pada Senin (20/10)" date the saying too.
    """
    if not following:
        return verb.endswith("nya")
    first = following[0]
    names_speaker = first[0].isupper() or first.casefold() in pronouns or verb.endswith("nya")
    names_place = first.casefold() == "di" and len(following) > 1 and following[1][0].isupper()
    links = first.casefold() in linking and (
        len(following) == 1 or following[1][0].isupper() or following[-1].casefold() in linking
    )
    if not (names_speaker or names_place or links):
        return False
    # Lower-case verbs after the speaker mean a clause of its own: what was said.
    return not any(
        w[0].islower() and len(w) > 5 and w.startswith(("di", "me", "ber", "ter"))
        for w in following
    )


def _nearby_event(index: int, stems: _Stems, named: dict[int, list[str]]) -> tuple[str, ...]:
    """The named event of a close sentence that shares enough of this sentence's content.

    One step further is allowed through a sentence that is nearly a restatement of
    this one (the fact told twice, the event named with the second telling).
    """
    if not any(abs(other - index) <= 2 * NEIGHBOURS for other in named):
        return ()  # no event named within two steps
    direct = _linked_event(index, stems, named, exclude=index)
    if direct:
        return direct
    for other in _neighbours(index, len(stems)):
        if _linked(stems[index], stems[other], MIN_SHARED + 2, 2 * MIN_SIMILARITY):
            found = _linked_event(other, stems, named, exclude=index)
            if found:
                return found
    return ()


def _neighbours(index: int, count: int) -> list[int]:
    near = range(max(0, index - NEIGHBOURS), min(count, index + NEIGHBOURS + 1))
    return sorted((i for i in near if i != index), key=lambda i: (abs(i - index), i))


def _linked(a: frozenset[str], b: frozenset[str], shared: int, score: float) -> bool:
    return len(a & b) >= shared and similarity(a, b) >= score


def _linked_event(
    index: int, stems: _Stems, named: dict[int, list[str]], exclude: int
) -> tuple[str, ...]:
    for other in _neighbours(index, len(stems)):
        if (
            other != exclude
            and other in named
            and _linked(stems[index], stems[other], MIN_SHARED, MIN_SIMILARITY)
        ):
            return tuple(dict.fromkeys(named[other]))
    return ()


def _event_days(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    events: Sequence[EventMention],
    knowledge: Knowledge,
    stems: _Stems,
) -> Iterator[DateClaim]:
    """'Hari keenam' of a scheduled event named right after it: a date."""
    doc = analysis.doc
    for e in events:
        scheduled = knowledge.scheduled.get(e.event)
        if scheduled is None:
            continue
        sentence = sentences[e.sentence]
        window = doc.text[max(sentence.start, e.evidence.start - 40) : e.evidence.start]
        hits = list(_DAY_OF.finditer(window))
        if not hits:
            continue
        hit = hits[-1]
        n = int(hit.group("n")) if hit.group("n") else _ORDINALS[hit.group("w").lower()]
        day = dt.date.fromisoformat(scheduled.start) + dt.timedelta(days=n - 1)
        if day.isoformat() > scheduled.end:
            continue
        start = e.evidence.start - len(window) + hit.start()
        yield DateClaim(
            doc=doc.id,
            sentence=e.sentence,
            value=day.isoformat(),
            end=None,
            grain="day",
            statement=False,
            events=(e.event,),
            entities=(),
            context=stems[e.sentence],
            tense=None,
            evidence=evidence(doc, start, e.evidence.end, day.isoformat()),
        )
