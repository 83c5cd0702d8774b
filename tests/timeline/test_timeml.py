"""Reading and writing TimeML, and reading MEANTIME token XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronik.timeline.document import InputError, locate
from kronik.timeline.timeml import (
    TimeMLError,
    document_from_timeml,
    parse_meantime,
    parse_timeml,
    render_timeml,
)
from kronik.timeline.timex import Timex, TimexType

SAMPLE = """<?xml version="1.0" ?>
<TimeML xml:lang="en">
<DOCID>APW19980213</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" \
functionInDocument="CREATION_TIME">February 13, 1998</TIMEX3></DCT>
<TITLE>AT&amp;T cuts</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> it would <!-- note -->
cut jobs for <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="APPROX">about \
<SIGNAL sid="s1">three</SIGNAL> years</TIMEX3>, from <TIMEX3 tid="t3" type="DATE" \
value="1998" endValue="2000">1998 to 2000</TIMEX3> &lt;&#233;&gt;.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def test_parse_sample_text_and_offsets():
    a = parse_timeml(SAMPLE)
    assert a.doc_id == "APW19980213"
    assert a.dct == "1998-02-13"
    assert a.lang == "en"
    assert a.title == "AT&T cuts"
    body = (
        "\nAT&T said on Thursday it would \n"
        "cut jobs for about three years, from 1998 to 2000 <é>.\n"
    )
    assert a.text == "AT&T cuts\n" + body
    assert a.text[a.body[0] : a.body[1]] == body
    assert "February" not in a.text  # the DCT's content is not text
    spans = [(a.text[t.start : t.end], t.text, t.type, t.value, t.mod) for t in a.gold]
    assert spans == [
        ("Thursday", "Thursday", TimexType.DATE, "1998-02-12", None),
        ("about three years", "about three years", TimexType.DURATION, "P3Y", "APPROX"),
        ("1998 to 2000", "1998 to 2000", TimexType.DATE, "1998", None),
    ]
    assert a.gold[0].start == a.text.index("Thursday") == 24
    assert a.gold[2].begin == "1998" and a.gold[2].until == "2000"
    assert all(t.rule == "gold" for t in a.gold)


def test_runs_point_into_the_file():
    a = parse_timeml(SAMPLE)
    # Every text character outside inserted separators is the same character in the file,
    # or (for an entity) the '&' that starts it.
    for offset, char in enumerate(a.text):
        i = max(k for k, (text_at, _) in enumerate(a.runs) if text_at <= offset)
        text_at, file_at = a.runs[i]
        at = file_at + offset - text_at
        assert SAMPLE[at] == char or SAMPLE[at] in "&\n>", (offset, char, SAMPLE[at])


def test_document_from_timeml_locates_original_characters():
    doc = document_from_timeml(SAMPLE, path="news/apw.tml")
    assert doc.id == "APW19980213"
    assert doc.published == "1998-02-13"
    assert doc.lang == "en"
    assert doc.title == "AT&T cuts"
    lines = SAMPLE.splitlines()
    for t in parse_timeml(SAMPLE).gold:
        line, column = locate(doc, t.start)
        first_word = t.text.split()[0]
        assert lines[line - 1][column - 1 :].startswith(first_word), (t.text, line, column)
    # The character after "AT&T " in the body: the 'T' after the entity is in the file too.
    at = doc.text.index("AT&T", doc.body[0]) + 3
    line, column = locate(doc, at)
    assert lines[line - 1][column - 1] == "T"
    assert line == 7 and column == 8
    # "é" came from "&#233;": it points at the entity's '&'.
    line, column = locate(doc, doc.text.index("é"))
    assert lines[line - 1][column - 1 :].startswith("&#233;")


def test_document_without_docid_takes_the_file_stem():
    doc = document_from_timeml("<TEXT>Hari ini</TEXT>", path="a/b/berita.tml")
    assert doc.id == "berita"
    assert doc.text == "Hari ini"
    assert doc.body == (0, 8)


def test_broken_timeml_becomes_an_input_error():
    with pytest.raises(InputError, match=r"^x\.tml: broken TimeML: line 2: "):
        document_from_timeml('<TEXT>\n<TIMEX3 type="DATE">kemarin</TIMEX3></TEXT>', path="x.tml")


@pytest.mark.parametrize(
    ("source", "line", "problem"),
    [
        ('<TEXT>\nok\n<TIMEX3 type="DATE" value="2018"', 3, "unterminated tag <TIMEX3"),
        ('<TEXT>\n<TIMEX3 type="DATE" value="2018>x</TIMEX3></TEXT>', 2, "unterminated tag"),
        ('<TEXT>\n\n<TIMEX3 type="DATE">x</TIMEX3></TEXT>', 3, "without a value"),
        ('<TEXT><TIMEX3 value="2018">x</TIMEX3></TEXT>', 1, "without a type"),
        ('<TEXT>\n<TIMEX3 type="DATE" value="kemarin">x</TIMEX3></TEXT>', 2, "not a TIMEX3 value"),
        ('<TEXT><TIMEX3 type="DAY" value="2018">x</TIMEX3></TEXT>', 1, "not DATE, TIME"),
        (
            '<TEXT>\n<TIMEX3 type="DATE" value="2018">x\n<TIMEX3 type="DATE" value="2019">y'
            "</TIMEX3></TIMEX3></TEXT>",
            3,
            "TIMEX3 inside the TIMEX3 opened on line 2",
        ),
        ("<TEXT>a\nb</TIMEX3></TEXT>", 2, "without an open TIMEX3"),
        ('<TEXT>\n<TIMEX3 type="DATE" value="2018">x</TEXT>', 2, "</TEXT> while the TIMEX3"),
        ('<TEXT>\n\n<TIMEX3 type="DATE" value="2018">x', 3, "TIMEX3 is not closed"),
        ("<TEXT>a <!-- b\n", 1, "comment is not closed"),
        ("<TEXT>a\n<![CDATA[b", 2, "CDATA section is not closed"),
        ('<TEXT>\n<EVENT class="A" <b>x</b></TEXT>', 2, "malformed tag <EVENT"),
    ],
)
def test_malformed_timeml(source, line, problem):
    with pytest.raises(TimeMLError) as caught:
        parse_timeml(source)
    message = str(caught.value)
    assert message.startswith(f"line {line}: "), message
    assert problem in message


def test_tolerated_shapes():
    # No TimeML root, no TITLE, unknown tags, a processing instruction, a bare '<', CDATA.
    a = parse_timeml(
        '<?xml version="1.0"?><TEXT><FOO x=1>On <TIMEX3 tid="t1" type="TIME" '
        "value='2014-12-28T06:18Z'>dawn</TIMEX3></FOO> a < b <![CDATA[&amp;]]></TEXT>"
    )
    assert a.text == "On dawn a < b &amp;"
    assert a.title == "" and a.dct is None and a.doc_id == ""
    (t,) = a.gold
    assert (t.text, t.type, t.value, t.zone) == ("dawn", TimexType.TIME, "2014-12-28T06:18", "Z")


def test_file_without_text_element_reads_everything_but_metadata():
    a = parse_timeml(
        "<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid='t0' type='DATE' value='2018-10-13'>"
        "13/10</TIMEX3></DCT>Pada <TIMEX3 tid='t1' type='DATE' value='2018-10-12'>"
        "kemarin</TIMEX3>.</TimeML>"
    )
    assert a.text == "Pada kemarin."
    assert a.body == (0, len(a.text))
    assert a.dct == "2018-10-13"
    assert [t.text for t in a.gold] == ["kemarin"]


def test_long_input_is_linear():
    chunk = 'x &amp; <EVENT eid="e1">y</EVENT> <TIMEX3 type="DATE" value="2018">2018</TIMEX3>\n'
    a = parse_timeml("<TEXT>" + chunk * 20000 + "</TEXT>")
    assert len(a.gold) == 20000
    assert a.gold[-1].text == "2018"


def test_render_format():
    text = 'A & B <said> "today"'
    t = Timex(start=14, end=19, text="today", type=TimexType.DATE, value="2018-10-13", mod="END")
    out = render_timeml(text, [t], dct="2018-10-13", doc_id="d&1", title="T<1>")
    assert out.startswith('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d&amp;1</DOCID>\n<DCT>')
    assert 'functionInDocument="CREATION_TIME">2018-10-13</TIMEX3></DCT>\n' in out
    assert "<TITLE>T&lt;1&gt;</TITLE>\n" in out
    assert (
        '<TEXT>A &amp; B &lt;said&gt; "<TIMEX3 tid="t1" type="DATE" value="2018-10-13" '
        'mod="END">today</TIMEX3>"</TEXT>\n</TimeML>\n'
    ) in out


def test_render_keeps_the_earlier_longer_of_overlapping_timexes():
    text = "13 Oktober 2018 pagi"
    long = Timex(start=0, end=15, text=text[:15], type=TimexType.DATE, value="2018-10-13")
    short = Timex(start=3, end=10, text=text[3:10], type=TimexType.DATE, value="2018-10")
    inner = Timex(start=0, end=2, text="13", type=TimexType.DATE, value="2018-10-13")
    out = render_timeml(text, [short, inner, long], dct=None, doc_id="x")
    assert "<DCT>" not in out
    a = parse_timeml(out)
    assert [(t.start - a.body[0], t.end - a.body[0]) for t in a.gold] == [(0, 15)]


VALUES = ["2018-10-13", "2018-10", "2018", "P3D", "PT2M", "PRESENT_REF", "2014-12-28T06:18"]
ALPHABET = st.sampled_from([*"ab \n&<>\"';:é", "&amp;", "]]>", "<!--"])


@st.composite
def annotated_texts(draw: st.DrawFn) -> tuple[str, list[Timex], str]:
    text = "".join(draw(st.lists(ALPHABET, max_size=40)))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    timexes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if start < end:
            timexes.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=draw(st.sampled_from(list(TimexType))),
                    value=draw(st.sampled_from(VALUES)),
                    mod=draw(st.sampled_from([None, "APPROX", "START"])),
                )
            )
    title = "".join(draw(st.lists(ALPHABET, max_size=5)))
    return text, timexes, title


@settings(max_examples=200)
@given(annotated_texts(), st.sampled_from([None, "2018-10-13"]))
def test_render_parse_round_trip(case, dct):
    text, timexes, title = case
    a = parse_timeml(render_timeml(text, timexes, dct=dct, doc_id="d<1>", title=title))
    start, end = a.body
    assert a.text[start:end] == text
    assert a.dct == dct
    assert a.doc_id == "d<1>"
    got = [(t.start - start, t.end - start, t.type, t.value, t.mod) for t in a.gold]
    assert got == [(t.start, t.end, t.type, t.value, t.mod) for t in timexes]


def test_round_trip_keeps_ranges():
    t = Timex(
        start=0, end=11, text="Januari-Mei", type=TimexType.DATE, value="2018-01", until="2018-05"
    )
    (back,) = parse_timeml(render_timeml("Januari-Mei 2018", [t], dct=None, doc_id="r")).gold
    assert (back.value, back.begin, back.until) == ("2018-01", "2018-01", "2018-05")


# --- MEANTIME -------------------------------------------------------------------------------------

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
AIRBUS = SHARED / "eval" / "meantime-en-airbus"
RYANAIR = AIRBUS / "11714_Ryanair_exercises_options_on_five_Boeing_737s.xml"


@pytest.mark.skipif(not RYANAIR.exists(), reason="../shared/eval is not present")
def test_parse_meantime_real_file():
    source = RYANAIR.read_text("utf-8")
    a = parse_meantime(source)
    assert a.doc_id == "11714"
    assert a.lang == "en"
    assert a.dct == "2005-06-13"
    assert a.title == "Ryanair exercises options on five Boeing 737s"
    assert a.text.startswith("Ryanair exercises options on five Boeing 737s\nJune 13, 2005\n")
    assert "Ryanair's total number" in a.text
    assert a.body == (0, len(a.text))
    root = ET.fromstring(source)
    words = {t.get("t_id"): t.text for t in root.iter("token")}
    expected = []
    for element in root.iter("TIMEX3"):
        ids = [x.get("t_id") for x in element.iter("token_anchor")]
        if ids:
            expected.append([words[i] for i in ids])
    assert len(a.gold) == len(expected) >= 2
    for t, tokens in zip(a.gold, expected, strict=True):
        assert t.text == a.text[t.start : t.end]
        assert t.text.replace(" ", "") == "".join(tokens)
        assert t.text.startswith(tokens[0]) and t.text.endswith(tokens[-1])
    assert [(t.text, t.value) for t in a.gold] == [
        ("June 13, 2005", "2005-06-13"),
        ("today", "2005-06-13"),
    ]


@pytest.mark.skipif(not AIRBUS.exists(), reason="../shared/eval is not present")
def test_parse_meantime_whole_folder():
    for path in sorted(AIRBUS.glob("*.xml")):
        a = parse_meantime(path.read_text("utf-8"))
        assert a.text and a.title, path.name
        for t in a.gold:
            assert a.text[t.start : t.end] == t.text and t.text.strip() == t.text


MINIMAL = """<?xml version="1.0" ?><Document doc_id="7" doc_name="7_x" lang="en">
<token number="0" sentence="1" t_id="1">It</token>
<token number="1" sentence="1" t_id="2">did</token>
<token number="2" sentence="1" t_id="3">n't</token>
<token number="3" sentence="1" t_id="4">rain</token>
<token number="4" sentence="1" t_id="5">(</token>
<token number="5" sentence="1" t_id="6">at</token>
<token number="6" sentence="1" t_id="7">08:30</token>
<token number="7" sentence="1" t_id="8">)</token>
<token number="8" sentence="1" t_id="9">.</token>
<token number="9" sentence="2" t_id="10">Fine</token>
<Markables>
<TIMEX3 functionInDocument="NONE" m_id="20" type="TIME" value="2005-04-27T08:30Z">
<token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2058"/>
</Markables>
</Document>
"""


def test_parse_meantime_joins_tokens():
    a = parse_meantime(MINIMAL)
    assert a.text == "It didn't rain (at 08:30).\nFine"
    assert a.title == ""  # no headline marked
    assert a.dct is None
    (t,) = a.gold
    assert (t.text, t.value, t.zone) == ("08:30", "2005-04-27T08:30", "Z")


def test_parse_meantime_errors():
    with pytest.raises(TimeMLError, match=r"^line 2: "):
        parse_meantime('<Document doc_id="1">\n<token t_id="1">x</token')
    with pytest.raises(TimeMLError, match="not a MEANTIME document"):
        parse_meantime("<TimeML/>")
    bad = MINIMAL.replace('value="2005-04-27T08:30Z"', 'value="soon"')
    with pytest.raises(TimeMLError, match=r"^line 13: TIMEX3 value 'soon'"):
        parse_meantime(bad)
