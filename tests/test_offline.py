"""The offline app (conv1d_site/offline.py, conv1d_site/service_worker.js, assets/offline.js):
once a reader has opened a page, the whole language keeps working without a network.

In Chromium: a page is loaded, its language's service worker saves the language, a notebook
page is opened; then the browser goes offline (Playwright's set_offline, which the worker's
own requests obey too) and the reader navigates, searches, uses the calculator, opens the
notebook page seen and its .ipynb, and asks for a notebook page not seen: that one gets the
offline page, in the reader's language, linking the saved pages. A new build (the small
project of tests/built.py, changed and built again) replaces the saved one.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from built import LANGUAGES, PREFIX, Server, build_site, small_project
from conv1d_site import offline
from test_search import PROBE, search



def until(page, script: str, arg=None, timeout: float = 30) -> None:
    """Wait until `script` (which may return a promise) gives a truthy value in the page."""
    end = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        assert time.monotonic() < end, script
        page.wait_for_timeout(50)


def ready(page) -> None:
    """Wait until the page's language worker controls it and has saved the language."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def heading(page) -> str:
    return page.locator("article h1").first.inner_text().strip().removesuffix("¶").strip()


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_language_keeps_working_offline(chromium, served_site, built_site, lang):
    base = served_site + PREFIX[lang]
    context = chromium.new_context()
    requests, errors = [], []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(PROBE)
    page.goto(base + "parameters/stride/", wait_until="load")
    ready(page)
    page.goto(base + "notebooks/stride_shapes/", wait_until="load")  # opened once, online
    until(page, "u => caches.match(u).then(Boolean)", base + "notebooks/stride_shapes.ipynb")
    title_online = heading(page)

    context.set_offline(True)
    assert page.evaluate("u => fetch(u, {cache: 'no-store'}).then(() => 'reached', () => 'offline')",
                         base + "sitemap.xml") == "offline"  # a file not saved: the network is gone

    page.goto(base + "parameters/padding/", wait_until="load")  # a page not opened before
    padding = (heading(page), page.locator("html").get_attribute("lang"),
               page.evaluate("getComputedStyle(document.querySelector('.md-header')).position"))

    page.goto(base, wait_until="load")  # search, answered by the search worker from the saved index
    page.wait_for_function("() => window.__searchProbe.ready === true")
    results = search(page, "stride")

    page.goto(base + "calculator/?input=2,3,10&in_channels=3&out_channels=4&kernel_size=3", wait_until="load")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    page.fill("#calc-stride", "2")
    shape = page.text_content('[data-result="output-shape"]')

    page.goto(base + "notebooks/stride_shapes/", wait_until="load")
    title_offline = heading(page)
    notebook = page.evaluate("u => fetch(u).then(r => r.json())", base + "notebooks/stride_shapes.ipynb")

    page.goto(base + "notebooks/stride_windows/", wait_until="load")  # never opened: not saved
    shown = {
        "url": urlsplit(page.url).path,
        "lang": page.locator("html").get_attribute("lang"),
        "title": heading(page),
        "missing": page.locator("[data-offline-missing]").is_visible(),
        "asked": page.locator("[data-offline-missing] a").get_attribute("href"),
    }
    page.wait_for_function("() => document.querySelectorAll('[data-offline-list] a').length > 30")
    listed = page.evaluate("() => [...document.querySelectorAll('[data-offline-list] a')].map(a => a.href)")
    page.locator("[data-offline-list] a[href$='/parameters/padding/']").click()
    page.wait_for_load_state("load")
    followed = heading(page)
    context.close()

    padding_heading = re.search(r"<h1[^>]*>(.*?)<", (built_site / PREFIX[lang] / "parameters/padding/index.html")
                               .read_text("utf-8"))[1].strip()
    assert padding == (padding_heading, lang, "sticky")  # styled: the assets came from the cache
    assert results and any("/parameters/stride/" in href for group in results for href in group)
    assert shape == "[2, 4, 4]"
    assert title_offline == title_online
    assert notebook["nbformat"] == 4
    assert shown == {"url": urlsplit(base).path + "offline/", "lang": lang, "title": offline.WORDS[lang]["title"],
                     "missing": True, "asked": urlsplit(base).path + "notebooks/stride_windows/"}
    assert base + "notebooks/stride_shapes/" in listed and base + "parameters/padding/" in listed
    assert not [url for url in listed if url.startswith(base + "ko/")]  # its own language only
    assert followed == padding_heading
    assert not errors
    assert all(is_local(url) for url in requests), [url for url in requests if not is_local(url)]


def saved(page) -> dict:
    return page.evaluate("""async () => {
      const names = await caches.keys()
      const found = {}
      for (const name of names) found[name] = (await (await caches.open(name)).keys()).map(r => r.url)
      return found
    }""")


@pytest.mark.browser
def test_a_new_build_replaces_the_saved_one(chromium, tmp_path):
    project = small_project(tmp_path / "project")
    host = tmp_path / "host"
    build_site(project, host / "sub")
    with Server(host) as server:
        base = server.url + "sub/"
        context = chromium.new_context()
        page = context.new_page()
        page.goto(base + "parameters/stride/", wait_until="load")
        ready(page)
        before = saved(page)
        version = json.loads(re.search(r"const BUILD = (\{.*?\n\})", (host / "sub/sw.js").read_text(), re.S)[1])

        stride = project / "docs" / LANGUAGES[0] / "parameters" / "stride.md"
        stride.write_text(stride.read_text() + "\nA sentence of the new build.\n")
        shutil.rmtree(host / "sub")
        build_site(project, host / "sub")
        page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
        until(page, """v => caches.keys().then(names => names.some(n => n.endsWith(':' + v)) &&
                          !names.some(n => n.includes(':/sub/:') && !n.endsWith(':' + v)))""",
              re.search(r'"version": "(\w+)"', (host / "sub/sw.js").read_text())[1])
        context.set_offline(True)
        page.goto(base + "parameters/stride/", wait_until="load")
        text = page.locator("article").inner_text()
        after = saved(page)
        context.close()
    scope = urlsplit(base).path
    assert [name for name in before if f":{scope}:" in name] == [f"conv1d:{scope}:{version['version']}"]
    assert len([name for name in after if f":{scope}:" in name]) == 1 and list(after) != list(before)
    assert "A sentence of the new build." in text
    assert {url.removeprefix(base) for url in before[f"conv1d:{scope}:{version['version']}"]} == set(version["files"])
    assert all(url.startswith(base) for urls in after.values() for url in urls)  # under the sub-path


def test_what_the_worker_saves(built_site):
    """Every page of the language but the notebook pages; every file those pages load."""
    for lang in LANGUAGES:
        root = built_site / PREFIX[lang]
        build = json.loads(re.search(r"const BUILD = (\{.*?\n\})", (root / "sw.js").read_text(), re.S)[1])
        pages = {p.relative_to(root).as_posix().removesuffix("index.html") for p in root.rglob("index.html")
                 if not any(p.is_relative_to(root / f) for f in build["others"] + offline.OPENED)}
        assert pages <= set(build["files"]) and len(pages) > 30, lang
        for url in build["files"]:
            assert offline.built_file(root, url).is_file(), (lang, url)
        page = (root / "parameters/stride/index.html").read_text("utf-8")
        for ref in re.findall(r'<(?:script|link)\b[^>]*?(?:src|href)="\.\./\.\./([^"#?]+)"', page):
            if (root / ref).is_file() and not ref.endswith(".html") and "/" in ref.rstrip("/"):
                assert ref in build["files"], (lang, ref)
        assert {"search/conv1d_index.json", "assets/search.js", "offline/"} <= set(build["files"])
        manifest = json.loads((root / "manifest.webmanifest").read_text())
        assert manifest["lang"] == lang and manifest["scope"] == manifest["start_url"] == "./"
        assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
        for icon in manifest["icons"]:
            assert (root / icon["src"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_version_follows_every_file_the_build_wrote(tmp_path):
    site = tmp_path / "site"
    (site / "ko").mkdir(parents=True)
    (site / "index.html").write_text("<html><head></head></html>")
    (site / "ko" / "index.html").write_text("ko")
    first = offline.version(site, ["ko/"])
    (site / "ko" / "index.html").write_text("ko, changed")  # another language's: not this one's
    assert offline.version(site, ["ko/"]) == first
    (site / "index.html").write_text("<html><head></head><body>changed</body></html>")
    assert offline.version(site, ["ko/"]) != first
    (site / "sw.js").write_text("whatever")  # the worker itself, which holds the version
    second = offline.version(site, ["ko/"])
    (site / "sw.js").write_text("else")
    assert offline.version(site, ["ko/"]) == second
    assert Path(offline.WORKER).is_file()
