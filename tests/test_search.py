"""Search, as readers use it: queries typed into the header search box in Chromium.

The queries and the pages that answer them are in tests/search_queries.yml, collected as
readers write them (forum questions, issue titles, pasted error messages with their own
shapes; each group there says where it came from), in both languages, more than half of them
Korean. Recall at 1 (the answering page first) and at 3 (among the first three) is printed per
language (`pytest -s`) and must reach RECALL_AT_1 and RECALL_AT_3 in each; the queries that
miss are part of the assertion message. No result may be a page of the other language, and a
pasted error message is offered to the calculator's paste box.

Each query is put into the box whole, then a key is released (Material searches on keyup);
`test_keys_open_a_result` types key by key, as a reader does, and checks that the arrow keys
and Enter work as in Material. How quickly results show on a slow phone is measured by
`make bench`, not here.

Quicker, on a site already built: `CONV1D_BUILT_SITE=site pytest -n 0 -s tests/test_search.py`.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from built import LANGUAGES, PREFIX

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("search")]  # the queries are typed once

QUERIES = yaml.safe_load(Path(__file__).with_name("search_queries.yml").read_text(encoding="utf-8"))
RECALL_AT_1 = 0.85  # per language: the answering page first
RECALL_AT_3 = 0.97  # per language: the answering page among the first three
OFFER = "?error="  # the result that opens a pasted error message in the calculator

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

# The results on screen for query q: once the worker has answered q (it answers the latest
# query only) and Material has drawn the answer, a frame later.
RESULTS = """q => new Promise((done, fail) => {
  const read = () => [...document.querySelectorAll(".md-search-result__item")].map(
    item => [...item.querySelectorAll("a.md-search-result__link")].map(a => a.href))
  const given = performance.now()
  const check = () => {
    const p = window.__searchProbe
    if (p.query === q && p.answered === q) requestAnimationFrame(() => setTimeout(() => done(read())))
    else if (performance.now() - given > 10000) fail(new Error("no answer to " + q))
    else setTimeout(check, 2)
  }
  check()
})"""


def page_of(href: str, root: str) -> str:
    """`https://host/ko/parameters/stride/?h=x#windows` -> `parameters/stride/#windows` (from `root`)."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(root).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def search(page, query: str, typed: bool = False, delay: float = 0) -> list[list[str]]:
    """Put `query` into the search box; the results, one list of links per page.

    `typed`: key by key (`delay` ms between keys), Hangul a syllable at a time as an input
    method puts it in; otherwise the whole query at once, then one key released."""
    box = page.locator("input.md-search__input")
    if not box.evaluate("box => box === document.activeElement"):
        box.click()
    if typed:
        box.fill("")
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", query):
            if run.isascii():
                box.press_sequentially(run, delay=delay)
            else:  # as an input method does: the syllable goes in, then the key comes up
                page.keyboard.insert_text(run)
                box.dispatch_event("keyup", {"key": "Process"})
                page.wait_for_timeout(delay)
    else:
        box.fill(query)
        page.keyboard.press("End")  # into the focused box, without the locator's checks
    return page.evaluate(RESULTS, query)


def open_home(chromium, served_site: str, lang: str):
    context = chromium.new_context()
    page = context.new_page()
    page.add_init_script(PROBE)
    page.goto(served_site + PREFIX[lang], wait_until="load")
    page.wait_for_function("() => window.__searchProbe.ready === true")
    return context, page


@pytest.fixture(scope="module")
def answers(served_site, chromium) -> dict[str, list[dict]]:
    """Every query of search_queries.yml, typed into the search box of its language's site."""
    found: dict[str, list[dict]] = {}
    for lang in LANGUAGES:
        context, page = open_home(chromium, served_site, lang)
        assert page.evaluate("window.__searchProbe.worker").endswith("/assets/search.js")
        root = served_site + PREFIX[lang]
        found[lang] = []
        for case in QUERIES[lang]:
            groups = search(page, case["q"])
            found[lang].append({"case": case, "groups": groups, "root": root, "base": served_site, "lang": lang})
        context.close()
    return found


def language_of(href: str, base: str) -> str:
    """The language whose folder holds the page at `href` (the first language's is the site's root)."""
    path = href.removeprefix(base)
    return next((lang for lang in LANGUAGES if PREFIX[lang] and path.startswith(PREFIX[lang])), LANGUAGES[0])


def judge(answer: dict) -> dict:
    case, root = answer["case"], answer["root"]
    groups = [[page_of(href, root) for href in group] for group in answer["groups"] if OFFER not in group[0]]
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
    foreign = [href for group in answer["groups"] for href in group
               if not href.startswith(root) or language_of(href, answer["base"]) != answer["lang"]]
    return {"q": case["q"], "at1": at1, "at3": at3, "section": section, "top": pages[:3], "foreign": foreign}


def recall(answers: dict[str, list[dict]]) -> dict[str, tuple[float, float]]:
    """Per language: (recall at 1, recall at 3)."""
    found = {}
    for lang in LANGUAGES:
        verdicts = [judge(a) for a in answers[lang]]
        found[lang] = (sum(v["at1"] for v in verdicts) / len(verdicts), sum(v["at3"] for v in verdicts) / len(verdicts))
    return found


def recall_report(answers: dict[str, list[dict]]) -> tuple[str, list[str]]:
    lines, misses = [], []
    for lang, (at1, at3) in recall(answers).items():
        verdicts = [judge(a) for a in answers[lang]]
        sections = [v["section"] for v in verdicts if v["section"] is not None]
        lines.append(f"{lang}: {len(verdicts)} queries, recall@1 {at1:.3f}, recall@3 {at3:.3f}, "
                     f"section in top 3 {sum(sections)}/{len(sections)}")
        for v in verdicts:
            if not v["at1"]:
                misses.append(f"{lang} {'not in top 3' if not v['at3'] else 'not first'}: {v['q']!r}: top 3 {v['top']}")
    return "\n".join(lines), misses


def test_queries_find_their_page(answers):
    total = sum(len(QUERIES[lang]) for lang in LANGUAGES)
    assert total >= 120 and all(QUERIES[lang] for lang in LANGUAGES)
    assert len(QUERIES["ko"]) * 2 >= total  # at least half of them Korean
    report, misses = recall_report(answers)
    print("\nsearch recall\n" + report + "\n" + "\n".join(misses))
    for lang, (at1, at3) in recall(answers).items():
        assert at1 >= RECALL_AT_1 and at3 >= RECALL_AT_3, report + "\n" + "\n".join(misses)


def test_results_stay_in_their_language(answers):
    for lang in LANGUAGES:
        foreign = [v for v in (judge(a) for a in answers[lang]) if v["foreign"]]
        assert not foreign, foreign[:3]


# Pasted messages, with other shapes than the pages print, and queries that are not messages.
MESSAGES = [
    "RuntimeError: Given groups=1, weight of size [64, 1, 3], expected input[32, 500, 1] to have 1 channels, but got 500 channels instead",
    "Calculated padded input size per channel: (4). Kernel size: (9). Kernel size can't be greater than actual input size",
    "in_channels must be divisible by groups",
]
NOT_MESSAGES = {"en": ["how to calculate conv1d output size", "padding same with stride 2", "in_channels"],
                "ko": ["출력 길이 계산", "편향 없이", "Kernel size가 입력보다 크면"]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pasted_errors_offer_the_calculator(served_site, chromium, lang):
    """After the best result, a pasted message gets a result of its own that opens the calculator
    of the same language with the message in its paste box (`calculator/?error=`)."""
    context, page = open_home(chromium, served_site, lang)
    root = served_site + PREFIX[lang]
    for query in MESSAGES:
        groups = search(page, query)
        offers = [i for i, group in enumerate(groups) if OFFER in group[0]]
        assert offers == [1], (query, groups[:3])
        link = urlsplit(groups[1][0])
        assert page_of(groups[1][0], root).startswith("calculator/") and parse_qs(link.query)["error"] == [query]
        title = page.locator(".md-search-result__item").nth(1).inner_text()
        assert bool(re.search(r"[\uac00-\ud7a3]", title)) == (lang == "ko"), title  # in the page's language
    for query in NOT_MESSAGES[lang]:
        groups = search(page, query)
        assert groups and not any(OFFER in group[0] for group in groups), (query, groups[:3])
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keys_open_a_result(served_site, chromium, lang):
    """Enter opens the best result; the arrow keys move through the results, as in Material."""
    context, page = open_home(chromium, served_site, lang)
    root = served_site + PREFIX[lang]
    assert search(page, "padding mode", typed=True) == search(page, "padding mode")  # typing changes nothing
    search(page, "padding_mode", typed=True)
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href') || ''")
    assert "parameters/padding_mode/" in focused, focused
    page.keyboard.press("ArrowUp")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page_of(page.url, root).startswith("parameters/padding_mode/"), page.url
    context.close()
