"""People named in a document: full names, the short forms that stand for them, and aliases.

No Indonesian NER runs offline (field notes), so names are read from capitals: a
full name is two or more capitalised words that are not title words ("Menteri",
"Perdagangan"), not stopwords ("Sabtu") and not the names of known organisations,
platforms or places from the packs ("Bank Dunia", "Tiongkok"). A short form is
one word of a full name ("Santoso" for "Bima Arya Santoso"); an alias is
written in brackets after the full name ("Susilo Bambang Yudhoyono (SBY)").

Across documents two names are one person when they are the same under
`text.name_key` (old and new spellings: Soegeng = Sugeng), when a person entity of
the packs lists both, or when one's words are a subset of the other's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from kronik.timeline.event import Analysis

from ..pack import Knowledge
from ..text import WORD, fold, name_key
from ..vocabulary import Vocabulary, vocabulary
from . import entities

if TYPE_CHECKING:
    from . import Sentence

# Words (letters and digits with inner hyphens and apostrophes) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
_TERMINAL = frozenset(".!?\"”’)'…:")


@attrs.frozen(kw_only=True)
class Token:
    """A word or a punctuation mark of a sentence, with its offsets in the document."""

    text: str
    start: int
    end: int
    word: bool
    folded: str
    known: bool = False  # part of a known name that is no person's: a body, place or office


@attrs.frozen(kw_only=True)
class Name:
    """A person's name as written, and the full name it stands for in its document."""

    start: int
    end: int
    text: str
    full: str


@attrs.frozen(kw_only=True)
class People:
    """The people of one document: full names with their positions, and written aliases."""

    names: tuple[Name, ...]  # every full name, short form and alias, in text order
    positions: MappingProxyType[str, tuple[int, ...]]  # full name -> start offsets
    aliases: MappingProxyType[str, str]  # name_key of an alias -> full name


def tokenize(
    text: str, start: int, end: int, known_spans: Sequence[tuple[int, int]] = ()
) -> list[Token]:
    """The tokens of text[start:end]; an initial with its full stop ("G.") is one word."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e, t = m.start(), m.end(), m.group()
        word = t[0].isalnum()
        if (
            t == "."
            and tokens
            and tokens[-1].word
            and _initial(tokens[-1].text)
            and tokens[-1].end == s
        ):
            last = tokens.pop()
            t, s = last.text + ".", last.start
            word = True
        inside = any(a <= s and e <= b for a, b in known_spans)
        tokens.append(Token(text=t, start=s, end=e, word=word, folded=_fold(t), known=inside))
    return tokens


# Names and words recur through a corpus: fold each once.
_fold = lru_cache(maxsize=1 << 16)(fold)
_key = lru_cache(maxsize=1 << 16)(name_key)


def _initial(word: str) -> bool:
    """A one-letter initial, written with a full stop in names: "Johnny G. Plate"."""
    return len(word) == 1 and word.isupper()


def capitalised(token: Token) -> bool:
    """A word written with a capital first letter."""
    return token.word and token.text[:1].isupper()


def acronym(token: Token) -> bool:
    """An all-capitals word of two letters or more ("BKPM", "RI"): never part of a name."""
    letters = token.text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


@cache
def _head_words(code: str) -> frozenset[str]:
    return frozenset(w for head in vocabulary(code).title_heads for w in fold(head).split())


def name_word(token: Token, vocab: Vocabulary) -> bool:
    """A word that can be part of a person's name."""
    if not capitalised(token) or token.known or acronym(token):
        return False
    if any(c.isdigit() for c in token.text):
        return False
    folded = token.folded.rstrip(".")
    if folded in vocab.title_words or folded in _head_words(vocab.code):
        return False
    return folded not in vocab.stopwords


def headline(tokens: Sequence[Token]) -> bool:
    """A headline-like line: no closing punctuation and mostly capitalised words."""
    words = [t for t in tokens if t.word and t.text[:1].isalpha()]
    if len(words) < 3 or (tokens and tokens[-1].text in _TERMINAL):
        return False
    return sum(1 for t in words if t.text[:1].isupper()) >= 0.6 * len(words)


def known_spans(knowledge: Knowledge, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of known names that are no person's.

    Organisations, platforms and places from the packs ("Bank Dunia", "Tiongkok"),
    and one-word office names ("Menkominfo").
    """
    m, offices = matcher(knowledge)
    spans = []
    for s, e, target, typo in entities.find(text, m, start, end):
        if typo or target.kind != "entity":
            continue
        entity = knowledge.entities.get(target.id)
        if entity is not None and entity.kind != "person":
            spans.append((s, e))
    if offices:
        spans.extend(
            w.span() for w in WORD.finditer(text, start, end) if fold(w.group()) in offices
        )
    return spans


_MATCHERS: dict[int, tuple[Knowledge, entities.Matcher, frozenset[str]]] = {}


def matcher(knowledge: Knowledge) -> tuple[entities.Matcher, frozenset[str]]:
    """The pack name matcher and the one-word office names, built once per Knowledge."""
    hit = _MATCHERS.get(id(knowledge))
    if hit is not None and hit[0] is knowledge:
        return hit[1], hit[2]
    if len(_MATCHERS) > 8:
        _MATCHERS.clear()
    built = entities.matcher(knowledge)
    offices = frozenset(
        fold(n) for o in knowledge.offices.values() for n in o.names if len(n.split()) == 1
    )
    _MATCHERS[id(knowledge)] = (knowledge, built, offices)
    return built, offices


def sentence_tokens(
    analysis: Analysis, sentences: Sequence[Sentence], knowledge: Knowledge
) -> list[list[Token]]:
    """The tokens of each sentence, known names marked."""
    text = analysis.doc.text
    return [
        tokenize(text, s.start, s.end, known_spans(knowledge, text, s.start, s.end))
        for s in sentences
    ]


def find(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    knowledge: Knowledge,
    tokens: Sequence[Sequence[Token]] | None = None,
) -> People:
    """The people of a document: its full names, their short forms and aliases.

    `tokens` are the sentences' tokens when the caller has them (`sentence_tokens`).
    """
    vocab = vocabulary(analysis.lang)
    fulls: list[Name] = []
    short_forms: list[Token] = []
    aliases: dict[str, str] = {}
    if tokens is None:
        tokens = sentence_tokens(analysis, sentences, knowledge)
    for sentence in tokens:
        if headline(sentence):
            continue
        i = 0
        while i < len(sentence):
            if not name_word(sentence[i], vocab):
                i += 1
                continue
            j = i
            while j < len(sentence) and name_word(sentence[j], vocab):
                j += 1
            if j - i >= 2:
                full = " ".join(t.text for t in sentence[i:j])
                fulls.append(
                    Name(start=sentence[i].start, end=sentence[j - 1].end, text=full, full=full)
                )
                alias = _alias(sentence, j, vocab)
                if alias is not None:
                    aliases.setdefault(name_key(alias.text), full)
            else:
                short_forms.append(sentence[i])
            i = j
    positions: dict[str, list[int]] = {}
    for n in fulls:
        positions.setdefault(n.full, []).append(n.start)
    frozen = MappingProxyType({k: tuple(v) for k, v in positions.items()})
    partial = People(names=(), positions=frozen, aliases=MappingProxyType(aliases))
    names = list(fulls)
    for t in short_forms:
        full = resolve(partial, t.text, t.start)
        names.append(Name(start=t.start, end=t.end, text=t.text, full=full))
    names.sort(key=lambda n: n.start)
    return attrs.evolve(partial, names=tuple(names))


def _alias(tokens: Sequence[Token], j: int, vocab: Vocabulary) -> Token | None:
    """The one-word alias in brackets right after a full name: "Basuki Tjahaja Purnama (Ahok)"."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        inner = tokens[j + 1]
        if name_word(inner, vocab):
            return inner
    return None


def resolve(people: People, name: str, at: int = 0) -> str:
    """The full name a name stands for in its document; the name itself when none fits.

    A one-word short form takes the full name it is a word of, the most frequent one
    when several fit, then the nearest before it. A longer name written with a
    leading word that is no part of it ("Jakarta Anies Baswedan") takes the full
    name it ends with when that is written elsewhere in the document.
    """
    key = _key(name)
    if not key:
        return name
    words = key.split()
    if len(words) == 1 and key in people.aliases:
        return people.aliases[key]
    candidates = [
        full
        for full in people.positions
        if len(full.split()) > len(words) and same_person(name, full)
    ]
    if candidates:
        return max(
            candidates,
            key=lambda f: (len(people.positions[f]), _nearest(people.positions[f], at), len(f)),
        )
    if len(words) >= 3 and len(people.positions.get(name, ())) <= 1:
        written = name.split()
        for cut in range(1, len(written) - 1):
            suffix = " ".join(written[cut:])
            if people.positions.get(suffix):
                return suffix
    return name


def _nearest(positions: Sequence[int], at: int) -> int:
    """A sort key: positions before `at` count the nearer the better, later ones after them."""
    before = [p for p in positions if p <= at]
    return -(at - max(before)) if before else -(10**9) - min(positions)


def same_person(a: str, b: str, aliases: Mapping[str, str] | None = None) -> bool:
    """True when two names (from any documents) name one person.

    Equal under `name_key` (Soegeng = Sugeng), names of one person entity
    (`aliases`, from `person_aliases`), or one's words a subset of the other's.
    A subset of two words or more must keep the first word: "Bima Santoso" is
    "Bima Arya Santoso", but "Arya Santoso" is not "Bima Arya Santoso".
    """
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if aliases:
        ea, eb = aliases.get(ka), aliases.get(kb)
        if ea is not None and ea == eb:
            return True
    wa, wb = ka.split(), kb.split()
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) == len(long) or not set(short) <= set(long):
        return False
    return len(short) == 1 or short[0] == long[0]


def person_aliases(knowledge: Knowledge) -> Mapping[str, str]:
    """name_key of every name of a person entity in the packs -> the entity id."""
    return {
        name_key(n): e.id
        for e in knowledge.entities.values()
        if e.kind == "person"
        for n in e.names
        if name_key(n)
    }


def abbreviates(short: str, words: Sequence[str]) -> bool:
    """True when `short` is written from the starts of `words`, in order: "SBY", "Menko".

    Each piece is a non-empty prefix of a word; the first piece starts the first
    word; words may be skipped after it. "sby" = s + b + y (Susilo Bambang Yudhoyono),
    "menko" = "men" + "ko" (Menteri Koordinator), "bkpm" = b + k + p + m.
    """
    s = re.sub(r"[^a-z0-9]", "", fold(short))
    ws = [re.sub(r"[^a-z0-9]", "", fold(w)) for w in words]
    ws = [w for w in ws if w]
    if not s or not ws or s[0] != ws[0][0]:
        return False

    @cache
    def go(i: int, k: int, first: bool) -> bool:
        if i == len(s):
            return not first
        candidates = (k,) if first else range(k, len(ws))
        for n in candidates:
            if n >= len(ws):
                return False
            w = ws[n]
            length = 0
            while length < len(w) and i + length < len(s) and s[i + length] == w[length]:
                length += 1
                if go(i + length, n + 1, False):
                    return True
        return False

    return go(0, 0, True)
