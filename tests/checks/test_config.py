"""Configuration (checks/config.py) and file selection (checks/paths.py), through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kronik.checks.config import Config, ConfigError, discover, find, load
from kronik.checks.finding import Severity
from kronik.checks.paths import GitIgnore, Glob, matched
from kronik.reports.cli import cli

FRONT = "---\npublished: 2018-10-14\n---\n"
WEEKDAY = FRONT + "Rapat digelar Jumat (13/10) di Jakarta.\n"  # K101
IMPOSSIBLE = FRONT + "Rapat digelar pada 31 Februari 2018 di Jakarta.\n"  # K102


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder: a git repository (so no config above it counts), as the cwd."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["check", *args])


def report(*args: str) -> tuple[int, list[tuple[str, str, str]], int]:
    """Exit code, (rule, severity, path) of each finding, and the number of documents read."""
    result = run(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    findings = [(f["rule"], f["severity"], f["evidence"][0]["path"]) for f in data["findings"]]
    return result.exit_code, sorted(findings), data["summary"]["documents"]


def one_error(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0].removeprefix("Error: ")


# --- found upward, overridden by the command line ---


def test_kronik_toml_is_found_upward_from_the_first_path(repo):
    write(repo, {"kronik.toml": 'ignore = ["K101"]\n', "story/day/a.md": WEEKDAY})
    assert report("story/day")[:2] == (0, [])
    assert report("story/day/a.md")[:2] == (0, [])
    assert report("story/day", "--isolated")[1] == [("K101", "error", "story/day/a.md")]


def test_pyproject_with_tool_kronik_is_found_and_one_without_is_passed_over(repo):
    write(
        repo,
        {
            "pyproject.toml": '[project]\nname = "x"\n\n[tool.kronik]\nignore = ["K101"]\n',
            "story/pyproject.toml": '[project]\nname = "story"\n',
            "story/a.md": WEEKDAY,
        },
    )
    assert find(repo / "story") == repo / "pyproject.toml"
    assert report("story")[:2] == (0, [])


def test_kronik_toml_wins_over_pyproject_in_one_folder(repo):
    write(
        repo,
        {
            "pyproject.toml": '[tool.kronik]\nignore = ["K101"]\n',
            "kronik.toml": 'ignore = ["K102"]\n',
        },
    )
    assert find(repo) == repo / "kronik.toml"


def test_the_search_stops_at_the_repository_root(tmp_path, monkeypatch):
    write(tmp_path, {"kronik.toml": 'ignore = ["K101"]\n', "repo/a.md": WEEKDAY})
    (tmp_path / "repo" / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    assert find(tmp_path / "repo") is None
    assert report("a.md")[1] == [("K101", "error", "a.md")]


def test_without_paths_the_config_is_found_from_the_cwd(repo):
    write(repo, {"kronik.toml": 'select = ["K105"]\nfail-on = "never"\n'})
    code, findings, documents = report()  # the bundled seeds
    assert code == 0 and documents == 5
    assert {rule for rule, _, _ in findings} <= {"K105"}


def test_command_line_select_and_ignore_override_the_config(repo):
    write(
        repo,
        {"kronik.toml": 'ignore = ["K101"]\n', "a.md": WEEKDAY, "b.md": IMPOSSIBLE},
    )

    def rules(*args: str) -> list[str]:
        return [rule for rule, _, _ in report(".", *args)[1]]

    assert rules() == ["K102"]
    assert rules("--select", "K101") == ["K101"]
    assert rules("--select", "K1") == ["K101", "K102"]
    assert rules("--ignore", "K102") == []
    write(repo, {"kronik.toml": 'select = ["K101"]\n'})
    assert rules() == ["K101"]
    assert rules("--ignore", "weekday-mismatch") == []


def test_fail_on_from_the_config_and_from_the_command_line(repo):
    write(repo, {"kronik.toml": 'fail-on = "never"\n', "a.md": WEEKDAY})
    assert report("a.md")[0] == 0
    assert report("a.md", "--fail-on", "error")[0] == 1


def test_severity_overrides_apply_to_findings(repo):
    write(repo, {"kronik.toml": '[severity]\nweekday-mismatch = "info"\n', "a.md": WEEKDAY})
    assert report("a.md")[:2] == (0, [("K101", "info", "a.md")])
    assert report("a.md", "--fail-on", "info")[0] == 1


def test_config_given_explicitly(repo):
    write(repo, {"kronik.toml": 'ignore = ["K102"]\n', "other.toml": 'ignore = ["K101"]\n'})
    write(repo, {"a.md": WEEKDAY, "b.md": IMPOSSIBLE})
    assert [r for r, _, _ in report(".")[1]] == ["K101"]
    assert [r for r, _, _ in report(".", "--config", "other.toml")[1]] == ["K102"]
    both = run(".", "--config", "other.toml", "--isolated")
    assert both.exit_code == 2 and "give --config FILE or --isolated, not both" in both.stderr


# --- per-path ignores, exclude, .gitignore ---


def test_per_path_ignores_switch_rules_off_for_matching_files_only(repo):
    write(
        repo,
        {
            "news/kronik.toml": '[per-path-ignores]\n"archive/**" = ["K101"]\n',
            "news/archive/2017/old.md": WEEKDAY.replace("Jumat", "Senin") + IMPOSSIBLE[30:],
            "news/story/new.md": WEEKDAY,
        },
    )
    _, findings, documents = report("news")
    assert documents == 2
    assert findings == [
        ("K101", "error", "news/story/new.md"),
        ("K102", "error", "news/archive/2017/old.md"),
    ]


def test_exclude_globs_are_relative_to_the_config_file(repo):
    write(
        repo,
        {
            "news/kronik.toml": 'exclude = ["archive/**", "*.draft.md"]\n',
            "news/archive/old.md": WEEKDAY,
            "news/story/new.md": IMPOSSIBLE,
            "news/story/next.draft.md": WEEKDAY,
            "news/story/archive/keep.md": WEEKDAY,  # "archive/**" is anchored to news/
        },
    )
    _, findings, documents = report("news")
    assert documents == 2
    assert findings == [
        ("K101", "error", "news/story/archive/keep.md"),
        ("K102", "error", "news/story/new.md"),
    ]
    assert report("news/archive/old.md")[2] == 1  # a file named on the command line is read


def test_gitignored_files_are_skipped_unless_the_config_says_otherwise(repo):
    write(
        repo,
        {
            ".gitignore": "drafts/\n*.tmp.md\n!keep.tmp.md\n",
            "news/.gitignore": "/local.md\n",
            "news/a.md": WEEKDAY,
            "news/local.md": WEEKDAY,
            "news/sub/local.md": WEEKDAY,
            "news/drafts/b.md": WEEKDAY,
            "news/c.tmp.md": WEEKDAY,
            "news/keep.tmp.md": WEEKDAY,
        },
    )

    def paths(*args: str) -> list[str]:
        return sorted(path for _, _, path in report(*args)[1])

    assert paths("news") == ["news/a.md", "news/keep.tmp.md", "news/sub/local.md"]
    assert len(paths("news", "--against", "news/drafts")) == 3  # the archive is filtered too
    write(repo, {"kronik.toml": "respect-gitignore = false\n"})
    assert len(paths("news")) == 6


def test_a_folder_named_on_the_command_line_is_read_even_if_ignored(repo):
    write(repo, {".gitignore": "drafts/\n", "drafts/a.md": WEEKDAY})
    assert report("drafts")[2] == 1


def test_everything_excluded_is_an_input_error(repo):
    write(repo, {"kronik.toml": 'exclude = ["*.md"]\n', "news/a.md": WEEKDAY})
    assert "no articles found" in one_error(run("news"))


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("*.md", "a/b/c.md", True),
        ("archive", "archive/x/y.md", True),
        ("archive/", "archive", False),  # a file named archive: folders only
        ("archive/**", "archive/x/y.md", True),
        ("archive/**", "news/archive/y.md", False),
        ("**/archive", "news/archive/y.md", True),
        ("a/**/z.md", "a/z.md", True),
        ("a/**/z.md", "a/b/c/z.md", True),
        ("/top.md", "sub/top.md", False),
        ("c?.md", "c1.md", True),
        ("c[0-9].md", "cx.md", False),
        ("c[!0-9].md", "cx.md", True),
        ("\\#x.md", "#x.md", True),
    ],
)
def test_globs(pattern, path, expected):
    glob = Glob.parse(pattern, gitignore=True)
    assert glob is not None
    assert matched([glob], path) is expected


def test_gitignore_lines_blank_comment_and_negation():
    assert Glob.parse("", gitignore=True) is None
    assert Glob.parse("# comment", gitignore=True) is None
    glob = Glob.parse("!keep.md  ", gitignore=True)
    assert glob is not None and glob.negated and glob.pattern == "keep.md"


def test_gitignore_outside_a_repository_is_not_read(tmp_path):
    write(tmp_path, {".gitignore": "*.md\n", "a.md": WEEKDAY})
    assert not GitIgnore().ignores(tmp_path / "a.md")
    (tmp_path / ".git").mkdir()
    assert GitIgnore().ignores(tmp_path / "a.md")


# --- errors: one line, exit 2 ---


def test_unknown_key_exits_2_with_a_suggestion(repo):
    write(repo, {"kronik.toml": 'selct = ["K101"]\n', "a.md": WEEKDAY})
    assert one_error(run("a.md")) == "kronik.toml: unknown key 'selct' (did you mean 'select'?)"
    write(repo, {"kronik.toml": "per_path_ignores = {}\n"})
    assert one_error(run("a.md")).endswith("(did you mean 'per-path-ignores'?)")


def test_unknown_key_in_pyproject_exits_2(repo):
    write(repo, {"pyproject.toml": "[tool.kronik]\nexlude = []\n", "a.md": WEEKDAY})
    assert (
        one_error(run("a.md")) == "pyproject.toml: unknown key 'exlude' (did you mean 'exclude'?)"
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("select = []\nignore = = 1\n", "kronik.toml:2:10: Invalid value"),
        ('select = "K101"\n', "select: expected a list of strings"),
        ('ignore = ["K999"]\n', "ignore: unknown rule 'K999'"),
        ('fail-on = "sometimes"\n', "fail-on: 'sometimes' is not one of"),
        ('severity = {K101 = "fatal"}\n', "severity.K101: expected 'error'"),
        ("respect-gitignore = 1\n", "respect-gitignore: expected true or false"),
        ('[per-path-ignores]\n"a/**" = "K101"\n', "expected a list of rules"),
    ],
)
def test_bad_values_exit_2(repo, content, needle):
    write(repo, {"kronik.toml": content, "a.md": WEEKDAY})
    error = one_error(run("a.md"))
    assert error.startswith("kronik.toml:") and needle in error


def test_packs_are_relative_to_the_config_file(repo):
    write(repo, {"news/kronik.toml": 'packs = ["newsroom.toml"]\n', "news/a.md": WEEKDAY})
    assert "news/newsroom.toml: cannot read pack" in one_error(run("news"))
    write(repo, {"news/newsroom.toml": '[pack]\nname = "newsroom"\nsource = "https://x"\n'})
    assert report("news")[1] == [("K101", "error", "news/a.md")]


def test_a_missing_explicit_config_exits_2(repo):
    write(repo, {"a.md": WEEKDAY})
    assert one_error(run("a.md", "--config", "nope.toml")) == "nope.toml: no such file"


# --- the loader ---


def test_load_resolves_packs_relative_to_the_config_file(tmp_path):
    write(
        tmp_path,
        {
            "conf/kronik.toml": 'packs = ["packs/newsroom.toml"]\n'
            '[severity]\nK1 = "warning"\n'
            '[per-path-ignores]\n"archive/**" = ["quote-variant", "K2"]\n'
        },
    )
    config = load(tmp_path / "conf" / "kronik.toml")
    assert config.packs == (str(tmp_path / "conf" / "packs" / "newsroom.toml"),)
    assert dict(config.severity)["K101"] is Severity.WARNING
    assert config.per_path_ignores == (("archive/**", frozenset({"K501", "K201", "K202", "K203"})),)


def test_isolated_reads_no_file(tmp_path):
    write(tmp_path, {"kronik.toml": "nonsense = 1\n"})
    assert discover([str(tmp_path)], isolated=True).path is None
    with pytest.raises(ConfigError):
        discover([str(tmp_path)])
    assert Config().respect_gitignore


def test_kronik_packs_lists_the_packs_the_config_names(tmp_path, monkeypatch) -> None:
    import json as _json

    from click.testing import CliRunner

    from kronik.reports.cli import cli as _cli

    (tmp_path / "kronik.toml").write_text('packs = ["mine.toml"]\n', encoding="utf-8")
    (tmp_path / "mine.toml").write_text('[pack]\nname = "mine"\nsource = "desk"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(_cli, ["packs", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [p["name"] for p in _json.loads(result.stdout)["packs"]][-1] == "mine"
