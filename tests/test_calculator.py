"""The calculator page in headless Chromium, compared with torch itself.

The bulk of the comparison (thousands of settings) runs the page's own script in node,
without a browser: tests/test_calculator_model.py. Here a few dozen settings go through the
page (window.conv1dCalculator.set fills the form the way a link does): what the page shows,
the address it writes, and the Python it offers must agree with torch; and the form works by
keyboard, with a message beside any field it cannot read.
"""

import random
import re
import warnings
from urllib.parse import urlencode

import pytest
import torch
from torch import nn

from conv1d_settings import (EDGE_CASES, NONE, SEED, as_params, random_setting, setting, settings, sorted_sets,
                             torch_outcome)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("calculator")]  # one page, one worker

FIELDS = ["input", "in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation",
          "groups", "bias", "padding_mode"]
FIELD_IDS = [f"calc-{name}" for name in FIELDS[:6] + ["padding_mode", "dilation", "groups", "bias"]]
IN_THE_PAGE = 16  # random settings beside the edge cases


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


@pytest.fixture(scope="module")
def server(served_site):
    return served_site.rstrip("/")


@pytest.fixture(scope="module")
def page(browser, server):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/calculator/", wait_until="domcontentloaded")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    yield page
    assert not errors, errors
    page.close()


# ----------------------------------------------------------------- the page --

READ_ALL = """settings => settings.map(params => {
  window.conv1dCalculator.set(params);
  const text = name => document.querySelector(`[data-result="${name}"]`).textContent;
  const names = ["output-shape", "weight-shape", "bias-shape", "parameter-count", "error", "warnings",
                 "padding-left", "padding-right", "receptive-field", "python"];
  const shown = Object.fromEntries(names.map(name => [name, text(name)]));
  shown.query = location.search;
  shown.errorHidden = document.querySelector("[data-error-box]").hidden;
  shown.fieldMessages = [...document.querySelectorAll("[data-field-message]")].map(e => e.textContent).join("");
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
        assert got["query"] == "?" + "&".join(f"{k}={v}" for k, v in _query(s)), (s, got["query"])
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


def _query(s: dict):
    from urllib.parse import quote

    for name, value in as_params(s).items():
        yield name, quote(value, safe="").replace("%2C", ",")


def test_sets_in_messages_are_shown_sorted(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3, padding="x")))
    assert page.text_content('[data-result="error"]') == (
        "ValueError: Invalid padding string 'x', should be one of {'same', 'valid'}")
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3, padding_mode="x")))
    assert page.text_content('[data-result="error"]') == (
        "ValueError: padding_mode must be one of {'circular', 'reflect', 'replicate', 'zeros'}, "
        "but got padding_mode='x'")


def test_a_link_reproduces_the_setting(browser, server):
    page = browser.new_page()
    rng = random.Random(SEED + 1)
    for s in EDGE_CASES[2:6] + [random_setting(rng) for _ in range(4)]:
        page.goto(f"{server}/calculator/?{urlencode(as_params(s))}", wait_until="domcontentloaded")
        page.wait_for_function("window.conv1dCalculator !== undefined")
        expected = torch_outcome(s)
        for name in ["output-shape", "weight-shape", "parameter-count"]:
            assert page.text_content(f'[data-result="{name}"]') == expected[name], (s, name)
        assert sorted_sets(page.text_content('[data-result="error"]')) == expected["error"], s
    page.close()


def test_the_default_setting_and_the_example_of_the_issue(browser, server):
    page = browser.new_page()
    page.goto(f"{server}/calculator/?input=2,3,10&in_channels=3&out_channels=4&kernel_size=3&stride=1"
              "&padding=0&dilation=1&groups=1&bias=true&padding_mode=zeros")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    assert page.text_content('[data-result="output-shape"]') == "[2, 4, 8]"
    assert page.text_content('[data-result="weight-shape"]') == "[4, 3, 3]"
    assert page.text_content('[data-result="parameter-count"]') == "40"
    assert page.text_content('[data-result="error"]') == ""
    assert page.is_hidden("[data-error-box]")
    code = page.text_content('[data-result="python"]')  # the same setting, to run in Python
    namespace = {"nn": nn, "torch": torch}
    exec(code, namespace)
    assert list(namespace["y"].shape) == [2, 4, 8]
    svg = page.locator("[data-diagram] svg")
    assert svg.get_attribute("role") == "img"
    assert "y[0]" in page.text_content("[data-diagram] svg desc")
    page.close()


def field_message(page, name: str) -> str:
    return page.text_content(f'[data-field-message="{name}"]').strip()


@pytest.mark.parametrize("name,value", [
    ("input", ""), ("input", "2, -3, 10"), ("input", "3, 10"), ("input", "10"), ("input", "2, x, 10"),
    ("kernel_size", ""), ("kernel_size", "1000000000000"), ("kernel_size", "abc"), ("kernel_size", "2.5"),
    ("stride", "1e12"), ("padding", "1.5"), ("padding", ""), ("groups", "abc"), ("input", "1000000000000, 3, 10"),
])
def test_bad_field_input_shows_a_message_beside_the_field(page, name, value):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    if value == "3, 10":  # a valid unbatched shape: not an error
        page.evaluate("p => window.conv1dCalculator.update(p)", {name: value})
        assert field_message(page, name) == ""
        assert page.text_content('[data-result="output-shape"]') == "[4, 8]"
        return
    page.evaluate("p => window.conv1dCalculator.update(p)", {name: value})
    message = field_message(page, name)
    assert message, (name, value)
    control = page.locator(f"#calc-{name}")
    assert control.get_attribute("aria-invalid") == "true"
    assert f"calc-{name}-msg" in control.get_attribute("aria-describedby").split()
    assert page.text_content('[data-result="output-shape"]') == NONE
    assert page.text_content('[data-result="error"]') == ""  # a field message, not a torch error
    # and the page keeps working
    page.evaluate("p => window.conv1dCalculator.update(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    assert field_message(page, name) == ""
    assert control.get_attribute("aria-invalid") is None
    assert page.text_content('[data-result="output-shape"]') == "[2, 4, 8]"


def test_typing_updates_the_results_and_the_address(page):
    page.evaluate("p => window.conv1dCalculator.set(p)", as_params(setting((2, 3, 10), 3, 4, 3)))
    page.fill("#calc-kernel_size", "")
    assert field_message(page, "kernel_size")
    page.fill("#calc-kernel_size", "5")
    assert field_message(page, "kernel_size") == ""
    assert page.text_content('[data-result="output-shape"]') == "[2, 4, 6]"
    page.fill("#calc-stride", "0")
    assert page.text_content('[data-result="error"]') == "RuntimeError: non-positive stride is not supported"
    page.fill("#calc-stride", "2")
    page.select_option("#calc-padding_mode", "circular")
    page.fill("#calc-padding", "same")
    assert page.text_content('[data-result="error"]') == (
        "ValueError: padding='same' is not supported for strided convolutions")
    assert "kernel_size=5" in page.evaluate("location.search")
    assert "padding_mode=circular" in page.evaluate("location.search")
    page.uncheck("#calc-bias")
    page.fill("#calc-padding", "2")
    assert page.text_content('[data-result="bias-shape"]') == "None"
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
    # the keyboard changes a value: ArrowUp on a number field
    page.focus("#calc-kernel_size")
    page.keyboard.press("ArrowUp")
    assert page.text_content('[data-result="weight-shape"]') == "[4, 3, 4]"
    assert page.locator(".conv1d-calc__results").get_attribute("aria-live") == "polite"


def test_korean_page_has_its_own_words_and_the_same_results(browser, server):
    page = browser.new_page()
    page.goto(f"{server}/ko/calculator/?input=4,10&in_channels=3&out_channels=4&kernel_size=3")
    page.wait_for_function("window.conv1dCalculator !== undefined")
    assert page.get_attribute("html", "lang") == "ko"
    assert page.text_content('label[for="calc-input"]').startswith("입력 모양")
    assert page.text_content('[data-result="error"]') == (
        "RuntimeError: Given groups=1, weight of size [4, 3, 3], expected input[1, 4, 10] to have 3 channels, "
        "but got 4 channels instead")
    assert re.search(r"[\uac00-\ud7a3]", page.text_content("[data-error-hint]"))
    page.evaluate("p => window.conv1dCalculator.update(p)", {"kernel_size": "x"})
    assert re.search(r"[\uac00-\ud7a3]", field_message(page, "kernel_size"))
    page.close()
