"""The palette in Chromium: the reader's choice holds for the whole site, every language, and
the toggle works whatever the site's storage holds or allows (overrides/partials/javascripts/
palette.html, and the guarded storage helpers of overrides/main.html).

Blocked storage is what Chromium does when the reader blocks all site data: reading
`localStorage` throws a SecurityError. An init script makes it throw the same way.
"""

from __future__ import annotations

import pytest

from built import LANGUAGES, PREFIX

pytestmark = pytest.mark.browser
PAGE = "parameters/"  # a short page: the palette is the same on every page
BLOCKED = """for (const name of ["localStorage", "sessionStorage"])
  Object.defineProperty(window, name, {get() { throw new DOMException("The operation is insecure.", "SecurityError") }})"""
STATE = """() => ({
  scheme: document.body.getAttribute("data-md-color-scheme"),
  toggles: [...document.querySelectorAll(".md-header__option label")].filter(l => !l.hidden && l.offsetParent).length,
})"""


def open_page(chromium, url: str, init: str | None = None, storage: dict | None = None):
    context = chromium.new_context(color_scheme="light")
    if init:
        context.add_init_script(init)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    if storage:  # values stored before the site's own scripts run
        page.goto(url)
        page.evaluate("s => Object.entries(s).forEach(([k, v]) => localStorage.setItem(k, v))", storage)
    page.goto(url)
    return context, page, errors


def toggle(page) -> None:
    page.locator(".md-header__option label:not([hidden])").click()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_scheme_chosen_in_one_language_holds_in_every_other(chromium, served_site, lang):
    context, page, errors = open_page(chromium, served_site + PREFIX[lang] + PAGE)
    toggle(page)
    chosen = page.evaluate(STATE)
    elsewhere = {}
    for other in LANGUAGES:
        page.goto(served_site + PREFIX[other] + "calculator/")
        elsewhere[other] = page.evaluate(STATE)
    context.close()
    assert chosen == {"scheme": "slate", "toggles": 1}
    assert elsewhere == {other: chosen for other in LANGUAGES}
    assert not errors


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_toggle_works_with_the_site_s_storage_blocked(chromium, served_site, lang):
    context, page, errors = open_page(chromium, served_site + PREFIX[lang] + PAGE, init=BLOCKED)
    first = page.evaluate(STATE)
    toggle(page)
    switched = page.evaluate(STATE)
    blocked = page.evaluate("() => { try { localStorage; return false } catch (e) { return e.name } }")
    context.close()
    assert blocked == "SecurityError"  # the emulation works
    assert first == {"scheme": "default", "toggles": 1}
    assert switched == {"scheme": "slate", "toggles": 1}
    assert not errors


CORRUPT = ["{not json", '"slate"', '{"index": 7}', '{"index": "1"}', "null"]


@pytest.mark.parametrize("value", CORRUPT)
def test_the_toggle_works_over_a_corrupt_stored_choice(chromium, served_site, value):
    url = served_site + PREFIX[LANGUAGES[-1]] + PAGE
    keys = {}  # every key the palette (and Material's tabs) may read, in every scope
    for lang in LANGUAGES:
        scope = "/" + (served_site + PREFIX[lang]).split("/", 3)[3]
        keys.update({scope + ".__palette": value, scope + ".__tabs": value})
    context, page, errors = open_page(chromium, url, storage=keys)
    first = page.evaluate(STATE)
    toggle(page)
    switched = page.evaluate(STATE)
    context.close()
    assert first == {"scheme": "default", "toggles": 1}
    assert switched == {"scheme": "slate", "toggles": 1}
    assert not errors
