"""The calculator page in headless Chromium, compared with torch itself.

The bulk of the comparison (thousands of settings, stacks and messages) runs the page's own
script in node, without a browser: tests/test_calculator_model.py and test_calculator_errors.py.
Here a few dozen of each go through the page (window.conv1dCalculator.set fills the form the
way a link does, page.fill the way a reader types): what the page shows, the address it writes
and the Python it offers must agree with torch; the form works by keyboard, with a message
beside any field it cannot read, never a console error; axe-core finds nothing in any state.
"""

import random
import re
import warnings
from urllib.parse import parse_qs, parse_qsl, quote, urlencode, urlsplit

import pytest
import torch
from torch import nn

from browser import AXE
from built import ROOT
from conv1d_settings import (EDGE_CASES, NONE, SEED, as_params, random_setting, setting, settings, sorted_sets,
                             stacks, torch_outcome, torch_stack, torch_values, value_settings)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("calculator")]  # one page, one worker

FIELDS = ["input", "in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation",
          "groups", "bias", "padding_mode"]
FIELD_IDS = [f"calc-{name}" for name in FIELDS[:6] + ["padding_mode", "dilation", "groups", "bias", "x", "w", "b"]]
IN_THE_PAGE = 16  # random settings beside the edge cases
VALUES_IN_THE_PAGE = 24
STACKS_IN_THE_PAGE = 16
TOO_LARGE = "Too large: this calculator takes numbers up to 1,000,000."

AXE_RUN = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map(
  v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' '))}`)"""


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture(scope="module")
def server(served_site):
    return served_site.rstrip("/")


class Errors(list):
    """Uncaught exceptions and console errors of a page, collected as it runs."""

    def watch(self, page):
        page.on("pageerror", lambda error: self.append(f"uncaught: {error}"))
        page.on("console", lambda message: message.type == "error" and self.append(f"console: {message.text}"))
        return page


@pytest.fixture(scope="module")
def page(browser, server):
    context = browser.new_context()
    context.add_init_script(path=str(AXE))
    errors = Errors()
    page = errors.watch(context.new_page())
    page.goto(f"{server}/calculator/", wait_until="domcontentloaded")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    yield page
    assert not errors, errors
    context.close()


def open_page(browser, url: str):
    """A fresh page at url, the calculator ready, and the errors it collects."""
    errors = Errors()
    page = errors.watch(browser.new_page())
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    return page, errors


def result(page, name: str) -> str:
    return page.text_content(f'[data-result="{name}"]')


def search(page) -> str:
    """The query string as the page holds it now (page.url follows replaceState only later)."""
    return page.evaluate("location.search").removeprefix("?")


def field_message(page, name: str) -> str:
    return page.text_content(f'[data-field-message="{name}"]').strip()


# ----------------------------------------------------------------- one layer --

READ_ALL = """settings => settings.map(params => {
  window.conv1dCalculator.set(params);
  const text = name => document.querySelector(`[data-result="${name}"]`).textContent;
  const names = ["output-shape", "weight-shape", "bias-shape", "parameter-count", "error", "warnings",
                 "padding-left", "padding-right", "receptive-field", "python", "output-values"];
  const shown = Object.fromEntries(names.map(name => [name, text(name)]));
  shown.query = location.search;
  shown.errorHidden = document.querySelector("[data-error-box]").hidden;
  shown.fieldMessages = [...document.querySelectorAll("#conv1d-calc [data-field-message]")].map(e => e.textContent).join("");
  shown.bars = document.querySelectorAll("[data-values-diagram] svg rect").length;
  return shown;
})"""


def test_the_page_shows_what_torch_does(page):
    cases = settings(IN_THE_PAGE)
    shown = page.evaluate(READ_ALL, [as_params(s) for s in cases])
    mismatches = []
    for s, got in zip(cases, shown):
        expected = torch_outcome(s)
        got_values = {name: got[name] for name in expected}
        got_values["error"] = sorted_sets(got_values["error"])
        if got_values != expected or got["fieldMessages"]:
            mismatches.append((s, expected, got_values, got["fieldMessages"]))
        assert got["errorHidden"] == (expected["error"] == ""), s
        # every argument, in order, under its own name; the shape with plain commas
        assert parse_qsl(got["query"][1:], keep_blank_values=True) == list(as_params(s).items()), (s, got["query"])
        assert got["query"].startswith("?input=" + ",".join(map(str, s["input"])) + "&"), got["query"]
        if expected["weight-shape"] != NONE:  # the layer was built
            d, k = s["dilation"], s["kernel_size"]
            left, right = {"valid": (0, 0), "same": (d * (k - 1) // 2, d * (k - 1) - d * (k - 1) // 2)}.get(
                s["padding"], (s["padding"], s["padding"]))
            assert (got["padding-left"], got["padding-right"]) == (str(left), str(right)), s
            assert got["receptive-field"] == str(d * (k - 1) + 1), s
        assert run_python(got["python"]) == (expected["output-shape"], expected["error"]), s  # the same setting
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:3]}"


def run_python(code: str) -> tuple[str, str]:
    """Run the code the page shows: the output shape and the error, as the page shows them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        namespace = {"nn": nn, "torch": torch}
        try:
            exec(code, namespace)
        except Exception as error:
            return NONE, f"{type(error).__name__}: {sorted_sets(str(error))}"
    return str(list(namespace["y"].shape)), ""


def test_sets_in_messages_are_shown_sorted(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3, padding="x")))
    assert result(page, "error") == "ValueError: Invalid padding string 'x', should be one of {'same', 'valid'}"
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3, padding_mode="x")))
    assert result(page, "error") == (
        "ValueError: padding_mode must be one of {'circular', 'reflect', 'replicate', 'zeros'}, "
        "but got padding_mode='x'")


def test_a_link_reproduces_the_setting(browser, server):
    rng = random.Random(SEED + 1)
    for s in EDGE_CASES[2:6] + EDGE_CASES[-5:] + [random_setting(rng) for _ in range(4)]:
        page, errors = open_page(browser, f"{server}/calculator/?{urlencode(as_params(s))}")
        expected = torch_outcome(s)
        for name in ["output-shape", "weight-shape", "parameter-count"]:
            assert result(page, name) == expected[name], (s, name)
        assert sorted_sets(result(page, "error")) == expected["error"], s
        assert not errors, errors
        page.close()


def test_the_default_setting_and_the_example_of_the_issue(browser, server):
    page, errors = open_page(browser, f"{server}/calculator/?input=2,3,10&in_channels=3&out_channels=4&kernel_size=3"
                                      "&stride=1&padding=0&dilation=1&groups=1&bias=true&padding_mode=zeros")
    assert result(page, "output-shape") == "[2, 4, 8]"
    assert result(page, "weight-shape") == "[4, 3, 3]"
    assert result(page, "parameter-count") == "40"
    assert result(page, "error") == ""
    assert page.is_hidden("[data-error-box]")
    namespace = {"nn": nn, "torch": torch}
    exec(result(page, "python"), namespace)  # the same setting, to run in Python
    assert list(namespace["y"].shape) == [2, 4, 8]
    svg = page.locator("[data-diagram] svg")
    assert svg.get_attribute("role") == "img"
    assert "y[0]" in page.text_content("[data-diagram] svg desc")
    # the values the page states: x = 1, 2, 3, ..., every weight 1, every bias 0
    assert result(page, "output-values").split(", ")[:2] == ["108.0000", "117.0000"]  # (1+2+3) + (11+12+13) + (21+22+23)
    assert not errors, errors
    page.close()


@pytest.mark.parametrize("name,value,expected", [
    ("input", "", "Enter a value."), ("input", "2, -3, 10", "Every size must be at least 1."),
    ("input", "2, x, 10", None), ("input", "2,,3,10", None), ("input", ",2,3,10", None), ("input", "(2,3,10", None),
    ("input", "2,3,10)", None), ("input", "1, 2, 3, 4, 5, 6, 7, 8, 9", None), ("input", "1000000000000, 3, 10", TOO_LARGE),
    ("kernel_size", "", "Enter a value."), ("kernel_size", "1000000000000", TOO_LARGE), ("kernel_size", "abc", None),
    ("kernel_size", "2.5", None), ("kernel_size", "1e309", TOO_LARGE), ("kernel_size", "9" * 60000, TOO_LARGE),
    ("stride", "1e12", TOO_LARGE), ("stride", "1e3", None), ("padding", "1.5", None), ("padding", "", None),
    ("padding", "1e309", TOO_LARGE), ("groups", "abc", None), ("dilation", "-" + "9" * 60000, TOO_LARGE),
])
def test_bad_field_input_shows_a_message_beside_the_field(page, name, value, expected):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    page.evaluate("p => window.conv1dCalculator.update(p)", {name: value})
    message = field_message(page, name)
    assert message, (name, value)
    if expected:
        assert message == expected
    control = page.locator(f"#calc-{name}")
    assert control.get_attribute("aria-invalid") == "true"
    assert f"calc-{name}-msg" in control.get_attribute("aria-describedby").split()
    assert result(page, "output-shape") == NONE
    assert result(page, "error") == ""  # a field message, not a torch error
    # the address keeps what was typed (as far as the field takes it), to show the same message again
    most = int(control.get_attribute("maxlength"))
    assert parse_qs(search(page), keep_blank_values=True)[name] == [value[:most]]
    # and the page keeps working
    page.evaluate("p => window.conv1dCalculator.update(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    assert field_message(page, name) == ""
    assert control.get_attribute("aria-invalid") is None
    assert result(page, "output-shape") == "[2, 4, 8]"


def test_what_torch_accepts_the_calculator_accepts_and_says_what_torch_says(page):
    """A padding string is taken as it is, spaces included; shapes of any rank go to torch."""
    cases = {
        (("padding", " same "),): "ValueError: Invalid padding string ' same ', should be one of {'same', 'valid'}",
        (("padding", "'same'"),): "",  # as Python writes it
        (("input", "10"),): "RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [10]",
        (("input", "10,"),): "RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [10]",
        (("input", "(2, 3, 10, 1)"), ("padding_mode", "reflect")): "NotImplementedError: Padding size 2 is not supported for 4D input tensor.",
        (("input", "[2, 3, 10]"),): "",
        (("input", " 2  3   10 "),): "",
    }
    for fields, error in cases.items():
        page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
        page.evaluate("p => window.conv1dCalculator.update(p)", dict(fields))
        assert result(page, "error").split("\n")[0] == error, fields
        assert page.eval_on_selector_all("#conv1d-calc [data-field-message]", "ms => ms.map(m => m.textContent).join('')") == ""


def test_a_shape_typed_with_spaces_goes_into_the_address_as_it_reads(browser, server):
    page, errors = open_page(browser, f"{server}/calculator/")
    page.fill("#calc-input", "2 3 10")
    page.fill("#calc-kernel_size", "5")
    query = parse_qs(search(page))
    assert query["input"] == ["2,3,10"]
    switch = page.get_attribute('a.md-select__link[hreflang="ko"]', "href")
    assert parse_qs(urlsplit(switch).query)["input"] == ["2,3,10"]
    page.reload()
    page.wait_for_function("window.conv1dCalculator !== undefined")
    assert result(page, "output-shape") == "[2, 4, 6]"
    assert field_message(page, "input") == ""
    # a value too large to read stays in the address as typed, and says so again after a reload
    page.fill("#calc-kernel_size", "1e309")
    assert parse_qs(search(page))["kernel_size"] == ["1e309"]
    page.reload()
    page.wait_for_function("window.conv1dCalculator !== undefined")
    assert field_message(page, "kernel_size") == TOO_LARGE
    assert not errors, errors
    page.close()


def test_the_search_highlight_and_other_parameters_stay(browser, server):
    """A search result lands with ?h= (and the search box's ?q=): the calculator keeps both,
    on load and as the reader types, and Material marks the words."""
    page, errors = open_page(browser, f"{server}/calculator/?h=kernel&q=kernel")
    page.wait_for_selector("mark", state="attached")
    assert parse_qs(search(page)) == {"h": ["kernel"], "q": ["kernel"]}
    page.fill("#calc-stride", "2")
    query = parse_qs(search(page))
    assert (query["h"], query["q"], query["stride"]) == (["kernel"], ["kernel"], ["2"])
    assert not errors, errors
    page.close()


def test_typing_updates_the_results_and_the_address(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    page.fill("#calc-kernel_size", "")
    assert field_message(page, "kernel_size")
    page.fill("#calc-kernel_size", "5")
    assert field_message(page, "kernel_size") == ""
    assert result(page, "output-shape") == "[2, 4, 6]"
    page.fill("#calc-stride", "0")
    assert result(page, "error") == "RuntimeError: non-positive stride is not supported"
    page.fill("#calc-stride", "2")
    page.select_option("#calc-padding_mode", "circular")
    page.fill("#calc-padding", "same")
    assert result(page, "error") == "ValueError: padding='same' is not supported for strided convolutions"
    assert "kernel_size=5" in page.evaluate("location.search")
    assert "padding_mode=circular" in page.evaluate("location.search")
    page.uncheck("#calc-bias")
    page.fill("#calc-padding", "2")
    assert result(page, "bias-shape") == "None"
    assert "bias=false" in page.evaluate("location.search")
    # the language switcher leads to the same setting in Korean
    switch = page.get_attribute('a.md-select__link[hreflang="ko"]', "href")
    assert switch == "../ko/calculator/" + page.evaluate("location.search")


def test_keyboard_reaches_every_field_in_order(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    page.focus("#calc-input")
    reached = [page.evaluate("document.activeElement.id")]
    for _ in range(len(FIELD_IDS) - 1):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id"))
    assert reached == FIELD_IDS
    for field_id in FIELD_IDS:
        assert page.locator(f'label[for="{field_id}"]').count() == 1, field_id
    # the keyboard changes a value: ArrowUp and ArrowDown on a whole-number field
    page.focus("#calc-kernel_size")
    page.keyboard.press("ArrowUp")
    assert result(page, "weight-shape") == "[4, 3, 4]"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert result(page, "weight-shape") == "[4, 3, 2]"
    assert page.locator("#conv1d-calc .conv1d-calc__results").get_attribute("aria-live") == "polite"


def test_korean_page_has_its_own_words_and_the_same_results(browser, server):
    page, errors = open_page(browser, f"{server}/ko/calculator/?input=4,10&in_channels=3&out_channels=4&kernel_size=3")
    assert page.get_attribute("html", "lang") == "ko"
    assert page.text_content('label[for="calc-input"]').startswith("입력 모양")
    assert result(page, "error") == (
        "RuntimeError: Given groups=1, weight of size [4, 3, 3], expected input[1, 4, 10] to have 3 channels, "
        "but got 4 channels instead")
    assert re.search(r"[\uac00-\ud7a3]", page.text_content("[data-error-hint]"))
    page.evaluate("p => window.conv1dCalculator.update(p)", {"kernel_size": "x"})
    assert re.search(r"[\uac00-\ud7a3]", field_message(page, "kernel_size"))
    assert not errors, errors
    page.close()


# -------------------------------------------------------------- real numbers --


def test_the_values_on_the_page_are_torch_s(page):
    cases = value_settings(VALUES_IN_THE_PAGE, SEED + 2)
    params = []
    for case in cases:
        p = as_params(case["setting"])
        p.update({name: case[name] for name in ("x", "w", "b") if name in case})
        params.append(p)
    shown = page.evaluate(READ_ALL, params)
    for case, got in zip(cases, shown):
        expected = torch_values(case)
        values = [float(v) for v in got["output-values"].split(", ")]
        assert len(values) == len(expected) and all(abs(a - b) <= 1e-4 for a, b in zip(values, expected)), case
        assert got["bars"] == len(expected) and not got["fieldMessages"], case
        query = parse_qs(urlsplit(got["query"]).query)
        for name in ("x", "w", "b"):  # flattened, comma-separated, whatever the reader typed between them
            if name in case:
                assert query[name] == [",".join(re.findall(r"[-+.\deE]+", case[name]))], (name, case[name])
            else:
                assert name not in query


def test_value_fields_say_what_is_wrong_beside_them(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((1, 2, 4), 2, 1, 3)))
    cases = [
        ("x", "1, 2, 3", "3 values, but this setting needs 8, the shape (1, 2, 4)."),
        ("x", "1, 2, abc, 4, 5, 6, 7, 8", "Not a number: abc (value 3)."),
        ("x", "1e400, 2, 3, 4, 5, 6, 7, 8", "Not a number: 1e400 (value 1)."),
        ("w", ",".join(["1"] * 513), "Too many values: the calculator takes up to 512."),
        ("x", "1," * 1000000, "Too many values: the calculator takes up to 512."),  # a million values, at once
    ]
    for name, value, expected in cases:
        page.evaluate("p => window.conv1dCalculator.update(p)", {name: value})
        assert field_message(page, name) == expected
        assert page.get_attribute(f"#calc-{name}", "aria-invalid") == "true"
        assert result(page, "output-values") == NONE
        assert result(page, "output-shape") == "[1, 1, 2]"  # the shapes stay
        page.evaluate("p => window.conv1dCalculator.update(p)", {name: ""})
    # a bias the layer does not have: said, and not held against the field
    page.evaluate("p => window.conv1dCalculator.update(p)", {"bias": "false", "b": "5"})
    assert field_message(page, "b") == "bias is off, so these values are not used."
    assert page.get_attribute("#calc-b", "aria-invalid") is None
    assert result(page, "output-values") == "24.0000, 30.0000"  # x = 1, ..., 8; 1+2+3 + 5+6+7, and on
    # too large a setting: no values, and why
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 5, 10), 5, 4, 3)))
    assert result(page, "output-values") == NONE
    assert "up to 4 channels" in page.text_content("[data-values-status]")


def test_a_million_values_pasted_are_cut_at_once(browser, server):
    """Pasted through the clipboard, as a reader does: the field takes what it can hold (its
    maxlength, 600 lines; the error box the end of the text), and says what is wrong."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    errors = Errors()
    page = errors.watch(context.new_page())
    page.goto(f"{server}/calculator/?input=1,2,4&in_channels=2&out_channels=1", wait_until="domcontentloaded")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    for selector, text, name, expected in [
        ("#calc-x", "1\n" * 1000000, "x", "Too many values: the calculator takes up to 512."),
        ("#calc-layers", "3\n" * 1000000, "layers", "At most 32 layers."),
        ("#calc-error", "noise\n" * 200000 + "RuntimeError: non-positive stride is not supported", "error", "Long text"),
    ]:
        page.evaluate("text => navigator.clipboard.writeText(text)", text)
        page.focus(selector)
        page.keyboard.press("Control+V")
        held = page.input_value(selector)
        assert len(held) <= 20000 and held.count("\n") < 600, (selector, len(held))
        assert page.text_content(f'[data-field-message="{name}"]').startswith(expected), name
    assert page.input_value("#calc-stride") == "0"  # the setting the pasted error implies
    assert not errors, errors
    context.close()


# --------------------------------------------------------------------- stacks --


def test_the_stack_on_the_page_is_torch_s(page):
    cases = stacks(STACKS_IN_THE_PAGE, SEED + 4)
    shown = page.evaluate("""cases => cases.map(c => {
      window.conv1dCalculator.set({length: String(c.length), layers: c.layers});
      const text = name => document.querySelector(`[data-result="${name}"]`).textContent;
      return {lengths: text("stack-lengths"), receptive: text("stack-receptive-field"), jump: text("stack-jump"),
              error: text("stack-error"), rows: document.querySelectorAll("[data-stack-rows] tr").length,
              query: location.search}
    })""", cases)
    for case, got in zip(cases, shown):
        expected = torch_stack(case)
        assert got["lengths"] == (", ".join(map(str, expected["lengths"])) or NONE), case
        assert got["error"] == (expected["error"]["message"] if expected["error"] else ""), case
        assert got["rows"] == len(case["layers"].split(";"))
        query = parse_qs(urlsplit(got["query"]).query)
        if case != {"length": 100, "layers": "3,1,0,1;3,2,1,2"}:  # the default stays out of the address
            assert (query["length"], query["layers"]) == ([str(case["length"])], [case["layers"]])
    first = shown[0]  # length=100&layers=3,1,0,1;3,2,1,2, the example of the page
    assert (first["lengths"], first["receptive"], first["jump"]) == ("98, 48", "7", "2")


def test_stack_fields_say_what_is_wrong_beside_them(page):
    cases = [
        ("layers", "3,1,0,1;3,x", "Layer 2 (3,x): whole numbers only (a Conv1d's padding may also be same or valid)."),
        ("layers", "avg:3,1,0,1", "Layer 1 (avg:3,1,0,1): avg: takes 1 to 3 numbers, kernel_size, stride, padding (AvgPool1d has no dilation)."),
        ("layers", "3;" * 40, "At most 32 layers."),
        ("layers", "3;" * 1000000, "At most 32 layers."),
        ("length", "1e309", TOO_LARGE),
        ("length", "0", "The length must be at least 1."),
    ]
    for name, value, expected in cases:
        page.evaluate("p => window.conv1dCalculator.set(p)", {"length": "100", "layers": "3", name: value})
        assert page.text_content(f'#conv1d-stack [data-field-message="{name}"]') == expected
        assert page.get_attribute(f"#calc-{name}", "aria-invalid") == "true"
        assert result(page, "stack-lengths") == NONE


# ---------------------------------------------------------------- paste box --


ERRORS_PAGES = sorted(p.stem for p in (ROOT / "docs" / "en" / "errors").glob("*.md") if p.stem != "index")


def test_each_error_of_the_errors_pages_opens_in_the_calculator(browser, server):
    """The links under the errors on each errors page: the first followed, and each one's error
    pasted in; the paste box names a section of the errors pages of the same language, the links
    of a page reach each of its sections, and the diagnosis's link leads there."""
    for lang, prefix in (("en", ""), ("ko", "ko/")):
        page, errors = open_page(browser, f"{server}/{prefix}calculator/")
        for name in ERRORS_PAGES:
            page.goto(f"{server}/{prefix}errors/{name}/")
            links = page.eval_on_selector_all('article a[href*="calculator/?error="]',
                                              "as => as.map(a => ({href: a.href, text: a.textContent}))")
            assert links, (lang, name)
            ids = page.eval_on_selector_all("article h2[id]", "hs => hs.map(h => h.id)")
            if lang == "ko":
                assert all(re.search(r"[\uac00-\ud7a3]", link["text"]) for link in links)
            page.goto(links[0]["href"])  # the first followed; every one then pasted in, as a reader would
            page.wait_for_function("window.conv1dCalculator !== undefined")
            assert page.input_value("#calc-error") == parse_qs(urlsplit(links[0]["href"]).query)["error"][0]
            reached = set()
            for link in links:
                error = parse_qs(urlsplit(link["href"]).query)["error"][0]
                page.evaluate("p => window.conv1dCalculator.set(p)", {"error": error})
                assert page.text_content('[data-result="diagnosis"] .conv1d-calc__fix'), link
                reached.add(page.get_attribute('[data-result="diagnosis"] a', "href"))
            assert {f"../errors/{name}/#{i}" for i in ids} <= reached, (lang, name, sorted(reached))
            with page.expect_navigation():  # and it leads there, in the same language
                page.click('[data-result="diagnosis"] a')
            page.wait_for_selector(f'[id="{urlsplit(page.url).fragment}"]', state="attached")
            assert page.get_attribute("html", "lang") == lang
        assert not errors, errors
        page.close()


def test_a_pasted_traceback_fills_in_the_calculator(browser, server):
    page, errors = open_page(browser, f"{server}/calculator/?h=channels")
    traceback = ('Traceback (most recent call last):\n  File "train.py", line 9, in <module>\n    y = conv(x)\n'
                 "RuntimeError: Given groups=1, weight of size [64, 12, 5], expected input[4, 250, 12] "
                 "to have 12 channels, but got 250 channels instead")
    page.fill("#calc-error", traceback)
    explained = page.text_content('[data-result="diagnosis"] .conv1d-calc__fix')
    assert "(4, 250, 12)" in explained and "x.transpose(1, 2)" in explained and "(4, 12, 250)" in explained
    assert page.get_attribute('[data-result="diagnosis"] a', "href") == "../errors/forward/#length-and-channels-swapped"
    # the setting it implies is in the calculator, which raises the same error
    assert page.input_value("#calc-in_channels") == "12" and page.input_value("#calc-input") == "4, 250, 12"
    assert result(page, "error") == traceback.splitlines()[-1]
    query = parse_qs(search(page))
    assert query["error"] == [traceback] and query["h"] == ["channels"] and query["in_channels"] == ["12"]
    # a pooling message goes into the stack
    page.fill("#calc-error", "RuntimeError: max_pool1d() padding should be at most half of kernel size, "
                             "but got padding=3 and kernel_size=4")
    assert page.input_value("#calc-layers") == "max:4,1,3,1"
    assert result(page, "stack-error").startswith("RuntimeError: max_pool1d() padding should be at most half")
    # a message it does not know
    page.fill("#calc-error", "KeyError: 'state_dict'")
    assert "not one the errors pages explain" in page.text_content('[data-result="diagnosis"]')
    page.evaluate("""text => { const box = document.getElementById("calc-error");
      box.value = text; box.dispatchEvent(new Event("input", {bubbles: true})); }""", "x" * 30000)
    assert field_message(page, "error").startswith("Long text")
    assert len(page.input_value("#calc-error")) == 20000
    assert not errors, errors
    page.close()


# ------------------------------------------------------------- accessibility --


def test_axe_finds_nothing_in_any_state(browser, server):
    context = browser.new_context()
    context.add_init_script(path=str(AXE))
    errors = Errors()
    page = errors.watch(context.new_page())
    states = {
        "values": "?input=1,2,6&in_channels=2&out_channels=2&kernel_size=3&x=1,2,3,4,5,6,6,5,4,3,2,1&w=1,0,-1,1,1,1,0,0,0,1,1,1",
        "errors": "?input=2,,3&kernel_size=x&x=abc&length=0&layers=3;x",
        "torch error": "?input=2,4,10&length=3&layers=max:5",
        "diagnosis": "?error=" + quote("RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x640 and 64x10)"),
        "unknown": "?error=nothing%20known",
    }
    for lang in ("", "ko/"):
        page.goto(f"{server}/{lang}calculator/{states['values']}", wait_until="load")
        page.wait_for_function("window.conv1dCalculator !== undefined")
        for name, query in states.items():  # each state loaded as a link loads it, in the same page
            page.evaluate("p => window.conv1dCalculator.set(p)", dict(parse_qsl(query[1:], keep_blank_values=True)))
            assert not page.evaluate(AXE_RUN), (lang, name)
    assert not errors, errors
    context.close()
