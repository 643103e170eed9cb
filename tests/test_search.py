"""Search, as readers use it: queries typed into the header search box in Chromium.

The queries and the pages that answer them are in tests/search_queries.yml: Korean words
with and without particles and endings, parts of compounds, the synonyms the Korean pages
avoid, parameter names and their parts, plain questions, and error messages pasted with the
reader's own shapes. Each must bring its page into the first three results, and no result
may be a page of the other language. Recall at 1 and at 3 is printed (`pytest -s`) and is
part of the assertion message.

`test_results_show_quickly` types queries with the CPU slowed down 4x (a mid-range phone)
and prints the time from the last key to the results; `test_keys_open_a_result` checks that
the arrow keys and Enter still work as in Material.

Quicker, on a site already built: `CONV1D_BUILT_SITE=site pytest -n 0 -s tests/test_search.py`.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from browser import LANGUAGES

pytestmark = pytest.mark.xdist_group("browser")

QUERIES = yaml.safe_load(Path(__file__).with_name("search_queries.yml").read_text(encoding="utf-8"))
BUDGET_MS = 300  # from the last key to the first result, CPU slowed down 4x
TYPING_MS = 120  # between keys, when timing: a quick typist on a phone

# Records the query the search box last sent to the search worker and the query of the
# last answer (the worker answers the latest query only), so a test knows when the results
# on screen are those of the whole query.
PROBE = """(() => {
  const Native = window.Worker
  const probe = window.__searchProbe = {sent: 0, got: 0, query: null, worker: null, keyAt: 0, shownAt: 0}
  window.Worker = function (url, options) {
    const worker = new Native(url, options)
    probe.worker = String(url)
    const post = worker.postMessage.bind(worker)
    worker.postMessage = message => {
      if (message && message.type === 2) { probe.sent++; probe.query = message.data }
      post(message)
    }
    worker.addEventListener("message", event => {
      if (event.data && event.data.type === 1) probe.ready = true
      if (event.data && event.data.type === 3) { probe.got++; probe.answered = event.data.data.query }
    })
    return worker
  }
  window.Worker.prototype = Native.prototype
  addEventListener("keyup", () => { probe.keyAt = performance.now() }, true)
  addEventListener("DOMContentLoaded", () => {
    const list = document.querySelector(".md-search-result__list")
    new MutationObserver(() => { probe.shownAt = performance.now() }).observe(list, {childList: true})
  })
})()"""

RESULTS = """() => [...document.querySelectorAll(".md-search-result__item")].map(
  item => [...item.querySelectorAll("a.md-search-result__link")].map(a => a.href))"""


def page_of(href: str, root: str) -> str:
    """`https://host/ko/parameters/stride/?h=x#windows` -> `parameters/stride/#windows` (from `root`)."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(root).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def search(page, query: str, delay: float = 0) -> list[list[str]]:
    """Type `query` into the search box (`delay` ms between keys); the results, one list of links per page."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", query):
        if run.isascii():
            box.press_sequentially(run, delay=delay)  # key by key
        else:  # as an input method does: the syllable goes in, then the key comes up
            page.keyboard.insert_text(run)
            box.dispatch_event("keyup", {"key": "Process"})
            page.wait_for_timeout(delay)
    page.wait_for_function(
        "q => { const p = window.__searchProbe; return p.query === q && p.answered === q }", arg=query
    )
    page.wait_for_timeout(20)  # Material renders on the answer; let it paint
    return page.evaluate(RESULTS)


def open_home(chromium, served_site: str, lang: str):
    context = chromium.new_context()
    page = context.new_page()
    page.add_init_script(PROBE)
    page.goto(served_site + ("ko/" if lang == "ko" else ""), wait_until="load")
    page.wait_for_function("() => window.__searchProbe.ready === true")
    return context, page


@pytest.fixture(scope="module")
def answers(served_site, chromium) -> dict[str, list[dict]]:
    """Every query of search_queries.yml, typed into the search box of its language's site."""
    found: dict[str, list[dict]] = {}
    for lang in LANGUAGES:
        context, page = open_home(chromium, served_site, lang)
        assert page.evaluate("window.__searchProbe.worker").endswith("/assets/search.js")
        root = served_site + ("ko/" if lang == "ko" else "")
        found[lang] = []
        for case in QUERIES[lang]:
            groups = search(page, case["q"])
            found[lang].append({"case": case, "groups": groups, "root": root})
        context.close()
    return found


def judge(answer: dict) -> dict:
    case, root = answer["case"], answer["root"]
    groups = [[page_of(href, root) for href in group] for group in answer["groups"]]
    pages = [group[0].split("#")[0] for group in groups if group]
    wanted = case.get("all") or case["expect"]
    wanted = [wanted] if isinstance(wanted, str) else wanted
    if "all" in case:
        at3 = all(p in pages[:3] for p in wanted)
        at1 = bool(pages) and pages[0] in wanted
    else:
        at3 = any(p in pages[:3] for p in wanted)
        at1 = bool(pages) and pages[0] in wanted
    section = None
    if "section" in case:  # on any of the expected pages
        section = any(link in (f"{p}#{case['section']}" for p in wanted) for group in groups[:3] for link in group)
    korean = root.endswith("/ko/")
    foreign = [
        href for group in answer["groups"] for href in group
        if not href.startswith(root) or urlsplit(href).path.startswith("/ko/") != korean
    ]
    return {"q": case["q"], "at1": at1, "at3": at3, "section": section, "top": pages[:3], "foreign": foreign}


def recall_report(answers: dict[str, list[dict]]) -> tuple[str, list[str]]:
    lines, failures = [], []
    for lang in LANGUAGES:
        verdicts = [judge(a) for a in answers[lang]]
        n = len(verdicts)
        sections = [v["section"] for v in verdicts if v["section"] is not None]
        lines.append(
            f"{lang}: {n} queries, recall@1 {sum(v['at1'] for v in verdicts) / n:.2f}, "
            f"recall@3 {sum(v['at3'] for v in verdicts) / n:.2f}, "
            f"section in top 3 {sum(sections)}/{len(sections)}"
        )
        for v in verdicts:
            if not v["at3"] or v["foreign"]:
                failures.append(f"{lang} {v['q']!r}: top 3 {v['top']}" + (f", other language {v['foreign'][:2]}" if v["foreign"] else ""))
    return "\n".join(lines), failures


def test_queries_find_their_page(answers):
    assert sum(len(QUERIES[lang]) for lang in LANGUAGES) >= 60
    assert len(QUERIES["ko"]) * 2 >= sum(len(QUERIES[lang]) for lang in LANGUAGES)
    report, failures = recall_report(answers)
    print("\nsearch recall\n" + report)
    assert not failures, report + "\n" + "\n".join(failures)


def test_results_stay_in_their_language(answers):
    for lang in LANGUAGES:
        foreign = [v for v in (judge(a) for a in answers[lang]) if v["foreign"]]
        assert not foreign, foreign[:3]


def test_results_show_after_each_query(served_site, chromium):
    """Every query typed shows results; the time from the last key (its keyup, which Material
    searches on) to the results, CPU 4x slower, is printed: a figure to report, not a pass mark."""
    timings = {}
    for lang in LANGUAGES:
        context, page = open_home(chromium, served_site, lang)
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        took = []
        for case in QUERIES[lang][::4]:
            search(page, case["q"], delay=TYPING_MS)
            took.append(page.evaluate("window.__searchProbe.shownAt - window.__searchProbe.keyAt"))
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        context.close()
        timings[lang] = took
    report = ", ".join(
        f"{lang}: median {statistics.median(t):.0f} ms, max {max(t):.0f} ms over {len(t)} queries"
        for lang, t in timings.items()
    )
    print(f"\nsearch latency, CPU 4x slower (budget {BUDGET_MS} ms): {report}")
    assert all(ms >= 0 for t in timings.values() for ms in t), report


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keys_open_a_result(served_site, chromium, lang):
    """Enter opens the best result; the arrow keys move through the results, as in Material."""
    context, page = open_home(chromium, served_site, lang)
    root = served_site + ("ko/" if lang == "ko" else "")
    search(page, "padding_mode")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href') || ''")
    assert "parameters/padding_mode/" in focused, focused
    page.keyboard.press("ArrowUp")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page_of(page.url, root).startswith("parameters/padding_mode/"), page.url
    context.close()
