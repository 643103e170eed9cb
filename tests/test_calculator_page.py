"""The calculator page as built, without a browser: what a reader without JavaScript reads
first, nothing that a Content-Security-Policy without 'unsafe-inline' would block, and the
same words (data-* attributes) in every language.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from built import PREFIX
from conv1d_site.languages import LANGUAGES

pytestmark = pytest.mark.xdist_group("calculator-page")


class Article(HTMLParser):
    """The tags of a page's article, in order: (tag, attributes, text of a <script> or <noscript>)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.inside = 0
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.inside += 1
        if self.inside:
            self.tags.append((tag, a))
            if tag == "script":
                self._script = a
                self.scripts.append((a, ""))

    def handle_endtag(self, tag):
        if tag == "article":
            self.inside -= 1
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None and self.scripts:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def article(site, lang: str) -> Article:
    return Article((site / PREFIX[lang] / "calculator" / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_the_notice_comes_first(built_site, lang):
    tags = [tag for tag, _ in article(built_site, lang).tags]
    assert "noscript" in tags and "form" in tags
    assert tags.index("noscript") < tags.index("form")  # said before the fields it is about
    assert tags.index("noscript") < tags.index("p")  # and before anything else the page says


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_inline_that_a_content_security_policy_blocks(built_site, lang):
    page = article(built_site, lang)
    assert page.scripts and all(attrs.get("src") and not text.strip() for attrs, text in page.scripts)
    assert not [(tag, a) for tag, a in page.tags if "style" in a or any(k.startswith("on") for k in a)]


def test_every_language_has_the_same_words(built_site):
    def keys(lang):
        return sorted({k for _, a in article(built_site, lang).tags for k in a if re.match(r"data-(text|msg|hint|fix)-", k)})

    first = keys(LANGUAGES[0])
    assert len(first) > 20
    for lang in LANGUAGES[1:]:
        assert keys(lang) == first, lang
