"""The `kronik` command line: read articles, resolve their dates, report.

Exit codes follow ruff and Vale: 0 clean, 1 findings at or above the
threshold, 2 usage, configuration or input error. Machine formats write
results, and only results, to stdout; messages go to stderr.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib.util
import io
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click
from rich.console import Console

from kronik.checks.pack import PackError
from kronik.timeline.document import (
    Document,
    InputError,
    decode,
    document_from_text,
    read,
    read_file,
)
from kronik.timeline.event import analyze, build
from kronik.timeline.lexicon import LANGUAGES

from .formats import CHECK_FORMATS, DATES_FORMATS, TIMELINE_FORMATS
from .formats.findings import Rendered

F = TypeVar("F", bound=Callable[..., Any])


class InputProblem(click.ClickException):
    """Bad input or configuration: one line on stderr, exit 2 (1 means findings)."""

    exit_code = 2


def guarded(command: F) -> F:
    """Turn known errors into one-line messages with exit 2; never show a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except InputError as e:
            raise InputProblem(str(e)) from None
        except PackError as e:
            for problem in e.problems[:-1]:
                click.echo(f"Error: {problem}", err=True)
            raise InputProblem(e.problems[-1]) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise click.exceptions.Exit(0) from None
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as e:  # a bug: still one line, but say how to see more
            if os.environ.get("KRONIK_DEBUG"):
                raise
            raise InputProblem(
                f"internal error: {type(e).__name__}: {e} (set KRONIK_DEBUG=1 for the traceback)"
            ) from None

    return wrapper  # type: ignore[return-value]


def seeds_path() -> Path:
    """The bundled seed articles, the default corpus."""
    spec = importlib.util.find_spec("kronik.seeds")
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    raise InputProblem("the bundled seeds are missing from this installation")


def _console(stderr: bool = False, file: io.StringIO | None = None) -> Console:
    return Console(stderr=stderr, file=file, highlight=False, soft_wrap=False)


OUTPUT = "kronik.output"  # where the command's --output FILE is kept, in click's context meta


def output_option(command: F) -> F:
    """An --output/-o FILE option: emit() then writes the results there instead of stdout."""

    @functools.wraps(command)
    def wrapper(*args: Any, output: str | None = None, **kwargs: Any) -> Any:
        click.get_current_context().meta[OUTPUT] = None if output == "-" else output
        return command(*args, **kwargs)

    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
        help="Write the output to FILE (replaced whole, never left half-written).",
    )(wrapper)  # type: ignore[return-value]


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`.

    Readers (a CI step, an editor) see the old file or the new one, never half
    of one; on any failure the temporary file is removed and `path` untouched.
    Through a symbolic link the file it points to is replaced, not the link; what
    is not a file (/dev/stdout, /dev/null, a named pipe) is written in place, never
    replaced by one.
    """
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        try:
            with path.open("w", encoding="utf-8", newline="") as f:
                f.write(text)
        except OSError as e:
            raise InputProblem(f"{path}: cannot write: {e.strerror or e}") from None
        return
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = path.parent
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise InputProblem(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as e:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise InputProblem(f"{path}: cannot write: {e.strerror or e}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def emit(output: Any) -> None:
    """Write a renderer's output: text as it is, rich renderables through a console.

    With --output FILE the same text goes to FILE instead of stdout; a note
    (a summary for people) always goes to stderr.
    """
    note = None
    if isinstance(output, Rendered):
        output, note = output.out, output.note
    context = click.get_current_context(silent=True)
    target = context.meta.get(OUTPUT) if context is not None else None
    if target is not None:
        if not isinstance(output, str):
            buffer = io.StringIO()
            _console(file=buffer).print(output)
            output = buffer.getvalue()
        never_an_input(target)
        write_atomically(Path(target), output)
    elif isinstance(output, str):
        click.echo(output, nl=False)
    else:
        _console().print(output)
    if note:
        click.echo(note, err=True)


READ = "kronik.read"  # the real paths of the articles read, in click's context meta


Docs = TypeVar("Docs", bound=Sequence[Document])


def reading(docs: Docs) -> Docs:
    """Note the files articles come from: --output and --write-baseline never replace one."""
    context = click.get_current_context(silent=True)
    if context is not None:
        context.meta.setdefault(READ, set()).update(os.path.realpath(d.path) for d in docs)
    return docs


def never_an_input(target: str) -> None:
    """Refuse to write over an article this run read: kronik never writes to its inputs."""
    context = click.get_current_context(silent=True)
    if context is not None and os.path.realpath(target) in context.meta.get(READ, ()):
        raise InputProblem(f"{target}: is an article this run reads; kronik never writes to one")


def warn(messages: Sequence[str]) -> None:
    """Warnings, one a line, on stderr."""
    for message in messages:
        click.echo(f"warning: {message}", err=True)


def parse_ref(value: str | None) -> dt.date | None:
    """A --ref date: YYYY-MM-DD (a time after it is ignored)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date (use YYYY-MM-DD)", param_hint="--ref"
        ) from None


STORIES = ("one", "split")


pack_option = click.option(
    "--pack",
    "packs",
    multiple=True,
    type=click.Path(path_type=str),
    help="A knowledge pack (TOML) to use beside the shipped ones. Repeatable.",
)


jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes that read articles side by side; 0: every core.",
)


def format_option(formats: dict[str, Callable[..., Any]], default: str) -> Callable[[F], F]:
    """A --format option whose choices come from a renderer registry."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(sorted(formats)),
        default=default,
        show_default=True,
        help="Output format.",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kronik")
def cli() -> None:
    """Event timelines and consistency checks for news about one story.

    \b
    Examples:
        kronik timeline                      # the bundled seed articles
        kronik timeline articles/ --format json
        kronik dates article.md
        kronik check
    """


@cli.command()
@click.argument(
    "file",
    required=False,
    default="-",
    type=click.Path(allow_dash=True, dir_okay=False, path_type=str),
)
@click.option("--ref", help="Publication date (YYYY-MM-DD); default: the one stated or inferred.")
@click.option(
    "--lang", type=click.Choice(LANGUAGES), help="Language; default: from front matter or detected."
)
@format_option(DATES_FORMATS, "json")
@output_option
@guarded
def dates(file: str, ref: str | None, lang: str | None, fmt: str) -> None:
    """The temporal expressions of one text, resolved to TIMEX3 values.

    Offsets are characters into the text as read. Without --ref, relative
    dates ("kemarin", "bulan lalu") count from the publication date stated in
    the file (front matter, dateline) or inferred from its own dates.

    \b
    Examples:
        kronik dates article.txt
        echo "Rapat digelar Sabtu (13/10) pukul 09.00 WIB." | kronik dates --ref 2018-10-14
        kronik dates article.txt --format table
        kronik dates article.txt --format timeml > article.tml
    """
    reference = parse_ref(ref)
    if file == "-":
        if sys.stdin.isatty():
            raise click.UsageError("give a FILE, or pipe text into `kronik dates -`")
        text, warnings = decode(sys.stdin.buffer.read(), "<stdin>")
        doc = document_from_text(text, path="<stdin>", warnings=warnings, doc_id="stdin")
    else:
        docs = reading(read_file(Path(file)))
        if len(docs) != 1:
            raise InputProblem(f"{file}: holds {len(docs)} articles; `kronik dates` reads one")
        doc = docs[0]
    warn(doc.warnings)
    emit(DATES_FORMATS[fmt](analyze(doc, lang=lang, ref=reference)))


# Below this many articles a run is too quick for a progress bar to help.
PROGRESS_FROM = 50


@contextlib.contextmanager
def progress_bar(total: int, *, human: bool) -> Iterator[Callable[[Document], None] | None]:
    """A rich progress bar on stderr for long runs, only when a person is watching.

    Never for machine formats, never when stderr is not a terminal (CI logs, pipes).
    """
    if not human or total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=_console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading articles", total=total)
        yield lambda _doc: bar.advance(task)


def _shown(path: Path) -> Path:
    """A path as short as it can be shown: relative to the working directory when inside it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def read_corpus(paths: Sequence[str]) -> tuple[Document, ...]:
    """Articles from paths (default: the bundled seeds), with warnings on stderr."""
    docs = read(list(paths) or [_shown(seeds_path())])
    if not docs:
        raise InputProblem(f"{', '.join(paths)}: no articles found (.txt, .md, .jsonl, .tml)")
    warn([w for d in docs for w in d.warnings])
    return reading(docs)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@format_option(TIMELINE_FORMATS, "table")
@output_option
@guarded
def timeline(paths: tuple[str, ...], fmt: str) -> None:
    """One timeline from articles about one story, every date resolved.

    PATHS are files or folders (read recursively); default: the bundled seeds.
    Events told by several sources for the same date share one row.

    \b
    Examples:
        kronik timeline
        kronik timeline story/ --format json > timeline.json
        kronik timeline a.md b.md --format markdown
        kronik timeline story/ --format timelinejs -o timeline.json
    """
    docs = read_corpus(paths)
    with progress_bar(len(docs), human=fmt == "table") as advance:
        timeline = build(docs, advance)
    emit(TIMELINE_FORMATS[fmt](timeline))


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--lang", type=click.Choice(LANGUAGES), help="Language of the gold files; default: detected."
)
@click.option("--misses", default=20, show_default=True, help="How many misses to list (0: none).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@output_option
@guarded
def evaluate_command(gold_dir: Path, lang: str | None, misses: int, fmt: str) -> None:
    """Score kronik's dates against TimeML gold files, TempEval-3 style.

    Reads every .tml (TimeML, with a DCT) and MEANTIME .xml file under
    GOLD_DIR, tags each text with its DCT as the publication date, and prints
    relaxed, strict, value and type F1 with a list of misses.

    \b
    Examples:
        kronik eval gold/
        kronik eval ../shared/eval/meantime-en-airbus --lang en
        kronik eval gold/ --format json --misses 0
    """
    from .evaluation import run_eval

    emit(run_eval(gold_dir, lang=lang, misses=misses, fmt=fmt))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--against",
    "against",
    multiple=True,
    type=click.Path(path_type=str),
    help="Articles to compare with but not report on (the archive). Repeatable.",
)
@format_option(CHECK_FORMATS, "text")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Exit 1 when a finding is at least this severe.  [default: the config's, else error]",
)
@click.option(
    "--select", default="", help="Only these rules: codes, names or prefixes, comma-separated."
)
@click.option(
    "--ignore", default="", help="Not these rules: codes, names or prefixes, comma-separated."
)
@pack_option
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    help="Use this config file (kronik.toml or pyproject.toml), not the one found upward.",
)
@click.option("--isolated", is_flag=True, help="Read no config file: the defaults apply.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=str),
    help="Report only findings not in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write today's findings to this baseline file, and exit 0.",
)
@click.option(
    "--against-index",
    "against_index",
    type=click.Path(dir_okay=False, path_type=str),
    help="An archive index (from `kronik index`) to compare with: only PATHS are read.",
)
@jobs_option
@click.option(
    "--stories",
    type=click.Choice(STORIES),
    default=None,
    help="one: every article tells one story; split: an archive, grouped into stories first."
    "  [default: the config's, else one]",
)
@output_option
@guarded
def check(
    paths: tuple[str, ...],
    against: tuple[str, ...],
    against_index: str | None,
    jobs: int,
    stories: str | None,
    fmt: str,
    fail_on: str | None,
    select: str,
    ignore: str,
    packs: tuple[str, ...],
    config_file: str | None,
    isolated: bool,
    baseline: str | None,
    write_baseline: str | None,
) -> None:
    """Flag where articles about one story disagree, with evidence from every source.

    PATHS are files or folders; default: the bundled seeds. Exit 0 when no
    finding reaches --fail-on, 1 when one does, 2 on bad input. Settings come
    from [tool.kronik] in pyproject.toml or a kronik.toml, found upward from
    the first path; options given here override them.

    \b
    Examples:
        kronik check
        kronik check draft.md --against archive/
        kronik check story/ --format json --fail-on warning
        kronik check story/ --format sarif -o kronik.sarif
        kronik check --select weekday-mismatch
        kronik check story/ --pack newsroom.toml
        kronik check story/ --write-baseline kronik-baseline.json
        kronik check story/ --baseline kronik-baseline.json
        kronik check draft.md --against-index archive.db
        kronik check archive/ --stories split --jobs 0
    """
    from kronik.checks import baseline as baselines
    from kronik.checks.config import discover
    from kronik.checks.engine import check as run_check
    from kronik.checks.engine import selected_rules, worst
    from kronik.checks.finding import Severity
    from kronik.checks.pack import load
    from kronik.checks.paths import files

    from .formats.findings import Report

    if config_file is not None and isolated:
        raise click.UsageError("give --config FILE or --isolated, not both")
    config = discover(paths, config_file, isolated)
    try:
        configured = selected_rules(config.select, config.ignore)
        rules = selected_rules(select.split(","), ignore.split(","), start=configured)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--select/--ignore") from None
    knowledge = load([*config.packs, *packs])
    chosen = files(paths, config)
    if paths and not chosen:
        raise InputProblem(
            f"{', '.join(paths)}: no articles found (.txt, .md, .jsonl, .tml; "
            "excluded and git-ignored files are skipped)"
        )
    if against and against_index:
        raise click.UsageError("give --against or --against-index, not both")
    docs = read_corpus(chosen)
    archive = reading(read(files(against, config))) if against else ()
    accepted = baselines.read(Path(baseline)) if baseline else None
    if against_index:
        from kronik.checks.engine import check_index
        from kronik.checks.index import IndexProblem

        try:
            _, findings = check_index(docs, against_index, rules, knowledge, config)
        except IndexProblem as e:
            raise InputProblem(str(e)) from None
    else:
        with progress_bar(len(docs) + len(archive), human=fmt == "text") as advance:
            _, findings = run_check(
                docs,
                archive,
                rules,
                knowledge=knowledge,
                config=config,
                progress=advance,
                jobs=jobs,
                stories=stories or config.stories,
            )
    if write_baseline:
        never_an_input(write_baseline)
        baselines.write(Path(write_baseline), baselines.of(findings))
        noun = "finding" if len(findings) == 1 else "findings"
        click.echo(f"wrote {len(findings)} {noun} to the baseline {write_baseline}", err=True)
        return
    if accepted is not None:
        findings, hidden = baselines.new_findings(findings, accepted)
        noun = "finding" if hidden == 1 else "findings"
        click.echo(f"{hidden} baselined {noun} not shown ({baseline})", err=True)
    emit(CHECK_FORMATS[fmt](Report(findings=findings, documents=docs, rules=rules)))
    level = worst(findings)
    fail_on = fail_on or config.fail_on or "error"
    if fail_on != "never" and level is not None and level >= Severity.parse(fail_on):
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--db",
    default="kronik-index.db",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="The index file (SQLite); made when missing.",
)
@jobs_option
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where articles are read: here (--jobs processes) or on a Dask cluster.",
)
@click.option(
    "--scheduler",
    help="The Dask scheduler's address (tcp://host:8786); default: a LocalCluster here.",
)
@pack_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@guarded
def index(
    paths: tuple[str, ...],
    db: str,
    jobs: int,
    engine: str,
    scheduler: str | None,
    packs: tuple[str, ...],
    fmt: str,
) -> None:
    """Read an archive once into an index, for fast checks of drafts against it.

    Each article's reading and claims are stored under a hash of its content,
    kronik's version and the packs: a second run reads only what changed. Two
    runs at once are safe. An index that is corrupt or from another version
    is reported and rebuilt. PATHS default to the bundled seeds.

    \b
    Examples:
        kronik index archive/ --db archive.db
        kronik index archive/ --db archive.db --jobs 0
        kronik check draft.md --against-index archive.db
        kronik index archive/ --db archive.db --engine dask --scheduler tcp://10.0.0.5:8786
    """
    import time

    from kronik.checks import index as archive
    from kronik.checks.config import discover
    from kronik.checks.pack import load
    from kronik.checks.paths import files

    config = discover(paths, None, False)
    knowledge = load([*config.packs, *packs])
    chosen = files(paths, config)
    if paths and not chosen:
        raise InputProblem(f"{', '.join(paths)}: no articles found (.txt, .md, .jsonl, .tml)")
    docs = read_corpus(chosen)
    started = time.perf_counter()
    try:
        with progress_bar(len(docs), human=fmt == "text") as advance:
            if engine == "dask":
                reader = archive.dask_reader(scheduler, jobs, advance)
            else:
                reader = archive.local_reader(jobs, advance)
            done = archive.update(db, docs, knowledge, reader)
    except archive.IndexProblem as e:
        raise InputProblem(str(e)) from None
    seconds = time.perf_counter() - started
    if done.rebuilt:
        click.echo(f"warning: {db}: {done.rebuilt}; rebuilt the index", err=True)
    if fmt == "json":
        emit(json.dumps({**attrs.asdict(done), "seconds": round(seconds, 3)}, indent=2) + "\n")
    else:
        emit(
            f"{db}: {done.seen} articles, {done.extracted} read, "
            f"{done.unchanged} unchanged ({seconds:.1f} s)\n"
        )


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
)
@output_option
@guarded
def rules(fmt: str) -> None:
    """List the rules `kronik check` runs: code, name, severity.

    \b
    Examples:
        kronik rules
        kronik rules --format json
        kronik rules --format markdown > docs/rules.md
    """
    from kronik.checks.rules import RULES

    from .formats.rules import listing

    emit(listing(RULES, fmt))


@cli.command()
@click.argument("code")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@output_option
@guarded
def explain(code: str, fmt: str) -> None:
    """Explain one rule, by code or name, with the examples the tests run.

    \b
    Examples:
        kronik explain K101
        kronik explain weekday-mismatch --format json
    """
    from kronik.checks.rules import BY_CODE, BY_NAME

    from .formats.rules import explain as render

    rule = BY_CODE.get(code.upper()) or BY_NAME.get(code.lower())
    if rule is None:
        raise click.BadParameter(f"no rule {code!r} (see `kronik rules`)", param_hint="CODE")
    emit(render(rule, fmt))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@output_option
@guarded
def packs(paths: tuple[str, ...], fmt: str) -> None:
    """Validate knowledge packs and list the packs `kronik check` would use.

    PATHS are your own packs, validated with the shipped ones and those the
    configuration (kronik.toml or [tool.kronik], found upward from the working
    directory) names; every problem is reported as path:line:col, and a bad
    pack exits 2.

    \b
    Examples:
        kronik packs
        kronik packs newsroom.toml
        kronik packs --format json
    """
    from kronik.checks.config import discover
    from kronik.checks.pack import load

    from .formats.packs import listing

    emit(listing(load([*discover(()).packs, *paths]), fmt))


def main() -> None:
    """Entry point of the `kronik` console script.

    Usage errors are one line on stderr, like every other error (click would add
    the usage text and a hint): CI logs and editors' terminals stay readable.
    """
    try:
        status = cli.main(prog_name="kronik", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as e:
        click.echo(e.ctx.get_help() if e.ctx else e.format_message())
        sys.exit(0)
    except click.UsageError as e:
        hint = f" (see 'kronik {e.ctx.command.name} --help')" if e.ctx and e.ctx.command else ""
        if e.ctx is not None and e.ctx.command is cli:
            hint = " (see 'kronik --help')"
        click.echo(f"Error: {e.format_message()}{hint}", err=True)
        sys.exit(2)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
