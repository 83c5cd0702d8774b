"""TempEval-3 scoring: relaxed, strict, value and type against hand-made gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronik.timeline.document import InputError
from kronik.timeline.evaluate import PRF, evaluate, match, score
from kronik.timeline.timeml import render_timeml
from kronik.timeline.timex import Timex, TimexType

TEXT = "Pada Sabtu (13/10) pukul 06.18 WIB dan tiga hari kemudian, lalu tahun 2019."


def tx(phrase: str, value: str, kind: TimexType = TimexType.DATE, **kw) -> Timex:
    start = TEXT.index(phrase)
    return Timex(start=start, end=start + len(phrase), text=phrase, type=kind, value=value, **kw)


def test_prf_arithmetic():
    m = PRF(tp=3, fp=1, fn=2)
    assert m.p == pytest.approx(75.0)
    assert m.r == pytest.approx(60.0)
    assert m.f1 == pytest.approx(2 * 75 * 60 / 135)
    assert PRF().p == PRF().r == PRF().f1 == 0.0


def test_score_known_numbers():
    gold = [
        tx("Sabtu (13/10) pukul 06.18 WIB", "2018-10-13T06:18", TimexType.TIME),
        tx("tiga hari kemudian", "2018-10-16"),
        tx("tahun 2019", "2019"),
    ]
    system = [
        tx("Sabtu (13/10)", "2018-10-13"),  # overlaps, wrong value and type
        tx("tiga hari", "P3D", TimexType.DURATION),  # overlaps, wrong value and type
        tx("tahun 2019", "2019"),  # exact and right
        tx("Pada", "PRESENT_REF"),  # spurious
    ]
    scores, misses = score([("d1", TEXT, gold, system)])
    assert scores.relaxed == PRF(tp=3, fp=1, fn=0)
    assert scores.strict == PRF(tp=1, fp=3, fn=2)
    assert scores.value == PRF(tp=1, fp=3, fn=2)
    assert scores.type == PRF(tp=1, fp=3, fn=2)
    assert scores.relaxed.p == pytest.approx(75.0)
    assert scores.relaxed.r == pytest.approx(100.0)
    assert scores.value.p == pytest.approx(25.0)
    assert scores.value.r == pytest.approx(100 / 3)
    assert [(m.kind, m.offset) for m in misses] == [
        ("spurious", 0),
        ("value", 5),
        ("value", TEXT.index("tiga")),
    ]
    assert misses[1].gold_value == "2018-10-13T06:18" and misses[1].system_value == "2018-10-13"
    assert misses[1].gold_text == "Sabtu (13/10) pukul 06.18 WIB"


def test_span_miss_when_value_is_right():
    gold = [tx("tahun 2019", "2019")]
    scores, misses = score([("d", TEXT, gold, [tx("2019", "2019")])])
    assert scores.relaxed.tp == scores.value.tp == scores.type.tp == 1
    assert scores.strict == PRF(tp=0, fp=1, fn=1)
    assert [(m.kind, m.system_text) for m in misses] == [("span", "2019")]


def test_one_to_one_matching():
    gold = [tx("Sabtu (13/10) pukul 06.18 WIB", "2018-10-13T06:18", TimexType.TIME)]
    system = [
        tx("Sabtu", "2018-10-13"),
        tx("(13/10) pukul 06.18 WIB", "2018-10-13T06:18", TimexType.TIME),  # larger overlap
    ]
    scores, misses = score([("d", TEXT, gold, system)])
    assert scores.relaxed == PRF(tp=1, fp=1, fn=0)
    assert scores.value == PRF(tp=1, fp=1, fn=0)
    assert sorted((m.kind, m.system_text) for m in misses) == [
        ("span", "(13/10) pukul 06.18 WIB"),
        ("spurious", "Sabtu"),
    ]


def test_best_overlap_first_and_ties_by_earliest_start():
    text = "aaaa bbbb cccc"

    def span(start: int, end: int) -> Timex:
        return Timex(start=start, end=end, text=text[start:end], type=TimexType.DATE, value="2018")

    # System 0..9 overlaps gold 0..4 by 4 and gold 5..9 by 4: the tie goes to the earlier gold;
    # system 5..9 then takes gold 5..9 exactly (an exact match beats any tie).
    gold = [span(0, 4), span(5, 9)]
    system = [span(0, 9), span(5, 9)]
    assert sorted(match(gold, system)) == [(0, 0), (1, 1)]
    assert match([span(0, 14)], [span(0, 4), span(10, 14)]) == [(0, 0)]
    assert match([span(0, 4)], [span(4, 9)]) == []  # touching is not overlapping


def test_empty_system_and_empty_gold():
    gold = [tx("tahun 2019", "2019")]
    scores, misses = score([("d", TEXT, gold, [])])
    assert scores.relaxed == PRF(tp=0, fp=0, fn=1)
    assert (scores.relaxed.p, scores.relaxed.r, scores.relaxed.f1) == (0.0, 0.0, 0.0)
    assert [m.kind for m in misses] == ["missed"]
    scores, _ = score([("d", TEXT, [], [])])
    assert scores.value.f1 == 0.0


def test_values_compare_without_zone_and_ranges_need_their_end():
    gold = [
        tx("pukul 06.18 WIB", "2018-10-13T06:18", TimexType.TIME),
        tx("tiga hari kemudian", "2018-10-16", until="2018-10-18"),
    ]
    system = [
        tx("pukul 06.18 WIB", "2018-10-13T06:18", TimexType.TIME, zone="+07:00"),
        tx("tiga hari kemudian", "2018-10-16"),  # the range's end is missing
    ]
    scores, misses = score([("d", TEXT, gold, system)])
    assert scores.value.tp == 1
    assert [m.kind for m in misses] == ["value"]
    assert misses[0].gold_value == "2018-10-16/2018-10-18"


def test_misses_sorted_by_document_then_offset():
    late, early = tx("tahun 2019", "2019"), tx("Pada", "PRESENT_REF")
    _, misses = score([("b", TEXT, [late], []), ("a", TEXT, [late, early], [])])
    assert [(m.doc_id, m.offset) for m in misses] == [
        ("a", 0),
        ("a", late.start),
        ("b", late.start),
    ]


def test_many_spans_score_quickly():
    text = "x " * 50000
    gold = [
        Timex(start=i, end=i + 1, text="x", type=TimexType.DATE, value="2018")
        for i in range(0, len(text), 2)
    ]
    scores, misses = score([("big", text, gold, gold)])
    assert scores.strict.tp == len(gold) and not misses


# --- folders -------------------------------------------------------------------------------------


def _write(folder: Path, name: str, text: str, timexes: list[Timex], title: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        render_timeml(text, timexes, dct="2018-10-14", doc_id=name, title=title), "utf-8"
    )


def test_evaluate_folder(tmp_path: Path):
    text = "Kemarin, Sabtu (13/10), hujan."
    gold = [Timex(start=0, end=7, text="Kemarin", type=TimexType.DATE, value="2018-10-13")]
    _write(tmp_path / "b", "two.tml", text, gold, title="Hujan 2018")
    _write(tmp_path, "one.tml", text, gold)
    (tmp_path / "notes.txt").write_text("not gold", "utf-8")
    calls = []

    def tag(plain: str, dct: str | None, lang: str | None) -> list[Timex]:
        calls.append((dct, lang))
        found = []
        if "Hujan 2018" in plain:  # a timex in the TITLE: not scored
            at = plain.index("2018")
            found.append(
                Timex(start=at, end=at + 4, text="2018", type=TimexType.DATE, value="2018")
            )
        at = plain.index("Kemarin")
        found.append(
            Timex(start=at, end=at + 7, text="Kemarin", type=TimexType.DATE, value="2018-10-13")
        )
        return found

    scores, misses, documents = evaluate(tmp_path, tag, lang="id")
    assert documents == 2
    assert calls == [("2018-10-14", "id"), ("2018-10-14", "id")]
    assert scores.strict == PRF(tp=2, fp=0, fn=0)
    assert scores.value.f1 == pytest.approx(100.0)
    assert misses == ()


def test_evaluate_empty_or_broken_folder(tmp_path: Path):
    with pytest.raises(InputError, match=r"no \.tml or MEANTIME \.xml files"):
        evaluate(tmp_path, lambda text, dct, lang: [])
    (tmp_path / "bad.tml").write_text('<TEXT><TIMEX3 type="DATE">x</TEXT>', "utf-8")
    with pytest.raises(InputError, match=r"bad\.tml: broken TimeML: line 1: ") as caught:
        evaluate(tmp_path, lambda text, dct, lang: [])
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="no such folder"):
        evaluate(tmp_path / "missing", lambda text, dct, lang: [])


SHARED = Path(__file__).resolve().parents[2].parent / "shared"
AIRBUS = SHARED / "eval" / "meantime-en-airbus"


@pytest.mark.skipif(not AIRBUS.exists(), reason="../shared/eval is not present")
def test_evaluate_meantime_with_gold_as_system():
    from kronik.timeline.timeml import parse_meantime

    def tag(text: str, dct: str | None, lang: str | None) -> tuple[Timex, ...]:
        for path in AIRBUS.glob("*.xml"):
            a = parse_meantime(path.read_text("utf-8"))
            if a.text == text:
                return a.gold
        return ()

    scores, misses, documents = evaluate(AIRBUS, tag, lang="en")
    assert documents == 30
    assert scores.strict.f1 == pytest.approx(100.0) and scores.value.f1 == pytest.approx(100.0)
    assert misses == ()


MEANTIME_LONG = (
    '<?xml version="1.0" ?><Document doc_id="9" doc_name="9_x" lang="en">\n'
    + "".join(
        f'<token number="{n}" sentence="{n}" t_id="{n + 1}">{word}</token>\n'
        for n, word in enumerate(["Title", "Dateline", "A", "B", "C", "D", "Later", "Last"])
    )
    + '<Markables>\n<ENTITY_MENTION m_id="30"><token_anchor t_id="8"/></ENTITY_MENTION>\n'
    "</Markables>\n</Document>\n"
)


def test_meantime_is_scored_on_its_annotated_sentences_only(tmp_path: Path):
    from kronik.timeline.evaluate import evaluate_folder
    from kronik.timeline.timeml import parse_meantime

    a = parse_meantime(MEANTIME_LONG)
    assert a.text.split("\n") == ["Title", "Dateline", "A", "B", "C", "D", "Later", "Last"]
    assert a.annotated == (0, a.text.index("\nLater")) == a.scored  # a bare m_id: no annotation
    (tmp_path / "9.xml").write_text(MEANTIME_LONG, "utf-8")

    def tag(text: str, dct: str | None, lang: str | None) -> list[Timex]:
        return [
            Timex(start=i, end=i + len(w), text=w, type=TimexType.DATE, value="2018")
            for w in ("D", "Later")
            if (i := text.index(w)) >= 0
        ]

    run = evaluate_folder(tmp_path, tag)
    assert (run.documents, run.partial) == (1, 1)
    assert run.scores.relaxed == PRF(tp=0, fp=1, fn=0)  # "D" spurious; "Later" not scored
    full = MEANTIME_LONG.replace('<ENTITY_MENTION m_id="30">', '<ENTITY_MENTION m_id="30" head="">')
    assert parse_meantime(full).annotated is None  # annotated to the end: the whole text
