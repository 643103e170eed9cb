"""The calculator's model, the very script the page loads (overrides/assets/calculator.js),
run by node on thousands of seeded settings and compared with torch itself: shapes, the
parameter count, the padding applied, the receptive field, the exception's type and message,
and the warnings. What the page does with it: tests/test_calculator.py, in Chromium.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conv1d_settings import NONE, settings, sorted_sets, torch_outcome

pytestmark = pytest.mark.xdist_group("calculator-model")  # torch and node compute it once
COUNT = 5000  # random settings beside the edge cases
NODE = shutil.which("node")


def node_results(cases: list[dict]) -> list[dict]:
    script = Path(__file__).with_name("calculator_node.js")
    done = subprocess.run([NODE, str(script)], input=json.dumps(cases), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


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
