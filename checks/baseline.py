"""Baselines: the findings a project has accepted, so that CI fails only on new ones.

`kronik check --write-baseline FILE` records today's findings; `--baseline FILE`
then reports only findings that are not in it. A finding is recorded by its
fingerprint, which leaves out line numbers, columns and offsets: inserting a
paragraph above a finding, or moving it, keeps its fingerprint, as
basedpyright's baselines do. The file is JSON:

    {"version": 1, "fingerprints": ["3f1c...", ...]}

A fingerprint appears once for each finding that has it, so a second copy of an
accepted finding (the same wrong weekday written twice) is new.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from kronik.timeline.document import InputError

from .finding import Finding

VERSION = 1
_HEX = re.compile(r"^[0-9a-f]{64}$")


class BaselineError(InputError):
    """A baseline file kronik cannot use; the message is one line, `path: problem`."""


@attrs.frozen(kw_only=True)
class Baseline:
    """The fingerprints of accepted findings, one per finding (repeats kept)."""

    fingerprints: tuple[str, ...]


def fingerprint(finding: Finding) -> str:
    """A stable id of a finding: sha256 of its rule code and its evidence, positions left out.

    The evidence enters as the sorted set of (document id, text as written,
    normalized value) triples, so neither line moves nor the order of evidence
    change it. SARIF `partialFingerprints` use the same value.
    """
    evidence = sorted({(e.doc, e.text, e.value) for e in finding.evidence})
    key = json.dumps([finding.rule, evidence], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def of(findings: Iterable[Finding]) -> Baseline:
    """A baseline accepting exactly these findings."""
    return Baseline(fingerprints=tuple(sorted(fingerprint(f) for f in findings)))


def dumps(baseline: Baseline) -> str:
    """The baseline file's text."""
    data = {"version": VERSION, "fingerprints": list(baseline.fingerprints)}
    return json.dumps(data, indent=2) + "\n"


def write(path: Path, baseline: Baseline) -> None:
    """Write a baseline file atomically: a failed write leaves the old file whole, or none."""
    temporary = None
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(dumps(baseline))
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        else:  # mkstemp makes it 0600; a new baseline gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException as e:  # an interrupt too: no temporary file is left behind
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise BaselineError(f"{path}: cannot write ({e.strerror or e})") from None
        raise


def read(path: Path) -> Baseline:
    """Read and validate a baseline file; every problem is a BaselineError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not a kronik baseline (not UTF-8)") from None
    except OSError as e:
        raise BaselineError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        where = f"line {e.lineno}: {e.msg}" if isinstance(e, json.JSONDecodeError) else "nested"
        raise BaselineError(f"{path}: not a kronik baseline (broken JSON at {where})") from None
    if not isinstance(data, dict) or "fingerprints" not in data:
        raise BaselineError(f'{path}: not a kronik baseline (no "fingerprints")')
    if data.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r}, expected {VERSION}")
    prints = data["fingerprints"]
    valid = isinstance(prints, list) and all(isinstance(p, str) and _HEX.match(p) for p in prints)
    if not valid:
        raise BaselineError(f"{path}: not a kronik baseline (fingerprints must be sha256 hex)")
    return Baseline(fingerprints=tuple(prints))


def new_findings(
    findings: Sequence[Finding], baseline: Baseline
) -> tuple[tuple[Finding, ...], int]:
    """The findings the baseline does not accept, and how many it accepted."""
    accepted = Counter(baseline.fingerprints)
    new = []
    for finding in findings:
        key = fingerprint(finding)
        if accepted[key] > 0:
            accepted[key] -= 1
        else:
            new.append(finding)
    return tuple(new), len(findings) - len(new)
