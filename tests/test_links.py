"""Every link inside the built site, in every language, reaches a file, and every #fragment an id there.

Checked on the built HTML of the run's build.
MkDocs checks the links of the Markdown; this checks what the theme, the hooks and the
templates add too: navigation, the language switcher, notebook links, the footer.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from built import LANGUAGES, language_root, pages
from built import html as parsed

BASE = "http://site.invalid/"  # a stand-in origin to resolve relative links against


def target_file(site: Path, url_path: str) -> Path | None:
    """The file a static host serves for `url_path`, None when there is none."""
    path = site / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def broken_links(site: Path, page: Path) -> list[str]:
    here = urljoin(BASE, page.relative_to(site).as_posix())
    problems = []
    for link in parsed(page).links:
        tag, address = link["tag"], link["href"] if "href" in link else link["src"]
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
    fragments = [a["href"] for a in parsed(page).links if a["tag"] == "a" and "#" in a.get("href", "")
                 and not a["href"].startswith("#__")]
    assert len(fragments) > 3, fragments
    assert not broken_links(built_site, page)


def test_a_broken_anchor_is_reported(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<a href="#nowhere">x</a><h2 id="here">y</h2><a href="#here">z</a><a href="gone/">w</a>')
    assert broken_links(tmp_path, page) == [
        "<a> #nowhere: no id 'nowhere' in page.html",
        "<a> gone/: no such file",
    ]
