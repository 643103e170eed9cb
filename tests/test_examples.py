"""Every example prints what the repository says it prints.

`make refresh` (pytest --update-outputs) rewrites examples/*.out instead.
"""

import pytest

from conv1d_site import examples

PATHS = examples.all_examples()


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_example_prints_expected_output(path, update_outputs):
    run = examples.run(path)
    if update_outputs:
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
