"""Title claims: a person given an office or title, read from how news writes them.

Patterns (Indonesian first; the words are in `lang/<code>.toml`):

- "<title> <Name>": "Menteri Komunikasi dan Informatika Bima Santoso", "Menkominfo Bima Santoso"
- "<title>, <Name>": "Dubes Indonesia untuk Tiongkok, Djauhari Oratmangun"; titles joined
  by "sekaligus" share the name: "pendiri sekaligus CEO Nusantara Group, Bima Santoso"
- "<Name> (<title>)": "Bima Santoso (Executive Chairman Nusantara)"
- "<Name>, <title>," and "<Name> yang kala itu masih menjabat sebagai <title>"
- "mantan <title> <Name>": a past marker before or after makes the title past

English (same words file, `lang/en.toml`) puts the body before the head, often in
lower case ("Nusantara executive chairman Bima Santoso", "trade minister X", "Sigi
Regent X"), after it with "of" ("Minister of Trade X"), in an apposition ("Bima
Santoso, Nusantara's founder,", "X, the social affairs minister,"), and glues past markers to
the head ("then-CEO X", "ex-minister X").

The title ends where the name begins: the name is the run of capitalised words at
the end that are not title words ("Koordinator", "Perekonomian") nor names of known
organisations ("Bank Dunia"). A title continues through lowercase connectors
("dan", "untuk", "bidang") and bracketed acronyms ("(BKPM)"). The office is the
pack office whose name the title is (case, hyphens and brackets aside, in any word
order: "Trade Minister" = "Minister of Trade"), else the title folded. An English
title the packs do not know is kept in its Indonesian form, head first, through
`title_translations`: "Sigi Regent" is the office "bupati sigi", as "Bupati Sigi" is,
so one office told in two languages is one office.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Sequence
from functools import cache
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import attrs

from kronik.timeline.event import Analysis

from ..claim import Title
from ..corpus import evidence
from ..memo import once_per
from ..pack import Knowledge
from ..text import fold
from ..vocabulary import LANGUAGES, Vocabulary, vocabulary, word_lists
from . import entities, people
from .people import Token, capitalised, name_word

if TYPE_CHECKING:
    from . import Sentence

_FOLDED_OF = attrgetter("folded")  # a Token's folded text
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_OTHER_WORD = re.compile(r"[^\W\x00-\x7f]")  # a letter or digit that is not ASCII
_CLOSING = frozenset(",.;:)\"”’'!?")
_MAX_NAME = 5  # words: a longer capitalised run after a title is not a name


@attrs.frozen(kw_only=True)
class Grammar:
    """The words that bind titles to names in one language (from `lang/<code>.toml`)."""

    joiners: frozenset[str]
    conjunctions: frozenset[str]
    links: frozenset[str]
    honorifics: frozenset[str]
    past_words: frozenset[str]  # every word of a past marker ("kala", "itu", "mantan")
    past_prefixes: frozenset[str]  # one-word past markers a hyphen glues to a title: "then-CEO"


@cache
def grammar(code: str) -> Grammar:
    """The title grammar of a language; languages without one read as Indonesian."""
    vocab = vocabulary(code)
    words = word_lists(vocab.code)

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in words.get(key, ()))

    return Grammar(
        joiners=folded("title_joiners"),
        conjunctions=folded("title_conjunctions"),
        links=folded("title_links"),
        honorifics=folded("title_honorifics"),
        past_words=frozenset(w for m in vocab.past_title_markers for w in fold(m).split()),
        past_prefixes=frozenset(fold(m) for m in vocab.past_title_markers if " " not in m),
    )


def normalize(title: str) -> str:
    """A title folded for matching: no brackets and what they hold, hyphens as spaces."""
    text = re.sub(r"\([^)]*\)", " ", fold(title))
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def office_words(title: str, lang: str = "id") -> tuple[str, ...]:
    """The content words of a title, bracketed acronyms included: for comparing forms."""
    stop = vocabulary(lang).stopwords
    text = re.sub(r"[^\w\s]|_", " ", fold(title))
    return tuple(w for w in text.split() if w not in stop)


def head_of(title: str, lang: str | None = None) -> str:
    """The head of a title, folded: the longest title head it starts with, else the first
    head in it ("Trade Minister"), else its first word."""
    return _head(normalize(title), vocabulary(lang).code if lang else "")


def indonesian_head(title: str) -> str:
    """The head of a title in its Indonesian form (`title_translations`), so that heads
    compare across languages: "Sigi Regent" -> "bupati", "BNPB head" -> "kepala"."""
    head = head_of(title)
    return _translations().get(head, head)


def _head(text: str, code: str) -> str:
    heads = _heads_folded(code)
    for head in heads:
        if text == head or text.startswith(head + " "):
            return head
    padded = f" {text} "
    inside = [(padded.find(f" {h} "), -len(h), h) for h in heads if f" {h} " in padded]
    if inside:
        return min(inside)[2]
    return text.split()[0] if text else ""


@cache
def _translations() -> dict[str, str]:
    """Title heads of other languages -> their Indonesian form (`title_translations`)."""
    return {
        normalize(k): normalize(v)
        for code in LANGUAGES
        for k, v in word_lists(code).get("title_translations", {}).items()
    }


def indonesian_form(title: str, lang: str = "en") -> str:
    """A title of another language written as Indonesian writes it: the head first, in
    Indonesian where `title_translations` knows it, then the other words but function
    words ("Sigi Regent" -> "bupati sigi", "head of the BNPB" -> "kepala bnpb",
    "Nusantara's founder" -> "pendiri nusantara")."""
    words = normalize(title).split()
    head = _head(" ".join(words), vocabulary(lang).code).split()
    n = len(head)
    at = next((k for k in range(len(words) - n + 1) if words[k : k + n] == head), None)
    if not head or at is None:
        return " ".join(words)
    stop = _function_words()
    rest = [w for w in (*words[:at], *words[at + n :]) if w not in stop]
    joined = " ".join(head)
    return " ".join([_translations().get(joined, joined), *rest])


@cache
def _function_words() -> frozenset[str]:
    return frozenset().union(*(vocabulary(code).stopwords for code in ("id", "en")))


def _match_key(title: str) -> str:
    """A title as pack names are matched: normalized, without function words ("of", "dan")
    and without spaces ("Wali Kota" = "Walikota")."""
    stop = _function_words()
    return "".join(w for w in normalize(title).split() if w not in stop)


def _bag_key(title: str) -> str:
    """A title's words in any order, without function words: "Trade Minister" = "Minister
    of Trade", "Nusantara executive chairman" = "Executive Chairman Nusantara"."""
    stop = _function_words()
    return " ".join(sorted(w for w in normalize(title).split() if w not in stop))


@cache
def _heads_folded(code: str) -> tuple[str, ...]:
    """Title heads folded, longest first: of one language, or of all ("")."""
    codes = (code,) if code else ("id", "en")
    heads = {normalize(h) for c in codes for h in vocabulary(c).title_heads}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


def covers(short: Sequence[str], long: Sequence[str]) -> bool:
    """True when each word of `short` stands for words of `long`, in order.

    A word stands for one word (equal) or for a run of words it abbreviates:
    "menko" for "menteri koordinator", "bkpm" for "badan koordinasi penanaman
    modal", "kominfo" for "komunikasi informatika". Words of `long` may be left
    out, so "kepala bkpm" covers "wakil kepala bkpm" too: forms of one office are
    never taken for two.
    """

    @cache
    def go(i: int, k: int) -> bool:
        if i == len(short):
            return True
        for start in range(k, len(long)):
            for end in range(start + 1, len(long) + 1):
                if _pieces(short[i], long[start:end]) and go(i + 1, end):
                    return True
        return False

    return bool(short) and go(0, 0)


def _pieces(word: str, run: Sequence[str]) -> bool:
    """True when `word` is `run`'s one word, or prefixes of every word of `run` in order."""
    if len(run) == 1:
        return word == run[0] or (len(run[0]) > len(word) >= 3 and run[0].startswith(word))

    @cache
    def go(i: int, n: int) -> bool:
        if n == len(run):
            return i == len(word)
        w = run[n]
        for length in range(1, min(len(w), len(word) - i) + 1):
            if word[i : i + length] != w[:length]:
                break
            if go(i + length, n + 1):
                return True
        return False

    return go(0, 0)


def same_office(a: str, b: str, lang: str = "id") -> bool:
    """True when two titles are forms of one office ("Menko Perekonomian" and "Menteri
    Koordinator bidang Perekonomian", "Kepala BKPM" and its full name)."""
    wa, wb = office_words(a, lang), office_words(b, lang)
    if not wa or not wb:
        return False
    return wa == wb or covers(wa, wb) or covers(wb, wa)


def organisations(title: str, knowledge: Knowledge) -> frozenset[str]:
    """Ids of the organisations and platforms a title names, and of its pack office's body."""
    office = knowledge.offices.get(office_of(title, knowledge))
    found = {office.organisation} if office is not None and office.organisation else set()
    matcher, _ = people.matcher(knowledge)
    for _, _, target, typo in entities.find(title, matcher):
        entity = knowledge.entities.get(target.id)
        if not typo and entity is not None and entity.kind in ("organisation", "platform"):
            found.add(entity.id)
    return frozenset(found)


@attrs.frozen(kw_only=True)
class _Index:
    """Pack office names, normalized, and the token sequences that start a title."""

    offices: dict[str, str] = attrs.field(eq=False)  # normalized name -> Office.id
    bags: dict[str, str] = attrs.field(eq=False)  # its words in any order -> Office.id
    heads: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(eq=False)  # first word -> heads
    # The first words of heads, in lower-case ASCII text (`_may_head`); None when one is
    # not ASCII letters and digits with inner hyphens and apostrophes.
    head_words: re.Pattern[str] | None = attrs.field(eq=False)


_INDEXES: dict[Hashable, tuple[object, Any]] = {}


def _index(knowledge: Knowledge, code: str) -> _Index:
    """Office names and title heads, built once per Knowledge and language."""
    return once_per(knowledge, _INDEXES, lambda: _build_index(knowledge, code), key=code)


def _build_index(knowledge: Knowledge, code: str) -> _Index:
    offices: dict[str, str] = {}
    bags: dict[str, str] = {}
    sequences: set[tuple[str, ...]] = set()
    for office in knowledge.offices.values():
        for name in office.names:
            key = normalize(name)
            if key:
                offices.setdefault(_match_key(name) or key, office.id)
                bags.setdefault(_bag_key(name) or key, office.id)
                sequences.add(tuple(key.split()))
    for head in vocabulary(code).title_heads:
        sequences.add(tuple(fold(head).split()))
    heads: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        heads.setdefault(seq[0], []).append(seq)
    simple = bool(heads) and all(_ASCII_WORD.fullmatch(word) for word in heads)
    index = _Index(
        offices=offices,
        bags=bags,
        heads={k: tuple(sorted(v, key=lambda s: (-len(s), s))) for k, v in heads.items()},
        head_words=re.compile(
            r"(?<![a-z0-9])" + entities.alternation(list(heads)) + r"(?![a-z0-9])"
        )
        if simple
        else None,
    )
    return index


def _may_head(text: str, index: _Index) -> bool:
    """False when no word of `text`, nor a part of one after a hyphen (`_unglued`),
    folds to the first word of a title head: then `text` holds no title.

    Text whose letters and digits are all ASCII folds as it lowers (curly apostrophes
    straightened); other text may hold a head.
    """
    if index.head_words is None or (not text.isascii() and _OTHER_WORD.search(text)):
        return True
    return index.head_words.search(text.lower().replace("’", "'")) is not None


def office_of(title: str, knowledge: Knowledge, lang: str | None = None) -> str:
    """The pack Office.id a title names, else the title normalized ("dubes indonesia untuk
    tiongkok"); an English title ("en") the packs do not know in its Indonesian form
    ("Sigi Regent" -> "bupati sigi").

    Pack names match as written, in any word order, and (for English titles, or any
    title when no language is given) in their Indonesian form: "BKPM head" is "Kepala
    BKPM".
    """
    index = _index(knowledge, "id")
    found = index.offices.get(_match_key(title)) or index.bags.get(_bag_key(title))
    if found is not None:
        return found
    if lang == "en" or lang is None:
        pivot = indonesian_form(title)
        found = index.offices.get(_match_key(pivot)) or index.bags.get(_bag_key(pivot))
        if found is not None:
            return found
        if lang == "en":
            return pivot
    return normalize(title)


@attrs.frozen(kw_only=True)
class Found:
    """A title found in a sentence: token ranges of the title and of the name."""

    title: tuple[int, int]
    name: tuple[int, int]
    past: bool


class _Sentence:
    """One sentence's tokens with their classes, and the parsing of titles over them."""

    def __init__(
        self, tokens: list[Token], vocab: Vocabulary, gram: Grammar, index: _Index
    ) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.vocab = vocab
        self.gram = gram
        self.index = index
        self.cls = [self._classify(tok) for tok in tokens]

    def _classify(self, tok: Token) -> str:
        """T title word, N name word, C lowercase connector, S other word, P punctuation."""
        if not tok.word:
            return "P"
        if name_word(tok, self.vocab):
            return "N"
        folded = tok.folded.rstrip(".")
        if not capitalised(tok):
            return "C" if folded in self.vocab.title_words else "S"
        if tok.known or people.acronym(tok) or folded in self.vocab.title_words:
            return "T"
        return "T" if folded in self.index.heads else "S"

    def head_at(self, k: int) -> int:
        """The length in tokens of the title head that starts at token k, or 0."""
        if k >= self.n or not self.t[k].word:
            return 0
        for seq in self.index.heads.get(self.t[k].folded, ()):
            if k + len(seq) <= self.n and all(self.t[k + j].folded == w for j, w in enumerate(seq)):
                return len(seq)
        return 0

    def past_words(self, start: int, end: int) -> bool:
        """True when tokens [start, end) hold a past marker ("kala itu", "mantan")."""
        text = " " + " ".join(t.folded for t in self.t[max(start, 0) : end] if t.word) + " "
        return any(f" {fold(m)} " in text for m in self.vocab.past_title_markers)

    def name_before(self, end: int) -> int | None:
        """The first token of the name that ends just before token `end`, or None."""
        a = end
        while a > 0 and self.cls[a - 1] == "N" and end - a < _MAX_NAME:
            a -= 1
        if a == end or (a > 0 and self.cls[a - 1] == "N"):
            return None
        return a

    def name_after(self, start: int) -> int | None:
        """The end of the name that starts at token `start`, or None."""
        b = start
        while b < self.n and self.cls[b] == "N":
            b += 1
        if b == start or b - start > _MAX_NAME:
            return None
        return b

    def title(self, i: int, head: int) -> tuple[int, int, tuple[int, int] | None] | None:
        """The title starting at token i with a head of `head` tokens: (title end, end, name).

        None when the words after the head run on too long to end in a name.
        """
        k = i + head
        run: list[tuple[int, str]] = []
        seen_name = False
        while k < self.n:
            c = self.cls[k]
            tok = self.t[k]
            if c == "T":
                if seen_name and self.head_at(k):
                    break
                run.append((k, "T"))
            elif c == "N":
                # A capitalised word after a preposition names a place or body: "untuk Tiongkok".
                after_connector = bool(run) and run[-1][1] == "C"
                run.append((k, "T" if after_connector else "N"))
                seen_name = seen_name or not after_connector
            elif c == "C":
                # "Presiden dan Ibu Negara": a conjunction right after the head joins two titles.
                if not run and tok.folded in self.gram.conjunctions:
                    break
                prev = not run or run[-1][1] in "TP"
                nxt = k + 1 < self.n and (
                    self.cls[k + 1] == "T"
                    or (self.cls[k + 1] == "N" and tok.folded not in self.gram.conjunctions)
                )
                if seen_name or not prev or not nxt or self.head_at(k + 1):
                    break
                run.append((k, "C"))
            elif tok.text == "(" and not seen_name:
                close = next(
                    (x for x in range(k + 1, min(self.n, k + 9)) if self.t[x].text == ")"), None
                )
                if close is None or close == k + 1:
                    break
                if not all(
                    (self.cls[x] in "TNC" and capitalised(self.t[x])) or self.cls[x] == "C"
                    for x in range(k + 1, close)
                ):
                    break
                run.extend((x, "P") for x in range(k, close + 1))
                k = close
            elif (
                tok.text == "."
                and run
                and run[-1][1] == "T"
                and self.t[run[-1][0]].folded in self.gram.honorifics
            ):
                pass  # "Dr." before a name
            else:
                break
            k += 1
        m = len(run)
        while m > 0 and run[m - 1][1] == "N":
            m -= 1
        if len(run) - m > _MAX_NAME:
            return None  # a long capitalised run (a headline, a body's name): no title here
        end_title = self._strip_honorifics(i + head, run[:m])
        if m < len(run):
            name = (run[m][0], run[-1][0] + 1)
            return end_title, name[1], name
        return end_title, (run[-1][0] + 1 if run else i + head), None

    def _strip_honorifics(self, end_head: int, run: Sequence[tuple[int, str]]) -> int:
        """The end of a title without the honorifics and ranks before the name.

        "Kepala Basarnas Marsekal Madya TNI FH Bambang Soelistyo": the rank and its
        initials belong to the person, not to the office.
        """
        end = len(run)
        stripped = end
        while end > 0:
            x, cls = run[end - 1]
            word = self.t[x].folded.rstrip(".")
            if cls != "P" and word in self.gram.honorifics:
                stripped = end - 1
            elif self.t[x].known or not (
                cls == "T" and people.acronym(self.t[x]) and len(word) <= 3
            ):
                break  # only initials may stand among the ranks: "Marsekal Madya TNI FH"
            end -= 1
        return run[stripped - 1][0] + 1 if stripped else end_head

    def lasting(self, start: int, end: int) -> bool:
        """True when the title in tokens [start, end) has a lasting head ("pendiri")."""
        words = " ".join(t.folded for t in self.t[start:end] if t.word)
        return head_of(words, self.vocab.code) in self.vocab.lasting_titles

    def parse(self) -> Iterator[Found]:
        """Every title bound to a name in the sentence."""
        i = 0
        while i < self.n:
            head = self.head_at(i)
            if not head or self._inside_name(i):
                i += 1
                continue
            if i >= 1 and self.t[i - 1].text == "(":
                found = self._bracketed(i)
                if found is not None:
                    yield found
                    i = found.title[1] + 1
                    continue
            start = self._extend_back(i)
            parsed = self.title(i, head)
            if parsed is None:
                i += head
                continue
            end_title, end, name = parsed
            chain = [(start, end_title)]
            while name is None and end + 1 < self.n and self.t[end].word:
                joiner = self.t[end].folded in self.gram.joiners or (
                    self.t[end].folded in self.gram.conjunctions and self.lasting(*chain[-1])
                )
                nxt = self.head_at(end + 1)
                parsed = self.title(end + 1, nxt) if joiner and nxt else None
                if parsed is None:
                    break
                chain.append((end + 1, parsed[0]))
                end_title, end, name = parsed
            past = self.past_words(start - 2, start)
            if name is not None:
                past = past or self.past_words(name[1], name[1] + 2)
                for span in chain:
                    yield Found(title=span, name=name, past=past)
                i = name[1]
                continue
            yield from self._unnamed(chain, end, past)
            i = max(end, i + 1)

    def _inside_name(self, i: int) -> bool:
        """A head preceded by a capitalised title word is inside a body's name ("Kantor Staf
        Presiden") in Indonesian, where titles are not premodified."""
        if self.vocab.code == "en" or i == 0:
            return False
        prev = self.t[i - 1]
        return (
            self.cls[i - 1] == "T"
            and capitalised(prev)
            and not prev.known
            and not self.head_at(i - 1)
        )

    def _extend_back(self, i: int) -> int:
        """English puts the body before the head: "Trade Minister", "Nusantara founder",
        "the social affairs minister" (lower-case title words, not function words)."""
        if self.vocab.code != "en":
            return i
        start = i
        while start - i < 4 and i > 0 and self.t[i - 1].folded not in self.gram.past_words:
            prev, cls = self.t[i - 1], self.cls[i - 1]
            if capitalised(prev):
                if cls not in "TN":
                    break
            elif cls != "C" or prev.folded in self.vocab.stopwords:
                break
            i -= 1
        return i

    def _bracketed(self, i: int) -> Found | None:
        """ "<Name> (<title>)": "Bima Santoso (Executive Chairman Nusantara)"."""
        close = next((x for x in range(i, min(self.n, i + 12)) if self.t[x].text == ")"), None)
        a = self.name_before(i - 1)
        if close is None or a is None:
            return None
        return Found(title=(i, close), name=(a, i - 1), past=self.past_words(a - 2, a))

    def _unnamed(self, chain: list[tuple[int, int]], end: int, past: bool) -> Iterator[Found]:
        """A title without a name of its own: the name is before it or after a comma."""
        k = end
        while k < self.n and self.t[k].word and self.t[k].folded in self.gram.past_words:
            k += 1
        forward = None
        if k < self.n and self.t[k].text == ",":
            b = self.name_after(k + 1)
            if b is not None:
                forward = (k + 1, b)
        start = chain[0][0]
        g = start
        while (
            g > 0
            and start - g < 8
            and (
                self.t[g - 1].text == ","
                or (
                    self.t[g - 1].word
                    and not capitalised(self.t[g - 1])
                    and (
                        self.t[g - 1].folded in self.gram.links
                        or self.t[g - 1].folded in self.gram.past_words
                    )
                )
            )
        ):
            g -= 1
        gap = [t.folded for t in self.t[g:start] if t.word]
        # "Sementara itu, Dubes ...": the words between must link a name to a title.
        linked = not gap or self.past_words(g, start) or any(w in self.gram.links for w in gap)
        a = self.name_before(g) if g < start and linked else None
        backward = (a, g) if a is not None else None
        comma_only = backward is not None and not gap
        closed = end >= self.n or self.t[end].text in _CLOSING
        if backward is not None and comma_only and forward is not None:
            return  # "Bima Santoso, Menteri X, Arya Wijaya": whose title?
        if backward is not None and comma_only and not closed:
            backward = None  # "di Jakarta, Menteri X mengatakan": no apposition
        if backward is not None:
            past = past or self.past_words(g, start) or self.past_words(a - 2, a)
            for span in chain:
                yield Found(title=span, name=backward, past=past)
        elif forward is not None:
            past = past or self.past_words(end, k)
            for span in chain:
                yield Found(title=span, name=forward, past=past)


def _unglued(tokens: list[Token], gram: Grammar) -> list[Token]:
    """Tokens with a past marker glued to a title split off: "then-CEO" is "then", "-",
    "CEO"; "ex-minister" is "ex", "-", "minister"."""
    if not gram.past_prefixes or not any(t.word and "-" in t.text for t in tokens):
        return tokens
    out: list[Token] = []
    for t in tokens:
        first, _, rest = t.text.partition("-")
        if not (t.word and rest[:1].isalpha() and fold(first) in gram.past_prefixes):
            out.append(t)
            continue
        hyphen, after = t.start + len(first), t.start + len(first) + 1
        out.append(t._replace(text=first, end=hyphen, folded=fold(first)))
        out.append(t._replace(text="-", start=hyphen, end=after, word=False, folded="-"))
        out.append(t._replace(text=rest, start=after, folded=fold(rest)))
    return out


def extract(
    analysis: Analysis, sentences: Sequence[Sentence], knowledge: Knowledge
) -> Iterator[Title]:
    """Title claims of a document, sentence by sentence."""
    vocab = vocabulary(analysis.lang)
    gram = grammar(vocab.code)
    index = _index(knowledge, vocab.code)
    doc = analysis.doc
    text = doc.text
    # Only the sentences that may hold a title, or a full name (`people.full_names`), are
    # tokenized: the others are left empty.
    wanted = [people.may_name(s.text) or _may_head(s.text, index) for s in sentences]
    read = iter(people.sentence_tokens(analysis, list(compress(sentences, wanted)), knowledge))
    by_sentence: list[list[Token]] = []
    for sentence, w in zip(sentences, wanted, strict=True):
        tokens = next(read) if w else []
        # A sentence without a hyphen has nothing glued to split (`_unglued`).
        by_sentence.append(_unglued(tokens, gram) if "-" in sentence.text else tokens)
    known: people.People | None = None  # the document's people, once a title needs them
    published = (analysis.publication.value or "")[:10]
    seen: set[tuple[str, str, int]] = set()
    for sentence, tokens in zip(sentences, by_sentence, strict=True):
        # A title starts with a head ("Menteri"): no head, no title.
        if index.heads.keys().isdisjoint(map(_FOLDED_OF, tokens)) or people.headline(tokens):
            continue
        for found in _Sentence(tokens, vocab, gram, index).parse():
            if known is None:
                known = people.full_names(analysis, sentences, knowledge, by_sentence)
            t0, t1 = tokens[found.title[0]], tokens[found.title[1] - 1]
            n0, n1 = tokens[found.name[0]], tokens[found.name[1] - 1]
            written = text[t0.start : t1.end]
            name = text[n0.start : n1.end]
            person = people.resolve(known, name, n0.start)
            if found.name[0] == found.title[1] and name != person and name.endswith(" " + person):
                # "Gubernur DKI Jakarta Anies Baswedan": the words before the name are the title's
                cut = n0.start + len(name) - len(person)
                first = next((k for k, t in enumerate(tokens) if t.start == cut), None)
                if first is not None:
                    n0, t1 = tokens[first], tokens[first - 1]
                    written, name = text[t0.start : t1.end], person
            office = office_of(written, knowledge, vocab.code)
            if (person, office, t0.start) in seen:
                continue
            seen.add((person, office, t0.start))
            start, end = min(t0.start, n0.start), max(t1.end, n1.end)
            yield Title(
                doc=doc.id,
                sentence=sentence.index,
                person=person,
                office=office,
                title=written,
                past=found.past,
                lasting=head_of(written, vocab.code) in vocab.lasting_titles,
                time="PAST_REF" if found.past else published,
                evidence=evidence(doc, start, end, f"{person}: {office}"),
            )
