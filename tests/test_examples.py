"""Every example prints what the repository says it prints.

The examples run as a build runs them, one after another in one process where they
can (conv1d_site/examples.py), in alphabetical order and again in reverse: whatever
an example could leave behind for a later one, each ordered pair gets a chance to show it.

`make refresh` (pytest --update-outputs) rewrites examples/*.out instead.
"""

import pytest

from conv1d_site import examples

PATHS = examples.all_examples()
ORDERS = {"forward": PATHS, "reverse": PATHS[::-1]}


@pytest.fixture(scope="module")
def runs():
    done = {}

    def get(order: str) -> dict:
        if order not in done:
            done[order] = dict(zip(ORDERS[order], examples.start_all(ORDERS[order])))
        return done[order]

    return get


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_example_prints_expected_output(path, order, runs, update_outputs):
    run = runs(order)[path]()  # an example that fails fails its own tests only
    if update_outputs:
        if order == "forward":
            examples.write_expected(run)
        return
    report = examples.diff(run)
    assert not report, "\n" + report + "\n(run `make refresh` if the new output is right)"


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_example_has_titles_in_both_languages(path):
    example = examples.parse(path)
    assert set(example.titles) == set(examples.LANGUAGES), f"{path.name}: title comments"


def test_every_expected_output_has_its_example():
    scripts = {p.stem for p in PATHS}
    orphans = [p.name for p in examples.EXAMPLES_DIR.glob("*.out") if p.stem not in scripts]
    assert not orphans
