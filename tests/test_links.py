"""Every link inside the built site, in both languages, reaches a file, and every #fragment an id there.

Checked on the built HTML (the browser tests' build, shared through the "browser" xdist group).
MkDocs checks the links of the Markdown; this checks what the theme, the hooks and the
templates add too: navigation, the language switcher, notebook links, the footer.
"""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from browser import LANGUAGES, language_root

pytestmark = pytest.mark.xdist_group("browser")
BASE = "http://site.invalid/"  # a stand-in origin to resolve relative links against


class Links(HTMLParser):
    """The ids of a page and the addresses it links to or loads."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, address)
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for attr in ("href", "src"):
            if a.get(attr) is not None:
                self.links.append((tag, a[attr]))


@functools.lru_cache(maxsize=None)
def parsed(path: Path) -> Links:
    return Links(path.read_text(encoding="utf-8"))


def target_file(site: Path, url_path: str) -> Path | None:
    """The file a static host serves for `url_path`, None when there is none."""
    path = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def pages(site: Path, lang: str) -> list[Path]:
    found = sorted(language_root(site, lang).rglob("*.html"))
    return [p for p in found if lang == "ko" or not p.is_relative_to(site / "ko")]


def broken_links(site: Path, page: Path) -> list[str]:
    here = urljoin(BASE, page.relative_to(site).as_posix())
    problems = []
    for tag, address in parsed(page).links:
        url = urljoin(here, address)
        parts = urlsplit(url)
        if not url.startswith(BASE):
            continue  # another site, mailto:, javascript:, data:
        target = target_file(site, parts.path)
        if target is None:
            problems.append(f"<{tag}> {address}: no such file")
        elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parsed(target).ids:
            problems.append(f"<{tag}> {address}: no id {parts.fragment!r} in {target.relative_to(site)}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_and_anchor_resolves(built_site, lang):
    found = {p.relative_to(built_site).as_posix(): broken_links(built_site, p) for p in pages(built_site, lang)}
    assert len(found) > 10
    assert not {p: b for p, b in found.items() if b}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_link_to_anchors_and_the_check_sees_them(built_site, lang):
    # The check above must be checking something: the stride page links to its own sections.
    page = language_root(built_site, lang) / "parameters" / "stride" / "index.html"
    fragments = [a for tag, a in parsed(page).links if tag == "a" and "#" in a and not a.startswith("#__")]
    assert len(fragments) > 3, fragments
    assert not broken_links(built_site, page)


def test_a_broken_anchor_is_reported(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<a href="#nowhere">x</a><h2 id="here">y</h2><a href="#here">z</a><a href="gone/">w</a>')
    assert broken_links(tmp_path, page) == [
        "<a> #nowhere: no id 'nowhere' in page.html",
        "<a> gone/: no such file",
    ]
