"""The built site: every language, examples with their outputs, notebooks, budgets."""

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from built import LANGUAGES, ROOT, language_root, pages
from built import html as page_html
from conv1d_site.examples import EXAMPLES_DIR, all_examples
from conv1d_site.languages import PRIMARY

HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


def relative_pages(site: Path, lang: str) -> set[Path]:
    return {p.relative_to(language_root(site, lang)) for p in pages(site, lang)}


def test_every_language_has_the_same_pages(site):
    first = relative_pages(site, PRIMARY)
    assert Path("parameters/stride/index.html") in first
    for lang in LANGUAGES:
        assert relative_pages(site, lang) == first, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_lang_is_the_page_language(site, lang):
    for path in pages(site, lang):
        assert page_html(path).lang == lang, path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_switcher_lands_on_the_same_page(site, lang):
    root = language_root(site, lang)
    for path in pages(site, lang):
        if path.name == "404.html":
            continue
        links = {a["hreflang"]: a["href"] for a in page_html(path).alternates}
        assert sorted(links) == sorted(LANGUAGES), path
        for other, href in links.items():
            target = (path.parent / href).resolve()
            same = language_root(site, other) / path.relative_to(root).parent
            assert target == same.resolve(), (path, href)
            assert page_html(target / "index.html").lang == other


def hangul_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(bool(HANGUL.match(c)) for c in letters) / max(len(letters), 1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_holds_only_its_language(site, lang):
    root = language_root(site, lang)
    docs = json.loads((root / "search" / "conv1d_docs.json").read_text())["docs"]
    pages_here = {p.relative_to(root).parent.as_posix() for p in pages(site, lang)}
    assert {d["location"].split("#")[0].rstrip("/") or "." for d in docs} <= pages_here
    if lang != "ko":  # the glossary names Korean terms, but is written in English
        prose_sections = [d for d in docs if len(d["text"]) > 80]
        assert max(hangul_share(d["title"] + d["text"]) for d in prose_sections) < 0.25


# What a page writes in its own language: its article, without code, tables (identifiers and
# torch's messages) and diagrams.
NOT_PROSE = re.compile(r"<(code|pre|table|svg|script|style)\b[^>]*>.*?</\1>", re.S)


def article_prose(path: Path) -> str:
    article = re.search(r"<article\b.*?</article>", path.read_text("utf-8"), re.S)[0]
    return html.unescape(re.sub(r"<[^>]+>", " ", NOT_PROSE.sub(" ", article)))


def test_korean_pages_are_written_in_korean(site):
    explained = [p for p in pages(site, "ko") if "notebooks" not in p.parts and p.name != "404.html"]
    shares = {p.relative_to(site).as_posix(): hangul_share(article_prose(p)) for p in explained}
    assert len(shares) > 30
    assert min(shares.values()) >= 0.4, min(shares.items(), key=lambda kv: kv[1])


FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


class Description(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "meta" and dict(attrs).get("name") == "description":
            self.found.append(dict(attrs))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_page_s_description_is_its_front_matter_s(site, lang):
    import yaml

    checked = 0
    for source in sorted((ROOT / "docs" / lang).rglob("*.md")):
        meta = FRONT_MATTER.match(source.read_text(encoding="utf-8"))
        description = meta and yaml.safe_load(meta[1]).get("description")
        rel = source.relative_to(ROOT / "docs" / lang).with_suffix("")
        page = language_root(site, lang) / (rel.parent if rel.name == "index" else rel) / "index.html"
        found = Description(page.read_text(encoding="utf-8")).found
        assert len(found) == 1, (source, found)  # a quote in a description broke the tag apart
        if description:
            assert found[0] == {"name": "description", "content": description}, source  # whole, no stray attributes
            checked += 1
    assert checked > 30


# A section in the nav: the link to its index page, then its title over its pages.
SECTION = re.compile(
    r'<div class="md-nav__link md-nav__container">\s*<a href="([^"]+)".*?<label class="md-nav__title"[^>]*>(.*?)</label>',
    re.S,
)


def text_of(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sections_are_named_after_their_index_pages(site, lang):
    home = language_root(site, lang) / "index.html"
    sections = SECTION.findall(home.read_text("utf-8"))
    assert sections
    for href, title in sections:
        index = (home.parent / href / "index.html").resolve()
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", index.read_text("utf-8"), re.S)[1]
        assert text_of(title) == text_of(heading.split('<a class="headerlink"')[0]), href


def test_korean_headings_have_readable_anchors(site):
    ids = [i for p in pages(site, "ko") for i in page_html(p).heading_ids]
    assert "skipped-samples" in ids
    assert not [i for i in ids if re.fullmatch(r"_\d*", i)]


def test_every_language_has_the_same_heading_anchors(site):
    for path in pages(site, PRIMARY):
        for lang in LANGUAGES:
            other = language_root(site, lang) / path.relative_to(language_root(site, PRIMARY))
            assert page_html(path).heading_ids == page_html(other).heading_ids, (path, lang)


CODE_BLOCK = re.compile(  # a <pre>, its copy button if it has one, and its <code>
    r'<pre[^>]*>(?:<span></span>)?(?:<span class="md-code__nav">.*?</span>)?<code[^>]*>(.*?)</code></pre>', re.S
)


def code_blocks(path: Path) -> list[str]:
    """The text of every code block on a page, highlighting removed."""
    blocks = CODE_BLOCK.findall(path.read_text("utf-8"))
    return [html.unescape(re.sub(r"<[^>]+>", "", b)).strip("\n") for b in blocks]


def test_stride_page_shows_each_cell_and_what_it_printed(site, example_runs):
    page = site / "parameters/stride/index.html"
    shown = code_blocks(page)
    seen, repeats = set(), 0
    for name in ["stride_shapes", "stride_windows", "stride_skipped", "stride_same_padding"]:
        run = example_runs[EXAMPLES_DIR / f"{name}.py"]
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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notebooks_and_their_pages_hold_code_and_outputs(site, lang, example_runs):
    root = language_root(site, lang)
    for path in all_examples():
        notebook = nbformat.read(root / "notebooks" / f"{path.stem}.ipynb", as_version=4)
        nbformat.validate(notebook)
        run = example_runs[path]
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert [c.source for c in code] == [c.code(lang) for c in run.example.cells]
        printed = ["".join(o.get("text", "") for o in c.outputs if o.output_type == "stream") for c in code]
        assert printed == [c.printed + "".join(w + "\n" for w in c.warnings) for c in run.cells]
        shown = code_blocks(root / "notebooks" / path.stem / "index.html")  # the notebook's own page
        for cell, result in zip(run.example.cells, run.cells):
            assert cell.code(lang) in shown or not cell.code(lang), (path.stem, cell.line)
            assert result.output.rstrip("\n") in shown or not result.output, (path.stem, cell.line)


def test_pages_link_to_their_notebooks(site):
    page = page_html(site / "parameters/stride/index.html")
    hrefs = [link.get("href") for link in page.links]
    assert "../../notebooks/stride_shapes.ipynb" in hrefs
    assert "../../notebooks/stride_shapes/" in hrefs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_loads_from_outside_the_site(site, lang):
    for path in pages(site, lang):
        for link in page_html(path).links:
            if link["tag"] == "a":
                continue  # a link the reader may follow, not a resource the page loads
            url = link.get("src") or link.get("href")
            assert not re.match(r"^(https?:)?//", url), (path, link)
    for css in site.rglob("*.css"):
        assert not re.search(r"@import|url\((['\"]?)(https?:)?//", css.read_text()), css


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_are_relative_so_the_site_can_live_under_a_sub_path(site, lang):
    # 404.html is served at any address, so its links are absolute, from site_url.
    for path in [p for p in pages(site, lang) if p.name != "404.html"]:
        for link in page_html(path).links:
            url = link.get("src") or link.get("href")
            assert not (url.startswith("/") and not url.startswith("//")), (path, link)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_under_100_kb(site, lang):
    for path in pages(site, lang):
        assert path.stat().st_size < 100_000, path


PARAMETER_PAGES = sorted(p.stem for p in (ROOT / "docs/en/parameters").glob("*.md") if p.stem != "index")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PARAMETER_PAGES)
def test_parameter_pages_have_a_diagram_with_a_text_alternative(site, lang, name):
    html = (language_root(site, lang) / "parameters" / name / "index.html").read_text("utf-8")
    figures = re.findall(r"<figure class=\"diagram\">\s*(<svg.*?</svg>)", html, re.S)
    assert figures, name
    for svg in figures:
        assert 'role="img"' in svg and "<title" in svg
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S).group(1)
        assert bool(HANGUL.search(desc)) == (lang == "ko")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_thread_parses_no_search_texts(site, lang):
    # Material's script fetches search_index.json on every page load and parses it on the
    # page's thread; the site's search worker fetches the sections (conv1d_docs.json) itself.
    root = language_root(site, lang)
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


@pytest.mark.parametrize("lang", LANGUAGES)
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
