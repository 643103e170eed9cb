"""Everything that depends on mkdocs-material's (or pymdownx's) internals, in one room.

Written against mkdocs-material 9.8.2 and pymdown-extensions 13.1.2 (requirements.txt);
tests/test_material.py fails when the installed versions differ from those, or when a
template copied from Material differs from Material's own by more than the lines listed
in COPIED. Moving to another engine means rewriting this module, `overrides/` and
`hooks.py`, not the core. Each place, and what it buys (measured on the stride pages,
Lighthouse mobile or Chromium's main-thread counters at CPU x4, 412 px):

In this module
- `settle_content`: copy buttons in Material's private markup (`md-code__nav`,
  `md-code__button`, `data-md-type="copy"`, `data-clipboard-target`), written into the
  pages with `content.code.copy` off, and a `<div class="table">` around each table. Material's
  script added both on load, restyling the code block (a table: the whole article) each time:
  Lighthouse TBT 246 -> 168 ms (English), 266 -> 181 ms (Korean); layouts per load 22 -> 10.
- `memoize_highlighting`: pymdownx's `Highlight.highlight` memoized, and the spans Material
  colours nothing (`n`, `w`) dropped: a quarter of a page's elements (212 of 790 spans on the
  stride page), each styled and laid out on a phone.
- `interface_text`: Material's own interface strings (`partials/language.html`) in each
  language, for the copy buttons' titles.
- `search_entries`, `take_search_sections`: Material's search plugin's entries, read as pages
  are indexed (so Kiwi analyzes while the build goes on), then taken out of its
  `search_index.json` for the site's own index; its `is_dirty` flag under `make serve` (the
  site merges entries itself, conv1d_site/serving.py).

In overrides/ (templates and scripts)
- `main.html`, block `site_meta`: Material's block, with descriptions escaped (Material writes a
  quote in one into the attribute, which ends it there), and hreflang links to this same page in
  each language, and only with site_url. `rel="alternate "` (one token, the same to HTML and to
  crawlers) keeps Material's script from taking them for language roots: it would fetch
  `<href>sitemap.xml` for each (a 404 for a page) and reroute the language menu.
- `main.html`, block `extrahead`: the `js` and focus-visible marks on `<html>` set before the
  body is parsed; set by Material's script at the end, each restyled the whole page.
- `main.html`, block `scripts`: `defer` on Material's bundle (`super() | replace`): TBT 203 -> 128 ms,
  FCP 1.53 -> 1.21 s (English stride page, median of 5 runs).
- `partials/alternate.html`: the language menu links to this same page in every language,
  computed at build time (conv1d_site/languages.py: `switcher`). Material's own "stay on page"
  fetches each language's sitemap.xml on every load and needs site_url: without it (make serve,
  a sub-path without SITE_URL) it lands on the other language's home.
- `partials/nav-item.html`: a section's toggle names its `<nav>` (axe-core landmark-unique).
- `partials/search.html`: the search dialog is named (axe-core aria-dialog-name).
- `main.html`, block `extrahead`, and `assets/search.js`: `window.Worker` is wrapped so that
  Material's search box talks to the site's own worker (Korean morphemes, reader words), which
  speaks Material's worker protocol (messages 0-3 and its result format).
- `partials/javascripts/palette.html`: the palette chosen while only the header is parsed, and
  switched only when asked; Material's component switched on every load (three restyles).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

MATERIAL_VERSION = "9.8.2"
PYMDOWNX_VERSION = "13.1.2"

# Templates (or a template's block, `name#block`) copied from Material, each with what it was
# copied for and the hunks that turn Material's lines into the copy's: (removed, added),
# stripped of indentation, blank lines and each file's leading comment left out.
COPIED = {
    "main.html#site_meta": ("base.html#site_meta", "escaped descriptions; hreflang links to this same page", [
        (['<meta name="description" content="{{ page.meta.description }}">'],
         ['<meta name="description" content="{{ page.meta.description | e }}">']),
        (['<meta name="description" content="{{ config.site_description }}">'],
         ['<meta name="description" content="{{ config.site_description | e }}">']),
        ([], ['{% if page and alternates is defined and language_url(alternates[0].link, page.url) %}',
              '{% for alt in alternates %}',
              '<link rel="alternate " hreflang="{{ alt.lang }}" href="{{ language_url(alt.link, page.url) }}">',
              '{% endfor %}',
              '<link rel="alternate " hreflang="x-default" href="{{ language_url(alternates[0].link, page.url) }}">',
              '{% endif %}']),
        (['{% endif %}',
          '{% if config.extra.alternate is iterable %}',
          '{% for alt in config.extra.alternate %}',
          '<link rel="alternate" href="{{ alt.link | url }}" hreflang="{{ alt.lang | d(lang.t(\'language\')) }}">',
          '{% endfor %}'], []),
    ]),
    "partials/alternate.html": ("partials/alternate.html", "the language menu leads to this same page", [
        (['{% for alt in config.extra.alternate %}'], ['{% for alt in alternates %}']),
        (['<a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" class="md-select__link">'],
         ['<a href="{{ alt.href }}" hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" class="md-select__link"',
          '{%- if alt.active %} aria-current="true"{% endif %}>']),
    ]),
    "partials/nav-item.html": ("partials/nav-item.html", "a section's toggle names its <nav>", [
        ([], ['<span class="visually-hidden">{{ render_title(nav_item) }}</span>']),
    ]),
    "partials/search.html": ("partials/search.html", "the search dialog has a name", [
        (['<div class="md-search" data-md-component="search" role="dialog">'],
         ['<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">']),
    ]),
}

# Templates that replace Material's outright, with the SHA-256 (first 16 hex digits) of the
# Material template they replace, as it was when they were written.
REPLACED = {
    "404.html": ("80c93494b5432b1b", "the not-found page in its language, right at any address"),
    "partials/javascripts/palette.html": ("8790389765ea6036", "the palette chosen once, switched only when asked"),
}


# ------------------------------------------------------------ Highlight ------

# Names and whitespace: Material gives names the code's own colour, and whitespace none.
_UNCOLOURED = re.compile(r'<span class="[nw]">([^<]*)</span>')


def memoize_highlighting() -> None:
    """Highlight each distinct code block once per process, without the spans that colour nothing.

    An example's code is shown on its page and on its notebook page, and a cell without
    comments in both languages; Pygments is a large part of a build, and what it returns
    depends only on the code and the highlighter's options.
    """
    from pymdownx.highlight import Highlight

    if getattr(Highlight.highlight, "memoized", False):
        return
    original, cache = Highlight.highlight, {}

    def lighter(*args, **kwargs) -> str:
        return _UNCOLOURED.sub(r"\1", original(*args, **kwargs))

    def highlight(self, src, language, *args, **kwargs):
        if self.title_mode == "html":  # the title goes to this page's own stash
            return lighter(self, src, language, *args, **kwargs)
        if not (self.line_spans or self.line_anchors):
            kwargs.pop("code_block_count", None)  # only numbers line ids
        options = repr(sorted((k, v) for k, v in vars(self).items() if k != "md"))
        key = (options, src, language, repr(args), repr(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = lighter(self, src, language, *args, **kwargs)
        return cache[key]

    highlight.memoized = True
    Highlight.highlight = highlight


# ----------------------------------------------------------- Page content ------

# A code block's <pre> up to its <code>, after the <div> (and title) Markdown wraps it in.
CODE_PRE = re.compile(
    r'(?P<pre>(?:<div class="(?P<classes>[^"]*)">(?:<span class="filename">[^<]*</span>)?)?<pre[^>]*)>'
    r"(?P<span>(?:<span></span>)?)(?=<code)"
)
TABLE = re.compile(r"<table>.*?</table>", re.S)
COPY_BUTTON = (
    '<span class="md-code__nav"><button class="md-code__button" title="{title}" '
    "data-clipboard-target=\"pre[data-code='{n}'] > code\" data-md-type=\"copy\"></button></span>"
)


def interface_text(config, key: str) -> str:
    """One of Material's interface strings, in the site's language."""
    template = '{% import "partials/language.html" as lang with context %}{{ lang.t(key) }}'
    return config.theme.get_env().from_string(template).render(config=config, key=key)


def settle_content(content: str, title: str) -> str:
    """What Material's script would add to the content on load, written into it.

    The buttons are Material's own markup, but in a <span> rather than a <nav> (a code block
    is no navigation landmark), and Material's own clipboard handler copies (content.code.copy
    stays off, so it adds no second set). A table gets a plain <div> around it: Material still
    wraps the table, but what that restyles is the <div>.
    """
    count = 0

    def with_button(m):
        nonlocal count
        if "no-copy" in (m["classes"] or "").split():
            return m[0]
        count += 1
        button = COPY_BUTTON.format(title=html.escape(title), n=count)
        return f'{m["pre"]} data-code="{count}">{m["span"]}{button}'

    content = CODE_PRE.sub(with_button, content)
    return TABLE.sub(lambda m: f'<div class="table">{m[0]}</div>', content)


# --------------------------------------------------------------- Search ------


def search_plugin(config):
    """Material's search plugin of this build, or None when it is off."""
    return config.plugins.get("material/search")


def search_entries(config) -> list[dict]:
    """The sections Material's search plugin has indexed so far in this build."""
    plugin = search_plugin(config)
    return plugin.search_index.entries if plugin else []


def take_search_sections(site_dir: str) -> list[dict] | None:
    """The sections Material's search plugin wrote (`search/search_index.json`), taken out of
    its file (None when the plugin is off).

    Material's page script fetches and parses that file on every page, on the main thread, and
    hands it to its worker; the site's worker (assets/search.js) fetches the sections itself
    (conv1d_site/search.py), so Material's file keeps its settings and no entries."""
    material = Path(site_dir) / "search" / "search_index.json"
    if not material.exists():
        return None
    data = json.loads(material.read_text(encoding="utf-8"))
    material.write_text(json.dumps({**data, "docs": []}, separators=(",", ":")), encoding="utf-8")
    return data["docs"]


def keep_search_entries(config) -> None:
    """Under `make serve`, Material's plugin keeps no entries of pages not rebuilt; the site
    merges them itself (conv1d_site/serving.py), so the plugin indexes as in a full build."""
    plugin = search_plugin(config)
    if plugin:
        plugin.is_dirty = False
