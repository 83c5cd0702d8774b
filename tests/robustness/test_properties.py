"""Properties of the whole pipeline, on any text: reading, timeline, claims, rules, reports.

- no crash on any text (only a one-line InputError for broken front matter);
- every evidence span quotes its document: `text[start:end]` is the evidence text
  and its line and column point at it in the file;
- the report does not depend on the order of the files or on paths given twice;
- running twice gives the same bytes, in another process with another hash seed too.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from kronik.checks.engine import check
from kronik.checks.pack import load
from kronik.checks.rules import RULES
from kronik.reports.formats import CHECK_FORMATS
from kronik.reports.formats.findings import Report
from kronik.timeline.document import Document, InputError, document_from_text, locate, read
from kronik.timeline.event import build

# Words that make claims and conflicts: dates with and without fitting weekdays,
# impossible dates, figures, names, titles, quotes, speech verbs, front matter.
TOKENS = [
    "Sabtu", "Senin", "(13/10)", "(31/02/2018)", "(13/13)", "13", "Oktober", "2018", "99999",
    "kemarin", "lalu", "mendatang", "pukul", "06.18", "WIB", "H-7", "Lebaran", "tahun",
    "Rp", "7.650", "1,24", "triliun", "persen", "70", "juta", "orang", "US$5",
    "Tmall", "Taobao", "Harbolnas", "Jakarta", "Presiden", "Joko", "Widodo", "Menteri",
    "Keuangan", "Sri", "Mulyani", "Budi", "Santoso", "kata", "ujar", "digelar", "naik",
    '"', "“", "”", ",", ".", "(", ")", "\n", "\n\n", "<script>", "|", "`", "%0A", "::error",
]  # fmt: skip
ARTICLE = st.lists(st.sampled_from(TOKENS), max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), ARTICLE)
FRONT = st.sampled_from(["", "---\npublished: 2018-10-14\n---\n", "---\ntitle: [x\n---\n"])


@pytest.fixture(scope="module")
def knowledge():
    return load()


def documents(texts: list[str]) -> list[Document]:
    docs = []
    for i, text in enumerate(texts):
        try:
            docs.append(document_from_text(text, path=f"story/{i}.md", doc_id=f"d{i}"))
        except InputError as e:  # broken front matter: one line naming the file
            assert "\n" not in str(e) and str(e).startswith(f"story/{i}.md:")
    return docs


def assert_evidence_quotes_its_text(findings, docs: list[Document]) -> None:
    by_id = {d.id: d for d in docs}
    for finding in findings:
        assert finding.evidence, finding
        for e in finding.evidence:
            doc = by_id.get(e.doc)
            if doc is None:  # a knowledge pack's entry: its file and line
                assert Path(e.path).is_file() and e.line >= 1, e
                continue
            assert doc.text[e.start : e.end] == e.text, (finding.rule, e)
            assert locate(doc, e.start) == (e.line, e.column), (finding.rule, e)
            # the document is the whole file: line and column point at the text there
            line_start = doc.line_starts[e.line - 1]
            offset = line_start + e.column - 1
            assert doc.text[offset : offset + len(e.text)] == e.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.tuples(FRONT, ANY_TEXT).map("".join), min_size=1, max_size=3))
@example(texts=["Rapat Senin (13/10/2018) dan (31/02/2018), 99 Oktober, tahun 99999."])
@example(texts=["Harbolnas 11 Oktober 2018.", "Harbolnas 11 November 2018."])
@example(texts=["", "\n\n", "---\n---\n"])
def test_no_crash_and_evidence_quotes_its_text(texts, knowledge):
    docs = documents(texts)
    build(docs)
    _, findings = check(docs, knowledge=knowledge)
    event("with findings" if findings else "no findings")
    assert_evidence_quotes_its_text(findings, docs)


def report_json(docs, knowledge) -> str:
    _, findings = check(list(docs), knowledge=knowledge)
    return CHECK_FORMATS["json"](Report(findings=findings, documents=tuple(docs), rules=RULES))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(ARTICLE, min_size=2, max_size=3), data=st.data())
def test_the_report_does_not_depend_on_document_order(texts, data, knowledge):
    docs = documents(["---\npublished: 2018-10-14\n---\n" + t for t in texts])
    shuffled = data.draw(st.permutations(docs))
    report = report_json(docs, knowledge)
    event("with findings" if '"rule"' in report else "no findings")
    assert report_json(shuffled, knowledge) == report


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(ARTICLE, min_size=1, max_size=3), data=st.data())
def test_file_order_and_paths_given_twice_do_not_matter(tmp_path_factory, texts, data, knowledge):
    folder = tmp_path_factory.mktemp("story")
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"{i}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    given_paths = data.draw(st.permutations(paths + data.draw(st.lists(st.sampled_from(paths)))))
    as_read = read(given_paths)
    assert as_read == read(paths)
    assert report_json(as_read, knowledge) == report_json(read(paths), knowledge)


# --- the same bytes every time, in any process ---

STORY = {
    "a.md": '---\ntitle: "Rapat <b>|</b>"\npublished: 2018-10-14\n---\n'
    'Harbolnas digelar Jumat (13/10/2018) di Jakarta. "Kami tidak akan menaikkan harga '
    'pupuk tahun ini," kata Menteri Budi Santoso. Harga naik 5 persen menjadi Rp 7.650.\n',
    "b.md": "---\npublished: 2018-10-15\n---\n"
    'Harbolnas digelar 11 November 2018. "Kami akan menaikkan harga pupuk tahun ini," '
    "ujar Budi Santoso. Harga naik 7 persen menjadi Rp 8.250, kata Presiden Joko Widodo.\n",
    "c.jsonl": '{"id": "c", "text": "Harbolnas Sabtu (11/11/2018). Harga naik 5 persen."}\n',
}

DIGESTS = """
import hashlib, sys
from click.testing import CliRunner
from kronik.reports.cli import cli
from kronik.reports.formats import CHECK_FORMATS, TIMELINE_FORMATS
runs = [["check", ".", "--isolated", "--format", f] for f in sorted(CHECK_FORMATS)]
runs += [["timeline", ".", "--format", f] for f in sorted(TIMELINE_FORMATS)]
runs += [["dates", "a.md", "--format", f] for f in ("json", "table", "timeml")]
for argv in runs:
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code in (0, 1), (argv, result.output)
    print(" ".join(argv), hashlib.sha256(result.stdout_bytes).hexdigest())
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def digests(story: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "100"}
    done = subprocess.run(
        [sys.executable, "-c", DIGESTS], cwd=story, env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def test_every_format_gives_the_same_bytes_in_another_process(story):
    first = digests(story, "1")
    assert len(first.splitlines()) >= 15
    assert digests(story, "2") == first


def test_running_twice_gives_the_same_bytes_and_files(story, kronik, monkeypatch):
    monkeypatch.chdir(story)
    outputs = []
    for _ in range(2):
        run = kronik("check", ".", "--isolated", "--format", "sarif", "-o", "out.sarif")
        assert run.code == 1, run.err
        outputs.append(hashlib.sha256((story / "out.sarif").read_bytes()).hexdigest())
        (story / "out.sarif").unlink()
    assert outputs[0] == outputs[1]


def test_evidence_lines_and_columns_point_into_the_files(story, kronik, monkeypatch):
    monkeypatch.chdir(story)
    run = kronik("check", ".", "--isolated", "--format", "json")
    evidence = [e for f in json.loads(run.out)["findings"] for e in f["evidence"]]
    assert evidence
    for e in evidence:
        raw = Path(e["path"]).read_text(encoding="utf-8")
        if e["path"].endswith(".jsonl"):
            raw = raw.replace('\\"', '"')  # this story escapes nothing else
        starts = [0, *(m.end() for m in re.finditer(r"\r\n|\n|\r", raw))]
        at = starts[e["line"] - 1] + e["column"] - 1
        assert raw[at : at + len(e["text"])] == e["text"], e


def test_permutations_of_paths_on_the_command_line(story, kronik, monkeypatch):
    monkeypatch.chdir(story)
    outs = set()
    for order in itertools.permutations(["a.md", "b.md", "c.jsonl"]):
        outs.add(kronik("check", *order, "a.md", "./b.md", "--isolated", "--format", "json").out)
    assert len(outs) == 1
