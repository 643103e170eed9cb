"""What must stop `mkdocs build --strict`: a missing translation, a broken link, a failing example."""

import pytest
from mkdocs.exceptions import Abort

from built import PREFIX, ROOT, Records, build_site, small_project


@pytest.fixture
def project(tmp_path):
    return small_project(tmp_path / "project")


@pytest.mark.xdist_group("small-site")  # shares its build with tests/test_hosting.py
def test_the_unbroken_project_builds_without_a_warning(small_site):
    site, messages = small_site
    assert messages == []
    out = (ROOT / "examples/stride_shapes.out").read_text(encoding="utf-8").splitlines()
    printed = next(line for line in out if line and not line.startswith("# %%"))
    for prefix in PREFIX.values():  # every language shows what the example printed
        page = (site / prefix / "parameters/stride/index.html").read_text(encoding="utf-8")
        assert printed in page, prefix


def build_fails(project, tmp_path) -> str:
    with Records() as records, pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    return "\n".join(records.messages)


def test_a_page_missing_in_korean_fails(project, tmp_path):
    (project / "docs/ko/parameters/stride.md").unlink()
    log = build_fails(project, tmp_path)
    assert "'parameters/stride.md' has no ko translation" in log


def test_a_page_only_in_korean_fails(project, tmp_path):
    (project / "docs/ko/extra.md").write_text("# 추가\n", encoding="utf-8")
    log = build_fails(project, tmp_path)
    assert "'extra.md' has no en translation" in log  # the project's check, not MkDocs' nav warning


def test_a_broken_internal_link_fails(project, tmp_path):
    page = project / "docs/en/index.md"
    page.write_text(page.read_text() + "\nSee [nothing](parameters/nothing.md).\n")
    log = build_fails(project, tmp_path)
    assert "parameters/nothing.md" in log


def test_a_broken_anchor_fails(project, tmp_path):
    page = project / "docs/ko/index.md"
    page.write_text(page.read_text() + "\n[없음](parameters/stride.md#no-such-section)\n")
    log = build_fails(project, tmp_path)
    assert "no-such-section" in log


def test_an_example_that_raises_fails_naming_script_and_line(project, tmp_path):
    script = project / "examples/stride_shapes.py"
    script.write_text(script.read_text() + "\n# %%\nnn.Conv1d(2, 4, 3)(torch.randn(3, 10))\n")
    lines = script.read_text().count("\n")
    log = build_fails(project, tmp_path)
    assert f"stride_shapes.py:{lines}: RuntimeError: Given groups=1" in log


def test_a_missing_example_fails(project, tmp_path):
    page = project / "docs/en/index.md"
    page.write_text(page.read_text() + "\n{* examples/no_such_example.py *}\n")
    log = build_fails(project, tmp_path)
    assert "examples/no_such_example.py does not exist" in log
