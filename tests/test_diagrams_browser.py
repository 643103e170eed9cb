"""The diagrams in Chromium at 360 px, as a phone shows them: each output explorable by touch and by
keyboard (overrides/assets/diagrams.js): the taps it reads light up and its arithmetic, with the
example's own numbers, goes to a polite live region in the page's language. That every text is at
least 11 px tall and upright, the drawing as wide as the content column and each output a 24 px
target, tests/phone_layout.js checks on every page, in test_browser.py's sweep."""

from __future__ import annotations

import json

import pytest

from browser import AXE
from built import LANGUAGES, PREFIX
from conv1d_site.diagram_text import script_words

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("built_site")]

STATE = """(figure) => {
  const svg = figure.querySelector('svg')
  const hit = sel => [...svg.querySelectorAll(sel)].filter(e => e.classList.contains('c1d-hit'))
  const live = figure.querySelector('[aria-live]')
  return {
    chosen: [...svg.querySelectorAll('[role=option][aria-selected=true]')].map(o => +o.dataset.i),
    focused: document.activeElement.closest('[role=option]') ? +document.activeElement.dataset.i : null,
    tabbable: [...svg.querySelectorAll('[role=option][tabindex="0"]')].map(o => +o.dataset.i),
    cells: hit('[data-p]').map(e => +e.dataset.p).sort((a, b) => a - b),
    lane: hit('.c1d-dot [data-i]').map(e => +e.dataset.i),
    block: svg.classList.contains('c1d-on') && svg.querySelectorAll('.c1d-blk').length,
    live: live && live.getAttribute('aria-live'), text: live ? live.textContent : null,
    visible: live ? getComputedStyle(live).display !== 'none' : false,
  }
}"""


def expected_text(data: dict, words: dict, o: list) -> str:
    """What the live region must say for output box `o`, put together here from the build's numbers."""
    def factor(v):
        return f"({v})" if v.startswith("-") else v

    i, taps, y = o[0], o[1], o[2]
    names = [words["left"] if data["n"][p] == "l" else words["right"] if data["n"][p] == "r"
             else words["x"].format(j=data["n"][p]) for p in taps]
    terms = [f"{factor(data['w'][j])}·{factor(data['x'][p])}" for j, p in enumerate(taps)]
    notes = []
    if len(o) > 3:
        terms.append(factor(o[3]))
        notes.append(words["others"].format(c=data["c"], v=o[3]))
    if "b" in data:
        terms.append(factor(data["b"]))
        notes.append(words["bias"].format(b=data["b"]))
    notes.append(words["rounded"].format(p=data["p"]))
    return "\n".join([words["reads"].format(i=i, pos=", ".join(map(str, taps)), what=", ".join(names)),
                      f"y[{i}] = {' + '.join(terms)} = {y}", " · ".join(notes)])


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
    context.add_init_script(path=str(AXE))
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["parameters/stride/", "parameters/padding/", "parameters/groups/"])
def test_outputs_are_explored_by_touch_and_keys(phone, served_site, lang, path):
    phone.goto(served_site + PREFIX[lang] + path)
    words = script_words(lang)
    figures = phone.locator("figure.diagram")
    assert figures.count() >= 1
    for n in range(figures.count()):
        figure = figures.nth(n)
        data = json.loads(figure.locator("svg").get_attribute("data-c1d"))
        boxes = data["o"]
        state = figure.evaluate(STATE)
        assert state["chosen"] == [] and state["live"] == "polite" and not state["visible"]
        assert state["tabbable"] == [boxes[0][0]]  # one tab stop per diagram (roving tabindex)
        names = figure.locator("[role=listbox] [role=option]").evaluate_all("os => os.map(o => o.getAttribute('aria-label'))")
        assert names == [words["option"].format(i=o[0]) for o in boxes]

        def check(k, how):
            o = boxes[k]
            state = figure.evaluate(STATE)
            assert state["chosen"] == [o[0]] and state["tabbable"] == [o[0]], how
            assert state["cells"] == sorted(set(o[1])), how  # the padded positions it reads
            if o[0] in [int(i) for i in figure.locator(".c1d-dot [data-i]").evaluate_all(
                    "ps => ps.map(p => p.dataset.i)")]:
                assert state["lane"] == [o[0]], how  # its taps
            assert state["block"] == (figure.locator(".c1d-blk").count() or False), how
            assert state["text"] == expected_text(data, words, o), how
            assert state["visible"]

        middle = len(boxes) // 2
        figure.locator(f'.c1d-outs [data-i="{boxes[middle][0]}"]').tap()
        check(middle, "tap")
        if middle + 1 < len(boxes):
            phone.keyboard.press("ArrowRight")
            check(middle + 1, "right")
            assert figure.evaluate(STATE)["focused"] == boxes[middle + 1][0]
            phone.keyboard.press("ArrowLeft")
            check(middle, "left")
        phone.keyboard.press("End")
        check(len(boxes) - 1, "end")
        phone.keyboard.press("ArrowRight")  # stays at the end
        check(len(boxes) - 1, "right at the end")
        phone.keyboard.press("Home")
        check(0, "home")
        phone.keyboard.press("Escape")
        state = figure.evaluate(STATE)
        assert state["chosen"] == [] and state["cells"] == [] and state["text"] == "" and not state["block"]
        assert not state["visible"]
    # the diagrams, explored, pass axe-core (the sweep of tests/test_browser.py runs it on whole pages)
    violations = phone.evaluate("""async () => (await axe.run({include: [['figure.diagram']]}, {resultTypes: ['violations']}))
        .violations.map(v => [v.id, v.nodes.slice(0, 3).map(n => n.target.join(' '))])""")
    assert not violations


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_reaches_each_diagram_once_and_focus_chooses(chromium, served_site, lang):
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(served_site + PREFIX[lang] + "parameters/stride/")
    first = page.locator("figure.diagram").first
    data = json.loads(first.locator("svg").get_attribute("data-c1d"))
    page.locator("figure.diagram").first.locator("[role=option]").first.focus()
    state = first.evaluate(STATE)
    page.keyboard.press("Tab")  # out of the diagram in one step: the next focusable is not one of its boxes
    after = page.evaluate("""document.querySelector('figure.diagram svg').contains(document.activeElement)""")
    context.close()
    assert state["chosen"] == [data["o"][0][0]] and state["text"]  # focusing an output chooses it
    assert not after
