"""The calculator page, driven in headless Chromium and compared with torch itself.

Every setting is given to the page (through window.conv1dCalculator.set, which fills the
form the way a link does) and to torch in this process: nn.Conv1d(...) on a zero input of the
setting's shape. Shapes, the parameter count and the exception's type and message must match.
"""

import functools
import http.server
import random
import re
import threading
import warnings
from pathlib import Path
from urllib.parse import urlencode

import pytest
import torch
from torch import nn

pytestmark = pytest.mark.xdist_group("calculator")

MODES = ["zeros", "reflect", "replicate", "circular"]
NONE = "—"
SEED = 20261125
FIELDS = ["input", "in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation",
          "groups", "bias", "padding_mode"]
FIELD_IDS = [f"calc-{name}" for name in FIELDS[:6] + ["padding_mode", "dilation", "groups", "bias"]]


# ------------------------------------------------------------------ Fixtures --


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def browser(chromium):
    """The run's one Chromium (tests/conftest.py): Playwright's sync API allows one per process."""
    return chromium


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


# ------------------------------------------------------------------ Settings --


def random_setting(rng: random.Random) -> dict:
    """Mostly settings torch accepts, with every kind of mistake mixed in."""
    g = rng.choice([1, 1, 1, 2, 3, 4]) if rng.random() < 0.93 else rng.choice([0, -1, 5, 8])
    unit = g if g > 0 else 1
    c = unit * rng.choice([1, 1, 2, 3, 4]) if rng.random() < 0.85 else rng.choice([1, 2, 3, 4, 6, 8])
    ci = c if rng.random() < 0.85 else rng.choice([0, 1, 2, 3, 4, 5, 6, -1])
    co = unit * rng.choice([1, 2, 3, 4]) if rng.random() < 0.85 else rng.choice([0, -2, 1, 2, 3, 5, 6])
    length = rng.randint(1, 24) if rng.random() < 0.9 else rng.choice([1, 2, 3, 200, 2100])
    batched = rng.random() < 0.65
    n = rng.choice([1, 2, 3]) if rng.random() < 0.95 else 16
    k = rng.randint(1, 9) if rng.random() < 0.9 else rng.choice([0, -1, 12, 30])
    d = rng.randint(1, 4) if rng.random() < 0.9 else rng.choice([0, -1, -3])
    r = rng.random()
    if r < 0.25:
        p = "same"
    elif r < 0.32:
        p = "valid"
    elif r < 0.36:
        p = rng.choice(["SAME", "full", "foo", "it's", "같음"])
    elif r < 0.43:
        p = rng.choice([-1, -2, -5])
    else:
        p = rng.randint(0, 12)
    if p == "same" and rng.random() < 0.8:
        s = 1
    else:
        s = rng.randint(1, 4) if rng.random() < 0.9 else rng.choice([0, -1, -2])
    mode = rng.choice(MODES) if rng.random() < 0.95 else rng.choice(["zero", "constant", "Reflect"])
    return {"input": [n, c, length] if batched else [c, length], "in_channels": ci, "out_channels": co,
            "kernel_size": k, "stride": s, "padding": p, "dilation": d, "groups": g,
            "bias": rng.random() < 0.7, "padding_mode": mode}


def setting(input, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
            bias=True, padding_mode="zeros"):
    return {"input": list(input), "in_channels": in_channels, "out_channels": out_channels,
            "kernel_size": kernel_size, "stride": stride, "padding": padding, "dilation": dilation,
            "groups": groups, "bias": bias, "padding_mode": padding_mode}


EDGE_CASES = [
    setting((2, 3, 10), 3, 4, 3),
    setting((3, 10), 3, 4, 3),  # unbatched
    setting((2, 4, 10), 3, 4, 3),  # wrong channel count
    setting((4, 10), 3, 4, 3),  # wrong channel count, unbatched: the message shows input[1, 4, 10]
    setting((2, 3, 10), 3, 4, 11),  # kernel longer than the input
    setting((2, 3, 10), 3, 4, 3, dilation=5),  # dilated kernel longer than the input
    setting((2, 3, 10), 3, 4, 10),  # kernel as long as the input
    setting((2, 3, 10), 3, 4, 3, padding=10, padding_mode="reflect"),  # reflect padding >= L_in
    setting((2, 3, 10), 3, 4, 3, padding=9, padding_mode="reflect"),
    setting((2, 3, 10), 3, 4, 3, padding=11, padding_mode="circular"),  # circular padding > L_in
    setting((2, 3, 10), 3, 4, 3, padding=10, padding_mode="circular"),
    setting((2, 3, 10), 3, 4, 3, padding=20, padding_mode="replicate"),
    setting((1, 4, 2), 4, 4, 5, padding="same", padding_mode="reflect"),
    setting((2, 3, 10), 3, 4, 3, stride=0),
    setting((2, 3, 10), 3, 4, 3, stride=-1),
    setting((2, 3, 10), 3, 4, 3, padding=-1),
    setting((2, 3, 10), 3, 4, 3, padding=-1, padding_mode="reflect"),  # crops instead
    setting((2, 3, 10), 3, 4, 3, dilation=0),
    setting((3, 10), 3, 4, 3, dilation=0),  # another backend, another message
    setting((2, 3, 10), 3, 4, 3, dilation=-1),
    setting((2, 3, 10), 3, 0, 3),  # out_channels=0 builds, then fails
    setting((2, 3, 10), 3, 4, 0),  # kernel_size=0 builds, then fails
    setting((3, 10), 3, 4, 0),
    setting((2, 3, 10), 3, 4, -1),
    setting((2, 3, 10), -3, 4, 3),
    setting((2, 3, 10), 3, 4, 3, groups=0),
    setting((2, 3, 10), 3, 4, 3, groups=-1),
    setting((2, 3, 10), 3, 4, 3, groups=2),  # does not divide in_channels
    setting((2, 4, 10), 4, 3, 3, groups=2),  # does not divide out_channels
    setting((2, 4, 10), 4, 8, 3, groups=4),
    setting((2, 3, 10), 3, 4, 3, padding="SAME"),
    setting((2, 3, 10), 3, 4, 3, padding="foo"),
    setting((2, 3, 10), 3, 4, 3, stride=2, padding="same"),
    setting((2, 3, 10), 3, 4, 3, padding_mode="constant"),
    setting((2, 3, 10), 3, 4, 3, groups=2, padding="foo", padding_mode="bar"),  # the first check wins
    setting((2, 3, 10), 3, 4, 4, padding="same"),  # even kernel: one more on the right
    setting((2, 3, 10), 3, 4, 4, padding="same", dilation=2),
    setting((2, 3, 10), 3, 4, 4, padding="same", dilation=3),
    setting((2, 3, 10), 3, 4, 2, padding="same", padding_mode="circular"),
    setting((3, 10), 3, 4, 6, padding="same", padding_mode="replicate"),
    setting((2, 3, 10), 3, 4, 3, padding="valid"),
    setting((2, 3, 10), 3, 4, 3, bias=False),
    setting((20, 16, 50), 16, 33, 3, stride=2),
]


def settings(count: int = 480) -> list[dict]:
    rng = random.Random(SEED)
    return EDGE_CASES + [random_setting(rng) for _ in range(count)]


def as_params(s: dict) -> dict:
    """The setting as the page's query string holds it."""
    params = {name: str(value) for name, value in s.items()}
    params["input"] = ",".join(str(size) for size in s["input"])
    params["bias"] = "true" if s["bias"] else "false"
    return params


# --------------------------------------------------------------------- torch --


def sorted_sets(message: str) -> str:
    """Python prints sets in an order that changes from run to run: compare them sorted."""
    return re.sub(r"\{('[^{}]*')\}", lambda m: "{" + ", ".join(sorted(m[1].split(", "))) + "}", message)


def torch_outcome(s: dict) -> dict:
    """What the page should show, from torch itself, warnings included."""
    warn_always = torch.is_warn_always_enabled()
    torch.set_warn_always(True)  # TORCH_WARN_ONCE warnings too, every time
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            shown = _torch_outcome(s)
    finally:
        torch.set_warn_always(warn_always)
    texts = [f"{w.category.__name__}: {re.sub(r' [(]Triggered internally at .*', '', str(w.message))}" for w in caught]
    return {**shown, "warnings": "\n".join(dict.fromkeys(texts))}


def _torch_outcome(s: dict) -> dict:
    none = {"output-shape": NONE, "weight-shape": NONE, "bias-shape": NONE, "parameter-count": NONE, "error": ""}
    try:
        conv = nn.Conv1d(s["in_channels"], s["out_channels"], s["kernel_size"], stride=s["stride"],
                         padding=s["padding"], dilation=s["dilation"], groups=s["groups"], bias=s["bias"],
                         padding_mode=s["padding_mode"])
    except Exception as error:
        return {**none, "error": f"{type(error).__name__}: {sorted_sets(str(error))}"}
    shown = {**none,
             "weight-shape": str(list(conv.weight.shape)),
             "bias-shape": "None" if conv.bias is None else str(list(conv.bias.shape)),
             "parameter-count": str(sum(p.numel() for p in conv.parameters()))}
    try:
        with torch.no_grad():
            output = conv(torch.zeros(s["input"]))
    except Exception as error:
        return {**shown, "error": f"{type(error).__name__}: {sorted_sets(str(error))}"}
    return {**shown, "output-shape": str(list(output.shape))}


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


def test_every_setting_matches_torch(page):
    cases = settings()
    shown = page.evaluate(READ_ALL, [as_params(s) for s in cases])
    mismatches = []
    for number, (s, got) in enumerate(zip(cases, shown)):
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
        if number % 5 == 0 or isinstance(s["padding"], str):  # the Python shown runs the same setting
            assert run_python(got["python"]) == (expected["output-shape"], expected["error"]), s
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:3]}"
    assert len(cases) >= 500


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
