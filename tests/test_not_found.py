"""The not-found pages (conv1d_site/hosting.py, overrides/404.html): a missed address reads in
the language of its folder, with that language's navigation and menu, styled, its links in
the site, whether the site was built with site_url or without and hosted under a sub-path.

The server here does what GitHub Pages does: every miss below the site gets the site's root
404.html, with status 404. The small project of tests/built.py is built into a sub-path of it.
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from built import LANGUAGES, PREFIX, QuietHandler, QuietServer, build_site, small_project
from conv1d_site import hosting
from conv1d_site.languages import PRIMARY

pytestmark = pytest.mark.xdist_group("small-site")
MISSES = {lang: [f"{PREFIX[lang]}no-such-page/", f"{PREFIX[lang]}parameters/strid", f"{PREFIX[lang]}a/b/c.html"]
          for lang in LANGUAGES}


class PagesHost(QuietHandler):
    """A static host serving `<site>/404.html` (404) for every miss below `site` (`/sub/`)."""

    site: Path = Path()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.site / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Host:
    def __init__(self, root: Path, site: Path):
        self.site = site
        handler = type("Handler", (PagesHost,), {"site": site})
        self.httpd = QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def hosts(tmp_path_factory):
    """Two builds, each under /sub/ of its own host: without site_url, and with it."""
    root = tmp_path_factory.mktemp("not-found")
    project = small_project(root / "project")
    found = {}
    for kind in ("relative", "absolute"):
        (root / kind).mkdir()
        host = Host(root / kind, root / kind / "sub")
        build_site(project, root / kind / "sub", **({"site_url": host.url + "sub/"} if kind == "absolute" else {}))
        found[kind] = host
    yield found
    for host in found.values():
        host.close()


def test_each_language_s_404_page_is_in_its_language(hosts):
    site = hosts["relative"].site
    for lang in LANGUAGES:
        text = (site / PREFIX[lang] / "404.html").read_text("utf-8")
        assert f'<html lang="{lang}"' in text
        assert f'<h1 id="not-found">{hosting.WORDS[lang]["title"]}</h1>' in text
        assert 'class="md-select__link"' in text  # the language menu


STATE = """() => ({
  lang: document.documentElement.lang,
  title: document.querySelector("article h1").textContent,
  asked: document.querySelector("[data-not-found-asked]").hidden ? null : document.querySelector("[data-not-found-asked] code").textContent,
  styled: getComputedStyle(document.querySelector(".md-header")).position,
  links: [...document.querySelectorAll("a[href]")].map(a => a.href),
  menu: Object.fromEntries([...document.querySelectorAll(".md-select__link")].map(a => [a.hreflang, a.href])),
  nav: [...document.querySelectorAll(".md-nav__link[href]")].map(a => a.href),
  search: !!document.querySelector(".md-search__input"),
})"""


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["relative", "absolute"])
def test_a_miss_reads_in_the_language_of_its_folder(chromium, hosts, kind):
    host = hosts[kind]
    base = host.url + "sub/"
    context = chromium.new_context()
    page = context.new_page()
    shown, failed = {}, []
    context.on("response", lambda r: r.status >= 400 and r.url.split("?")[0].endswith((".css", ".js", ".svg"))
               and failed.append(r.url))
    for lang in LANGUAGES:
        for miss in MISSES[lang]:
            failed.clear()
            page.goto(base + miss, wait_until="load")
            page.wait_for_function("() => !document.documentElement.hidden && document.querySelector('article h1')")
            page.wait_for_load_state("load")
            shown[miss] = {**page.evaluate(STATE), "address": unquote(urlsplit(page.url).path), "failed": list(failed)}
    context.close()
    for lang in LANGUAGES:
        root = base + PREFIX[lang]
        for miss in MISSES[lang]:
            state = shown[miss]
            asked = "/sub/" + miss
            assert state["lang"] == lang and state["title"] == hosting.WORDS[lang]["title"], miss
            assert state["asked"] == asked, miss
            assert state["styled"] == "sticky", miss  # Material's stylesheet applies
            assert not state["failed"] or kind == "relative", miss  # (relative: before the move)
            assert state["search"]
            assert state["menu"] == {other: base + PREFIX[other] for other in LANGUAGES}, miss
            assert state["nav"] and all(href.startswith(root) for href in state["nav"]), miss
            assert all(href.startswith(base) or not href.startswith(host.url) for href in state["links"]), miss
            assert root + "parameters/stride/" in state["nav"], miss
            if kind == "absolute":  # the address asked for stays in the address bar
                assert state["address"] == asked, miss
            else:
                assert state["address"] == urlsplit(root).path + "404.html", miss


def test_without_site_url_the_404_pages_link_relative_to_themselves(hosts):
    site = hosts["relative"].site
    for lang in LANGUAGES:
        text = (site / PREFIX[lang] / "404.html").read_text("utf-8")
        hrefs = re.findall(r'(?:href|src)="([^"]*)"', text)
        assert hrefs and not [h for h in hrefs if h.startswith("/")], lang
        assert f'"{PREFIX[lang]}"' in hosting.router(lang, [{"lang": lang2, "link": "/" + PREFIX[lang2]}
                                                        for lang2 in LANGUAGES], None)
    assert PRIMARY == LANGUAGES[0]
