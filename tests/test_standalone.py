"""Each example runs on its own, as `python examples/x.py`, and prints what the page shows:
the same output, the same warnings, and the same exception where a cell raises one.

The pages show the build's runs, where examples share a worker process one after another
(conv1d_site/runner.py); this is the check that none of them sees a trace of another.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conv1d_site.examples import all_examples, normalize

PATHS = all_examples()
pytestmark = pytest.mark.xdist_group("standalone")  # every script runs alone once, on one worker
# How Python shows a warning on stderr: `path:line: Category: message`, then the source line.
WARNING_LINE = re.compile(r"^\S.*?:\d+: (?P<warning>[A-Z]\w*Warning: .*)$", re.M)


@pytest.fixture(scope="module")
def standalone():
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("standalone.py")), *map(str, PATHS)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def shown_warnings(stderr: str) -> list[str]:
    return WARNING_LINE.findall(stderr)


def test_warnings_are_read_off_stderr():
    stderr = ("/x/conv.py:196: UserWarning: Initializing zero-element tensors is a no-op\n"
              "  init.kaiming_uniform_(self.weight, a=math.sqrt(5))\nTraceback (most recent call last):\n")
    assert shown_warnings(stderr) == ["UserWarning: Initializing zero-element tensors is a no-op"]


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_script_runs_alone_like_on_the_page(path, standalone, example_runs):
    alone = standalone[str(path)]
    run = example_runs[path]
    # A script stops at its first cell that raises, as Python does.
    printed, warned, error = "", [], None
    for cell in run.cells:
        printed += cell.printed
        warned += cell.warnings
        if cell.error:
            error = cell.error
            break
    assert alone["stdout"] == printed
    assert shown_warnings(alone["stderr"]) == warned
    if error:
        assert alone["status"] == 1
        # The traceback ends with the exception's type and message, however many lines it has.
        assert normalize(alone["stderr"]).rstrip().endswith(error)
    else:
        assert alone["status"] == 0, alone["stderr"]
