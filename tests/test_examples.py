"""Every example prints what the repository says it prints (examples/<name>.out).

The runs compared are the site build's own (conftest.py: `example_runs`): what the pages
show is what is checked. `make refresh` (pytest --update-outputs) rewrites the .out files
from a fresh run instead.
"""

import pytest

from conv1d_site import outputs
from conv1d_site.examples import EXAMPLES_DIR, all_examples, parse
from conv1d_site.languages import LANGUAGES

PATHS = all_examples()


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_example_prints_expected_output(path, example_runs, update_outputs):
    run = example_runs[path]
    if update_outputs:
        outputs.write_expected(run)
        return
    report = outputs.diff(run)
    assert not report, "\n" + report + "\n(run `make refresh` if the new output is right)"


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_example_has_titles_in_every_language(path):
    example = parse(path)
    assert set(example.titles) == set(LANGUAGES), f"{path.name}: title comments"


def test_every_expected_output_has_its_example():
    scripts = {p.stem for p in PATHS}
    orphans = [p.name for p in EXAMPLES_DIR.glob("*.out") if p.stem not in scripts]
    assert not orphans
