"""Links for contributors (conv1d_site/repository.py): with REPO_URL every page has Material's
"edit this page" and "view source" actions on its own Markdown in its language (a notebook
page: its example's script), and every notebook page opens the repository's copy of its
notebook in Colab and links back to the page that explains it; without REPO_URL nothing
points to any repository. Built from the small project of tests/built.py."""

from __future__ import annotations

import re

import pytest

from built import LANGUAGES, PREFIX, build_site, pages, small_project
from conv1d_site import notebooks, repository

pytestmark = pytest.mark.xdist_group("small-site")
REPO = "https://github.com/example/conv1d-docs"


@pytest.fixture(scope="module")
def with_repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    patch = pytest.MonkeyPatch()
    patch.setenv("REPO_URL", REPO + "/")
    try:
        build_site(small_project(root / "project"), root / "site")
    finally:
        patch.undo()
    return root / "site"


def actions(path) -> dict[str, str]:
    text = path.read_text("utf-8")
    found = re.findall(r'<a href="([^"]+)" title="([^"]+)" class="md-content__button md-icon"', text)
    return {title: href for href, title in found}


def test_every_page_edits_and_shows_its_own_source(with_repo):
    for lang in LANGUAGES:
        root = with_repo / PREFIX[lang]
        expected = {
            "": f"docs/{lang}/index.md",
            "parameters/stride/": f"docs/{lang}/parameters/stride.md",
            "notebooks/stride_shapes/": "examples/stride_shapes.py",
        }
        for url, source in expected.items():
            found = actions(root / url / "index.html")
            assert sorted(found.values()) == sorted([f"{REPO}/edit/main/{source}", f"{REPO}/raw/main/{source}"]), url
        assert actions(root / "offline" / "index.html") == {}  # generated, with no source of its own


def test_notebook_pages_open_in_colab_and_link_back(with_repo):
    for lang in LANGUAGES:
        page = (with_repo / PREFIX[lang] / "notebooks/stride_shapes/index.html").read_text("utf-8")
        colab = f"https://colab.research.google.com/github/example/conv1d-docs/blob/main/notebooks/{lang}/stride_shapes.ipynb"
        assert f'href="{colab}"' in page and notebooks.WORDS[lang]["colab"] in page
        back = re.search(r'<p class="notebook__links">' + re.escape(notebooks.WORDS[lang]["explained"]) +
                         r' <a href="([^"]+)">([^<]+)</a>', page)
        assert back and back[1] == "../../parameters/stride/", lang
        assert repository.notebook_path("stride_shapes", lang).is_file()  # what the link opens


def test_without_repo_url_nothing_points_to_a_repository(small_site):
    site, _ = small_site
    for lang in LANGUAGES:
        for path in pages(site, lang):
            text = path.read_text("utf-8")
            assert actions(path) == {} and "colab.research.google.com" not in text, path
            assert not re.search(r'href="[^"]*/(edit|raw|blob)/main/', text), path
        page = (site / PREFIX[lang] / "notebooks/stride_shapes/index.html").read_text("utf-8")
        assert notebooks.WORDS[lang]["explained"] in page  # the link back needs no repository
