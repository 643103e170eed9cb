"""Two clean builds of the same sources give the same bytes.

Each build runs in a fresh process (its own hash seed, nothing cached), from its own copy of
the project at its own path, into its own folder; both run at once to save time.
sitemap.xml(.gz) is left out: it holds the build date (and gzip its own time).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitebuild import ROOT

pytestmark = pytest.mark.xdist_group("reproducible")
COMPARED = {".html", ".ipynb", ".json", ".svg", ".css", ".js"}


def copy_sources(target: Path) -> Path:
    """What a build reads: the configuration, pages, examples, build code and theme overrides."""
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "mkdocs.ko.yml"):
        shutil.copy(ROOT / name, target / name)
    for name in ("docs", "examples", "conv1d_site", "overrides"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def start_build(project: Path, site: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("PYTHONHASHSEED", None)
    env.pop("SITE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def built_files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.suffix in COMPARED}


def first_difference(a: Path, b: Path) -> str:
    try:
        lines_a, lines_b = a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines()
    except UnicodeDecodeError:
        return "(binary)"
    diff = difflib.unified_diff(lines_a, lines_b, "first", "second", n=1, lineterm="")
    return "\n".join(line[:300] for line in list(diff)[:12])


def test_two_clean_builds_are_byte_identical(tmp_path):
    first = copy_sources(tmp_path / "one" / "project")
    second = tmp_path / "two" / "elsewhere"
    shutil.copytree(first, second, symlinks=True)  # the very same sources, at another path
    sites = [tmp_path / "one" / "site", tmp_path / "two" / "site"]
    builds = [start_build(first, sites[0]), start_build(second, sites[1])]
    for build in builds:
        output, _ = build.communicate(timeout=900)
        assert build.returncode == 0, output[-3000:]

    a, b = built_files(sites[0]), built_files(sites[1])
    assert sorted(a) == sorted(b)
    assert any(name.endswith(".ipynb") for name in a) and "search/search_index.json" in a
    differ = [name for name in sorted(a) if a[name].read_bytes() != b[name].read_bytes()]
    assert not differ, f"{len(differ)} files differ: {differ[:20]}\n" + first_difference(a[differ[0]], b[differ[0]])
