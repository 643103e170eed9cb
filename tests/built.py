"""The built site as the tests see it: building it (or a small copy of the project with one
thing broken), listing its pages per language, reading their HTML once, serving it."""

from __future__ import annotations

import functools
import http.server
import logging
import re
import shutil
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from conv1d_site import korean
from conv1d_site.languages import LANGUAGES, alternates, prefix

ROOT = Path(__file__).resolve().parents[1]
PREFIX = {lang: prefix(lang) for lang in LANGUAGES}  # each language's folder: "" and "ko/"


# ----------------------------------------------------------------- pages ------


def language_root(site: Path, lang: str) -> Path:
    return site / PREFIX[lang] if PREFIX[lang] else site


def pages(site: Path, lang: str) -> list[Path]:
    """Every HTML page of one language (the first language's pages exclude the others' folders)."""
    others = [site / PREFIX[other] for other in LANGUAGES if PREFIX[other] and other != lang]
    return [p for p in sorted(language_root(site, lang).rglob("*.html")) if not any(p.is_relative_to(o) for o in others)]


def page_paths(site: Path, lang: str) -> list[str]:
    """Every page of one language as a path from the site root: `ko/parameters/stride/`."""
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in pages(site, lang)]


class Html(HTMLParser):
    """What the tests read off a built page: its language, ids, links, language menu and text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.ids: set[str] = set()  # every id (and <a name>) on the page
        self.heading_ids: list[str] = []
        self.links: list[dict] = []  # every tag with href or src: {"tag", attributes...}
        self.alternates: list[dict] = []  # the language menu's links
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if a.get("id"):
            self.ids.add(a["id"])
            if re.fullmatch(r"h[1-6]", tag):
                self.heading_ids.append(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if a.get("href") is not None or a.get("src") is not None:
            self.links.append({"tag": tag, **a})
        if tag == "a" and "md-select__link" in (a.get("class") or ""):
            self.alternates.append(a)

    def handle_data(self, data):
        self.text.append(data)


@functools.lru_cache(maxsize=None)
def html(path: Path) -> Html:
    """A built page, parsed once per test process."""
    return Html(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- builds ------


def build_site(project: Path, site_dir: Path, **options) -> None:
    """`mkdocs build --strict` of `project` into `site_dir` (every language); `options`
    override mkdocs.yml, as `site_url="https://example.org/conv1d/"` does for publishing.

    Kiwi (the Korean analyzer of the search index) is loaded once per test process: each
    build's analyzer, forked from it, then starts at once (a small build: 4.7 s -> 2.7 s)."""
    korean.kiwi()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True, **options)
    build(config)


SMALL_NAV = """nav:
  - index.md
  - parameters/stride.md
"""


def small_project(target: Path) -> Path:
    """A two-page project with the real configuration and build code, to break in tests."""
    target.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(config[: config.index("\nnav:") + 1] + SMALL_NAV, encoding="utf-8")
    for alt in alternates()[1:]:
        shutil.copy(ROOT / f"mkdocs.{alt['lang']}.yml", target / f"mkdocs.{alt['lang']}.yml")
    for name in ("conv1d_site", "overrides"):
        (target / name).symlink_to(ROOT / name)
    (target / "examples").mkdir()
    for suffix in (".py", ".out"):
        shutil.copy(ROOT / "examples" / f"stride_shapes{suffix}", target / "examples")
    for lang in LANGUAGES:
        docs = target / "docs" / lang
        (docs / "parameters").mkdir(parents=True)
        (docs / "index.md").write_text(f"# Home {lang} {{ #home }}\n\n[stride](parameters/stride.md)\n", encoding="utf-8")
        (docs / "parameters" / "stride.md").write_text(
            "# stride { #stride }\n\n## Shapes { #shapes }\n\n{* examples/stride_shapes.py *}\n", encoding="utf-8"
        )
    return target


class Records(logging.Handler):
    """The messages MkDocs logs during a build, warnings and up."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def __enter__(self):
        logging.getLogger("mkdocs").addHandler(self)
        return self

    def __exit__(self, *exc):
        logging.getLogger("mkdocs").removeHandler(self)


# ---------------------------------------------------------------- server ------


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the browser left the page before the response ended: not the site's fault
        super().handle_error(request, client_address)


class Server:
    """A static file server for `directory` on a free port of 127.0.0.1, in a thread."""

    def __init__(self, directory: Path):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
