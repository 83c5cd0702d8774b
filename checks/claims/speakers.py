"""People who speak: reading a name after its title, resolving short names, matching persons.

News names a speaker once in full with a title ("Kepala Badan Pangan Nasional
Ani Lestari") and then by one name ("kata Ani"), a pronoun ("ujarnya")
or the title alone ("kata Presiden"). Outlets spell the same person
differently ("Sutrisno Hadi" / "Soetrisno Hadi", "Andi Wijaya" /
"Andi Surya Wijaya"). Quote extraction and the rules that compare
speakers across documents share this module.

Titles before a name may be written in lower case, English style: "said social
affairs minister Ratna Kusumawati", "said Nusantara founder Bima Santoso", "ujar juru
bicara BNPB Abdul", and a title alone names the person last given it: '"...,"
the minister said'.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache

import attrs

from ..text import name_key
from ..vocabulary import LANGUAGES, vocabulary

# Honorifics stand before a name and are not part of it: "Pak Budi", "Mr John Smith".
HONORIFICS = frozenset(
    [
        "pak",
        "bu",
        "bapak",
        "ibu",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sdr",
        "saudara",
        "saudari",
        "bung",
        "mbak",
        "mas",
        "sir",
        "kak",
    ]
)
# Words that may stand between a speaker and the speech verb: "Budi juga mengatakan".
ADVERBS = frozenset(
    ["juga", "pun", "sendiri", "kembali", "lalu", "lantas", "kemudian", "pula", "also", "then"]
)

_SPACE = r"[ \t\u00a0]*"
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# One part of a "title + name" sequence, read left to right.
_PART = re.compile(rf"{_SPACE}(?:(\([^()\n]{{0,80}}\))|(,)|({_WORD}))")
# Tokens of a stretch of text, read right to left by `read_before`.
_TOKEN = re.compile(rf"\([^()\n]{{0,80}}\)|{_WORD}|\d+|\S")
# Runs of capitalized words: candidate full names ("Ani Lestari", "Budi Santoso").
_CAPS = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
# The runs of `_CAPS` of two words or more: no run of one word holds a run of two.
_CAPS_TWO = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
_SENTENCE_END = frozenset(".!?\"“”'‘’:;")
_NONSPACE = re.compile(r"\S+")


@attrs.frozen(kw_only=True)
class Words:
    """The words of every language that reading speakers needs, folded."""

    speech_verbs: frozenset[str]
    pronouns: frozenset[str]  # standalone pronoun speakers: "dia", "ia", "he"
    title_words: frozenset[str]
    head_words: frozenset[str]  # every word of a title head: "wakil", "duta", "besar"
    heads: tuple[str, ...]  # whole single-word heads of 5+ letters, for "Menkominfo"
    stopwords: frozenset[str]


@cache
def words() -> Words:
    """The speaker vocabulary of all languages together (a quote may not be in the article's)."""
    vocabs = [vocabulary(code) for code in LANGUAGES]
    heads = {h.casefold() for v in vocabs for h in v.title_heads}
    return Words(
        speech_verbs=frozenset().union(*(v.speech_verbs for v in vocabs)),
        pronouns=frozenset(p.casefold() for v in vocabs for p in v.pronoun_speakers) - {"nya"},
        title_words=frozenset().union(*(v.title_words for v in vocabs)),
        head_words=frozenset(w for h in heads for w in h.split()),
        heads=tuple(sorted(h for h in heads if " " not in h and len(h) >= 5)),
        stopwords=frozenset().union(*(v.stopwords for v in vocabs)),
    )


@attrs.frozen(kw_only=True)
class Reading:
    """A name read from text, with the title written before it."""

    name: str  # the person's name as written, without title or honorific ("" for a title alone)
    title: str  # the title words around it ("Kepala Badan Pangan Nasional")
    start: int  # the span of title and name together
    end: int


@lru_cache(maxsize=1 << 15)
def _is_title(word: str) -> bool:
    # An all-capitals word is an organisation's acronym, not a name: "Kepala BPOM Ani".
    return word.casefold() in words().title_words or (len(word) > 1 and word.isupper())


@lru_cache(maxsize=1 << 15)
def _is_head(word: str, before_name: bool) -> bool:
    w = word.casefold()
    vocab = words()
    if w in vocab.head_words or w in HONORIFICS:
        return True
    # "Menkopolhukam Budi Santoso": abbreviated offices start with a head ("Menko").
    return before_name and _head_prefix().match(w) is not None


@cache
def _head_prefix() -> re.Pattern[str]:
    heads = sorted(words().heads, key=lambda h: (-len(h), h))
    return re.compile("|".join(re.escape(h) for h in heads) or "(?!)")


def _office(word: str) -> bool:
    """A word of a title or office: "Menteri", "Perdagangan", "RI"."""
    return _is_title(word) or _is_head(word, before_name=False)


def _trimmed(parts: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    while parts and parts[-1][0] != "word":
        parts = parts[:-1]
    while parts and parts[0][0] != "word":
        parts = parts[1:]
    return parts


def _reading(parts: Sequence[tuple[str, str, int, int]]) -> Reading | None:
    """The name in a run of parts ("word", "conn", "sep"): the trailing non-title words.

    Of two people joined by "dan" the last is kept ("Presiden X dan Menteri Y
    mengatakan"); a name before its title is found too ("Ani Lestari, Menteri
    Keuangan, mengatakan").
    """
    parts = _trimmed(list(parts))
    for k in range(len(parts) - 1, 0, -1):
        if parts[k][0] == "conn" and parts[k - 1][0] == "word" and not _office(parts[k - 1][1]):
            parts = _trimmed(parts[k + 1 :])
            break
    if not parts:
        return None
    segments: list[list[tuple[str, str, int, int]]] = [[]]
    for part in parts:
        if part[0] == "sep":
            segments.append([])
        else:
            segments[-1].append(part)
    run: list[tuple[str, str, int, int]] = []
    for segment in reversed(segments):
        run = _name_run(segment)
        if run:
            break
    name = " ".join(p[1] for p in run)
    title = " ".join(p[1] for p in parts if p[0] != "sep" and p not in run)
    if not name and not title:
        return None
    return Reading(name=name, title=title, start=parts[0][2], end=parts[-1][3])


def _name_run(segment: Sequence[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """The trailing words of a segment that are no title words, less a leading head or honorific.

    A word in lower case is never part of a name: "Nusantara founder | Bima Santoso".
    """
    run: list[tuple[str, str, int, int]] = []
    for part in reversed(segment):
        if part[0] != "word" or _is_title(part[1]) or part[1][0].islower():
            break
        run.insert(0, part)
    while run and (
        _is_head(run[0][1], before_name=len(run) > 1) or run[0][1].casefold() in words().stopwords
    ):
        run.pop(0)
    return run


def _lower_title(
    text: str, pos: int, limit: int, after_words: bool
) -> list[tuple[str, str, int, int]] | None:
    """A title in lower case that starts at `pos` and runs into a capitalised word: "social
    affairs minister | Ratna", "founder | Jack", "juru bicara | BNPB".

    Its words are title words and heads of any language, a head among them; a single
    word is taken only after capitalised words ("Nusantara founder"), since "kata pendiri
    Nusantara Bima Santoso" cannot tell the body from the name.
    """
    vocab = words()
    found: list[tuple[str, str, int, int]] = []
    i = pos
    while len(found) < 6:
        m = _PART.match(text, i, limit)
        if m is None or not m.group(3):
            return None
        word = m.group(3)
        if word[0].isupper():
            break
        folded = word.casefold()
        if folded not in vocab.title_words and folded not in vocab.head_words:
            return None
        found.append(("word", word, m.start(3), m.end(3)))
        i = m.end()
    else:
        return None
    has_head = any(w[1].casefold() in vocab.head_words for w in found)
    if not found or not has_head or (len(found) < 2 and not after_words):
        return None
    if found[-1][1].casefold() in vocab.stopwords:
        return None
    return found


def read_after(text: str, pos: int, limit: int) -> Reading | None:
    """The title and name that start at `pos`: "Kepala Bapanas Ani Lestari di Bogor"."""
    vocab = words()
    parts: list[tuple[str, str, int, int]] = []
    i = pos
    while len(parts) < 16:
        m = _PART.match(text, i, limit)
        if m is None:
            break
        paren, comma, word = m.groups()
        if word and word[0].islower() and (not parts or parts[-1][0] == "word"):
            folded = word.casefold()
            # A lower-case title starts with a title word or a head (`_lower_title`).
            if folded in vocab.title_words or folded in vocab.head_words:
                lower = _lower_title(text, m.start(3), limit, after_words=bool(parts))
                if lower is not None:
                    parts.extend(lower)
                    i = lower[-1][3]
                    continue
        if paren:
            parts.append(("sep", paren, m.start(1), m.end(1)))
        elif comma:
            following = _PART.match(text, m.end(), limit)
            if not parts or following is None or not (following.group(3) or " ")[0].isupper():
                break
            # A comma goes on to the name only after an office ("Menteri Pertanian, Budi",
            # "Dubes RI untuk Jepang, Ani"), not after a name ("kata Ani, Budi Santoso ...").
            last = next((p[1] for p in reversed(parts) if p[0] == "word"), "")
            if not (last and _office(last)) and not any(p[0] == "conn" for p in parts):
                break
            parts.append(("sep", ",", m.start(2), m.end(2)))
        elif word[0].isupper():
            parts.append(("word", word, m.start(3), m.end(3)))
        elif parts and word.casefold() in vocab.title_words:
            # "Menteri Komunikasi dan Informatika" goes on; "Ani Lestari dan ..." stops.
            if parts[-1][0] == "word" and not _office(parts[-1][1]):
                break
            parts.append(("conn", word, m.start(3), m.end(3)))
        else:
            break
        i = m.end()
    return _reading(parts)


def read_before(text: str, pos: int, floor: int) -> Reading | None:
    """The title and name that end at `pos`, read back no further than `floor`."""
    tokens = list(_TOKEN.finditer(text, floor, pos))
    while tokens and tokens[-1].group().casefold() in ADVERBS:
        tokens.pop()
    if tokens and tokens[-1].group() == ",":
        tokens.pop()  # an appositive: "Menteri Pertanian, Budi, menyebutkan"
    vocab = words()
    parts: list[tuple[str, str, int, int]] = []
    if tokens and tokens[-1].group().casefold() in vocab.head_words:
        # A title alone, in lower case: "the social affairs minister said".
        lower = tokens[-1].group()
        while tokens and lower[0].islower():
            folded = lower.casefold()
            if folded in vocab.stopwords or (
                folded not in vocab.title_words and folded not in vocab.head_words
            ):
                break
            m = tokens.pop()
            parts.append(("word", lower, m.start(), m.end()))
            lower = tokens[-1].group() if tokens else "-"
        if parts and (not tokens or not tokens[-1].group()[0].isupper()):
            parts.reverse()
            reading = _reading(parts)
            # The reading takes in the article before the title: '"...," the minister said'.
            if reading is not None and tokens and tokens[-1].group().casefold() in vocab.stopwords:
                reading = attrs.evolve(reading, start=tokens[-1].start())
            return reading
        tokens.extend(_TOKEN.finditer(text, parts[-1][2], pos) if parts else ())
        tokens.sort(key=lambda t: t.start())
        parts = []
    for m in reversed(tokens):
        token = m.group()
        if (token.startswith("(") and len(token) > 1) or token == ",":
            parts.append(("sep", token, m.start(), m.end()))
        elif token[0].isalpha() and token[0].isupper():
            parts.append(("word", token, m.start(), m.end()))
        elif token[0].isalpha() and parts and token.casefold() in words().title_words:
            parts.append(("conn", token, m.start(), m.end()))
        else:
            break
        if len(parts) >= 16:
            break
    parts.reverse()
    return _reading(parts)


def pronoun_before(text: str, pos: int, floor: int) -> bool:
    """True when a pronoun speaker stands right before `pos`: "Dia mengatakan"."""
    return pronoun_at(text, pos, floor) is not None


def pronoun_at(text: str, pos: int, floor: int) -> int | None:
    """Where the pronoun speaker right before `pos` starts ("she added"), or None."""
    tokens = list(_TOKEN.finditer(text, max(floor, pos - 40), pos))
    while tokens and tokens[-1].group().casefold() in ADVERBS:
        tokens.pop()
    if tokens and tokens[-1].group().casefold() in words().pronouns:
        return tokens[-1].start()
    return None


def full_names(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Candidate full names in a stretch of text: 2 to 4 capitalized words, no title words.

    A sentence's first word is capitalized anyway ("Selain Budi, ..."), so it
    never starts a candidate.
    """
    for m in _CAPS_TWO.finditer(text, start, end):
        found = [(w.start() + m.start(), w.group()) for w in _NONSPACE.finditer(m.group())]
        i = m.start()
        while i > start and text[i - 1] in " \t\u00a0":
            i -= 1
        if i == start or text[i - 1] in _SENTENCE_END or text[i - 1] in "\r\n":
            found = found[1:]
        run: list[tuple[int, str]] = []
        for item in [*found, (-1, "")]:
            word = item[1]
            if word and _name_word(word):
                if _is_head(word, before_name=True) and not run:
                    continue
                run.append(item)
                continue
            if 2 <= len(run) <= 4:
                yield run[0][0], " ".join(w for _, w in run)
            run = []


@lru_cache(maxsize=1 << 15)
def _name_word(word: str) -> bool:
    """Whether a capitalized word may be part of a name: no title word, no function word."""
    return not _is_title(word) and word.casefold() not in words().stopwords


def titled(text: str, start: int, end: int) -> Iterator[Reading]:
    """People named with a title in a stretch of text: "Menteri Luar Negeri Sari Dewi"."""
    for m in _CAPS.finditer(text, start, end):
        if not _opens_title(m.group()):
            continue
        line_end = text.find("\n", m.start(), end)
        reading = read_after(text, m.start(), end if line_end < 0 else line_end)
        if reading is not None and reading.name and reading.title:
            yield reading


@lru_cache(maxsize=1 << 15)
def _opens_title(run: str) -> bool:
    """Whether a run of capitalized words starts with a title: "Menteri Sosial Ratna", or a
    portfolio before the head: "Social Affairs Minister Ratna"."""
    vocab = words()
    words_ = run.split()
    first = words_[0].casefold()
    return first in vocab.head_words or (
        first in vocab.title_words and any(w.casefold() in vocab.head_words for w in words_)
    )


def same_person(a: str, b: str) -> bool:
    """True when two names can be one person: same spelling key, or one's words within the other's.

    "Soetrisno Hadi" = "Sutrisno Hadi" (old spelling); "Andi Wijaya" =
    "Andi Surya Wijaya"; "Ani" = "Ani Lestari".
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return wa <= wb or wb <= wa


class Persons:
    """Names to tell a person among: `same_person` with each, their keys made once."""

    def __init__(self, names: Iterable[str]) -> None:
        keys = {name_key(name) for name in names}
        self._keys = [(key, frozenset(key.split())) for key in keys if key]

    def __contains__(self, name: str) -> bool:
        key = name_key(name)
        if not key:
            return False
        held = frozenset(key.split())
        return any(key == k or held <= w or w <= held for k, w in self._keys)


class Roster:
    """The people a document names, in order, for resolving short names and titles.

    What the whole text gives (its capitalized runs, the people it names with a title)
    may come as functions that read it: it is then read only when a short name or a
    title alone needs it, as most speakers are named in full.
    """

    def __init__(
        self,
        generic: Iterable[tuple[int, str]] | Callable[[], Iterable[tuple[int, str]]] = (),
        titled: Callable[[], Iterable[Reading]] | None = None,
    ) -> None:
        """`generic` are the capitalized runs of the text (`full_names`); `titled` the
        people it names with a title (`titled`), added before any other."""
        # For each word of a name (as name_key), the names holding it, by position:
        # names read as speakers ("confident") and capitalized runs ("generic").
        self._confident: dict[str, list[tuple[int, str]]] = {}
        self._generic_names: dict[str, list[tuple[int, str]]] = {}
        self._titles: dict[str, list[tuple[int, frozenset[str], str]]] = {}
        self._unread = generic if callable(generic) else None
        if not callable(generic):
            for pos, name in generic:
                _index(self._generic_names, pos, name)
        self._titled = titled
        self._waiting: list[tuple[int, Reading]] = []  # added while `titled` is unread

    def add(self, pos: int, reading: Reading) -> None:
        """Record a speaker's name (and its title) read at `pos`."""
        if self._titled is not None:
            self._waiting.append((pos, reading))
        else:
            self._record(pos, reading)

    def _record(self, pos: int, reading: Reading) -> None:
        if not reading.name:
            return
        _index(self._confident, pos, reading.name)
        title = frozenset(name_key(reading.title).split())
        for word in title:
            bisect.insort(self._titles.setdefault(word, []), (pos, title, reading.name))

    def _speakers(self) -> dict[str, list[tuple[int, str]]]:
        """The names read as speakers, by word; the titled people, read first, among them."""
        if self._titled is not None:
            titled, self._titled = self._titled, None
            for reading in titled():
                self._record(reading.start, reading)
            for pos, reading in self._waiting:
                self._record(pos, reading)
            self._waiting.clear()
        return self._confident

    def _generic(self) -> dict[str, list[tuple[int, str]]]:
        """The capitalized runs, by word, read when first asked for."""
        if self._unread is not None:
            for pos, name in self._unread():
                _index(self._generic_names, pos, name)
            self._unread = None
        return self._generic_names

    def resolve(self, reading: Reading, pos: int) -> str:
        """The full name a reading refers to at `pos` ("Ani" -> "Ani Lestari")."""
        if not reading.name:
            self._speakers()  # their titles come with them
            return self._by_title(reading.title, pos)
        key = name_key(reading.name)
        if len(key.split()) != 1:
            return reading.name
        # The latest name holding the word before `pos`, else the first longer one after;
        # names read as speakers first (the capitalized runs are read only if need be).
        for pool in (self._speakers, self._generic):
            held = pool().get(key, [])
            i = bisect.bisect_right(held, (pos, "\uffff"))
            if i:
                return held[i - 1][1]
        for pool in (self._speakers, self._generic):
            held = pool().get(key, [])
            i = bisect.bisect_right(held, (pos, "\uffff"))
            longer = [n for _, n in held[i:] if len(n.split()) > 1]
            if longer:
                return longer[0]
        return reading.name

    def _by_title(self, title: str, pos: int) -> str:
        wanted = frozenset(name_key(title).split())
        if not wanted:
            return ""
        held = self._titles.get(min(wanted), [])
        for p, words_, name in reversed(held):
            if p <= pos and wanted <= words_:
                return name
        return ""


def _index(pool: dict[str, list[tuple[int, str]]], pos: int, name: str) -> None:
    for word in set(name_key(name).split()):
        bisect.insort(pool.setdefault(word, []), (pos, name))
