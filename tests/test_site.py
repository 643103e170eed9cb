"""The built site: both languages, examples with their outputs, notebooks, budgets."""

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from conv1d_site import examples
from sitebuild import ROOT

pytestmark = pytest.mark.xdist_group("site")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


class Page(HTMLParser):
    """The parts of a built page the tests look at."""

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.ids: list[str] = []
        self.links: list[dict] = []  # every tag with href or src
        self.alternates: list[dict] = []
        self.text: list[str] = []
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a and re.fullmatch(r"h[1-6]", tag):
            self.ids.append(a["id"])
        if "href" in a or "src" in a:
            self.links.append({"tag": tag, **a})
        if tag == "a" and "md-select__link" in a.get("class", ""):
            self.alternates.append(a)

    def handle_data(self, data):
        self.text.append(data)


def pages(site: Path, lang: str) -> list[Path]:
    root = site / "ko" if lang == "ko" else site
    found = sorted(root.rglob("*.html"))
    return [p for p in found if lang == "ko" or not p.is_relative_to(site / "ko")]


def test_both_languages_have_the_same_pages(site):
    en = {p.relative_to(site) for p in pages(site, "en")}
    ko = {p.relative_to(site / "ko") for p in pages(site, "ko")}
    assert en == ko
    assert Path("parameters/stride/index.html") in en


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_html_lang_is_the_page_language(site, lang):
    for path in pages(site, lang):
        assert Page(path).lang == lang, path


@pytest.mark.parametrize("lang,other", [("en", "ko"), ("ko", "en")])
def test_language_switcher_lands_on_the_same_page(site, lang, other):
    root = site / "ko" if lang == "ko" else site
    other_root = site / "ko" if other == "ko" else site
    for path in pages(site, lang):
        if path.name == "404.html":
            continue
        links = {a["hreflang"]: a["href"] for a in Page(path).alternates}
        target = (path.parent / links[other]).resolve()
        same = other_root / path.relative_to(root).parent
        assert target == same.resolve(), (path, links[other])
        assert (target / "index.html").exists()


def hangul_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(bool(HANGUL.match(c)) for c in letters) / max(len(letters), 1)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_search_index_holds_only_its_language(site, lang):
    root = site / "ko" if lang == "ko" else site
    docs = json.loads((root / "search" / "conv1d_docs.json").read_text())["docs"]
    pages_here = {p.relative_to(root).parent.as_posix() for p in pages(site, lang)}
    assert {d["location"].split("#")[0].rstrip("/") or "." for d in docs} <= pages_here
    prose = [d for d in docs if len(d["text"]) > 80]
    shares = {d["location"]: hangul_share(d["title"] + d["text"]) for d in prose}
    if lang == "en":  # the glossary names Korean terms, but is written in English
        assert max(shares.values()) < 0.25, max(shares.items(), key=lambda kv: kv[1])
    else:  # code and torch's messages are English; the prose around them is not
        assert min(shares.values()) > 0, min(shares.items(), key=lambda kv: kv[1])


# A section in the nav: the link to its index page, then its title over its pages.
SECTION = re.compile(
    r'<div class="md-nav__link md-nav__container">\s*<a href="([^"]+)".*?<label class="md-nav__title"[^>]*>(.*?)</label>',
    re.S,
)


def text_of(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_sections_are_named_after_their_index_pages(site, lang):
    home = (site / "ko" if lang == "ko" else site) / "index.html"
    sections = SECTION.findall(home.read_text("utf-8"))
    assert sections
    for href, title in sections:
        index = (home.parent / href / "index.html").resolve()
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", index.read_text("utf-8"), re.S)[1]
        assert text_of(title) == text_of(heading.split('<a class="headerlink"')[0]), href


def test_korean_headings_have_readable_anchors(site):
    ids = [i for p in pages(site, "ko") for i in Page(p).ids]
    assert "skipped-samples" in ids
    assert not [i for i in ids if re.fullmatch(r"_\d*", i)]


def test_korean_and_english_pages_share_anchors(site):
    for path in pages(site, "en"):
        ko = site / "ko" / path.relative_to(site)
        assert Page(path).ids == Page(ko).ids, path


CODE_BLOCK = re.compile(  # a <pre>, its copy button if it has one, and its <code>
    r'<pre[^>]*>(?:<span></span>)?(?:<span class="md-code__nav">.*?</span>)?<code[^>]*>(.*?)</code></pre>', re.S
)


def code_blocks(path: Path) -> list[str]:
    """The text of every code block on a page, highlighting removed."""
    blocks = CODE_BLOCK.findall(path.read_text("utf-8"))
    return [html.unescape(re.sub(r"<[^>]+>", "", b)).strip("\n") for b in blocks]


def test_stride_page_shows_each_cell_and_what_it_printed(site):
    page = site / "parameters/stride/index.html"
    shown = code_blocks(page)
    seen, repeats = set(), 0
    for name in ["stride_shapes", "stride_windows", "stride_skipped", "stride_same_padding"]:
        run = examples.cached_run(examples.EXAMPLES_DIR / f"{name}.py")
        for cell, result in zip(run.example.cells, run.cells):
            code = cell.code("en")
            if code in seen and not result.output:
                repeats += 1  # a setup cell already shown on the page
            else:
                assert code in shown
            seen.add(code)
            if result.output:
                assert result.output.rstrip("\n") in shown, (name, result.output)
    assert repeats > 0
    assert page.read_text("utf-8").count('class="example__repeat"') == repeats


def test_error_example_shows_type_and_message(site):
    shown = code_blocks(site / "parameters/stride/index.html")
    assert "ValueError: padding='same' is not supported for strided convolutions" in shown


def test_comments_follow_the_page_language(site):
    en = "\n".join(code_blocks(site / "parameters/stride/index.html"))
    ko = "\n".join(code_blocks(site / "ko/parameters/stride/index.html"))
    assert "# Only the stride changes; kernel_size stays 3." in en
    assert "# kernel_size는 3으로 두고 stride만 바꿉니다." in ko
    assert not HANGUL.search(en)
    assert "Only the stride changes" not in ko


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_notebook_downloads_hold_code_and_outputs(site, lang):
    root = site / "ko" if lang == "ko" else site
    for path in examples.all_examples():
        notebook = nbformat.read(root / "notebooks" / f"{path.stem}.ipynb", as_version=4)
        nbformat.validate(notebook)
        run = examples.cached_run(path)
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert [c.source for c in code] == [c.code(lang) for c in run.example.cells]
        printed = ["".join(o.get("text", "") for o in c.outputs if o.output_type == "stream") for c in code]
        assert printed == [c.printed + "".join(w + "\n" for w in c.warnings) for c in run.cells]
        assert (root / "notebooks" / path.stem / "index.html").exists()


def test_pages_link_to_their_notebooks(site):
    page = Page(site / "parameters/stride/index.html")
    hrefs = [link.get("href") for link in page.links]
    assert "../../notebooks/stride_shapes.ipynb" in hrefs
    assert "../../notebooks/stride_shapes/" in hrefs


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_nothing_loads_from_outside_the_site(site, lang):
    for path in pages(site, lang):
        for link in Page(path).links:
            if link["tag"] == "a":
                continue  # a link the reader may follow, not a resource the page loads
            url = link.get("src") or link.get("href")
            assert not re.match(r"^(https?:)?//", url), (path, link)
    for css in site.rglob("*.css"):
        assert not re.search(r"@import|url\((['\"]?)(https?:)?//", css.read_text()), css


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_links_are_relative_so_the_site_can_live_under_a_sub_path(site, lang):
    # 404.html is served at any address, so its links are absolute, from site_url.
    for path in [p for p in pages(site, lang) if p.name != "404.html"]:
        for link in Page(path).links:
            url = link.get("src") or link.get("href")
            assert not (url.startswith("/") and not url.startswith("//")), (path, link)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_page_is_under_100_kb(site, lang):
    for path in pages(site, lang):
        assert path.stat().st_size < 100_000, path


PARAMETER_PAGES = sorted(p.stem for p in (ROOT / "docs/en/parameters").glob("*.md") if p.stem != "index")


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("name", PARAMETER_PAGES)
def test_parameter_pages_have_a_diagram_with_a_text_alternative(site, lang, name):
    root = site / "ko" if lang == "ko" else site
    html = (root / "parameters" / name / "index.html").read_text("utf-8")
    figures = re.findall(r"<figure class=\"diagram\">\s*(<svg.*?</svg>)", html, re.S)
    assert figures, name
    for svg in figures:
        assert 'role="img"' in svg and "<title" in svg
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S).group(1)
        assert bool(HANGUL.search(desc)) == (lang == "ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_page_thread_parses_no_search_texts(site, lang):
    # Material's script fetches search_index.json on every page load and parses it on the
    # page's thread; the site's search worker fetches the sections (conv1d_docs.json) itself.
    root = site / "ko" if lang == "ko" else site
    assert json.loads((root / "search" / "search_index.json").read_text())["docs"] == []
    assert len(json.loads((root / "search" / "conv1d_docs.json").read_text())["docs"]) > 50


class CodeBlocks(HTMLParser):
    """Each <pre> of a page with the copy buttons inside it, and whether it holds a <code>
    and is an output (inside .no-copy)."""

    VOID = {"br", "img", "input", "link", "meta", "hr", "source", "path", "rect", "line", "circle", "use"}

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict, int]] = []  # elements open here: tag, attributes, last <pre> so far
        self.pres: list[dict] = []  # {"attrs", "code", "output", "buttons"}
        self.stray_buttons = 0  # copy buttons outside any <pre>
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        inside = next((self.pres[i] for t, _, i in reversed(self.open) if t == "pre"), None)
        if tag == "pre":
            classes = {c for _, a, _ in self.open for c in (a.get("class") or "").split()}
            self.pres.append({"attrs": attrs, "code": False, "output": "no-copy" in classes, "buttons": []})
        elif tag == "code" and self.open and self.open[-1][0] == "pre":
            inside["code"] = True
        elif tag == "button" and attrs.get("data-md-type") == "copy":
            if inside is None:
                self.stray_buttons += 1
            else:
                inside["buttons"].append(attrs)
        if tag not in self.VOID:
            self.open.append((tag, attrs, len(self.pres) - 1))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_code_block_but_outputs_has_a_copy_button_for_itself(site, lang):
    copyable = 0
    for path in pages(site, lang):
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', path.read_text("utf-8"))
        title = json.loads(config[1])["translations"]["clipboard.copy"]  # Material's, in the page's language
        found = CodeBlocks(path)
        assert found.stray_buttons == 0, path
        assert not [pre for pre in found.pres if pre["buttons"] and not pre["code"]], path
        blocks = [pre for pre in found.pres if pre["code"]]
        numbers = [pre["attrs"].get("data-code") for pre in blocks if not pre["output"]]
        assert len(numbers) == len(set(numbers)), path  # each button's target selects one block
        for pre in blocks:
            if pre["output"]:
                assert pre["buttons"] == [], path
                continue
            copyable += 1
            [button] = pre["buttons"]
            assert button["data-clipboard-target"] == f"pre[data-code='{pre['attrs']['data-code']}'] > code", path
            assert button["title"] == title, path
    assert copyable > 100
