"""Reading articles: plain text, front matter, JSON Lines, TimeML, folders, encodings, positions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kronik.timeline.document import Document, InputError, locate, read, read_file
from kronik.timeline.event import analyze, regions

REF = None  # analyze() reads the publication date from the file or infers it


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def one(path: Path) -> Document:
    docs = read_file(path)
    assert len(docs) == 1
    return docs[0]


def file_offset(raw: str, line: int, column: int) -> int:
    """The offset in `raw` of a 1-based line and column; lines end at CR LF, LF or CR."""
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\n|\r", raw))]
    assert 1 <= line <= len(starts), (line, len(starts))
    return starts[line - 1] + column - 1


def timexes(doc: Document):
    return analyze(doc).timexes


def assert_one_line_error(caught: pytest.ExceptionInfo[InputError], path: Path) -> str:
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    return message


# --- plain text ---


def test_txt_title_is_the_first_headline_line(tmp_path):
    raw = "\n\n  Harga Cabai Naik Tajam di Pasar  \nPedagang mengeluh sejak Senin (8/10).\n"
    doc = one(write(tmp_path, "cabai.txt", raw))
    assert doc.title == "Harga Cabai Naik Tajam di Pasar"
    assert doc.id == "cabai"
    assert doc.path == str(tmp_path / "cabai.txt")
    assert doc.text == raw
    assert doc.body == (0, len(raw))
    assert doc.published is None
    assert doc.warnings == ()


def test_txt_section_label_is_not_the_title(tmp_path):
    doc = one(write(tmp_path, "a.txt", "Ekonomi\nHarga Cabai Naik Tajam di Pasar\nIsi berita.\n"))
    assert doc.title == "Harga Cabai Naik Tajam di Pasar"


# --- front matter ---

FRONT = """---
title: Rapat Koordinasi Digelar
published: 2018-10-14
source: Warta Kota
url: https://example.org/rapat
lang: ID
tags: [rapat, ekonomi]
---
Rapat digelar Sabtu (13/10) kemarin.
"""


@pytest.mark.parametrize("name", ["rapat.md", "rapat.txt"])
def test_front_matter_keys(tmp_path, name):
    doc = one(write(tmp_path, name, FRONT))
    assert doc.title == "Rapat Koordinasi Digelar"
    assert doc.published == "2018-10-14"
    assert doc.source == "Warta Kota"
    assert doc.url == "https://example.org/rapat"
    assert doc.lang == "id"
    assert dict(doc.meta) == {"tags": '["rapat", "ekonomi"]'}
    assert doc.text == FRONT  # the text as read, front matter included
    assert doc.text[doc.body[0] : doc.body[1]] == "Rapat digelar Sabtu (13/10) kemarin.\n"
    assert doc.warnings == ()


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("published: 2018-10-14", "2018-10-14"),
        ("published: 2018-10-14 15:14:00", "2018-10-14T15:14"),
        ("published: 2018-10-14T15:14:00+07:00", "2018-10-14T15:14"),
        ('published: "2018-10-14 15:14"', "2018-10-14T15:14"),
        ("date: 2018-10-14", "2018-10-14"),
        ("published: 2018-10", "2018-10"),
    ],
)
def test_front_matter_published_date_and_datetime(tmp_path, line, published):
    doc = one(write(tmp_path, "a.md", f"---\n{line}\n---\nIsi berita satu dua.\n"))
    assert doc.published == published
    assert doc.warnings == ()


@pytest.mark.parametrize(
    "value", ["kemarin sore", "2018-02-30", '"2018-02-30"', '"2018-10-14T25:99"']
)
def test_front_matter_date_that_is_not_a_date_is_a_warning(tmp_path, value):
    path = write(tmp_path, "a.md", f"---\ntitle: Judul berita ini\npublished: {value}\n---\nIsi.\n")
    doc = one(path)
    assert doc.published is None
    assert doc.title == "Judul berita ini"
    assert len(doc.warnings) == 1
    assert "is not a date" in doc.warnings[0]
    assert doc.warnings[0].startswith(str(path))


def test_front_matter_nested_values_with_dates_are_kept(tmp_path):
    raw = (
        "---\ntitle: Satu dua tiga\n"
        "extra:\n  when: 2018-10-14\n  tags: [a, 2018-10-15]\n"
        "---\nIsi.\n"
    )
    doc = one(write(tmp_path, "a.md", raw))
    assert json.loads(dict(doc.meta)["extra"]) == {
        "when": "2018-10-14",
        "tags": ["a", "2018-10-15"],
    }


def test_front_matter_closed_with_dots(tmp_path):
    doc = one(write(tmp_path, "a.md", "---\ntitle: Judul satu dua\n...\nIsi berita.\n"))
    assert doc.title == "Judul satu dua"
    assert doc.text[doc.body[0] :] == "Isi berita.\n"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("---\ntitle: [tidak ditutup\n---\nIsi.\n", r":\d+: broken front matter"),
        ("---\ntitle: a\n  b: c\n---\nIsi.\n", r":\d+: broken front matter"),
        ("---\n- satu\n- dua\n---\nIsi.\n", r":2: broken front matter: expected 'key: value'"),
        ("---\ncount: !!int banyak\n---\nIsi.\n", r":1: broken front matter"),
        ("---\ntitle: Judul\nIsi berita tanpa penutup.\n", r":1: front matter is not closed"),
        ("---\n", r":1: front matter is not closed"),
    ],
)
def test_broken_front_matter_is_a_one_line_input_error(tmp_path, raw, problem):
    path = write(tmp_path, "a.md", raw)
    with pytest.raises(InputError) as caught:
        read_file(path)
    message = assert_one_line_error(caught, path)
    assert re.search(problem, message), message


def test_front_matter_error_names_the_line(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: ok\nsource: ok\nurl: [\n---\nIsi.\n")
    with pytest.raises(InputError, match=r"a\.md:[4-6]: broken front matter"):
        read_file(path)


def test_dashes_later_in_a_file_are_not_front_matter(tmp_path):
    raw = "Judul Berita Yang Panjang\n---\ntitle: bukan front matter\n---\n"
    doc = one(write(tmp_path, "a.txt", raw))
    assert doc.body == (0, len(raw))
    assert doc.title == "Judul Berita Yang Panjang"


# --- JSON Lines ---

RECORDS = [
    {
        "id": "berita-1",
        "title": "Rapat pertama",
        "published": "2018-10-14",
        "source": "Warta",
        "url": "https://example.org/1",
        "lang": "id",
        "text": 'Kata "rapat"\ndigelar Sabtu (13/10) kemarin, kata café.',
    },
    {"text": "Pertemuan lanjutan digelar Senin (15/10) mendatang.", "source": "Kabar"},
    {
        "id": "berita-3",
        "text": "Emoji \U0001f600 lalu\u2028Jumat (12/10) lalu, dan tab\tSabtu (13/10).",
    },
]


def jsonl(records, *, ensure_ascii: bool) -> str:
    return "\n\n".join(json.dumps(r, ensure_ascii=ensure_ascii) for r in records) + "\n"


def test_jsonl_records_become_documents(tmp_path):
    docs = read_file(write(tmp_path, "korpus.jsonl", jsonl(RECORDS, ensure_ascii=False)))
    assert [d.id for d in docs] == ["berita-1", "korpus-3", "berita-3"]
    first = docs[0]
    assert (first.title, first.published, first.source, first.url, first.lang) == (
        "Rapat pertama",
        "2018-10-14",
        "Warta",
        "https://example.org/1",
        "id",
    )
    assert first.text == RECORDS[0]["text"]
    assert docs[1].source == "Kabar"
    assert docs[2].text == RECORDS[2]["text"]  # U+2028 inside a string is not a line break


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_jsonl_positions_map_back_to_the_file(tmp_path, ensure_ascii):
    raw = jsonl(RECORDS, ensure_ascii=ensure_ascii)
    docs = read_file(write(tmp_path, "korpus.jsonl", raw))
    found = 0
    for doc in docs:
        for t in timexes(doc):
            start = file_offset(raw, *locate(doc, t.start))
            end = file_offset(raw, *locate(doc, t.end))
            assert json.loads(f'"{raw[start:end]}"') == t.text
            found += 1
    assert found >= 4
    # The line of each record is its line in the file, blank lines counted.
    assert [locate(d, 0)[0] for d in docs] == [1, 3, 5]


def test_jsonl_every_character_maps_back(tmp_path):
    text = 'a\n"b"\\ \u00e9 \U0001f600 \u2028 c'
    raw = '{"id": "x", "text": ' + json.dumps(text) + "}\n"
    (doc,) = read_file(write(tmp_path, "x.jsonl", raw))
    for i, char in enumerate(doc.text):
        start = file_offset(raw, *locate(doc, i))
        end = file_offset(raw, *locate(doc, i + 1))
        assert json.loads(f'"{raw[start:end]}"') == char, (i, char, raw[start:end])


def test_jsonl_lone_surrogate_escape_before_another_escape(tmp_path):
    raw = '{"text": "\\ud83d\\u00e9 Sabtu (13/10)"}\n'
    (doc,) = read_file(write(tmp_path, "x.jsonl", raw))
    at = doc.text.index("Sabtu")
    assert file_offset(raw, *locate(doc, at)) == raw.index("Sabtu")


def test_jsonl_key_given_twice_uses_the_last_text(tmp_path):
    raw = '{"text": "tidak dipakai", "id": "a", "text": "Rapat Sabtu (13/10)."}\n'
    (doc,) = read_file(write(tmp_path, "x.jsonl", raw))
    assert doc.text == "Rapat Sabtu (13/10)."
    assert file_offset(raw, *locate(doc, doc.text.index("Sabtu"))) == raw.index("Sabtu")


def test_jsonl_same_id_twice_gets_unique_ids(tmp_path):
    raw = '{"id": "x", "text": "Satu."}\n{"id": "x", "text": "Dua."}\n'
    docs = read([write(tmp_path, "k.jsonl", raw)])
    assert len({d.id for d in docs}) == 2


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{bukan json", r"k\.jsonl:2: not a JSON object"),
        ("[1, 2]", r"k\.jsonl:2: not a JSON object"),
        ('{"id": "x"}', r"k\.jsonl:2: no 'text' string"),
        ('{"text": 5}', r"k\.jsonl:2: no 'text' string"),
    ],
)
def test_jsonl_bad_line_is_a_one_line_input_error(tmp_path, line, problem):
    path = write(tmp_path, "k.jsonl", '{"text": "baik"}\n' + line + "\n")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert re.search(problem, assert_one_line_error(caught, path))


# --- TimeML ---

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>rapat-01</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-10-14" functionInDocument="CREATION_TIME">\
2018-10-14</TIMEX3></DCT>
<TITLE>Rapat Koordinasi &amp; Evaluasi</TITLE>
<TEXT>
Rapat digelar <TIMEX3 tid="t1" type="DATE" value="2018-10-13">Sabtu (13/10)</TIMEX3> kemarin.
</TEXT>
</TimeML>
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_tml_dct_is_the_publication_date(tmp_path, newline):
    raw = TML.replace("\n", newline)
    doc = one(write(tmp_path, "rapat.tml", raw))
    assert doc.id == "rapat-01"
    assert doc.published == "2018-10-14"
    assert doc.title == "Rapat Koordinasi & Evaluasi"
    assert analyze(doc).publication.value == "2018-10-14"
    (t,) = [t for t in timexes(doc) if t.text.startswith("Sabtu (13/10)")]
    start = file_offset(raw, *locate(doc, t.start))
    assert raw[start:].startswith("Sabtu (13/10)</TIMEX3>")
    assert locate(doc, t.start) == (7, 63)


def test_broken_tml_is_a_one_line_input_error(tmp_path):
    path = write(tmp_path, "x.tml", '<TEXT>\n<TIMEX3 type="DATE">kemarin</TIMEX3></TEXT>')
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert "broken TimeML" in assert_one_line_error(caught, path)


# --- folders ---


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    for name in ["b.txt", "a/z.md", "a/b/c.txt", "c.jsonl", "d.tml", "A.txt"]:
        content = (
            '{"id": "j", "text": "Isi."}\n' if name.endswith(".jsonl") else "<TEXT>Isi.</TEXT>"
        )
        write(tmp_path, name, content if name.endswith((".jsonl", ".tml")) else "Isi berita.\n")
    write(tmp_path, ".hidden.txt", "Tersembunyi.\n")
    write(tmp_path, ".git/x.txt", "Tersembunyi.\n")
    write(tmp_path, "gambar.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "catatan.pdf", "bukan artikel")
    docs = read([tmp_path])
    rel = [Path(d.path).relative_to(tmp_path).as_posix() for d in docs]
    assert rel == ["A.txt", "a/b/c.txt", "a/z.md", "b.txt", "c.jsonl", "d.tml"]
    assert [d.id for d in read([tmp_path])] == [d.id for d in docs]


def test_each_file_is_read_once(tmp_path):
    path = write(tmp_path, "a/x.txt", "Isi berita satu.\n")
    docs = read([tmp_path / "a", path, path])
    assert len(docs) == 1


def test_argument_order_does_not_matter(tmp_path):
    a = write(tmp_path, "a.txt", "Satu.\n")
    b = write(tmp_path, "b/b.md", "Dua.\n")
    assert read([a, b]) == read([b, a])


def test_same_stem_in_two_folders_gets_unique_ids(tmp_path):
    docs = read([write(tmp_path, "x/a.txt", "Satu.\n"), write(tmp_path, "y/a.txt", "Dua.\n")])
    assert len({d.id for d in docs}) == 2


def test_folder_without_articles_reads_nothing(tmp_path):
    write(tmp_path, "catatan.pdf", "bukan artikel")
    assert read([tmp_path]) == ()


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read([tmp_path / "tidak-ada.txt"])


# --- encodings, line endings, empty and binary files ---


def test_utf8_bom_is_not_text(tmp_path):
    doc = one(write(tmp_path, "a.md", b"\xef\xbb\xbf---\ntitle: Judul Dengan BOM\n---\nIsi.\n"))
    assert not doc.text.startswith("\ufeff")
    assert doc.title == "Judul Dengan BOM"
    assert doc.warnings == ()


def test_cp1252_is_read_with_a_warning(tmp_path):
    raw = "Kafe \u201cBaru\u201d Dibuka di Kota\nCaf\u00e9 dibuka Sabtu (13/10).\n"
    path = write(tmp_path, "a.txt", raw.encode("cp1252"))
    doc = one(path)
    assert doc.text == raw
    assert len(doc.warnings) == 1
    assert "cp1252" in doc.warnings[0]
    assert doc.warnings[0].startswith(str(path))


def test_crlf_columns_are_still_correct(tmp_path):
    raw = (
        "Judul Berita Satu Dua\r\n\r\n"
        "Rapat digelar Sabtu (13/10) kemarin.\r\nLalu Senin (15/10).\r\n"
    )
    doc = one(write(tmp_path, "a.txt", raw.encode()))
    assert doc.title == "Judul Berita Satu Dua"
    found = {t.text: locate(doc, t.start) for t in timexes(doc)}
    assert found["Sabtu (13/10) kemarin"] == (3, 15)
    assert found["Senin (15/10)"] == (4, 6)


def test_crlf_front_matter(tmp_path):
    raw = "---\r\ntitle: Judul CRLF\r\npublished: 2018-10-14\r\n---\r\nRapat Sabtu (13/10).\r\n"
    doc = one(write(tmp_path, "a.md", raw.encode()))
    assert (doc.title, doc.published) == ("Judul CRLF", "2018-10-14")
    (t,) = timexes(doc)
    assert locate(doc, t.start) == (5, 7)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"Judul\x00berita\x00",
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        "teks".encode("utf-16"),
    ],
)
def test_binary_files_are_refused(tmp_path, data):
    path = write(tmp_path, "a.txt", data)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert "binary" in assert_one_line_error(caught, path)


@pytest.mark.parametrize("raw", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_files_are_empty_documents(tmp_path, raw):
    doc = one(write(tmp_path, "kosong.txt", raw))
    assert doc.title == ""
    assert doc.text.strip() == ""
    assert analyze(doc).timexes == ()


# --- site furniture ---

FURNITURE = """SCROLL TO CONTINUE WITH CONTENT
Harga Cabai Naik Tajam di Pasar
banner 1280x904
Foto: Dok. Humas Sabtu (13/10)
Pedagang mengeluh sejak Senin (8/10) lalu.
Komentar
Harga Cabai Naik Tajam di Pasar
Baca juga: Harga bawang turun Jumat (12/10)
Pasokan kembali normal Rabu (10/10).
"""


def test_furniture_lines_are_not_article_text(tmp_path):
    doc = one(write(tmp_path, "a.txt", FURNITURE))
    lines = FURNITURE.splitlines()
    furniture = [doc.text[s:e] for s, e in doc.furniture]
    assert furniture == [lines[i] for i in (0, 2, 3, 5, 6, 7)]
    assert doc.title == "Harga Cabai Naik Tajam di Pasar"
    kept = "".join(doc.text[s:e] for s, e in regions(doc))
    assert "SCROLL" not in kept and "Komentar" not in kept and "1280" not in kept
    found = {t.text: locate(doc, t.start) for t in timexes(doc)}
    # Dates in furniture lines are not read; the others keep their lines in the file.
    assert found == {"Senin (8/10) lalu": (5, 25), "Rabu (10/10)": (9, 24)}


# --- the outlet ---


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("JAKARTA, KOMPAS.com - Harga cabai naik.", "KOMPAS.com"),
        ("Jakarta (ANTARA) - Harga cabai naik.", "ANTARA"),
        ("Hendra Kusuma - detikFinance", "detikFinance"),
        ("Harga cabai naik di semua pasar.", None),
    ],
)
def test_source_is_inferred_from_the_text(tmp_path, line, source):
    doc = one(write(tmp_path, "a.txt", f"Harga Cabai Naik Tajam di Pasar\n{line}\nIsi berita.\n"))
    assert doc.source == source


def test_front_matter_source_wins_over_the_dateline(tmp_path):
    raw = "---\nsource: Warta Kota\n---\nJAKARTA, KOMPAS.com - Harga cabai naik.\n"
    assert one(write(tmp_path, "a.md", raw)).source == "Warta Kota"


# --- reading never writes ---


def test_reading_does_not_touch_the_files(tmp_path):
    paths = [
        write(tmp_path, "a.md", FRONT),
        write(tmp_path, "b.txt", FURNITURE.encode("cp1252")),
        write(tmp_path, "c.jsonl", jsonl(RECORDS, ensure_ascii=False)),
    ]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    for doc in read([tmp_path]):
        analyze(doc)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before


# --- the property: every position maps back to the file ---

PIECES = st.sampled_from(
    [
        "Rapat",
        " ",
        "  ",
        "digelar",
        "Sabtu (13/10)",
        "Senin, 15 Oktober 2018",
        "kemarin",
        "pukul 09.00 WIB",
        "bulan depan",
        "2,88",
        "Januari-Mei 2018",
        ".",
        ",",
        "\u201c",
        "\u201d",
        "caf\u00e9",
        "\U0001f600",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u2028",
        "\x0c",
        "\nKomentar\n",
        "\nSCROLL TO CONTINUE WITH CONTENT\n",
    ]
)
# Any text kronik reads as text: control characters other than line breaks make a file binary.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\r\t"))
PIECED = st.lists(PIECES, max_size=30).map("".join)
ARTICLE = st.one_of(PIECED, PIECED, TEXT)  # two in three made of pieces, with dates


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=ARTICLE, front=st.booleans(), crlf=st.booleans())
@example(body="Judul\r\nRapat\rSabtu (13/10)\u2028kemarin", front=False, crlf=False)
@example(body="x\n" * 3 + "Sabtu (13/10)", front=True, crlf=True)
def test_every_timex_maps_back_to_its_line_and_column(tmp_path, body, front, crlf):
    newline = "\r\n" if crlf else "\n"
    raw = (
        f"---{newline}title: Judul{newline}published: 2018-10-14{newline}---{newline}"
        if front
        else ""
    ) + body
    assume(front or not raw.startswith("---"))  # an unclosed front matter is an error
    doc = one(write(tmp_path, "a.txt", raw))
    assert doc.text == raw
    for t in timexes(doc):
        line, column = locate(doc, t.start)
        start = file_offset(raw, line, column)
        assert raw[start : start + len(t.text)] == t.text, (t.text, line, column)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ARTICLE, ensure_ascii=st.booleans(), before=st.integers(0, 2))
def test_every_jsonl_timex_maps_back_to_the_file(tmp_path, text, ensure_ascii, before):
    record = json.dumps({"id": "x", "text": text}, ensure_ascii=ensure_ascii)
    raw = '{"text": "pengisi"}\n' * before + record + "\n"
    doc = read_file(write(tmp_path, "a.jsonl", raw))[before]
    assert doc.text == text
    for t in timexes(doc):
        start = file_offset(raw, *locate(doc, t.start))
        end = file_offset(raw, *locate(doc, t.end))
        assert json.loads(f'"{raw[start:end]}"') == t.text
