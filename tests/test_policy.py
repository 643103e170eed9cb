"""The Content-Security-Policy of every page (conv1d_site/policy.py): first in <head>, it names
the page's own inline scripts by their hashes and allows no other inline script; and in
Chromium nothing the site does breaks it (no `securitypolicyviolation` while searching,
switching the palette and using the calculator; test_browser.py's sweep records them on every
page), while a script injected into a page is refused.
"""

from __future__ import annotations

import re

import pytest

from built import LANGUAGES, PREFIX, pages
from conv1d_site import policy
from browser import POLICY_LISTENER
from test_search import PROBE, search

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def directives(content: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in content.split(";") if part.strip()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_names_its_inline_scripts_and_allows_no_other(built_site, lang):
    for path in pages(built_site, lang):
        text = path.read_text("utf-8")
        head = text[text.index("<head>"):]
        found = META.findall(text)
        assert len(found) == 1 and head.removeprefix("<head>").lstrip().startswith("<meta http-equiv"), path
        script_src = directives(found[0])["script-src"]
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, path
        inline = policy.inline_scripts(text)
        assert inline, path  # Material's and the site's own
        assert sorted(s for s in script_src if s.startswith("'sha256-")) == sorted({policy.digest(s) for s in inline}), path
        assert directives(found[0])["default-src"] == ["'self'"], path


def test_the_policy_reads_scripts_as_a_browser_does():
    page = ('<html><head><script>a()</script><script id="__config" type="application/json">{"x": 1}</script>'
            '<script src="b.js"></script><script type="module">c()</script></head></html>')
    assert policy.inline_scripts(page) == ["a()", "c()"]
    assert policy.digest("a()") == "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"  # printf 'a()' | openssl dgst -sha256 -binary | base64
    assert policy.with_policy(page).startswith('<html><head>\n<meta http-equiv="Content-Security-Policy"')


@pytest.fixture
def context(chromium):
    context = chromium.new_context()
    context.add_init_script(POLICY_LISTENER)
    yield context
    context.close()


def open_page(context, url: str):
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url, wait_until="load")
    return page, errors


def violations(page, errors) -> list:
    found = page.evaluate("window.__violations")
    return found + [e for e in errors if "Content Security Policy" in e or "Content-Security-Policy" in e]


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_palette_and_calculator_keep_to_the_policy(context, served_site, lang):
    base = served_site + PREFIX[lang]
    context.add_init_script(PROBE)
    page, errors = open_page(context, base)
    page.wait_for_function("() => window.__searchProbe.ready === true")
    results = search(page, "padding")
    page.locator(".md-search-result__link").first.click()  # a result, opened
    page.wait_for_load_state("load")
    searched = violations(page, errors)

    page.goto(base + "parameters/stride/", wait_until="load")
    page.locator(".md-header__option label:not([hidden])").click()  # the palette
    block = page.locator(".md-typeset pre:has(> code):has(.md-code__button):visible").first
    block.hover()
    block.locator(".md-code__button").click()  # a copy button
    paletted = violations(page, errors)

    page.goto(base + "calculator/", wait_until="load")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    page.fill("#calc-kernel_size", "5")
    page.fill("#calc-padding", "same")
    calculated = (violations(page, errors), page.text_content('[data-result="output-shape"]'))
    assert results and not searched and not paletted
    assert calculated[0] == [] and calculated[1]


@pytest.mark.browser
def test_an_injected_script_is_refused(context, served_site):
    page, errors = open_page(context, served_site + "parameters/stride/")
    ran = page.evaluate("""() => {
      const script = document.createElement("script")
      script.textContent = "window.__injected = true"
      document.head.append(script)
      const img = document.createElement("img")
      img.setAttribute("onerror", "window.__injected = true")
      img.src = "data:,"
      document.body.append(img)
      return new Promise(done => setTimeout(() => done(window.__injected === true), 100))
    }""")
    refused = [v["directive"] for v in page.evaluate("window.__violations")]
    assert not ran
    assert refused and all(d.startswith("script-src") for d in refused)
