"""`kronik check --format json-lines`: one JSON object a finding, as in `--format json`.

Each line is exactly one of the `findings` of `--format json`, so a stream
consumer (`jq -c`, a log shipper) reads findings as they come and the shapes
never drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from .findings import Report, finding_record

# JSON allows these unescaped inside strings, but line splitters (str.splitlines, some
# log shippers) break lines on them: escaped, a record is always exactly one line.
_LINE_SEPARATORS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _one_line(record: dict[str, Any]) -> str:
    text = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _LINE_SEPARATORS.items():
        text = text.replace(raw, escaped)
    return text


def render(report: Report) -> str:
    """One finding a line, no summary: the lines are the results."""
    return "".join(_one_line(finding_record(f)) + "\n" for f in report.findings)
