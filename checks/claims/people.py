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
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs

from kronik.timeline.event import Analysis

from ..memo import once_per
from ..pack import Knowledge
from ..text import WORD, fold, name_key
from ..vocabulary import Vocabulary, vocabulary
from . import entities

if TYPE_CHECKING:
    from . import Sentence

# Words (letters and digits with inner hyphens and apostrophes) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
# Two tokens in a row that may both be name words: a word character but a digit, "_"
# or a-z (a capital may be one), the rest of its token, nothing but whitespace and "_",
# then another such character.
_NAME_PAIR = re.compile(r"[^\W\d_a-z][^\s_]*[\s_]*[^\W\d_a-z]")
_TERMINAL = frozenset(".!?\"”’)'…:")
_V = TypeVar("_V")


class Token(NamedTuple):
    """A word or a punctuation mark of a sentence, with its offsets in the document.

    A plain tuple: a document has thousands, made and read in the hot path.
    """

    text: str
    start: int
    end: int
    word: bool
    folded: str  # fold(text)
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
    """The tokens of text[start:end]; an initial with its full stop ("G.") is one word.

    A token inside one of `known_spans` is `known`.
    """
    return _tokenize(text, start, end, sorted(known_spans), frozenset())


def _tokenize(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    known_words: frozenset[str],
) -> list[Token]:
    """`tokenize` with the known spans sorted, and known one-word names: a word (not an
    initial with its full stop) that folds to one of `known_words` is known, as if its
    own span were a known span."""
    tokens: list[Token] = []
    # Tokens come in order of their starts: `reach` is the furthest end of the spans
    # that start at or before the token, the token is inside one when it ends by then.
    k, reach = 0, -1
    # `_TOKEN` matches at every character but whitespace and "_": only those are left
    # between tokens, so a token is the first of its text after the one before it.
    e = max(start, 0)
    for t in _TOKEN.findall(text, start, end):
        s = text.find(t, e)
        e = s + len(t)
        if (
            t == "."
            and tokens
            and tokens[-1].word
            and _initial(tokens[-1].text)
            and tokens[-1].end == s
        ):
            last = tokens.pop()
            t, s = last.text + ".", last.start
            word, known_word = True, False
            folded = _FOLDED[t]
        else:
            word = t[0].isalnum()
            folded = _FOLDED[t]
            known_word = word and folded in known_words
        while k < len(spans) and spans[k][0] <= s:
            reach = max(reach, spans[k][1])
            k += 1
        tokens.append(_new(Token, (t, s, e, word, folded, known_word or e <= reach)))
    return tokens


_new = tuple.__new__  # Token(...) without the Python call of a NamedTuple's __new__


class _Cache(dict[str, _V]):
    """A dict that computes a missing value from its key, and forgets all when full."""

    def __init__(self, compute: Callable[[str], _V], size: int = 1 << 17) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: str) -> _V:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value


# Names and words recur through a corpus: fold each once.
_FOLDED: _Cache[str] = _Cache(fold)
_key = lru_cache(maxsize=1 << 16)(name_key)


def _initial(word: str) -> bool:
    """A one-letter initial, written with a full stop in names: "Johnny G. Plate"."""
    return len(word) == 1 and word.isupper()


def capitalised(token: Token) -> bool:
    """A word written with a capital first letter."""
    return token.word and token.text[:1].isupper()


def acronym(token: Token) -> bool:
    """An all-capitals word of two letters or more ("BKPM", "RI"): never part of a name."""
    return _acronym(token.text)


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


@cache
def _head_words(code: str) -> frozenset[str]:
    return frozenset(w for head in vocabulary(code).title_heads for w in fold(head).split())


def name_word(token: Token, vocab: Vocabulary) -> bool:
    """A word that can be part of a person's name."""
    return (
        token.word
        and not token.known
        and token.text[:1].isupper()
        and name_words(vocab)[token.text]
    )


def name_words(vocab: Vocabulary) -> Mapping[str, bool]:
    """`name_word` of the word tokens that are not `known`, by their text.

    A word recurs through a corpus: it is judged once (until the cache fills).
    """
    return once_per(vocab, _NAME_WORDS, lambda: _Cache(lambda text: _name_text(text, vocab)))


_NAME_WORDS: dict[Hashable, tuple[object, Any]] = {}


def _name_text(text: str, vocab: Vocabulary) -> bool:
    """`name_word` of a word token that is not known, from its text alone."""
    if not text[:1].isupper() or _acronym(text):
        return False
    if any(c.isdigit() for c in text):
        return False
    folded = _FOLDED[text].rstrip(".")
    if folded in vocab.title_words or folded in _head_words(vocab.code):
        return False
    return folded not in vocab.stopwords


def headline(tokens: Sequence[Token]) -> bool:
    """A headline-like line: no closing punctuation and mostly capitalised words."""
    if tokens and tokens[-1].text in _TERMINAL:
        return False
    words = [t for t in tokens if t.word and t.text[:1].isalpha()]
    if len(words) < 3:
        return False
    return sum(1 for t in words if t.text[:1].isupper()) >= 0.6 * len(words)


def known_spans(knowledge: Knowledge, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in text[start:end] of known names that are no person's.

    Organisations, platforms and places from the packs ("Bank Dunia", "Tiongkok"),
    and one-word office names ("Menkominfo").
    """
    m, offices = matcher(knowledge)
    spans = _known_names(knowledge, m, text, start, end)
    if offices:
        spans.extend(
            w.span() for w in WORD.finditer(text, start, end) if fold(w.group()) in offices
        )
    return spans


def _known_names(
    knowledge: Knowledge, m: entities.Matcher, text: str, start: int, end: int
) -> list[tuple[int, int]]:
    """Spans in text[start:end] of the pack names that are no person's, in order."""
    spans = []
    for s, e, target, typo in entities.find(text, m, start, end):
        if typo or target.kind != "entity":
            continue
        entity = knowledge.entities.get(target.id)
        if entity is not None and entity.kind != "person":
            spans.append((s, e))
    return spans


_MATCHERS: dict[Hashable, tuple[object, Any]] = {}


def matcher(knowledge: Knowledge) -> tuple[entities.Matcher, frozenset[str]]:
    """The pack name matcher and the one-word office names, built once per Knowledge."""
    return once_per(knowledge, _MATCHERS, lambda: _matcher(knowledge))


def _matcher(knowledge: Knowledge) -> tuple[entities.Matcher, frozenset[str]]:
    offices = frozenset(
        fold(n) for o in knowledge.offices.values() for n in o.names if len(n.split()) == 1
    )
    return entities.matcher(knowledge), offices


def sentence_tokens(
    analysis: Analysis, sentences: Sequence[Sentence], knowledge: Knowledge
) -> list[list[Token]]:
    """The tokens of each sentence, known names marked.

    As `tokenize` with `known_spans` marks them: the one-word office names are known
    words, so their spans need not be searched apart (`_TOKEN` reads words as
    `text.WORD` does).
    """
    text = analysis.doc.text
    m, offices = matcher(knowledge)
    return [
        _tokenize(
            text, s.start, s.end, sorted(_known_names(knowledge, m, text, s.start, s.end)), offices
        )
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
    fulls, short_forms, people = _read(analysis, sentences, knowledge, tokens)
    names = list(fulls)
    by_word: dict[str, list[str]] = {}  # a word of a full name's key -> the full names
    for full in people.positions:
        for word in dict.fromkeys(_key(full).split()):
            by_word.setdefault(word, []).append(full)
    choices: dict[str, str | list[str]] = {}  # a short form -> what it may stand for
    for t in short_forms:
        if t.text not in choices:
            choices[t.text] = _choices(people, t.text, by_word)
        full = _pick(people, choices[t.text], t.start)
        names.append(Name(start=t.start, end=t.end, text=t.text, full=full))
    names.sort(key=lambda n: n.start)
    return attrs.evolve(people, names=tuple(names))


def full_names(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    knowledge: Knowledge,
    tokens: Sequence[Sequence[Token]] | None = None,
) -> People:
    """The people of a document as `resolve` reads them: `find` without the short
    forms, so its `names` are the full names only.

    The tokens of a sentence `may_name` says names no one may be left empty.
    """
    fulls, _, people = _read(analysis, sentences, knowledge, tokens)
    return attrs.evolve(people, names=tuple(fulls))


def _read(
    analysis: Analysis,
    sentences: Sequence[Sentence],
    knowledge: Knowledge,
    tokens: Sequence[Sequence[Token]] | None,
) -> tuple[list[Name], list[Token], People]:
    """The full names of a document and the short forms (tokens), in text order, and the
    people they make without the short forms (no `names`)."""
    vocab = vocabulary(analysis.lang)
    words = name_words(vocab)
    fulls: list[Name] = []
    short_forms: list[Token] = []
    aliases: dict[str, str] = {}
    if tokens is None:
        tokens = sentence_tokens(analysis, sentences, knowledge)
    for sentence in tokens:
        if headline(sentence):
            continue
        # Runs of name words: [i, j) for each.
        at = [
            k
            for k, t in enumerate(sentence)
            if t.text[:1].isupper() and t.word and not t.known and words[t.text]
        ]
        k = 0
        while k < len(at):
            i = j = at[k]
            while k < len(at) and at[k] == j:
                j += 1
                k += 1
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
    positions: dict[str, list[int]] = {}
    for n in fulls:
        positions.setdefault(n.full, []).append(n.start)
    frozen = MappingProxyType({k: tuple(v) for k, v in positions.items()})
    return fulls, short_forms, People(names=(), positions=frozen, aliases=MappingProxyType(aliases))


def may_name(text: str) -> bool:
    """False when no full name (nor its alias) can be read from `text`: no two tokens in
    a row start with a capital, not even when tokens are split at hyphens."""
    return _NAME_PAIR.search(text) is not None


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
    return _pick(people, _choices(people, name), at)


def _choices(
    people: People, name: str, by_word: Mapping[str, Sequence[str]] | None = None
) -> str | list[str]:
    """What `resolve` makes of a name wherever it is: the full name it stands for, or
    the full names it may stand for (two or more), the one nearest to it to be picked.

    `by_word` lists the full names of `people` by the words of their `name_key`, in
    order: `same_person` takes a word in common, so only those full names are tried.
    """
    key = _key(name)
    if not key:
        return name
    words = key.split()
    if len(words) == 1 and key in people.aliases:
        return people.aliases[key]
    fulls: Iterable[str] = people.positions
    if by_word is not None and len(words) == 1:
        fulls = by_word.get(key, ())
    elif by_word is not None:
        sharing = set().union(*(by_word.get(w, ()) for w in words))
        fulls = [full for full in people.positions if full in sharing]
    candidates = [
        full for full in fulls if len(full.split()) > len(words) and same_person(name, full)
    ]
    if candidates:
        return candidates[0] if len(candidates) == 1 else candidates
    if len(words) >= 3 and len(people.positions.get(name, ())) <= 1:
        written = name.split()
        for cut in range(1, len(written) - 1):
            suffix = " ".join(written[cut:])
            if people.positions.get(suffix):
                return suffix
    return name


def _pick(people: People, choices: str | list[str], at: int) -> str:
    """The full name `_choices` found, or the one of its candidates `resolve` takes at `at`."""
    if isinstance(choices, str):
        return choices
    return max(
        choices,
        key=lambda f: (len(people.positions[f]), _nearest(people.positions[f], at), len(f)),
    )


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
