"""The built site in Chromium: every page loads cleanly, keeps to its Content-Security-Policy,
passes axe-core and reads on a phone
(tests/phone_layout.js at 360 and 412 px); the language switcher, the copy buttons, notebook
downloads and the dark scheme work as a reader sees them.

Needs Debian's Chromium (/usr/bin/chromium) and axe-core from `npm ci` (node_modules/).
Each page is visited once: loaded, its console and requests recorded, then axe-core run on it
(injected once per page, as the context's init script). The pages of each language are swept
in CHUNKS tests, so that xdist's workers share them.

Which pages: every page of every language except the notebook pages, of which only the
stride page's four are visited. A notebook page is one example on a fixed template, and every
example is also shown on a page visited here; there are two notebook pages per example
(over 200). CONV1D_BROWSER_ALL=1 visits them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
import pytest

from browser import AXE, COLORS_JS, POLICY_LISTENER, background, contrast, parse_rgb
from built import LANGUAGES, PREFIX, page_paths

pytestmark = pytest.mark.browser
NOTEBOOK_SAMPLE = {"stride_shapes", "stride_windows", "stride_skipped", "stride_same_padding"}
CHUNKS = 4  # tests per language for the sweep

# Every axe-core violation fails the test, whatever its impact (minor to critical).
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
  }));
}"""


@dataclass
class Visit:
    """What one page did while it loaded, and what axe-core found on it."""

    console_errors: list[tuple[str, str]] = field(default_factory=list)  # (message, its URL)
    failed: list[str] = field(default_factory=list)  # responses with status >= 400
    requests: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)  # phone_layout.js's problems, per width
    policy: list[dict] = field(default_factory=list)  # securitypolicyviolation events


PHONE_LAYOUT = Path(__file__).with_name("phone_layout.js").read_text(encoding="utf-8")
PHONES = (360, 412)  # CSS px: the narrow phones most readers hold, and a common wide one


def pages_to_visit(site, lang: str) -> list[str]:
    everything = os.environ.get("CONV1D_BROWSER_ALL") == "1"
    chosen = []
    for path in page_paths(site, lang):
        parts = path.removeprefix(PREFIX[lang]).split("/")
        if everything or parts[0] != "notebooks" or parts[1] in NOTEBOOK_SAMPLE:
            chosen.append(path)
    return chosen


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


DESKTOP = {"width": 1280, "height": 720}


def visit(chromium, base: str, paths: list[str], axe: bool = True, phones=PHONES) -> dict[str, Visit]:
    """Load each page in turn, recording what it did; run axe-core on it as a desktop shows it,
    then check its layout at each phone width."""
    context = chromium.new_context(viewport=DESKTOP)
    context.add_init_script(POLICY_LISTENER)
    if axe:
        context.add_init_script(path=str(AXE))  # sent once; evaluated as each page starts
    page = context.new_page()
    found: dict[str, Visit] = {}
    now: list[Visit] = [Visit()]
    context.on("request", lambda r: now[0].requests.append(r.url))
    context.on("response", lambda r: r.status >= 400 and now[0].failed.append(f"{r.status} {r.url}"))
    page.on("pageerror", lambda e: now[0].console_errors.append((f"uncaught: {e}", "")))

    def console(message):
        if message.type == "error":
            now[0].console_errors.append((message.text, message.location.get("url", "")))

    page.on("console", console)
    for path in paths:
        now[0] = found[path] = Visit()
        page.goto(base + path, wait_until="load")
        if axe:
            found[path].violations = page.evaluate(AXE_RUN)
        for width in phones:
            page.set_viewport_size({"width": width, "height": 800})
            found[path].layout += [f"{width} px: {p}" for p in page.evaluate(PHONE_LAYOUT)]
        if phones:
            page.set_viewport_size(DESKTOP)
        found[path].policy = page.evaluate("window.__violations")  # axe has given the deferred scripts time
    context.close()
    return found


def problems(visit: Visit) -> list[str]:
    """Console errors, failed and outside requests, and axe-core violations."""
    found = [f"console: {text} ({url})" for text, url in visit.console_errors]
    found += [f"failed: {f}" for f in visit.failed]  # also a console error
    found += [f"outside request: {url}" for url in visit.requests if not is_local(url)]
    found += [f"axe {v['id']} ({v['impact']}): {v['help']} at {v['nodes']}" for v in visit.violations]
    found += [f"phone {p}" for p in visit.layout]
    found += [f"Content-Security-Policy: {v}" for v in visit.policy]
    return found


# Each page is visited by one test of the sweep, whichever worker runs it.
@pytest.mark.parametrize("chunk", range(CHUNKS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_load_cleanly_pass_axe_and_read_on_a_phone(built_site, served_site, chromium, lang, chunk):
    paths = pages_to_visit(built_site, lang)[chunk::CHUNKS]
    visits = visit(chromium, served_site, paths)
    assert len(visits) > 3
    assert all(v.requests for v in visits.values())  # the recording works
    found = {path: problems(v) for path, v in visits.items()}
    assert not {p: f for p, f in found.items() if f}


# ------------------------------------------------------------ the reader ------


@pytest.fixture
def page(chromium):
    context = chromium.new_context()
    yield context.new_page()
    context.close()


SWITCHED = ("", "parameters/stride/", "calculator/", "notebooks/stride_shapes/")  # four kinds of page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_menu_lands_on_the_same_page(page, served_site, lang):
    other = (LANGUAGES[1:] + LANGUAGES[:1])[LANGUAGES.index(lang)]  # the next language
    for path in SWITCHED:
        page.goto(served_site + PREFIX[lang] + path)
        page.hover(".md-header__option .md-select")  # the menu opens on hover or focus
        link = page.locator(f".md-select__link[hreflang={other}]")
        with page.expect_navigation():
            link.click()
        landed = urlsplit(page.url)  # the calculator keeps its inputs in the query
        assert f"{landed.scheme}://{landed.netloc}{landed.path}" == served_site + PREFIX[other] + path
        assert page.locator("html").get_attribute("lang") == other


# Code blocks (a page's examples, and the calculator's code) and their copy buttons, each
# in its own block: outputs are for reading, not for copying.
COPY_BUTTONS = """() => {
  const blocks = [...document.querySelectorAll(".md-typeset pre > code")].map(c => c.parentElement)
  const buttons = [...document.querySelectorAll(".md-code__button[data-md-type=copy]")]
  return {
    copyable: blocks.filter(pre => !pre.closest(".no-copy")).length,
    own: buttons.filter(b => b.closest("pre") && b.closest("pre").querySelector(":scope > code")).length,
    inOutputs: buttons.filter(b => b.closest(".no-copy")).length,
    buttons: buttons.length,
  }
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["parameters/stride/", "calculator/"])
def test_copy_buttons_copy_their_own_block(chromium, served_site, lang, path):
    context = chromium.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served_site + PREFIX[lang] + path)
    counts = page.evaluate(COPY_BUTTONS)
    words = page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")
    assert counts["copyable"] >= 1 and counts["buttons"] == counts["own"] == counts["copyable"]
    assert counts["inOutputs"] == 0
    # The last block's button, by keyboard: each button copies its own block.
    block = page.locator(".md-typeset pre:has(> code):has(.md-code__button):visible").last
    button = block.locator(".md-code__button[data-md-type=copy]")
    assert button.get_attribute("title") == words["clipboard.copy"]
    block.hover()
    button.focus()
    page.keyboard.press("Enter")
    page.locator(".md-dialog--active").wait_for()
    dialog = page.locator(".md-dialog").inner_text()
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = block.locator("code").inner_text()
    page.emulate_media(media="print")
    printed = button.is_visible()
    context.close()
    assert not printed  # a button is no use on paper
    assert dialog.strip() == words["clipboard.copied"]
    assert copied.strip("\n") and copied.strip("\n") == shown.strip("\n")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_notebook_download_is_a_notebook_with_outputs(page, served_site, tmp_path, lang):
    page.goto(served_site + PREFIX[lang] + "parameters/stride/")
    link = page.locator(".example__head a[download]").first
    with page.expect_download() as download:
        link.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".ipynb"
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    printed = ["".join(o.get("text", "") for o in c.outputs).rstrip("\n") for c in code]
    shown = page.locator(".example").first.locator(".output code").all_inner_texts()
    assert shown and [t.rstrip("\n") for t in shown] == [p for p in printed if p]


# Text that must stay readable in the dark scheme: prose, code (each highlighted token),
# outputs and links.
READABLE = {
    "body text": ".md-content .md-typeset p",
    "code": ".md-typeset pre > code",
    "code tokens": ".md-typeset pre > code span[class]",
    "outputs": ".example .output pre > code",
    "links": ".md-content .md-typeset a:not(.headerlink)",  # a permalink shows on hover only
}


DARK_PAGES = {  # what each page must show, so that the check has something to check
    "parameters/stride/": ("body text", "code", "code tokens", "outputs", "links"),
    "ko/parameters/stride/": ("body text", "code", "code tokens", "outputs", "links"),
    "notebooks/stride_shapes/": ("body text", "code", "code tokens", "outputs"),
    "ko/": ("body text", "links"),
}


@pytest.mark.parametrize("path", DARK_PAGES)
def test_dark_scheme_stays_readable(chromium, served_site, path):
    context = chromium.new_context(color_scheme="dark")
    context.add_init_script(path=str(AXE))  # an init script: the pages' policy refuses injected ones
    page = context.new_page()
    page.goto(served_site + path)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    poor, counts = [], {}
    for what, selector in READABLE.items():
        elements = page.evaluate(COLORS_JS, selector)
        counts[what] = len(elements)
        for e in elements:
            ratio = contrast(parse_rgb(e["color"]), background(e["layers"]))
            if ratio < 4.5:
                poor.append((what, round(ratio, 2), e["color"], e["layers"][0], e["text"]))
    axe = page.evaluate(AXE_RUN.replace("{resultTypes", "{runOnly: ['color-contrast'], resultTypes"))
    context.close()
    assert scheme == "slate"
    assert all(counts[w] for w in DARK_PAGES[path]), counts
    assert not poor, sorted(set(poor))[:20]
    assert not axe


def palette_state(page) -> dict:
    return page.evaluate("""() => ({
        scheme: document.body.getAttribute("data-md-color-scheme"),
        colorScheme: document.querySelector("meta[name=color-scheme]").content,
        toggle: document.querySelector(".md-header__option label:not([hidden])").title,
        toggles: document.querySelectorAll(".md-header__option label:not([hidden])").length,
    })""")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_palette_toggle_switches_and_the_choice_is_kept(chromium, served_site, lang):
    context = chromium.new_context(color_scheme="light")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    base = served_site + PREFIX[lang]
    page.goto(base + "parameters/stride/")
    first = palette_state(page)
    page.locator(".md-header__option label:not([hidden])").click()
    switched = palette_state(page)
    page.goto(base + "calculator/")  # another page of the same language keeps the choice
    kept = palette_state(page)
    page.locator(".md-header__option input:checked").focus()
    page.keyboard.press("Enter")  # from the keyboard, too
    back = palette_state(page)
    context.close()
    assert first["scheme"] == "default" and first["colorScheme"] == "light" and first["toggles"] == 1
    assert switched["scheme"] == kept["scheme"] == "slate" and kept["colorScheme"] == "dark"
    assert switched["toggle"] != first["toggle"] and kept["toggles"] == 1
    assert back == first
    assert not errors
