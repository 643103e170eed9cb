"""The site's hold on mkdocs-material's internals (conv1d_site/material.py) is what it says:
the installed Material and pymdownx are the versions it was written against, and every template
copied from Material differs from Material's own by exactly the lines listed there."""

import difflib
import hashlib
import re
from importlib.metadata import version
from pathlib import Path

import pytest

from conv1d_site import material

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "overrides"
PINNED = dict(re.findall(r"^([\w.-]+)==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M))
COMMENT = re.compile(r"\A\s*\{#-.*?-#\}\s*", re.S)  # a template's leading comment


def material_template(name: str) -> str:
    import material as package  # mkdocs-material's package

    return (Path(package.__file__).parent / "templates" / name).read_text(encoding="utf-8")


def block(text: str, name: str) -> str:
    found = re.search(r"\{% block " + name + r" %\}(.*?)\{% endblock %\}", text, re.S)
    assert found, f"no block {name}"
    return found[1]


def changes(original: str, copy: str) -> list[tuple[list[str], list[str]]]:
    """The hunks that turn `original` into `copy`: (lines removed, lines added), stripped,
    blank lines and each side's leading comment left out."""
    def lines(text):
        return [line.strip() for line in COMMENT.sub("", text).splitlines() if line.strip()]

    a, b = lines(original), lines(copy)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def test_installed_versions_are_those_the_module_was_written_against():
    assert version("mkdocs-material") == PINNED["mkdocs-material"] == material.MATERIAL_VERSION
    assert version("pymdown-extensions") == PINNED["pymdown-extensions"] == material.PYMDOWNX_VERSION


@pytest.mark.parametrize("override", sorted(material.COPIED))
def test_a_copied_template_differs_from_material_s_by_its_intended_lines(override):
    original, name, intended = material.COPIED[override]
    ours = (OVERRIDES / override.split("#")[0]).read_text(encoding="utf-8")
    theirs = material_template(original.split("#")[0])
    if "#" in override:  # a block of a template
        ours, theirs = block(ours, override.split("#")[1]), block(theirs, original.split("#")[1])
    assert changes(theirs, ours) == intended, name


@pytest.mark.parametrize("override", sorted(material.REPLACED))
def test_a_replaced_template_replaces_the_one_it_was_written_for(override):
    digest, _ = material.REPLACED[override]
    assert hashlib.sha256(material_template(override).encode()).hexdigest()[:16] == digest


def test_every_template_that_overrides_material_s_is_listed():
    overrides = {p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html")}
    theirs = {name for name in overrides if _in_material(name)}
    listed = {name.split("#")[0] for name in material.COPIED} | set(material.REPLACED)
    assert theirs == listed, theirs ^ listed


def _in_material(name: str) -> bool:
    try:
        material_template(name)
    except FileNotFoundError:
        return False
    return True


def test_changes_are_read_line_by_line():
    assert changes("{#- x -#}\na\n  b\nc\n", "a\nb\nB\nc\n") == [([], ["B"])]
    assert changes("a\nb\n", "a\n") == [(["b"], [])]
