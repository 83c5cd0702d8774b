"""Renderers: one module a format, one registry a command.

A renderer takes what the pipeline produced and returns the text to write.
The `--format` choices of each command are read from these dicts, so a new
format is a new module plus one entry here.
"""

from __future__ import annotations

from collections.abc import Callable

from . import (
    concise,
    findings,
    github,
    html,
    json_lines,
    junit,
    markdown,
    sarif,
    table,
    timelinejs,
    timeml,
)
from . import csv as csv_format
from . import json as json_format

DATES_FORMATS: dict[str, Callable[..., str]] = {
    "json": json_format.dates,
    "table": table.dates,
    "timeml": timeml.dates,
}

TIMELINE_FORMATS: dict[str, Callable[..., str]] = {
    "csv": csv_format.timeline,
    "html": html.timeline,
    "json": json_format.timeline,
    "markdown": markdown.timeline,
    "table": table.timeline,
    "timelinejs": timelinejs.timeline,
}

# Each takes a findings.Report. Machine formats return their results only; concise and
# github return a findings.Rendered whose note (the counts) goes to stderr.
CHECK_FORMATS: dict[str, Callable[..., object]] = {
    "concise": concise.render,
    "github": github.render,
    "html": html.check,
    "json": findings.render_json,
    "json-lines": json_lines.render,
    "junit": junit.render,
    "markdown": markdown.check,
    "sarif": sarif.render,
    "text": findings.render_text,
}
