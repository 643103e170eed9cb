"""The site as it is published (publish.yml sets SITE_URL): every page names its own address
(canonical) and the same page in each language (hreflang; x-default is English), and each
language has a sitemap of its own pages, naming their translations too.

Checked on the small project (tests/built.py) built with a site_url. The expected
addresses come from the files the build wrote, not from the templates that wrote the links.
Without a site_url there must be no such links: relative hreflang addresses are invalid.

In Chromium, a build whose site_url is a sub-path of the local server: Material's script must
leave the hreflang links alone (it would fetch `<href>sitemap.xml` for each one it took for a
language root, see overrides/main.html), and the language menu must still land on the same page.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from built import PREFIX, Server, build_site, page_paths, small_project
from conv1d_site.languages import LANGUAGES, PRIMARY

pytestmark = pytest.mark.xdist_group("small-site")  # its builds, once, on one worker
SITE_URL = "https://example.org/conv1d/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def hosted(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hosted")
    build_site(small_project(root / "project"), root / "site", site_url=SITE_URL)
    return root / "site"


@pytest.fixture(scope="module")
def local(small_site) -> Path:
    return small_site[0]


def page_urls(site: Path, lang: str) -> list[str]:
    """Each page's URL below its language's root, from the files built: `parameters/stride/`."""
    paths = [p for p in page_paths(site, lang) if not p.endswith("404.html")]
    return [p.removeprefix(PREFIX[lang]) for p in paths]


def address(base: str, lang: str, url: str) -> str:
    return base + PREFIX[lang] + url


def translations(base: str, url: str) -> dict[str, str]:
    """What the hreflang links of the page at `url`, in any language, must say (x-default: the first)."""
    return {**{lang: address(base, lang, url) for lang in LANGUAGES}, "x-default": address(base, PRIMARY, url)}


class Head(HTMLParser):
    """The <link> elements in a page's <head>, each as (its rel tokens, its attributes)."""

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[list[str], dict]] = []
        self.in_head = True
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_head = False
        if tag == "link" and self.in_head:
            a = dict(attrs)
            self.links.append(((a.get("rel") or "").lower().split(), a))  # rel is a set of tokens

    def canonical(self) -> list[str]:
        return [a["href"] for rel, a in self.links if "canonical" in rel]

    def hreflang(self) -> dict[str, str]:
        found = [(a["hreflang"], a["href"]) for rel, a in self.links if "alternate" in rel and "hreflang" in a]
        assert len({lang for lang, _ in found}) == len(found), found  # one link per language
        return dict(found)


def built_file(site: Path, url: str) -> Path:
    """The page a static host serves for the absolute address `url` of the hosted build."""
    assert url.startswith(SITE_URL), url
    return site / url.removeprefix(SITE_URL) / "index.html"


@pytest.mark.parametrize("lang", PREFIX)
def test_each_page_names_its_address_and_the_same_page_in_each_language(hosted, lang):
    urls = page_urls(hosted, lang)
    assert {"", "parameters/stride/", "notebooks/stride_shapes/"} <= set(urls)
    for url in urls:
        own = address(SITE_URL, lang, url)
        head = Head(built_file(hosted, own))
        assert head.canonical() == [own], url
        assert head.hreflang() == translations(SITE_URL, url), url
        for other, there in head.hreflang().items():  # and each of those pages links back here
            assert Head(built_file(hosted, there)).hreflang()[lang] == own, (url, other)


@pytest.mark.parametrize("lang", PREFIX)
def test_each_language_has_a_sitemap_of_its_own_pages(hosted, lang):
    sitemap = ET.parse(hosted / PREFIX[lang] / "sitemap.xml").getroot()
    entries = {}
    for entry in sitemap.iter(f"{SITEMAP}url"):
        links = entry.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        entries[entry.findtext(f"{SITEMAP}loc")] = {link.get("hreflang"): link.get("href") for link in links}
    urls = page_urls(hosted, lang)
    assert sorted(entries) == sorted(address(SITE_URL, lang, url) for url in urls)
    for url in urls:
        assert entries[address(SITE_URL, lang, url)] == translations(SITE_URL, url), url


def test_without_site_url_no_page_names_an_address(local):
    for lang in PREFIX:
        for url in page_urls(local, lang):
            head = Head(local / PREFIX[lang] / url / "index.html")
            assert not head.canonical() and not head.hreflang(), url
        sitemap = ET.parse(local / PREFIX[lang] / "sitemap.xml").getroot()
        assert not list(sitemap.iter(f"{SITEMAP}url"))  # MkDocs would list Korean pages at English addresses


# ------------------------------------------------------------ in Chromium ------


@pytest.mark.browser
def test_material_leaves_hreflang_links_alone_under_a_sub_path(chromium, tmp_path):
    requests, failed, errors = [], [], []
    landed, links = {}, {}
    (tmp_path / "host").mkdir()
    with Server(tmp_path / "host") as server:
        base = server.url + "conv1d/"  # the site_url: a sub-path of this server
        build_site(small_project(tmp_path / "project"), tmp_path / "host" / "conv1d", site_url=base)
        context = chromium.new_context()
        page = context.new_page()
        context.on("request", lambda r: requests.append(r.url))
        context.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for lang, other in zip(LANGUAGES, LANGUAGES[1:] + LANGUAGES[:1]):
            page.goto(address(base, lang, "parameters/stride/"), wait_until="networkidle")
            links[lang] = page.evaluate(
                """() => Object.fromEntries([...document.head.querySelectorAll('link[hreflang]')]
                     .filter(l => l.relList.contains('alternate')).map(l => [l.hreflang, l.href]))"""
            )
            page.hover(".md-header__option .md-select")  # the menu opens on hover or focus
            with page.expect_navigation(wait_until="networkidle"):
                page.locator(f".md-select__link[hreflang={other}]").click()
            landed[lang] = page.url
        context.close()
    assert links == {lang: translations(base, "parameters/stride/") for lang in PREFIX}  # there to misread
    assert landed == {lang: address(base, other, "parameters/stride/")
                      for lang, other in zip(LANGUAGES, LANGUAGES[1:] + LANGUAGES[:1])}
    assert not [url for url in requests if "sitemap" in url]
    assert not failed and not errors
    assert all(url.startswith(server.url) or url.startswith("data:") for url in requests)
