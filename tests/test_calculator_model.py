"""The calculator's model, the very script the page loads (overrides/assets/calculator.js),
run by node on thousands of seeded settings and compared with torch itself:

- one layer: shapes, the parameter count, the padding applied, the receptive field, the
  exception's type and message, and the warnings (5,000 settings);
- real numbers: the output values the page shows (4 decimals) for typed inputs, weights and
  bias, against nn.Conv1d with the same values, every padding mode (1,000 settings);
- a stack of layers: each layer's output length and the error of a real nn.Sequential, the
  receptive field and the inputs the last output reads from gradients, and the left padding
  that makes the stack causal (600 stacks).

What the page does with it: tests/test_calculator.py, in Chromium.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conv1d_settings import (NONE, gradient_support, parse_layers, runs, settings, sorted_sets, stacks,
                             torch_outcome, torch_stack, torch_values, value_settings)

pytestmark = pytest.mark.xdist_group("calculator-model")  # torch and node compute it once
COUNT = 5000  # random settings beside the edge cases
VALUE_COUNT = 1000  # settings with real numbers
STACK_COUNT = 600  # stacks beside the edge cases
TOLERANCE = 1e-4
NODE = shutil.which("node")


def node(mode: str, cases: list) -> list:
    script = Path(__file__).with_name("calculator_node.js")
    request = json.dumps({"mode": mode, "cases": cases})
    done = subprocess.run([NODE, str(script)], input=request, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def node_results(cases: list[dict]) -> list[dict]:
    return node("evaluate", cases)


@pytest.fixture(scope="module")
def compared():
    assert NODE, "node is missing: `make system` installs it"
    cases = settings(COUNT)
    return cases, node_results(cases), [torch_outcome(s) for s in cases]


def test_the_model_does_what_torch_does(compared):
    cases, model, torch_did = compared
    mismatches = []
    for s, got, expected in zip(cases, model, torch_did):
        shown = {
            "output-shape": got["output"] or NONE,
            "weight-shape": got["weight"] or NONE,
            "bias-shape": got["bias"] or NONE,
            "parameter-count": got["parameters"] or NONE,
            "error": sorted_sets(got["error"]),
            "warnings": got["warnings"],
        }
        if shown != expected:
            mismatches.append((s, expected, shown))
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:3]}"
    errors = sum(bool(e["error"]) for e in torch_did)
    assert errors > 1000 and len(cases) - errors > 1000  # both kinds, well represented
    ranks = {len(s["input"]) for s in cases}
    assert ranks >= {1, 2, 3, 4}  # inputs torch refuses for their number of dimensions too


def test_padding_and_receptive_field_are_torch_s(compared):
    cases, model, torch_did = compared
    for s, got, expected in zip(cases, model, torch_did):
        if expected["weight-shape"] == NONE:
            continue  # the layer was not built
        d, k = s["dilation"], s["kernel_size"]
        total = d * (k - 1)
        left, right = {"valid": (0, 0), "same": (total // 2, total - total // 2)}.get(s["padding"], (s["padding"],) * 2)
        assert got["padding"] == [left, right], s
        assert got["span"] == total + 1, s


# ------------------------------------------------------------- real numbers --


def test_the_output_values_are_torch_s():
    cases = value_settings(VALUE_COUNT)
    shown = node("values", cases)
    mismatches = []
    for case, got in zip(cases, shown):
        expected = torch_values(case)
        values = [float(v) for v in got["values"].split(", ")] if got["values"] else []
        if got["refused"] or len(values) != len(expected) or any(
                abs(a - b) > TOLERANCE for a, b in zip(values, expected)):
            mismatches.append((case, got, expected[:8]))
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:2]}"
    # what the settings cover
    covered = {name: {str(c["setting"][name]) for c in cases} for name in ("padding_mode", "stride", "dilation", "groups")}
    assert covered["padding_mode"] == {"zeros", "reflect", "replicate", "circular"}
    assert {"1", "2", "3"} <= covered["stride"] and {"1", "2", "3"} <= covered["dilation"]
    assert {"1", "2", "4"} <= covered["groups"]
    assert any(len(c["setting"]["input"]) == 2 for c in cases)  # unbatched
    assert any(c["setting"]["padding"] == "same" for c in cases) and any(
        isinstance(c["setting"]["padding"], int) and c["setting"]["padding"] < 0 for c in cases)  # crops
    assert sum("w" not in c for c in cases) > 100 and sum("w" in c for c in cases) > 100  # stated and typed weights


# --------------------------------------------------------------------- stacks --


@pytest.fixture(scope="module")
def stacked():
    assert NODE, "node is missing: `make system` installs it"
    cases = stacks(STACK_COUNT)
    return cases, node("stack", cases), [torch_stack(c) for c in cases]


def test_each_layer_s_length_and_error_are_torch_s(stacked):
    cases, model, torch_did = stacked
    mismatches = [(c, {"lengths": got["lengths"], "error": got["error"]}, expected)
                  for c, got, expected in zip(cases, model, torch_did)
                  if {"lengths": got["lengths"], "error": got["error"]} != expected]
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:3]}"
    errors = sum(bool(e["error"]) for e in torch_did)
    assert errors > 50 and len(cases) - errors > 300
    assert any("max_pool1d" in e["error"]["message"] for e in torch_did if e["error"])
    assert any("Output size is too small" in e["error"]["message"] for e in torch_did if e["error"])


def test_receptive_field_and_jump_are_what_gradients_show(stacked):
    """One output in the middle of a long input: the span of the inputs its gradient reaches
    is the receptive field; the jump is how far the next output's inputs move."""
    cases, model, _ = stacked
    checked = 0
    for case, got in zip(cases, model):
        if got["receptive"] is None:
            continue
        receptive, jump = int(got["receptive"]), int(got["jump"])
        if receptive > 20000:
            continue
        length = 3 * receptive + 4 * jump + 50
        lengths = torch_stack({"length": length, "layers": case["layers"]})
        if lengths["error"]:
            continue  # a layer torch does not run (a pooling padding over half its window)
        layers = parse_layers(case["layers"])
        middle = lengths["lengths"][-1] // 2
        reached, _ = gradient_support(layers, length, middle)
        after, _ = gradient_support(layers, length, middle + 1)
        assert (reached[-1] - reached[0] + 1, after[0] - reached[0]) == (receptive, jump), (case, got)
        checked += 1
    assert checked >= 500


def test_the_inputs_the_last_output_reads(stacked):
    cases, model, torch_did = stacked
    checked = 0
    for case, got, expected in zip(cases, model, torch_did):
        if expected["error"]:
            assert got["reads"] is None
            continue
        reached, _ = gradient_support(parse_layers(case["layers"]), case["length"], expected["lengths"][-1] - 1)
        assert got["reads"] == runs(reached), case
        checked += 1
    assert checked >= 400


def test_the_left_padding_makes_the_stack_causal(stacked):
    """Each layer padded dilation·(kernel_size − 1) on the left only: output j reads input
    j·jump and nothing after it, at the first and the last output."""
    cases, model, torch_did = stacked
    checked = 0
    for case, got, expected in zip(cases, model, torch_did):
        if expected["error"] or got["causal"] is None:
            continue
        layers = [(kind, k, s, 0, d) for (kind, k, s, p, d) in parse_layers(case["layers"])]
        assert got["causal"] == [d * (k - 1) for (_, k, _, _, d) in layers]
        jump = int(got["jump"])
        _, outputs = gradient_support(layers, case["length"], 0, causal=True)
        for j in (0, outputs - 1):
            reached, _ = gradient_support(layers, case["length"], j, causal=True)
            assert reached[-1] == j * jump, (case, j)
        checked += 1
    assert checked >= 400


def test_layers_are_written_back_as_they_read():
    """The address keeps each layer as kernel_size,stride,padding,dilation with its own commas:
    numbers typed with spaces stay apart."""
    cases = [{"length": 10, "layers": "3 1 0 1\n max: 2 2"}, {"length": 10, "layers": "3,2,same,1; avg:2"}]
    assert [r["text"] for r in node("stack", cases)] == ["3,1,0,1;max:2,2", "3,2,same,1;avg:2"]
