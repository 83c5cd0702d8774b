"""Flags one statement quoted in different words, or given to different speakers, by sources.

## What it flags
Two direct quotes from different articles that are the same statement (most of
their words in the same order) but not the same words. Spelling, punctuation,
hyphens ("e-Commerce" / "eCommerce"), written numbers ("80.000" / "80 ribu") and
names the knowledge packs know as one ("China" / "Tiongkok") do not count as a
difference. What remains is graded, following Quotebank's practice of comparing
quotes after lower-casing and removing punctuation:

- truncation: one source quotes only part of the other's words (info);
- substitution: words changed, added or left out inside the quote (info);
- number changed: a number differs ("700 juta" / "70 juta") (warning);
- negation added or dropped: "tidak", "bukan", "belum", "tak", "jangan" (warning);
- different speaker: the same words put in another person's mouth (warning).

## Why it matters
A direct quote promises the speaker's own words. Outlets tidy quotes, shorten
them and translate them back from other outlets, which is usually harmless;
but a changed number, a lost "tidak" or a swapped speaker reverses what the
reader is told someone said, and the error spreads as others copy it.

## What to do
Find the original: a transcript, the press release, a recording, or the outlet
that was at the event. Correct the quote to it, or turn a loose quote into
reported speech without quotation marks. Truncations and small rewordings
(info) need no action unless they change the meaning.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from ..claim import Quote
from ..claims.speakers import same_person
from ..corpus import Corpus
from ..finding import Finding, Severity
from ..memo import once_per
from ..pack import Knowledge
from ..rule import Rule, flags, passes
from ..text import fold, name_key
from ..vocabulary import LANGUAGES, vocabulary

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|%|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_JOINERS = re.compile(r"[-'’]")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "80.000": dots group thousands in Indonesian
# Two quotes are one statement when the shorter has at least this many words
# and this share of them reappears, in order, in the longer. Tuned on rewordings
# of one statement by several outlets (field notes, Quotes) against different
# statements of one speaker that share a clause.
MIN_TOKENS = 4
MIN_SHARED = 0.6
SHOWN = 3  # differing passages quoted in a message
NEGATION_REACH = 3  # words before a verb that can negate it: "tidak akan bisa | naik"
NUMBER = "#"  # normalized numbers start with this mark
ENTITY = "@"  # names a pack knows become the entity id after this mark


@attrs.frozen(kw_only=True)
class _Words:
    """A quote's normalized tokens, with the span of each in the quote's text."""

    quote: Quote
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report each statement that sources quote in different words or from different speakers."""
    quotes = corpus.claims.quotes
    if len(quotes) < 2:
        return
    langs = {doc: analysis.lang for doc, analysis in corpus.analyses.items()}
    aliases = _aliases(corpus.knowledge)
    persons = _Persons(corpus.knowledge)
    variants: dict[tuple[str, ...], list[_Words]] = {}
    for quote in quotes:
        found = normalize(quote, langs.get(quote.doc, "id"), aliases)
        if len(found.tokens) >= MIN_TOKENS:
            variants.setdefault(found.tokens, []).append(found)
    ordered = list(variants.values())
    for group in ordered:
        finding = _speakers_differ(group, persons)
        if finding is not None:
            yield finding
    bags = [Counter(group[0].tokens) for group in ordered]
    for j, candidates in _candidates(ordered):
        best: tuple[float, int] | None = None
        for i in candidates:
            # Words in common, in any order, bound the words in common in order.
            common = (bags[i] & bags[j]).total()
            if common < MIN_SHARED * min(bags[i].total(), bags[j].total()):
                continue
            if not _across_documents(ordered[i], ordered[j]):
                continue
            shared = _shared(ordered[i][0].tokens, ordered[j][0].tokens)
            if shared is not None and (best is None or shared > best[0]):
                best = (shared, i)
        if best is not None:
            yield _reworded(ordered[best[1]], ordered[j], persons)


def normalize(quote: Quote, lang: str, aliases: _Aliases) -> _Words:
    """A quote's words for comparison: folded, no punctuation or hyphens, numbers as values.

    Names the packs know become their entity id, so "China" and "Tiongkok" are one word.
    """
    vocab = _lexicon()
    raw: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(quote.text):
        token = m.group()
        if token[0].isdigit():
            value = _number(token, lang)
            norm = token if value is None else NUMBER + value
        elif token == "%":
            norm = "persen"
        else:
            norm = _JOINERS.sub("", fold(token))
            if norm in vocab.numbers:
                norm = NUMBER + _value(vocab.numbers[norm])
        if norm in vocab.scales and raw and raw[-1][0].startswith(NUMBER):
            value = float(raw[-1][0][1:]) * vocab.scales[norm]
            raw[-1] = (NUMBER + _value(value), raw[-1][1], m.end())
            continue
        raw.append((norm, m.start(), m.end()))
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(raw):
        for size in aliases.sizes.get(raw[i][0], ()):
            if size > len(raw) - i:
                continue
            entity = aliases.entities.get(tuple(t for t, _, _ in raw[i : i + size]))
            if entity is not None:
                tokens.append(ENTITY + entity)
                spans.append((raw[i][1], raw[i + size - 1][2]))
                i += size
                break
        else:
            tokens.append(raw[i][0])
            spans.append((raw[i][1], raw[i][2]))
            i += 1
    return _Words(quote=quote, tokens=tuple(tokens), spans=tuple(spans))


@attrs.frozen(kw_only=True)
class _Lexicon:
    """Number words, scales and negations of every language, folded."""

    numbers: Mapping[str, float]
    scales: Mapping[str, float]
    negations: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    vocabs = [vocabulary(code) for code in LANGUAGES]
    return _Lexicon(
        numbers={fold(k): v for voc in vocabs for k, v in voc.number_words.items()},
        scales={fold(k): v for voc in vocabs for k, v in voc.scales.items()},
        negations=frozenset(_JOINERS.sub("", fold(w)) for voc in vocabs for w in voc.negations),
    )


def _number(token: str, lang: str) -> str | None:
    """A written number as a value: "80.000" -> 80000 and "8,1" -> 8.1; "1,000" in English."""
    if lang == "en":
        digits = token.replace(",", "")
    elif _THOUSANDS.fullmatch(token):
        digits = token.replace(".", "")
    else:
        digits = token.replace(".", "").replace(",", ".")
    try:
        return _value(float(digits))
    except ValueError:  # "1,2,3": not one number
        return None


def _value(value: float) -> str:
    return format(value, ".12g")


@attrs.frozen
class _Aliases:
    """The packs' names as quote tokens, and the lengths of the names each token starts."""

    entities: Mapping[tuple[str, ...], str]  # normalized tokens -> entity id
    sizes: Mapping[str, tuple[int, ...]]  # first token -> name lengths, longest first


def _aliases(knowledge: Knowledge) -> _Aliases:
    """Every name (and former name) the packs know, as normalized tokens, to its entity id
    (made once for each set of packs)."""
    return once_per(knowledge, _ALIASES, lambda: _index_aliases(_read_aliases(knowledge)))


_ALIASES: dict[Hashable, tuple[object, Any]] = {}


def _index_aliases(entities: dict[tuple[str, ...], str]) -> _Aliases:
    sizes: dict[str, set[int]] = {}
    for key in entities:
        sizes.setdefault(key[0], set()).add(len(key))
    return _Aliases(
        entities=entities,
        sizes={k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()},
    )


def _read_aliases(knowledge: Knowledge) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for entity in sorted(knowledge.entities.values(), key=lambda e: e.id):
        for name in (*entity.names, *(f.name for f in entity.former)):
            key = tuple(
                _JOINERS.sub("", fold(m.group())) for m in _TOKEN.finditer(name) if m.group()
            )
            if key:
                out.setdefault(key, entity.id)
    return out


class _Persons:
    """Speakers grouped into persons: same_person, or names of one person in the packs."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._pack = {
            name_key(name): entity.id
            for entity in knowledge.entities.values()
            if entity.kind == "person"
            for name in entity.names
        }
        self._groups: list[list[str]] = []
        self._known: dict[str, int] = {}  # speaker -> group
        # Groups by a word of a member's name key, and by pack person: a name can be
        # one person with another only when they share a word (same_person) or a pack entry.
        self._by_word: dict[str, list[int]] = {}
        self._by_entity: dict[str, list[int]] = {}

    def key(self, speaker: str) -> int | None:
        """The person a speaker's name stands for, as an index; None when unknown."""
        if not speaker:
            return None
        if speaker in self._known:
            return self._known[speaker]
        words = name_key(speaker).split()
        entity = self._pack.get(name_key(speaker))
        candidates = {g for w in words for g in self._by_word.get(w, ())}
        if entity is not None:
            candidates.update(self._by_entity.get(entity, ()))
        for index in sorted(candidates):
            if any(self._same(speaker, other) for other in self._groups[index]):
                self._join(speaker, index, words, entity)
                return index
        self._groups.append([])
        self._join(speaker, len(self._groups) - 1, words, entity)
        return len(self._groups) - 1

    def _join(self, speaker: str, index: int, words: list[str], entity: str | None) -> None:
        self._groups[index].append(speaker)
        self._known[speaker] = index
        for w in words:
            self._by_word.setdefault(w, []).append(index)
        if entity is not None:
            self._by_entity.setdefault(entity, []).append(index)

    def _same(self, a: str, b: str) -> bool:
        pa, pb = self._pack.get(name_key(a)), self._pack.get(name_key(b))
        return (pa is not None and pa == pb) or same_person(a, b)


def _candidates(variants: Sequence[list[_Words]]) -> Iterator[tuple[int, list[int]]]:
    """For each variant, the earlier ones sharing a run of three words with it."""
    index: dict[tuple[str, ...], set[int]] = {}
    for j, group in enumerate(variants):
        tokens = group[0].tokens
        grams = {tokens[k : k + 3] for k in range(len(tokens) - 2)}
        earlier = sorted({i for g in grams for i in index.get(g, ())})
        if earlier:
            yield j, earlier
        for g in grams:
            index.setdefault(g, set()).add(j)


def _across_documents(a: Sequence[_Words], b: Sequence[_Words]) -> bool:
    return any(x.quote.doc != y.quote.doc for x in a for y in b)


def _shared(a: Sequence[str], b: Sequence[str]) -> float | None:
    """The share of the shorter quote found in order in the longer, when they are one statement."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    share = same / min(len(a), len(b))
    if same < MIN_TOKENS or share < MIN_SHARED:
        return None
    return share


def _speakers_differ(group: Sequence[_Words], persons: _Persons) -> Finding | None:
    """The same words given to different people by different documents."""
    by_person: dict[int, list[_Words]] = {}
    for words in group:
        person = persons.key(words.quote.speaker)
        if person is not None:
            by_person.setdefault(person, []).append(words)
    if len(by_person) < 2:
        return None
    docs = {w.quote.doc for ws in by_person.values() for w in ws}
    if len(docs) < 2:
        return None
    who = " / ".join(
        _named(ws) + _count(ws, several=any(len(v) > 1 for v in by_person.values()))
        for ws in by_person.values()
    )
    shown = _fragment(group[0], 0, len(group[0].tokens))
    return Finding(
        rule=RULE.code,
        name=RULE.name,
        severity=Severity.WARNING,
        message=f'same words attributed to {who}: "{shown}" (different speaker)',
        evidence=tuple(sorted(w.quote.evidence for w in group)),
    )


def _reworded(first: Sequence[_Words], second: Sequence[_Words], persons: _Persons) -> Finding:
    """The finding for two wordings of one statement."""
    a, b = first[0], second[0]
    kinds, shown = _grade(a, b)
    people_a = {persons.key(w.quote.speaker) for w in first} - {None}
    people_b = {persons.key(w.quote.speaker) for w in second} - {None}
    if people_a and people_b and not people_a & people_b:
        kinds.append("different speaker")
        who = f"{_named(first)} / {_named(second)}"
    else:
        who = _named(first) or _named(second) or "unattributed speaker"
    severity = Severity.WARNING if set(kinds) & _WARNINGS else Severity.INFO
    several = len(first) > 1 or len(second) > 1
    counts = f" ({_sources(first)} / {_sources(second)})" if several else ""
    ordered = sorted(kinds, key=lambda k: (k not in _WARNINGS, k))
    return Finding(
        rule=RULE.code,
        name=RULE.name,
        severity=severity,
        message=f"{who} quoted differently{counts}: {shown} ({', '.join(ordered)})",
        evidence=tuple(sorted(w.quote.evidence for w in (*first, *second))),
    )


_WARNINGS = frozenset({"number changed", "negation added", "negation dropped", "different speaker"})


def _grade(a: _Words, b: _Words) -> tuple[list[str], str]:
    """What kind of difference separates two wordings, and the differing passages."""
    negations = _lexicon().negations
    ops = [
        op
        for op in difflib.SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    kinds: set[str] = set()
    inner_a: list[str] = []
    inner_b: list[str] = []
    for _, i1, i2, j1, j2 in ops:
        at_start = i1 == 0 and j1 == 0
        at_end = i2 == len(a.tokens) and j2 == len(b.tokens)
        if (at_start or at_end) and (i1 == i2 or j1 == j2):
            kinds.add("truncation")
            # Cutting off the start can cut off the negation of what is kept:
            # "Kami tidak akan | menaikkan harga".
            longer, lo, hi = (a.tokens, i1, i2) if i2 > i1 else (b.tokens, j1, j2)
            if at_start and any(t in negations for t in longer[max(lo, hi - NEGATION_REACH) : hi]):
                kinds.add("negation dropped" if longer is a.tokens else "negation added")
            continue
        inner_a.extend(a.tokens[i1:i2])
        inner_b.extend(b.tokens[j1:j2])
    if inner_a or inner_b:
        count_a = sum(t in negations for t in inner_a)
        count_b = sum(t in negations for t in inner_b)
        if count_a > count_b:
            kinds.add("negation dropped")
        elif count_b > count_a:
            kinds.add("negation added")
        numbers_a = Counter(t for t in inner_a if t.startswith(NUMBER))
        numbers_b = Counter(t for t in inner_b if t.startswith(NUMBER))
        if numbers_a != numbers_b:
            kinds.add("number changed")
        if not kinds & _WARNINGS:
            kinds.add("substitution")
    passages = [_passage(a, b, op) for op in ops]
    shown = ", ".join(passages[:SHOWN])
    if len(passages) > SHOWN:
        shown += f", and {len(passages) - SHOWN} more"
    return sorted(kinds), shown


def _passage(a: _Words, b: _Words, op: tuple[str, int, int, int, int]) -> str:
    """One differing passage as '"a words" / "b words"'.

    Words added or left out inside a quote are shown with the word before them
    ('"ke depannya" / "ke depan"'); at the quote's ends, alone ('"Kami dengar ..." / –').
    """
    _, i1, i2, j1, j2 = op
    inside = not (i1 == 0 and j1 == 0) and not (i2 == len(a.tokens) and j2 == len(b.tokens))
    if inside and (i1 == i2 or j1 == j2):
        i1, j1 = i1 - 1, j1 - 1
    return f"{_shown(_fragment(a, i1, i2))} / {_shown(_fragment(b, j1, j2))}"


def _shown(fragment: str) -> str:
    return f'"{fragment}"' if fragment else "–"


def _fragment(words: _Words, start: int, end: int) -> str:
    """The quote's own text for tokens start..end, shortened in the middle when long."""
    if start >= end:
        return ""
    text = words.quote.text
    spans = words.spans
    if end - start <= 8:
        return _closed(text, spans[start][0], spans[end - 1][1])
    head = text[spans[start][0] : spans[start + 3][1]]
    tail = _closed(text, spans[end - 3][0], spans[end - 1][1])
    return f"{head} … {tail}"


def _closed(text: str, start: int, end: int) -> str:
    """text[start:end], with the bracket it opens closed: "Ani Lestari (Direktur Utama Bulog)"."""
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1
    return text[start:end]


def _named(group: Sequence[_Words]) -> str:
    """The speaker of a wording: the longest name its sources give."""
    names = sorted({w.quote.speaker for w in group if w.quote.speaker}, key=lambda n: (-len(n), n))
    return names[0] if names else ""


def _sources(group: Sequence[_Words]) -> str:
    n = len({w.quote.doc for w in group})
    return f"{n} source" if n == 1 else f"{n} sources"


def _count(group: Sequence[_Words], several: bool) -> str:
    return f" ({_sources(group)})" if several else ""


_FRONT = "---\npublished: 2018-10-14\n---\n"

RULE = Rule(
    code="K501",
    name="quote-variant",
    severity=Severity.INFO,
    summary="One statement quoted in different words, or from different speakers, by sources",
    explanation=__doc__ or "",
    examples=(
        flags(
            _FRONT + 'Harga beras naik. "Kami tidak akan menaikkan harga pupuk tahun ini," '
            "kata Menteri Pertanian Budi Santoso.\n",
            _FRONT + 'Harga pupuk dibahas. "Kami akan menaikkan harga pupuk tahun ini," '
            "ujar Budi Santoso.\n",
        ),
        flags(
            _FRONT + '"Produksi padi naik 12 persen dibanding tahun lalu," kata Budi Santoso.\n',
            _FRONT + '"Produksi padi naik 21 persen dibanding tahun lalu," kata Budi Santoso.\n',
        ),
        flags(
            _FRONT + '"Pasar ikan di Muara Baru akan kami bangun kembali," kata Ani Lestari.\n',
            _FRONT + '"Pasar ikan di Muara Baru akan kami bangun kembali," kata Joko Susilo.\n',
        ),
        flags(
            _FRONT + '"Kami ingin petani menjual gabah dengan harga yang layak tahun ini," '
            "kata Budi Santoso.\n",
            _FRONT + '"Kami ingin petani menjual gabah dengan harga yang pantas tahun ini," '
            "kata Budi Santoso.\n",
        ),
        passes(
            _FRONT + '"Kopi kita dipasarkan di e-Katalog untuk pembeli di Amerika Serikat," '
            "kata Budi Santoso.\n",
            _FRONT + '"Kopi kita dipasarkan di eKatalog untuk pembeli di AS," ujar Budi.\n',
        ),
        passes(
            _FRONT + '"Pelabuhan baru selesai tahun depan," kata Budi Santoso.\n',
            _FRONT + '"Kami belum memutuskan soal tarif tol," kata Budi Santoso.\n',
        ),
    ),
    check=check,
)
