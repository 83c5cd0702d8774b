"""Flags a person given two different offices at one time, or an office the pack gives another.

## What it flags
Two kinds of disagreement about who holds which office:

- One person given two different offices at the same time (articles published
  within a month of each other, or one article): "Menteri Pertanian Bima Santoso"
  in one outlet, "Menteri Kehutanan Bima Santoso" in another the next day.
- A person given an office, at the article's date, that the knowledge pack
  records someone else holding then: a 2018 article calling someone "Menteri
  Keuangan" while the pack records Sri Mulyani Indrawati in that office.

Forms of one office are one office: "Menteri Komunikasi dan Informatika",
"Menteri Kominfo" and "Menkominfo" are the same (pack names, abbreviations,
acronyms). Titles held alongside others ("pendiri", "founder", acting offices)
and titles marked as past ("mantan", "kala itu", "sebelumnya") never conflict.
Offices the pack does not know conflict only when clearly different: different
heads of one body ("CEO" and "Chairman" of one company) or one head over two
different portfolios ("Menteri Pertanian" and "Menteri Kehutanan").

## Why it matters
A wrong title misleads readers about who speaks with what authority, and titles
are copied from outlet to outlet. Office-holders change with reshuffles; an
article that reuses an old profile, or mixes up two officials, gets it wrong.

## What to do
Check the person's office at the article's date against an official source
(the cabinet list, the company's filings). If the article means a former
office, mark it ("mantan", "kala itu"). If the pack is out of date, add the new
term to the pack's holders.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

import attrs

from kronik.timeline.timex import interval

from ..claim import Title
from ..claims.people import abbreviates, person_aliases, same_person
from ..claims.titles import (
    covers,
    head_of,
    indonesian_head,
    office_words,
    organisations,
    same_office,
)
from ..corpus import Corpus
from ..finding import Evidence, Finding, Severity
from ..pack import Knowledge, Office, Term
from ..rule import Rule, flags, passes
from ..text import name_key

# Titles count as held at one time when their articles are this close.
WINDOW = dt.timedelta(days=31)
# News lags reshuffles: a holder counts as holding this long either side of a term.
GRACE = dt.timedelta(days=31)


@attrs.frozen(kw_only=True)
class _Group:
    """Titles of one person that name one office, in any of its forms."""

    office: str  # Office.id, or the first unknown title folded
    titles: tuple[Title, ...]


def check(corpus: Corpus) -> Iterator[Finding]:
    """Report offices that disagree between sources, or with the pack's holders."""
    knowledge = corpus.knowledge
    aliases = person_aliases(knowledge)
    for person, titles in _people(corpus.claims.titles, aliases):
        yield from _conflicts(person, titles, knowledge, aliases)
        yield from _against_pack(person, titles, knowledge, aliases)


def _people(
    titles: Sequence[Title], aliases: Mapping[str, str]
) -> list[tuple[str, tuple[Title, ...]]]:
    """Titles by person: names that are one person across documents, longest name first."""
    names = sorted({t.person for t in titles}, key=lambda p: (-len(name_key(p).split()), p))
    clusters: list[list[str]] = []
    for name in names:
        fits = [c for c in clusters if all(same_person(name, m, aliases) for m in c)]
        if len(fits) == 1:
            fits[0].append(name)
        else:
            clusters.append([name])  # no one, or several people it could be: on its own
    out = []
    for cluster in clusters:
        members = set(cluster)
        out.append((cluster[0], tuple(t for t in titles if t.person in members)))
    return out


def _day(t: Title) -> dt.date | None:
    span = interval(t.time) if t.time and t.time[:4].isdigit() else None
    return span[0] if span else None


def _together(a: Title, b: Title) -> bool:
    """True when two titles are told of one time: one article, or articles a month apart."""
    if a.doc == b.doc:
        return True
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs(da - db) <= WINDOW


def _forms(office: str, titles: Sequence[Title], knowledge: Knowledge) -> tuple[str, ...]:
    """The ways an office is written: its pack names, or the titles as written."""
    if office in knowledge.offices:
        return knowledge.offices[office].names
    return tuple(dict.fromkeys(t.title for t in titles))


def _groups(titles: Sequence[Title], knowledge: Knowledge) -> list[_Group]:
    """Current titles grouped by office; an unknown form joins the one office it fits."""
    current = [t for t in titles if not t.past and not t.lasting]
    groups: dict[str, list[Title]] = {}
    for t in current:
        if t.office in knowledge.offices:
            groups.setdefault(t.office, []).append(t)
    unknown = sorted(
        (t for t in current if t.office not in knowledge.offices),
        key=lambda t: (-len(t.office.split()), t.office),
    )
    for t in unknown:
        if t.office in groups:
            groups[t.office].append(t)
            continue
        fits = [
            key
            for key, members in groups.items()
            if any(same_office(t.title, f) for f in _forms(key, members, knowledge))
        ]
        if len(fits) == 1:
            groups[fits[0]].append(t)
        elif not fits:
            groups[t.office] = [t]
        # a vague form ("Menteri") that fits several offices says nothing: left out
    return [_Group(office=k, titles=tuple(v)) for k, v in groups.items()]


def _differ(
    a: _Group, b: _Group, person: str, knowledge: Knowledge, aliases: Mapping[str, str]
) -> bool:
    """True when two offices cannot both be right (conservative for unknown offices)."""
    pa, pb = a.office in knowledge.offices, b.office in knowledge.offices
    if pa and pb:
        days = [d for t in (*a.titles, *b.titles) if (d := _day(t)) is not None]
        both = days and all(
            _holds(knowledge.offices[g.office], person, day, aliases)
            for g in (a, b)
            for day in days
        )
        return not both  # the pack records the person holding both (CEO and chairman)
    return any(
        _clearly_different(fa, fb, knowledge)
        for fa in _forms(a.office, a.titles, knowledge)
        for fb in _forms(b.office, b.titles, knowledge)
    )


def _clearly_different(a: str, b: str, knowledge: Knowledge) -> bool:
    """Different heads of one body, or one head over two different single portfolios."""
    ha, hb = head_of(a), head_of(b)
    ta, tb = _tail(a, ha), _tail(b, hb)
    if not ha or not hb or not ta or not tb:
        return False
    if ha != hb:
        if indonesian_head(a) == indonesian_head(b):
            # one head in two languages ("Agency head", "Kepala BNPB"; "Agriculture Minister",
            # "Menteri Pertanian"): not two heads, and its portfolio is in other words
            return False
        if organisations(a, knowledge) & organisations(b, knowledge):
            return True
        if ta == tb:
            return True
        short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
        # an acronym of the other body: "Kadin" for "Kamar Dagang dan Industri Indonesia"
        return len(short) == 1 and short[0] not in long and covers(short, long)
    return len(ta) == 1 and len(tb) == 1 and not same_office(ta[0], tb[0])


def _tail(title: str, head: str) -> tuple[str, ...]:
    """The words of a title besides its head: the portfolio or the body."""
    words = list(office_words(title))
    for w in office_words(head):
        if w in words:
            words.remove(w)
    return tuple(words)


def _holds(
    office: Office, person: str, day: dt.date, aliases: Mapping[str, str] | None = None
) -> bool:
    return any(
        same_person(h.name, person, aliases) and _within(h, day, GRACE) for h in office.holders
    )


def _within(term: Term, day: dt.date, grace: dt.timedelta = dt.timedelta(0)) -> bool:
    start = interval(term.start)
    if start is None or day < start[0] - grace:
        return False
    if term.end is None:
        return True
    end = interval(term.end)
    # `end` is the day the successor took office
    return end is not None and day < end[0] + grace


def _sources(n: int) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def _label(group: _Group, knowledge: Knowledge) -> str:
    if group.office in knowledge.offices:
        return knowledge.offices[group.office].names[0]
    return Counter(t.title for t in group.titles).most_common(1)[0][0]


def _conflicts(
    person: str, titles: Sequence[Title], knowledge: Knowledge, aliases: Mapping[str, str]
) -> Iterator[Finding]:
    """One finding per person given offices that cannot all be right at one time."""
    groups = _groups(titles, knowledge)
    involved: dict[str, set[Title]] = {}
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            pairs = [(x, y) for x in a.titles for y in b.titles if _together(x, y)]
            if not pairs:
                continue
            sub_a = _Group(office=a.office, titles=tuple({x for x, _ in pairs}))
            sub_b = _Group(office=b.office, titles=tuple({y for _, y in pairs}))
            if not _differ(sub_a, sub_b, person, knowledge, aliases):
                continue
            involved.setdefault(a.office, set()).update(sub_a.titles)
            involved.setdefault(b.office, set()).update(sub_b.titles)
    if not involved:
        return
    shown = sorted(
        (_Group(office=k, titles=tuple(v)) for k, v in involved.items()),
        key=lambda g: (-len({t.doc for t in g.titles}), _label(g, knowledge)),
    )
    message = f"{person}: " + " vs ".join(
        f"{_label(g, knowledge)} ({_sources(len({t.doc for t in g.titles}))})" for g in shown
    )
    yield Finding(
        rule=RULE.code,
        name=RULE.name,
        severity=RULE.severity,
        message=message,
        evidence=tuple(sorted(t.evidence for g in shown for t in g.titles)),
    )


def _against_pack(
    person: str, titles: Sequence[Title], knowledge: Knowledge, aliases: Mapping[str, str]
) -> Iterator[Finding]:
    """Findings for offices the pack records another holder of at the article's date."""
    found: dict[tuple[str, Term], list[Title]] = {}
    for t in titles:
        office = knowledge.offices.get(t.office)
        day = _day(t)
        if t.past or t.lasting or office is None or day is None:
            continue
        own = [h for h in office.holders if same_person(h.name, t.person, aliases)]
        if any(_within(h, day, GRACE) for h in own):
            continue
        others = [h for h in office.holders if h not in own and _within(h, day)]
        if not others:
            continue  # the pack does not say who held it then
        if len(t.person.split()) == 1 and any(
            abbreviates(t.person, h.name.split()) for h in others
        ):
            continue  # a nickname of the holder: "SBY" for Susilo Bambang Yudhoyono
        found.setdefault((office.id, others[0]), []).append(t)
    for (office_id, holder), claims in sorted(
        found.items(), key=lambda kv: (kv[0][0], kv[0][1].start)
    ):
        office = knowledge.offices[office_id]
        days = sorted({t.time for t in claims})
        docs = len({t.doc for t in claims})
        term = f"{holder.start} to {holder.end or 'now'}"
        pack = office.origin.pack
        yield Finding(
            rule=RULE.code,
            name=RULE.name,
            severity=RULE.severity,
            message=(
                f"{person}: {office.names[0]} ({_sources(docs)}, {', '.join(days)}) "
                f"vs {pack}: {holder.name} ({term})"
            ),
            evidence=(
                *sorted(t.evidence for t in claims),
                Evidence(
                    doc=pack,
                    path=office.origin.path,
                    line=office.origin.line,
                    column=1,
                    start=0,
                    end=0,
                    text=holder.name,
                    value=f"{holder.start}/{holder.end or ''}",
                ),
            ),
        )


RULE = Rule(
    code="K401",
    name="title-conflict",
    severity=Severity.WARNING,
    summary="A person given two different offices at one time, or an office the pack gives another",
    explanation=__doc__ or "",
    examples=(
        flags(
            "---\npublished: 2018-10-14\n---\n"
            "Menteri Pertanian Bima Santoso meninjau panen padi di Karawang, Sabtu (13/10).\n",
            "---\npublished: 2018-10-15\n---\n"
            "Menteri Kehutanan Bima Santoso meninjau panen padi di Karawang, Sabtu (13/10).\n",
        ),
        passes(
            "---\npublished: 2018-10-14\n---\n"
            "Menteri Pertanian Bima Santoso meninjau panen padi di Karawang, Sabtu (13/10).\n",
            "---\npublished: 2018-10-15\n---\n"
            "Panen padi di Karawang ditinjau Menteri Pertanian, Bima Santoso. "
            "Menurut Santoso, panen tahun ini baik.\n",
        ),
        passes(
            "---\npublished: 2018-10-14\n---\n"
            "Menteri Pertanian Bima Santoso meninjau panen padi di Karawang, Sabtu (13/10).\n",
            "---\npublished: 2018-10-15\n---\n"
            "Mantan Menteri Kehutanan Bima Santoso ikut meninjau panen padi di Karawang.\n",
        ),
        flags(
            "---\npublished: 2018-10-14\n---\n"
            "Menteri Keuangan Bima Santoso membuka pameran di Jakarta, Sabtu (13/10).\n",
        ),
    ),
    check=check,
)
