"""Two clean builds of the same sources give the same bytes.

The run's own build (conftest.py: `built_site`, built in the test process from the
repository) is compared with a second one: `mkdocs build --strict` in a fresh process (its
own hash seed, nothing cached), from a copy of the project at another path, into another
folder, reading the repository's git history as its own. sitemap.xml(.gz) is left out: it holds
the build date (and gzip its own time).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from built import ROOT

DATED = {"sitemap.xml", "sitemap.xml.gz"}


def copy_sources(target: Path) -> Path:
    """What a build reads: the configuration, pages, examples, build code and theme overrides."""
    target.mkdir(parents=True)
    for config in ROOT.glob("mkdocs*.yml"):
        shutil.copy(config, target / config.name)
    for name in ("docs", "examples", "conv1d_site", "overrides"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def start_build(project: Path, site: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    git = subprocess.run(["git", "rev-parse", "--absolute-git-dir"], cwd=ROOT, capture_output=True, text=True)
    if git.returncode == 0:  # the copy reads the repository's history as its own (translation notices)
        env.update(GIT_DIR=git.stdout.strip(), GIT_WORK_TREE=str(project))
    env.pop("PYTHONHASHSEED", None)
    env.pop("SITE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],  # no -q: it hides warnings from --strict
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def built_files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file() and p.name not in DATED}


def first_difference(a: Path, b: Path) -> str:
    try:
        lines_a, lines_b = a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines()
    except UnicodeDecodeError:
        return "(binary)"
    diff = difflib.unified_diff(lines_a, lines_b, "first", "second", n=1, lineterm="")
    return "\n".join(line[:300] for line in list(diff)[:12])


@pytest.mark.again
def test_two_clean_builds_are_byte_identical(built_site, tmp_path):
    project = copy_sources(tmp_path / "elsewhere" / "project")
    site = tmp_path / "elsewhere" / "site"
    build = start_build(project, site)
    output, _ = build.communicate(timeout=900)
    assert build.returncode == 0, output[-3000:]

    a, b = built_files(built_site), built_files(site)
    assert sorted(a) == sorted(b)
    assert any(name.endswith(".ipynb") for name in a) and "search/search_index.json" in a
    differ = [name for name in sorted(a) if a[name].read_bytes() != b[name].read_bytes()]
    assert not differ, f"{len(differ)} files differ: {differ[:20]}\n" + first_difference(a[differ[0]], b[differ[0]])
