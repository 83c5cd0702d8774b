"""Quantity claims: numbers with what they count, scaled and normalized.

"25 miliar dolar AS" is 25e9 USD, "Rp 1,24 triliun" 1.24e12 IDR, "700 juta orang"
7e8 orang, "70 persen" 70 %, "dua atau tiga produk" the range 2..3 produk.
Indonesian writes thousands with dots and decimals with commas ("80.000", "8,1"),
English the other way round (field notes). The words (scales, number words,
units, approximations, range words, labels) are data in `lang/<code>.toml`.

Figures normalize the same in every language: "US$25 billion" is "25 miliar dolar
AS" (25e9 USD), and what an English figure counts is named by the Indonesian word
for it (`counted_nouns` in `lang/en.toml`): "412 houses" counts "rumah" as "412
rumah" does, "at least 24 people" is 24 or more "orang" as "sedikitnya 24 orang".
An English figure's context holds, besides the stems of its sentence, the stems of
the Indonesian words for the news words in it (`translations` in `lang/en.toml`:
"damaged" -> "rusak", "houses" -> "rumah"), so that rules that align figures by their
sentences' stems align an English and an Indonesian report of one figure.

Numbers that are not quantities are skipped: numbers inside a timex (dates,
clock times, durations), labels ("Nomor 11", "pukul 7"), codes glued to letters
("QZ8501"), numbers joined by hyphens, slashes or colons (phone numbers, scores
"2-1", fractions, clock times), ordinals ("ke-3"), and bare years.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from kronik.timeline.event import Analysis
from kronik.timeline.timex import Timex, TimexType, interval

from ..claim import Quantity
from ..corpus import evidence
from ..text import content, stem
from ..text import words as word_matches
from ..vocabulary import vocabulary, word_lists

if TYPE_CHECKING:
    from . import Sentence

# Currency symbols glued to letters ("US$", "S$") are one token; so are words with
# inner hyphens or apostrophes ("kira-kira", "e-commerce"); a number (ASCII digits)
# keeps its dots and commas ("1.234,5"), and every other character is a token of its own.
_TOKEN = re.compile(r"[A-Z]{1,2}\$|[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S")
_ASCII_TOKEN = re.compile(r"[A-Z]{1,2}\$|[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:[-'][A-Za-z]+)*|\S")
_DIGITS = frozenset("0123456789")
_GLUE = frozenset("-–/:+#.,@")  # a number glued to these is part of a code, date or score
_JOINS = frozenset("-–/:")
_CLAUSE = frozenset(',;:()"“”[]—')
_CLAUSE_TOKENS = 60  # how far back the head of a clause is looked for
_CLOSING_QUOTES = frozenset('"”')
_SENTENCE_END = re.compile(r"[.!?][\"”]?\s+[\"“]?[A-Z]")
_OPENERS = frozenset(["", '"', "“", "(", ".", "!", "?", ":", "-", "–", "—"])  # a sentence starts
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_WORDS = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # a word of `_WORDS`, lower-case ASCII
# Bytes tables for `_candidates`: a-z (as byte values); every digit to b"1"; all but a-z to b" ".
_ASCII_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz")
_ANY_DIGIT = bytes.maketrans(b"0123456789", b"1111111111")
_BUT_LETTERS = bytes(c if c in _ASCII_LETTERS else 32 for c in range(256))
_APPROX_SIGN = {"APPROX": "~", "MORE": ">=", "LESS": "<=", "EQUAL": ""}
_ONE = Decimal(1)
_BIG_SCALE = Decimal(1000)  # scales from ribu up multiply the whole group before them


class _Token(NamedTuple):
    start: int  # offsets into the text tokenized (a sentence)
    end: int
    text: str
    low: str  # case-folded
    kind: str  # "num", "word" or "sym"


_new_tuple = tuple.__new__


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[_Token, ...]:
    """Tokens of a text (a sentence: outlets that copy one another repeat many)."""
    out = []
    append = out.append
    for m in (_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text):
        t = m.group()
        start, end = m.span()
        low, kind = _token_kind(t)
        # _Token(...) without the Python-level __new__ of a NamedTuple: tokens are many
        append(_new_tuple(_Token, (start, end, t, low, kind)))
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def _token_kind(token: str) -> tuple[str, str]:
    """A token case-folded, and its kind: "num", "word" or "sym"."""
    kind = "num" if token[0] in _DIGITS else "word" if token[0].isalpha() else "sym"
    return token.casefold(), kind


class _Phrases:
    """Multi-word keys matched on tokens, case-insensitively, longest first."""

    def __init__(self, table: Mapping[str, object]) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.last: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for key, value in table.items():
            words = tuple(t.low for t in _tokens(key))
            if words:
                self.first.setdefault(words[0], []).append((words, value))
                self.last.setdefault(words[-1], []).append((words, value))
        for entries in (*self.first.values(), *self.last.values()):
            entries.sort(key=lambda e: (-len(e[0]), e[0]))

    def match(self, toks: Sequence[_Token], i: int) -> tuple[int, object] | None:
        """The longest key starting at token i: (number of tokens, value)."""
        if i >= len(toks):
            return None
        for words, value in self.first.get(toks[i].low, ()):
            n = len(words)  # its first word is token i's, by the table's key
            if n == 1 or (
                i + n <= len(toks) and all(toks[i + k].low == words[k] for k in range(1, n))
            ):
                return n, value
        return None

    def ending(self, toks: Sequence[_Token], end: int) -> tuple[int, object] | None:
        """The longest key ending just before token `end`: (number of tokens, value)."""
        if end <= 0:
            return None
        for words, value in self.last.get(toks[end - 1].low, ()):
            n = len(words)  # its last word is token end - 1's, by the table's key
            start = end - n
            if n == 1 or (
                start >= 0 and all(toks[start + k].low == words[k] for k in range(n - 1))
            ):
                return n, value
        return None


@attrs.frozen
class _Lexicon:
    """The number words of one language, compiled once."""

    lang: str
    numbers: _Phrases
    ascii_starts: frozenset[bytes]  # the first words of number words that are a-z only
    starts: frozenset[str]  # first words of number words and of units written before
    vague: frozenset[str]  # number words that are approximate ranges: "puluhan"
    scales: Mapping[str, Decimal]
    units: _Phrases
    prefixes: _Phrases  # units written before the number: "Rp", "US$", "bermagnitudo"
    before: _Phrases  # approximations before the number
    after: _Phrases  # approximations after it
    ranges: _Phrases
    labels: frozenset[str]
    heads: frozenset[str]
    stopwords: frozenset[str]
    speech: frozenset[str]
    comparisons: frozenset[str]  # words before the base of a comparison: "dibandingkan"
    per: _Phrases  # words of a rate: "per liter", "untuk setiap liter"
    numeric: frozenset[str]  # every word above: never the counted thing
    single: Mapping[str, Decimal]  # one-word number words, for "twenty-four"
    counted: Mapping[str, str]  # a counted noun -> the stem it counts as ("houses" -> "rumah")
    links: frozenset[str]  # words between a vague number and what it counts: "hundreds of"
    verb_prefixes: tuple[str, ...]  # "me", "di": words of 6+ letters that are verbs
    verb_suffixes: tuple[str, ...]  # "ed": the same, by their ending
    figure_first: bool  # a figure stands before the noun it measures: "a US$2 million grant"
    stems: bool  # count nouns are stemmed (Indonesian); else kept as written ("members")
    translations: Mapping[str, frozenset[str]]  # a word's base form -> Indonesian stems
    inflections: tuple[tuple[str, str], ...]  # suffix -> what replaces it in the base form


def _extra_words(code: str) -> Mapping[str, Any]:
    """The number keys of `lang/<code>.toml` that `Vocabulary` does not load."""
    return word_lists(code)


@cache
def _lexicon(lang: str) -> _Lexicon:
    """The compiled number words of a language (Indonesian for unknown ones)."""
    vocab = vocabulary(lang)
    extra = _extra_words(vocab.code)
    approximations = dict(vocab.approximations)
    after = dict(extra.get("approximations_after", {}))
    prefixes = {
        key: unit
        for key, unit in vocab.units.items()
        if _CURRENCY.match(unit) and not key[0].islower()
    }
    prefixes.update(extra.get("units_before", {}))
    ranges = {w: True for w in extra.get("range_words", ())}
    tables = (vocab.number_words, vocab.scales, vocab.units, prefixes, approximations, after)
    numeric = {t.low for table in tables for key in table for t in _tokens(key) if t.kind == "word"}
    number_phrases, prefix_phrases = _Phrases(vocab.number_words), _Phrases(prefixes)
    return _Lexicon(
        lang=vocab.code,
        numbers=number_phrases,
        ascii_starts=frozenset(
            w.encode() for w in number_phrases.first if _ASCII_WORD.fullmatch(w)
        ),
        starts=frozenset(number_phrases.first) | frozenset(prefix_phrases.first),
        vague=frozenset(w for w in vocab.number_words if w in approximations),
        scales={k: Decimal(v) for k, v in vocab.scales.items()},
        units=_Phrases(vocab.units),
        prefixes=prefix_phrases,
        before=_Phrases(approximations),
        after=_Phrases(after),
        ranges=_Phrases(ranges),
        labels=frozenset(w.casefold() for w in extra.get("number_labels", ())),
        heads=frozenset(w.casefold() for w in extra.get("measure_heads", ())),
        stopwords=vocab.stopwords,
        speech=vocab.speech_verbs,
        comparisons=frozenset(w.casefold() for w in extra.get("comparison_words", ())),
        per=_Phrases({w: True for w in extra.get("per_words", ("per",))}),
        numeric=frozenset(numeric),
        single={k: Decimal(v) for k, v in vocab.number_words.items() if " " not in k},
        counted={
            k.casefold(): stem(v.split()[0]) for k, v in extra.get("counted_nouns", {}).items()
        },
        links=frozenset(w.casefold() for w in extra.get("count_links", ())),
        verb_prefixes=tuple(extra.get("verb_prefixes", ())),
        verb_suffixes=tuple(extra.get("verb_suffixes", ())),
        figure_first=bool(extra.get("figure_before_noun", False)),
        stems=bool(extra.get("stem_count_nouns", True)),
        translations={
            # Indonesian stems its words unless capitalised ("Kementerian"): both forms.
            k.casefold(): frozenset(
                f for p in v for w in p.split() for f in (stem(w), w.casefold())
            )
            for k, v in extra.get("translations", {}).items()
        },
        inflections=tuple(
            sorted(extra.get("translation_suffixes", {}).items(), key=lambda kv: (-len(kv[0]), kv))
        ),
    )


@lru_cache(maxsize=1 << 15)
def _indonesian(lang: str, word: str) -> frozenset[str]:
    """The Indonesian stems a word of `lang` translates to, through its base forms
    ("killed" -> "kill" -> {"tewas", "tinggal"}); none for unlisted words."""
    lex = _lexicon(lang)
    table = lex.translations
    if word in table:
        return table[word]
    for suffix, replacement in lex.inflections:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)] + replacement
            for candidate in (base, base + "e"):
                if candidate in table:
                    return table[candidate]
    return frozenset()


def pivot_stems(text: str, lang: str) -> frozenset[str]:
    """The Indonesian stems of the words of a text in another language (`translations`)."""
    if not _lexicon(lang).translations:
        return frozenset()
    return pivot_words((m.group() for m in word_matches(text)), lang)


def pivot_words(words: Iterable[str], lang: str) -> frozenset[str]:
    """`pivot_stems` of a text given as its words (as `checks.text.words` reads them)."""
    if not _lexicon(lang).translations:
        return frozenset()
    return frozenset().union(*(_indonesian(lang, word.casefold()) for word in words))


def numeric_stems(lang: str) -> frozenset[str]:
    """Stems of the words that write numbers, units and approximations in a language."""
    words = _lexicon(lang).numeric
    return words | frozenset(stem(w) for w in words)


class _Number(NamedTuple):
    value: Decimal
    upper: Decimal | None
    step: Decimal
    end: int  # index of the first token after the number and its scales
    vague: bool
    tail: Decimal  # the scales written after the last number: "2 juta" -> 1e6


def parse_digits(text: str, lang: str, decimal_ok: bool = False) -> tuple[Decimal, Decimal] | None:
    """The value and step of a number written in digits, or None when it is not one.

    Indonesian groups thousands with dots and writes decimals with a comma ("1.234,5");
    English the other way round. A lone separator followed by other than three digits is
    a decimal point only when `decimal_ok` (a scale or percent follows: "8.1 miliar").
    """
    thousands, point = (",", ".") if lang == "en" else (".", ",")
    whole, _, frac = text.partition(point)
    if point in frac:
        return None
    groups = whole.split(thousands)
    if len(groups) > 1:
        if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            whole = "".join(groups)
        elif len(groups) == 2 and not frac and decimal_ok:
            whole, frac = groups
        else:
            return None
    if not whole or (not frac and point in text):
        return None
    return Decimal(f"{whole}.{frac}" if frac else whole), _ONE.scaleb(-len(frac))


class _Found(NamedTuple):
    """A quantity as its sentence gives it, the same in every document that holds it."""

    value: float
    upper: float | None
    unit: str
    counted: str
    approx: str
    precision: float
    start: int  # its span within the sentence
    end: int
    written: str  # its evidence value (`normalized`)
    time: str | None  # the TIMEX3 value it holds for


# A timex of a sentence: its span within the sentence (which it may overrun) and the
# calendar value it gives a figure (`_calendar_value`).
_SentenceTimex = tuple[int, int, str | None]


@lru_cache(maxsize=1024)
def _read(text: str, lang: str | None, timexes: tuple[_SentenceTimex, ...]) -> tuple[_Found, ...]:
    """The quantities of a sentence with its timexes. A sentence is read once for all the
    documents that hold it (with the same timexes): outlets copy one another."""
    return _Reader(text, _lexicon(lang), timexes).quantities()


class _Reader:
    """Reads the quantities of one sentence from its tokens."""

    def __init__(self, text: str, lex: _Lexicon, timexes: Sequence[_SentenceTimex]) -> None:
        self.text = text
        self.lex = lex
        self.toks = _tokens(text)
        self.timexes = timexes

    def may_start(self, i: int) -> bool:
        """Whether a quantity can start at token i: digits, a number word or a unit before."""
        t = self.toks[i]
        lex = self.lex
        return (
            t.kind == "num"
            or t.low in lex.numbers.first
            or t.low in lex.prefixes.first
            or (t.kind == "word" and "-" in t.low and self.hyphenated(i) is not None)
        )

    def quantities(self) -> tuple[_Found, ...]:
        """The quantities of the sentence, in text order, each with the date it holds for."""
        found: list[_Found] = []
        toks, starts, prefixes = self.toks, self.lex.starts, self.lex.prefixes.first
        after = 0  # the first token not read yet
        for i, t in enumerate(toks):
            if i < after:
                continue
            if t.kind == "num":
                # Digits inside a timex never start a quantity (`read` drops them); a
                # unit written before the number is read from the unit's token.
                if t.low not in prefixes and self.in_timex(i):
                    continue
            elif t.low not in starts and not ("-" in t.low and self.may_start(i)):
                continue
            read = self.read(i)
            if read is not None:
                quantity, after = read
                found.append(quantity)
        if not found:
            return ()
        found = self.rates(found)
        times = self.times(found)
        return tuple(
            quantity._replace(time=time) if time else quantity
            for quantity, time in zip(found, times, strict=True)
        )

    # --- token tests ---

    def glued(self, a: int, b: int) -> bool:
        """Whether tokens a and b touch (no space between)."""
        return (
            0 <= a < len(self.toks)
            and 0 <= b < len(self.toks)
            and (self.toks[a].end == self.toks[b].start)
        )

    def in_timex(self, i: int) -> bool:
        """Whether token i overlaps a temporal expression."""
        if not self.timexes:
            return False
        t = self.toks[i]
        return any(start < t.end and t.start < end for start, end, _ in self.timexes)

    def scale(self, i: int) -> Decimal | None:
        """The scale token i writes ("juta"), or None; one-letter scales only glued ("5m")."""
        if i >= len(self.toks) or self.toks[i].kind != "word":
            return None
        value = self.lex.scales.get(self.toks[i].low)
        if value is None or (len(self.toks[i].text) == 1 and not self.glued(i - 1, i)):
            return None
        return value

    def noun(self, i: int, *, first: bool = False) -> bool:
        """Whether token i reads as a content noun (not a name, verb or function word)."""
        if not 0 <= i < len(self.toks):
            return False
        t = self.toks[i]
        bare = t.low.replace("-", "")
        if t.kind != "word" or len(t.text) < 3 or not bare.isalpha():
            return False
        if t.low in self.lex.stopwords or t.low in self.lex.speech or t.low in self.lex.numeric:
            return False
        if t.low in self.lex.labels or self.in_timex(i):
            return False
        if t.text[0].isupper():
            # A capitalised word is a name unless it only opens the sentence ("Harga ...").
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            name_follows = nxt is not None and nxt.text[:1].isupper() and not nxt.text.isupper()
            if not first or t.text.isupper() or name_follows:
                return False
        if t.low in self.lex.counted:
            return True
        lex = self.lex
        return not (
            len(t.low) >= 6
            and (t.low.startswith(lex.verb_prefixes) or t.low.endswith(lex.verb_suffixes))
        )

    def count_key(self, word: str) -> str:
        """What the count noun after a figure counts, the same in every language: "houses"
        and "rumah" -> "rumah"; a noun the table does not list as written ("members")."""
        return self.lex.counted.get(word) or (stem(word) if self.lex.stems else word)

    def head_key(self, word: str) -> str:
        """What the head of a clause measures ("nilai ekspor ... 25 miliar"), stemmed as the
        sentence's context is, so that rules can look it up there."""
        return self.lex.counted.get(word) or stem(word)

    # --- numbers ---

    def hyphenated(self, i: int) -> Decimal | None:
        """Number words joined by a hyphen that add up: "twenty-four" (tens, then units)."""
        parts = self.toks[i].low.split("-")
        values = [self.lex.single.get(p) for p in parts]
        if len(values) != 2 or values[0] is None or values[1] is None:
            return None
        tens, units = values
        if tens < 20 or tens % 10 or not 0 < units < 10 or parts[0] in self.lex.vague:
            return None
        return tens + units

    def word_number(self, i: int) -> tuple[int, Decimal, bool] | None:
        """A number word at token i: (tokens, value, vague)."""
        found = self.lex.numbers.match(self.toks, i)
        if found is None:
            if "-" in self.toks[i].low and (value := self.hyphenated(i)) is not None:
                return 1, value, False
            return None
        n, value = found
        words = " ".join(t.low for t in self.toks[i : i + n])
        return n, Decimal(value), words in self.lex.vague  # type: ignore[arg-type]

    def digits(self, i: int) -> tuple[Decimal, Decimal] | None:
        """The value and step of the digits at token i."""
        nxt = i + 1
        decimal_ok = self.scale(nxt) is not None or (
            nxt < len(self.toks) and self.lex.units.match(self.toks, nxt) == (1, "%")
        )
        return parse_digits(self.toks[i].text, self.lex.lang, decimal_ok)

    def number(self, i: int) -> _Number | None:
        """The number starting at token i, with its scales and composed words.

        Words compose as Indonesian writes them: "dua ratus lima puluh ribu" is
        (2 x 100 + 5 x 10) x 1000. Small scales (puluh, ratus) multiply the last
        word; scales from ribu up multiply the whole group before them.
        """
        words = self.toks[i].kind == "word"
        first = self._component(i, words)
        if first is None:
            return None
        n, value, step, vague = first
        total, group, last = Decimal(0), value, value
        upper = value * 10 if vague else None
        last_big: Decimal | None = None
        tail = _ONE
        j = i + n
        while j < len(self.toks):
            s = self.scale(j)
            if s is not None and s < _BIG_SCALE:
                if vague or last == 0:
                    break
                group += last * (s - 1)
                last, step, tail, j = last * s, step * s, tail * s, j + 1
                continue
            if s is not None:
                if last_big is not None and s >= last_big:
                    break
                total += group * s
                upper = upper * s if upper is not None else None
                group, last, last_big, step, j = Decimal(0), Decimal(0), s, step * s, j + 1
                tail *= s
                continue
            if vague:
                break
            more = self._component(j, words)
            if more is None or more[3] or more[1] <= 0:
                break
            if group > 0 and not (words and last % 10 == 0 and more[1] < last):
                break  # "dua puluh lima" composes; "lima dua" does not
            if group == 0 and not (
                last_big is not None and (words or self._smaller_big_scale_follows(j + 1, last_big))
            ):
                break
            group += more[1]
            last, step, tail, j = more[1], more[2], _ONE, j + more[0]
        return _Number(total + group, upper, step, j, vague, tail)

    def _component(self, j: int, words: bool) -> tuple[int, Decimal, Decimal, bool] | None:
        """One number (word or digits) at token j: (tokens, value, step, vague)."""
        if words:
            found = self.word_number(j)
            if found is None:
                return None
            n, value, vague = found
            if vague:  # "puluhan" reads as 10..100, "ratusan" as 100..1000
                low = Decimal(10) ** math.floor(math.log10(value)) if value > 0 else _ONE
                return n, low, low, True
            return n, value, _ONE, False
        if self.toks[j].kind != "num":
            return None
        read = self.digits(j)
        if read is None:
            return None
        return 1, read[0], read[1], False

    def _smaller_big_scale_follows(self, j: int, last_big: Decimal | None) -> bool:
        """After "2 juta", another group joins only before a smaller big scale ("500 ribu")."""
        while j < len(self.toks):
            s = self.scale(j)
            if s is None:
                return False
            if s >= _BIG_SCALE:
                return last_big is not None and s < last_big
            j += 1
        return False

    # --- filters ---

    def digits_are_a_quantity(self, i: int, prefixed: bool) -> bool:
        """Whether the digits at token i can be a quantity (not a code, date, score or label)."""
        toks = self.toks
        t = toks[i]
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit():
            return False  # phone numbers and codes: "0812"
        if (i > 0 and toks[i - 1].kind == "num") or (
            i + 1 < len(toks) and toks[i + 1].kind == "num"
        ):
            return False  # digits in a row: "+62 812 3456"
        if self.glued(i - 1, i) and not prefixed:
            prev = toks[i - 1]
            if prev.kind == "word" or prev.text in _GLUE:
                return False  # "QZ8501", "ke-3", "+62", "13/10"
        if self.glued(i, i + 1):
            nxt = toks[i + 1]
            if nxt.text in _JOINS and not self.hyphen_range(i):
                # "Rp 7.650/liter" is a rate; "13/10", "2-1", "15:14" are not quantities.
                return nxt.text == "/" and i + 2 < len(toks) and toks[i + 2].kind == "word"
            if (
                nxt.kind == "word"
                and self.scale(i + 1) is None
                and self.lex.units.match(toks, i + 1) is None
            ):
                return False  # "4G", "2nd"
        return not self.label_before(i)

    def hyphen_range(self, i: int) -> bool:
        """ "10-15 orang": two numbers joined by a hyphen, a scale or unit after, rising."""
        toks = self.toks
        if not (
            i + 2 < len(toks)
            and toks[i + 1].text in "-–"
            and toks[i + 2].kind == "num"
            and self.glued(i, i + 1)
            and self.glued(i + 1, i + 2)
        ):
            return False
        if self.glued(i + 2, i + 3) and toks[i + 3].text in _GLUE:
            return False  # "0812-3456-7890"
        if self.scale(i + 3) is None and self.lex.units.match(toks, i + 3) is None:
            return False
        a, b = self.digits(i), self.digits(i + 2)
        return a is not None and b is not None and a[0] < b[0]

    def label_before(self, i: int) -> bool:
        """Whether a label word ("Nomor", "pukul", "No.") stands right before token i."""
        j = i - 1
        if j >= 0 and self.toks[j].text == ".":
            j -= 1
        return j >= 0 and self.toks[j].low in self.lex.labels

    # --- the reading ---

    def read(self, i: int) -> tuple[_Found, int] | None:
        """The quantity starting at token i, and the index of the token after it."""
        toks, lex = self.toks, self.lex
        unit = ""
        start = i
        prefix = lex.prefixes.match(toks, i)
        if prefix is not None:
            k = i + prefix[0]
            if k < len(toks) and toks[k].text == "." and self.glued(k - 1, k):
                k += 1  # "Rp. 5.000"
            if k >= len(toks) or toks[k].kind != "num":
                return None
            unit, i = str(prefix[1]), k
        if toks[i].kind == "num":
            if not self.digits_are_a_quantity(i, prefixed=prefix is not None):
                return None
        elif self.word_number(i) is not None:
            prev = toks[i - 1].low if i > 0 else ""
            word = toks[i].text
            if word.isupper() or (word[0].isupper() and prev not in _OPENERS):
                return None  # part of a name: "Tanjung Dua", "DUA"
            if prev in {"salah", "per"} or (
                i + 2 < len(toks) and toks[i + 1].low == "per" and self.word_number(i + 2)
            ):
                return None  # "salah satu" (one of), "dua per tiga" (a fraction)
        else:
            return None
        number = self.number(i)
        if number is None:
            return None
        if any(self.in_timex(k) for k in range(i, number.end)):
            return None
        value, upper, step, j = number.value, number.upper, number.step, number.end
        approx = "APPROX" if number.vague else "EQUAL"
        if toks[i].kind == "num" and self.hyphen_range(i):
            second = self.number(i + 2)
            if second is None:
                return None
            value, upper, step, j = self._range(number, second)
        else:
            joined = lex.ranges.match(toks, j)
            if joined is not None and not number.vague and j + joined[0] < len(toks):
                k = j + joined[0]
                if toks[k].kind == toks[i].kind and not self.in_timex(k):
                    second = self.number(k)
                    if second is not None and not second.vague:
                        low, high, step2, end = self._range(number, second)
                        if high > low:
                            value, upper, step, j = low, high, step2, end
        written = j  # the number and its scales end here
        if not unit:
            k = j
            if number.vague and k + 1 < len(toks) and toks[k].low in lex.links:
                k += 1  # "hundreds of houses"
            found = lex.units.match(toks, k)
            if found is not None and not self.in_timex(k):
                unit, unit_token, j = str(found[1]), k, k + found[0]
            elif self.noun(k):
                unit, unit_token, j = self.count_key(toks[k].low), k, k + 1
            else:
                unit_token = -1
        else:
            unit_token = -1
        if unit:
            j, unit = self._per(j, unit)
        after = lex.after.match(toks, j)
        if after is not None and self._ends_phrase(j + after[0]):
            approx, j = str(after[1]), j + after[0]
        before = lex.before.ending(toks, start)
        if before is not None:  # "sekitar", "lebih dari"; "mencapai" and "sebesar" are EQUAL
            approx = str(before[1]) if approx == "EQUAL" else approx
            start -= before[0]
        if not unit and not self._bare_number_is_a_quantity(i, written, number):
            return None
        counted = self._counted(unit, unit_token, start, j)
        end_token = max(j, written) - 1
        return (
            _Found(
                value=float(value),
                upper=float(upper) if upper is not None else None,
                unit=unit,
                counted=counted,
                approx=approx,
                precision=float(step),
                start=toks[start].start,
                end=toks[end_token].end,
                written=normalized(value, upper, unit, approx),
                time=None,
            ),
            j,
        )

    def _range(self, first: _Number, second: _Number) -> tuple[Decimal, Decimal, Decimal, int]:
        """A range from two numbers; a scale written only after the second applies to both."""
        low, step = first.value, first.step
        if first.tail == _ONE and second.tail > _ONE:
            low, step = low * second.tail, step * second.tail  # "dua hingga tiga juta"
        return low, second.value, min(step, second.step), second.end

    def _per(self, j: int, unit: str) -> tuple[int, str]:
        """ "per liter", "untuk setiap liter", "/kg" after a unit: a rate, "IDR/l"."""
        toks = self.toks
        per = self.lex.per.match(toks, j)
        glued = j < len(toks) and toks[j].text == "/" and self.glued(j - 1, j)
        if (per is not None or glued) and j + (per[0] if per else 1) < len(toks):
            k = j + (per[0] if per else 1)
            if toks[k].kind != "word" or self.word_number(k) is not None:
                return j, unit
            found = self.lex.units.match(toks, k)
            if found is not None:
                return k + found[0], f"{unit}/{found[1]}"
            return k + 1, f"{unit}/{stem(toks[k].low)}"
        return j, unit

    def _ends_phrase(self, j: int) -> bool:
        """Whether the text after a postposed approximation lets it be one ("700 juta lebih.")."""
        if j >= len(self.toks):
            return True
        t = self.toks[j]
        return t.kind == "sym" or (t.low in self.lex.stopwords and t.low not in {"dari", "than"})

    def _bare_number_is_a_quantity(self, i: int, written: int, number: _Number) -> bool:
        """A number without unit is kept unless it reads as a year or a code ("2008", "1234567")."""
        if self.toks[i].kind != "num" or written - i > 1 or number.step != _ONE:
            return True
        text = self.toks[i].text
        if not text.isdigit():
            return True
        return not (len(text) >= 5 or (1800 <= int(text) <= 2199 and len(text) == 4))

    def _counted(self, unit: str, unit_token: int, start: int, end: int) -> str:
        """What is counted or measured: the count noun, or the subject of a money or % figure."""
        toks = self.toks
        if unit_token >= 0 and unit != "%" and not _CURRENCY.match(unit.split("/")[0]):
            word = toks[unit_token]
            if word.kind == "word" and len(word.text) > 2:
                return self.count_key(word.low)
        if not unit:
            return ""
        if self.lex.figure_first and self.noun(end) and toks[end].text[0].islower():
            return self.head_key(toks[end].low)  # "a US$2 million grant"
        # The measured thing of money and percentages is the head of the clause:
        # "nilai uang ... mencapai 25 miliar dolar AS", "Harga Pertalite naik menjadi Rp 7.650".
        clause, limit = start, max(0, start - _CLAUSE_TOKENS)  # bounded: linear in the text
        while clause > limit and toks[clause - 1].text not in _CLAUSE:
            clause -= 1
        for k in range(clause, start):
            first = k == clause and (k == 0 or toks[k - 1].text in '"“(')
            if toks[k].low in self.lex.heads:
                continue
            if self.noun(k, first=first):
                return self.head_key(toks[k].low)
        if self.noun(end) and toks[end].text[0].islower():
            return self.head_key(toks[end].low)  # "70% pasar sarang burung walet"
        return ""

    def times(self, found: Sequence[_Found]) -> list[str | None]:
        """The TIMEX3 value each quantity holds for, from the dates of its sentence.

        A date before a figure dates it ("Pada 2017, penjualan mencapai ..."); a date
        after it dates only the figure nearest to it ("tumbuh 3,72 persen, sedangkan
        ... semester I-2023 sebesar 5,09 persen"); of these, the nearest wins. A date
        after a speech verb or a closing quote dates the statement ('"... 700 juta
        orang ...," jelas X, Senin (8/10)'); a date after a comparison word is the base
        of the comparison ("tumbuh 3,72 persen dibandingkan kuartal I-2023", "sejak 2019").
        """
        text = self.text
        dates = [(start, end, value) for start, end, value in self.timexes if value is not None]
        best: list[tuple[int, int, str] | None] = [None] * len(found)

        def offer(k: int, distance: int, at: int, value: str) -> None:
            if best[k] is None or (distance, at) < best[k][:2]:  # type: ignore[index]
                best[k] = (distance, at, value)

        for t_start, t_end, value in dates:
            after: list[tuple[int, int]] = []
            for k, q in enumerate(found):
                if _SENTENCE_END.search(text, min(t_end, q.end), max(t_start, q.start)):
                    continue  # sentences left joined: "... pukul 06.17 WIB. Pesawat ..."
                if t_end <= q.start:
                    offer(k, q.start - t_end, t_start, value)
                elif t_start >= q.end:
                    between = text[q.end : t_start]
                    heard = {m.group().casefold() for m in _WORDS.finditer(between)}
                    if not any(c in between for c in _CLOSING_QUOTES) and not heard & (
                        self.lex.speech | self.lex.comparisons
                    ):
                        after.append((t_start - q.end, k))
            if after:
                distance, k = min(after)
                if all(distance < q.start - t_end for q in found if t_end <= q.start):
                    offer(k, distance, t_start, value)
        return [b[2] if b else None for b in best]

    def rates(self, found: list[_Found]) -> list[_Found]:
        """ "dari Rp 7.650 menjadi Rp 8.250 per liter": a rate written once holds for both."""
        for k in range(len(found) - 2, -1, -1):
            q, nxt = found[k], found[k + 1]
            if not q.unit or "/" in q.unit or not nxt.unit.startswith(q.unit + "/"):
                continue
            between = self.text[q.end : nxt.start]
            if len(_WORDS.findall(between)) <= 2 and not set(between) & _CLAUSE:
                written = q.written.rsplit(" ", 1)[0] + " " + nxt.unit
                found[k] = q._replace(unit=nxt.unit, written=written)
        return found


_interval = lru_cache(maxsize=4096)(interval)  # dates are told again and again


def _calendar_value(t: Timex) -> str | None:
    """The calendar value a date or time gives a figure: "2017", "2018-01/2018-05", a day."""
    if t.type not in (TimexType.DATE, TimexType.TIME):
        return None
    value = t.value.split("T")[0]  # a clock time dates the figure by its day
    if _interval(value) is None:
        return None
    if t.begin and t.until and t.begin != t.until:
        return f"{t.begin}/{t.until}"
    return value


def _plain(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 25000000000, 8.1, 70."""
    return format(number.normalize(), "f")


def normalized(value: Decimal, upper: Decimal | None, unit: str, approx: str) -> str:
    """The evidence value of a quantity: "25000000000 USD", "~70 %", "2-3 produk"."""
    number = _plain(value) + (f"-{_plain(upper)}" if upper is not None else "")
    return f"{_APPROX_SIGN.get(approx, '')}{number}" + (f" {unit}" if unit else "")


def extract(analysis: Analysis, sentences: Sequence[Sentence]) -> Iterator[Quantity]:
    """Every quantity of a document, sentence by sentence, in text order.

    Only sentences where a quantity may start are read (`_candidates`); each is read
    with the spans of its timexes taken within it (`_read`), then placed in the document.
    """
    doc = analysis.doc
    lex = _lexicon(analysis.lang)
    timexes = sorted(analysis.timexes, key=lambda t: t.start)
    starts = [t.start for t in timexes]
    longest = max((t.end - t.start for t in timexes), default=0)
    candidates = _candidates(doc.text, sentences, timexes, lex)
    for k, sentence in enumerate(sentences):
        if k not in candidates:
            continue  # no quantity can start in the sentence: it is not tokenized
        lo = bisect.bisect_left(starts, sentence.start - longest)
        hi = bisect.bisect_left(starts, sentence.end)
        offset = sentence.start
        inside = tuple(
            (t.start - offset, t.end - offset, _calendar_value(t))
            for t in timexes[lo:hi]
            if sentence.start < t.end
        )
        found = _read(sentence.text, analysis.lang, inside)
        if not found:
            continue
        text = sentence.text  # the content stems of the sentence, for every figure of it:
        context = content(text, lex.lang) | pivot_stems(text, lex.lang)
        for q in found:
            yield Quantity(
                doc=doc.id,
                sentence=sentence.index,
                value=q.value,
                upper=q.upper,
                unit=q.unit,
                counted=q.counted,
                approx=q.approx,
                precision=q.precision,
                time=q.time,
                context=context,
                evidence=evidence(doc, q.start + offset, q.end + offset, q.written),
            )


def _candidates(
    text: str, sentences: Sequence[Sentence], timexes: Sequence[Timex], lex: _Lexicon
) -> set[int]:
    """The sentences (by position) where a quantity may start, and maybe a few more.

    A quantity starts at digits or a number word, never in a timex (`_Reader.read`);
    a unit written before the number ("Rp", "US$") has digits after it. Both are
    looked for in the bytes of the whole text at once, timexes blanked out, by plain
    search: far cheaper than reading each sentence.
    """
    if any(a.end > b.start for a, b in pairwise(sentences)):
        return set(range(len(sentences)))  # not in order: every sentence may hold one
    if not sentences:
        return set()
    bounds = [s.start for s in sentences]
    start, stop = bounds[0], sentences[-1].end

    def holding(at: int) -> int:
        """The sentence that holds a position, or -1."""
        k = bisect.bisect_right(bounds, at) - 1
        return k if k >= 0 and at < sentences[k].end else -1

    # One byte a character: ASCII digits and letters stay where they are, the rest is "?";
    # each digit becomes "1", and the text of the timexes zero bytes.
    data = text.encode("latin-1", "replace")
    marked = bytearray(data.translate(_ANY_DIGIT))
    lowered = bytearray(data.lower())
    for first, end in _spans(timexes):
        marked[first:end] = lowered[first:end] = bytes(end - first)
    found: set[int] = set()
    at = marked.find(b"1", start, stop)
    while at >= 0:  # a digit outside every timex: its number may be outside them too
        k = holding(at)
        if k >= 0:
            found.add(k)
            at = marked.find(b"1", sentences[k].end, stop)
        else:
            at = marked.find(b"1", at + 1, stop)
    # A number word outside every timex. In an ASCII sentence it is a run of letters,
    # a-z once lower-cased; other sentences are read word by word.
    is_ascii = [s.text.isascii() for s in sentences]
    plain = [k for k in range(len(sentences)) if is_ascii[k] and k not in found]
    runs = b" ".join(lowered[sentences[k].start : sentences[k].end] for k in plain)
    for word in lex.ascii_starts.intersection(runs.translate(_BUT_LETTERS).split()):
        at = lowered.find(word, start, stop)
        while at >= 0:
            k, end = holding(at), at + len(word)
            if (
                k >= 0
                and k not in found
                and end <= sentences[k].end
                and (at == sentences[k].start or lowered[at - 1] not in _ASCII_LETTERS)
                and (end == sentences[k].end or lowered[end] not in _ASCII_LETTERS)
                and is_ascii[k]
            ):
                found.add(k)
            at = lowered.find(word, at + 1, stop)
    for k, sentence in enumerate(sentences):
        if not is_ascii[k] and k not in found and _has_number_word(sentence.text, lex):
            found.add(k)
    return found


def _spans(timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """The stretches of text the timexes cover, in order, apart and not empty."""
    out: list[tuple[int, int]] = []
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start >= t.end:
            continue
        if out and t.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], t.end))
        else:
            out.append((t.start, t.end))
    return out


def _has_number_word(text: str, lex: _Lexicon) -> bool:
    """Whether a text holds a word that starts a number word."""
    return not lex.numbers.first.keys().isdisjoint(map(str.casefold, _WORDS.findall(text)))
