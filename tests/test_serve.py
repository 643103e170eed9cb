"""`make serve` (`mkdocs serve --dirty`): a rebuild renders what a change touches, and loses nothing."""

import json
import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conv1d_site import serving
from built import small_project

# Rewritten by every build, whatever changed.
ALWAYS = {"404.html", "ko/404.html"}


@pytest.fixture
def served(tmp_path, monkeypatch):
    """The small project served as `make serve` does; returns (project, site, rebuild)."""
    for name, empty in (("digests", {}), ("titles", {}), ("search_docs", {}), ("dirty", False)):
        monkeypatch.setattr(serving, name, empty)
    project, site = small_project(tmp_path / "project"), tmp_path / "site"

    def rebuild(first=False):
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        if first:  # mkdocs serve calls it on the first configuration only
            config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)

    rebuild(first=True)
    yield project, site, rebuild
    log = logging.getLogger("mkdocs.commands.build")
    log.filters = [f for f in log.filters if not isinstance(f, serving._DirtyNotice)]


def times(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def rewritten(before: dict, site: Path) -> set[str]:
    return {page for page, time in times(site).items() if before.get(page) != time} - ALWAYS


def search_locations(site: Path) -> list[str]:
    return [d["location"] for d in json.loads((site / "search/conv1d_docs.json").read_text())["docs"]]


def test_a_saved_page_is_the_only_page_rendered_again(served):
    project, site, rebuild = served
    before, locations = times(site), search_locations(site)
    page = project / "docs/en/parameters/stride.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited while serving.\n", encoding="utf-8")
    rebuild()
    assert rewritten(before, site) == {"parameters/stride/index.html"}
    html = (site / "parameters/stride/index.html").read_text(encoding="utf-8")
    assert "Edited while serving." in html
    nav = html.split("md-nav--primary", 1)[1].split("</nav>", 1)[0]
    assert "Home" in nav  # the title of a page not read again
    assert search_locations(site) == locations  # entries of the pages not rebuilt are kept


def test_an_edited_example_is_shown_again_on_its_pages_in_both_languages(served):
    project, site, rebuild = served
    before = times(site)
    script = project / "examples/stride_shapes.py"
    script.write_text(script.read_text(encoding="utf-8") + "\n# %%\nprint('printed after the edit')\n", encoding="utf-8")
    rebuild()
    pages = {
        "parameters/stride/index.html",
        "notebooks/stride_shapes/index.html",
        "ko/parameters/stride/index.html",
        "ko/notebooks/stride_shapes/index.html",
    }
    assert rewritten(before, site) == pages
    for page in pages:
        assert "printed after the edit" in (site / page).read_text(encoding="utf-8"), page
    for notebook in ("notebooks/stride_shapes.ipynb", "ko/notebooks/stride_shapes.ipynb"):
        assert "printed after the edit" in (site / notebook).read_text(encoding="utf-8"), notebook
