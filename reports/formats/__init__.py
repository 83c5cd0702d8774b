"""Renderers: one module a format, one registry a command.

A renderer takes what the pipeline produced and returns the text to write.
The `--format` choices of each command are read from these dicts, so a new
format is a new module plus one entry here.
"""

from __future__ import annotations

from collections.abc import Callable

from . import json as json_format
from . import markdown, table, timeml

DATES_FORMATS: dict[str, Callable[..., str]] = {
    "json": json_format.dates,
    "table": table.dates,
    "timeml": timeml.dates,
}

TIMELINE_FORMATS: dict[str, Callable[..., str]] = {
    "json": json_format.timeline,
    "markdown": markdown.timeline,
    "table": table.timeline,
}
