"""The project's own rules: import direction, seeds, no seed names in code, lint, packaging."""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
PACKAGES = ("timeline", "checks", "reports")

# What each package must not import: imports flow timeline <- checks <- reports.
FORBIDDEN = {
    "timeline": ("kronik.checks", "kronik.reports", "checks", "reports"),
    "checks": ("kronik.reports", "reports"),
}

# Names from the seed story: they belong in knowledge packs (TOML) and tests, never in code.
SEED_NAMES = (
    "Tmall",
    "Taobao",
    "Alibaba",
    "Rudiantara",
    "Singles",
    "Jack Ma",
    "Bekraf",
    "Nusa Dua",
    "Jokowi",
    "Triawan",
    "Lembong",
)


def python_files(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    """The installed name of a source file: timeline/lang/id.py -> kronik.timeline.lang.id."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["kronik", *parts])


def package_of(path: Path) -> str:
    """The package a file's relative imports start from."""
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rsplit(".", 1)[0]


def imported_names(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `source`, relative ones resolved."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None))
            in ("import_module", "__import__", "find_spec")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def test_the_import_checker_resolves_relative_imports():
    source = (
        "from ...reports import cli\n"
        "from .. import checks\n"
        "import kronik.checks.engine\n"
        "importlib.import_module('kronik.reports.cli')\n"
    )
    names = [name for _, name in imported_names(source, "kronik.timeline.lang")]
    assert "kronik.reports.cli" in names
    assert "kronik.timeline.checks" in names
    assert "kronik.checks.engine" in names
    assert names.count("kronik.reports.cli") == 2
    assert package_of(ROOT / "timeline" / "lang" / "id.py") == "kronik.timeline.lang"
    assert package_of(ROOT / "timeline" / "__init__.py") == "kronik.timeline"


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_flow_one_way(package):
    files = python_files(package)
    assert files, f"no Python files under {package}/"
    bad = [
        f"{path.relative_to(ROOT)}:{line}: imports {name}"
        for path in files
        for line, name in imported_names(path.read_text(encoding="utf-8"), package_of(path))
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package])
    ]
    assert bad == []


def test_seeds_are_the_shared_seeds_unchanged():
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"{SHARED_SEEDS} is not here")
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.iterdir() if p.is_file()}
    ours = {p.name: p.read_bytes() for p in (ROOT / "seeds").glob("*.txt")}
    assert shared, "the shared seeds folder is empty"
    assert sorted(ours) == sorted(shared)
    changed = [name for name in shared if ours.get(name) != shared[name]]
    assert changed == []


def test_no_seed_names_in_code():
    pattern = re.compile("|".join(re.escape(n) for n in SEED_NAMES), re.IGNORECASE)
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for package in PACKAGES
        for path in python_files(package)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert hits == []


def ruff() -> list[str]:
    try:
        from ruff.__main__ import find_ruff_bin  # the ruff wheel ships its binary
    except ImportError:
        found = shutil.which("ruff")
        if found is None:
            pytest.skip("ruff is not installed")
        return [found]
    return [str(find_ruff_bin())]


@pytest.mark.parametrize(
    "args", [["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]]
)
def test_ruff(args):
    result = subprocess.run(
        [*ruff(), *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_console_script_kronik(pyproject):
    target = pyproject["project"]["scripts"]["kronik"]
    module, _, function = target.partition(":")
    assert callable(getattr(importlib.import_module(module), function))


def test_python_311_or_later(pyproject):
    assert pyproject["project"]["requires-python"] == ">=3.11"
    assert sys.version_info >= (3, 11)


def test_every_folder_installs_under_kronik(pyproject):
    package_dir = pyproject["tool"]["setuptools"]["package-dir"]
    for package in (*PACKAGES, "seeds"):
        assert package_dir[f"kronik.{package}"] == package
