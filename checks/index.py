"""The archive index: every document's reading and claims, extracted once, in SQLite.

`kronik index PATH...` reads an archive and stores, per document, its analysis
(language, publication date, sentences, timexes) and its claims, keyed by a content
hash. A document whose hash is in the index already is not read again: a second run
over an unchanged archive extracts nothing. The hash covers the document, kronik's
code and the packs in use, so a new version or a changed pack re-reads everything.

`kronik check DRAFT --against-index DB` then reads only the draft: the archive
documents of the draft's story are found through the index's words (the draft's
heaviest words, then cosine of tf-idf vectors, as in checks/story.py), loaded, and
checked with the draft.

Safety: writes happen in SQLite transactions (WAL journal, a busy timeout), so two
processes can index at once and a crash leaves the last committed state. An index
that is not a kronik index, is corrupt, or was written by another schema is reported
and rebuilt by `kronik index`, and refused by `check --against-index`. Stored
records are pickles read back with an unpickler that only builds kronik's own value
classes and plain builtins, so an index from elsewhere cannot run code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import pickle
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, partial
from importlib import metadata, resources
from pathlib import Path

import attrs

from kronik.timeline.document import Document
from kronik.timeline.event import Analysis, corpus_date
from kronik.timeline.parallel import iter_in_order, jobs_for

from .claim import Claims
from .pack import Knowledge
from .story import TOP, terms

SCHEMA = 1
RELATED = 30  # archive documents checked with a draft, at most (the most alike first)
CANDIDATES = 150  # documents whose vectors are compared with a draft's, at most
BATCH = 256  # documents written per transaction while indexing
# An archive document is of a draft's story when their cosine reaches this: lower than
# story.MIN_COSINE, as a draft is checked against its story's whole past (in the seed
# corpus, the 2016 article is 0.11-0.15 from the 2018 ones).
MIN_RELATED = 0.1


class IndexProblem(Exception):
    """An index that cannot be used: not a kronik index, corrupt, or from another schema."""


@attrs.frozen(kw_only=True)
class Update:
    """What `update` did: documents seen, read (extracted), and found unchanged."""

    path: str
    seen: int
    extracted: int
    unchanged: int
    rebuilt: str | None = None  # why the index was rebuilt, when it was


@attrs.frozen(kw_only=True)
class Record:
    """One document as the index keeps it."""

    hash: str
    analysis: Analysis
    claims: Claims
    terms: Counter[str]


def fingerprint(knowledge: Knowledge) -> str:
    """What extraction depends on besides the document: kronik's code and the packs."""
    digest = hashlib.sha256()
    digest.update(f"schema {SCHEMA} kronik {_version()}\n".encode())
    digest.update(_code_hash().encode())
    digest.update(repr(knowledge.packs).encode())
    return digest.hexdigest()


def _version() -> str:
    try:
        return metadata.version("kronik")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "0"


@cache
def _code_hash() -> str:
    """A hash of kronik's timeline and checks code and data: what reads documents."""
    digest = hashlib.sha256()
    for package in ("kronik.timeline", "kronik.checks"):
        root = resources.files(package)
        for path in sorted(_files(root), key=str):
            digest.update(str(path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _files(root: resources.abc.Traversable) -> Iterable[resources.abc.Traversable]:
    for entry in root.iterdir():
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _files(entry)
        elif entry.name.endswith((".py", ".toml")):
            yield entry


def document_hash(doc: Document, extraction: str) -> str:
    """The content hash of a document under an extraction fingerprint."""
    digest = hashlib.sha256(extraction.encode())
    for field in attrs.fields(Document):
        if field.name == "warnings":
            continue
        digest.update(f"\0{field.name}\0{getattr(doc, field.name)!r}".encode())
    return digest.hexdigest()


# --- storage ---------------------------------------------------------------------

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL,
    published TEXT, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS terms (doc TEXT NOT NULL, term TEXT NOT NULL, tf INTEGER NOT NULL,
    PRIMARY KEY (doc, term)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS terms_by_term ON terms (term, doc);
CREATE TABLE IF NOT EXISTS df (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""


def connect(path: str | Path, *, create: bool) -> tuple[sqlite3.Connection, str | None]:
    """An open index, and why it was rebuilt (None when it was not).

    With `create`, a missing index is made and an unusable one is rebuilt;
    without, both raise IndexProblem.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise IndexProblem(f"{path}: no such index (make one with `kronik index`)")
    try:
        conn = _open(path)
        problem = _problem(conn)
    except sqlite3.DatabaseError as e:
        problem = f"not a readable SQLite database ({e})"
        conn = None
    if problem is None:
        return conn, None  # type: ignore[return-value]
    if conn is not None:
        conn.close()
    if not create:
        raise IndexProblem(f"{path}: {problem}; rebuild it with `kronik index`")
    if problem != "new":
        _remove(path)  # a new index may be another process's, being made right now: kept
    conn = _open(path)
    # One transaction, each statement IF NOT EXISTS: another process sees all or nothing,
    # and two processes making the index at once both succeed.
    conn.executescript(
        f"BEGIN IMMEDIATE;{_TABLES}"
        f"INSERT INTO meta VALUES ('schema', '{SCHEMA}') ON CONFLICT(key) DO NOTHING; COMMIT;"
    )
    return conn, None if problem == "new" else problem


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def _problem(conn: sqlite3.Connection) -> str | None:
    """Why an open database is not a usable index ("new" when it is empty), or None."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return "new"
    if not {"meta", "documents", "terms", "df"} <= tables:
        return "not a kronik index"
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None or row[0] != str(SCHEMA):
        return f"index schema {row[0] if row else '?'}, this kronik reads {SCHEMA}"
    return None  # damage further in shows when a page or record is read: IndexProblem then


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _dump(record: Record) -> bytes:
    # The words are in the terms table already.
    record = attrs.evolve(record, terms=Counter())
    return zlib.compress(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), 1)


_SAFE_BUILTINS = frozenset(
    {"frozenset", "set", "tuple", "list", "dict", "str", "int", "float", "bool", "bytes"}
)


class _Unpickler(pickle.Unpickler):
    """Builds kronik's value classes and plain data only: an index cannot run code."""

    def find_class(self, module: str, name: str) -> type:
        if module.startswith("kronik.") or (module == "builtins" and name in _SAFE_BUILTINS):
            return super().find_class(module, name)
        if (module, name) in (("collections", "Counter"), ("datetime", "date")):
            return super().find_class(module, name)
        if module == "copyreg" and name == "_reconstructor":
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"index record refers to {module}.{name}")


def _load(blob: bytes) -> Record:
    try:
        record = _Unpickler(io.BytesIO(zlib.decompress(blob))).load()
    except Exception as e:  # any damage: zlib, pickle, a class that moved
        raise IndexProblem(f"a damaged record ({type(e).__name__}: {e})") from None
    if not isinstance(record, Record):
        raise IndexProblem("a record that is not a document")
    return record


# --- building ---------------------------------------------------------------------

_KNOWLEDGE: list[Knowledge] = []


def _use(knowledge: Knowledge) -> None:
    _KNOWLEDGE[:] = [knowledge]


def read_document(
    doc: Document, corpus: dt.date | None, knowledge: Knowledge | None = None
) -> Record:
    """One document read for the index: analysis, claims and words (hash left empty)."""
    from kronik.timeline.event import analyze

    from .claims import extract_document

    analysis = analyze(doc, corpus=corpus)
    claims = extract_document(analysis, knowledge if knowledge is not None else _KNOWLEDGE[0])
    return Record(hash="", analysis=analysis, claims=claims, terms=terms(analysis))


Reader = Callable[[Sequence[Document], dt.date | None, Knowledge], Iterable[Record]]


def local_reader(jobs: int = 1, progress: Callable[[Document], None] | None = None) -> Reader:
    """Documents read here, in `jobs` processes."""

    def read(
        docs: Sequence[Document], corpus: dt.date | None, knowledge: Knowledge
    ) -> Iterable[Record]:
        return iter_in_order(
            partial(read_document, corpus=corpus), docs, jobs, progress, setup=(_use, (knowledge,))
        )

    return read


def dask_reader(
    scheduler: str | None = None,
    workers: int = 0,
    progress: Callable[[Document], None] | None = None,
) -> Reader:
    """Documents read on a Dask cluster: the one at `scheduler`, else a LocalCluster here.

    Needs the optional extra `kronik[dask]`. Each worker reads documents on its own;
    results come back here, where the index is written (SQLite has one writer).
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise IndexProblem("--engine dask needs Dask: pip install 'kronik[dask]'") from None

    def read(
        docs: Sequence[Document], corpus: dt.date | None, knowledge: Knowledge
    ) -> Iterator[Record]:
        if scheduler:
            client = Client(scheduler)
            cluster = None
        else:
            cluster = LocalCluster(
                n_workers=workers or jobs_for(0),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        try:
            shared = client.scatter(knowledge, broadcast=True)
            futures = client.map(read_document, docs, corpus=corpus, knowledge=shared, pure=False)
            for doc, future in zip(docs, futures, strict=True):
                record = future.result()
                future.release()
                if progress is not None:
                    progress(doc)
                yield record
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return read


def update(
    path: str | Path,
    docs: Sequence[Document],
    knowledge: Knowledge,
    reader: Reader | None = None,
) -> Update:
    """Add the documents to the index at `path`, reading only those not there already."""
    conn, rebuilt = connect(path, create=True)
    try:
        extraction = fingerprint(knowledge)
        hashes = {d.id: document_hash(d, extraction) for d in docs}
        stored = dict(conn.execute("SELECT id, hash FROM documents"))
        todo = sorted(
            (d for d in docs if stored.get(d.id) != hashes[d.id]), key=lambda d: (d.id, d.path)
        )
        if todo:
            day = corpus_date(docs)
            batch: list[Record] = []
            for r in (reader or local_reader())(todo, day, knowledge):
                batch.append(attrs.evolve(r, hash=hashes[r.analysis.doc.id]))
                if len(batch) >= BATCH:
                    _write(conn, batch)  # committed: an interrupted run keeps what it read
                    batch = []
            _write(conn, batch)
        return Update(
            path=str(path),
            seen=len(docs),
            extracted=len(todo),
            unchanged=len(docs) - len(todo),
            rebuilt=rebuilt,
        )
    finally:
        conn.close()


def _write(conn: sqlite3.Connection, records: Sequence[Record]) -> None:
    """Store records in one transaction, keeping the word counts (df) in step."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        df: Counter[str] = Counter()
        for r in records:
            doc = r.analysis.doc
            old = conn.execute("SELECT hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if old is not None and old[0] == r.hash:
                continue  # another process stored it meanwhile
            if old is not None:
                for (term,) in conn.execute("SELECT term FROM terms WHERE doc = ?", (doc.id,)):
                    df[term] -= 1
                conn.execute("DELETE FROM terms WHERE doc = ?", (doc.id,))
            conn.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
                (doc.id, doc.path, r.hash, r.analysis.publication.value, _dump(r)),
            )
            conn.executemany(
                "INSERT INTO terms VALUES (?, ?, ?)", ((doc.id, t, n) for t, n in r.terms.items())
            )
            df.update(r.terms.keys())
        conn.executemany(
            "INSERT INTO df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n",
            sorted((t, n) for t, n in df.items() if n),
        )
        conn.execute("DELETE FROM df WHERE n <= 0")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --- reading ----------------------------------------------------------------------


def count(path: str | Path) -> int:
    """How many documents an index holds."""
    conn, _ = connect(path, create=False)
    try:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


def related(
    conn: sqlite3.Connection,
    words: Counter[str],
    exclude: Iterable[str] = (),
    limit: int = RELATED,
    min_cosine: float = MIN_RELATED,
) -> list[tuple[str, float]]:
    """Archive documents of the story a text with `words` tells, most alike first.

    An archive of at most `limit` documents (besides `exclude`) is taken whole.
    Otherwise candidates are documents holding one of the text's heaviest words; each is
    scored by the cosine of tf-idf vectors, idf from the whole index.
    """
    n = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    skip = set(exclude)
    if n - len(skip) <= limit:
        # An archive no bigger than a story is taken whole: word weights over a
        # handful of documents tell too little to leave any out.
        every = [d for (d,) in conn.execute("SELECT id FROM documents ORDER BY id")]
        return [(d, 1.0) for d in every if d not in skip]
    if not words:
        return []
    df = _df(conn, words)

    def idf(term: str) -> float:
        return math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0

    query = _unit({t: (1 + math.log(k)) * idf(t) for t, k in words.items()})
    top = sorted(query, key=lambda t: (-query[t], t))[:TOP]
    marks = ",".join("?" * len(top))
    candidates = [
        doc
        for (doc,) in conn.execute(
            f"SELECT doc FROM terms WHERE term IN ({marks}) GROUP BY doc "
            "ORDER BY COUNT(*) DESC, doc LIMIT ?",
            (*top, CANDIDATES + len(skip)),
        )
        if doc not in skip
    ]
    vectors: dict[str, dict[str, int]] = {}
    for chunk in _chunks(candidates, 500):
        marks = ",".join("?" * len(chunk))
        for doc, term, tf in conn.execute(
            f"SELECT doc, term, tf FROM terms WHERE doc IN ({marks})",
            chunk,
        ):
            vectors.setdefault(doc, {})[term] = tf
    df.update(_df(conn, {t for v in vectors.values() for t in v} - df.keys()))
    scored = []
    for doc, tf in vectors.items():
        vector = _unit({t: (1 + math.log(k)) * idf(t) for t, k in tf.items()})
        small, large = (query, vector) if len(query) < len(vector) else (vector, query)
        cosine = math.fsum(x * large[t] for t, x in small.items() if t in large)
        if cosine >= min_cosine:
            scored.append((doc, cosine))
    scored.sort(key=lambda s: (-s[1], s[0]))
    return scored[:limit]


def _df(conn: sqlite3.Connection, words: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(words), 500):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT term, n FROM df WHERE term IN ({marks})", chunk))
    return out


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(math.fsum(x * x for x in vector.values())) or 1.0
    return {t: x / norm for t, x in vector.items()}


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def records(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Record]:
    """The stored records of some documents, in id order."""
    out = []
    for chunk in _chunks(sorted(set(ids)), 500):
        marks = ",".join("?" * len(chunk))
        for (blob,) in conn.execute(
            f"SELECT record FROM documents WHERE id IN ({marks}) ORDER BY id",
            chunk,
        ):
            out.append(_load(blob))
    return out


def dump(path: str | Path) -> list[tuple[str, str, str | None]]:
    """(id, hash, published) of every document, in id order: to compare two indexes."""
    conn, _ = connect(path, create=False)
    try:
        return list(conn.execute("SELECT id, hash, published FROM documents ORDER BY id"))
    finally:
        conn.close()
