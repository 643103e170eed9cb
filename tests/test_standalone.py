"""Each example runs on its own, as `python examples/x.py`, and prints what the page shows."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conv1d_site import examples

PATHS = examples.all_examples()


@pytest.fixture(scope="module")
def standalone():
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("standalone.py")), *map(str, PATHS)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_script_runs_alone_like_on_the_page(path, standalone):
    alone = standalone[str(path)]
    run = examples.cached_run(path)
    # A script stops at its first cell that raises, as Python does.
    printed = ""
    error = None
    for cell in run.cells:
        printed += cell.printed
        if cell.error:
            error = cell.error
            break
    assert alone["stdout"] == printed
    if error:
        assert alone["status"] == 1
        # The traceback ends with the exception's type and message, however many lines it has.
        assert examples.normalize(alone["stderr"]).rstrip().endswith(error)
    else:
        assert alone["status"] == 0, alone["stderr"]
