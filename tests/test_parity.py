"""Every language's pages match the first language's: same files, includes, heading anchors and links.

For every page in docs/<lang>/ (today docs/en and docs/ko):
- the page exists in every language;
- the `{* examples/... *}` lines are the same, in the same order;
- the explicit heading anchors `{ #... }` are the same, in the same order;
- the relative links to .md pages (with their #anchor) are the same set.

`python tests/test_parity.py` prints the full report.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from markdown_text import outside_fences

from conv1d_site.pages import DIAGRAM, DIRECTIVE
from conv1d_site.languages import LANGUAGES, PRIMARY

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

HEADING = re.compile(r"^#{1,6}[ \t].*?\{[^}]*?#(?P<id>[\w-]+)[^}]*\}[ \t]*$")
INLINE_LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:[ \t]+\"[^\"]*\")?\)")
REF_LINK = re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*(?P<target>\S+)")
INLINE_CODE = re.compile(r"(`+).+?\1")


def pages(lang: str) -> set[str]:
    root = DOCS / lang
    return {p.relative_to(root).as_posix() for p in root.rglob("*.md")}


def markdown_lines(text: str) -> list[str]:
    """The page's lines outside fenced code blocks."""
    return [line for _, line in outside_fences(text)]


def is_page_link(target: str) -> bool:
    """A relative link to a Markdown page, with or without an anchor."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith(("/", "#")):
        return False
    return target.split("#", 1)[0].endswith(".md")


def structure(path: Path) -> dict[str, list[str]]:
    lines = markdown_lines(path.read_text(encoding="utf-8"))
    # The build's own patterns: examples and diagrams alike must match across languages.
    includes = [line.strip() for line in lines if DIRECTIVE.match(line) or DIAGRAM.match(line)]
    anchors = [m["id"] for line in lines if (m := HEADING.match(line))]
    links = []
    for line in lines:
        prose = INLINE_CODE.sub("", line)
        links += [m["target"] for m in INLINE_LINK.finditer(prose) if is_page_link(m["target"])]
        if (m := REF_LINK.match(prose)) and is_page_link(m["target"]):
            links.append(m["target"])
    return {"includes": includes, "anchors": anchors, "links": links}


def ordered_diff(what: str, first: list[str], other: list[str], names: tuple[str, str]) -> list[str]:
    if first == other:
        return []
    diff = difflib.unified_diff(first, other, *names, lineterm="", n=1)
    return [f"  {what} differ (order matters):", *(f"    {line}" for line in diff)]


def set_diff(what: str, first: list[str], other: list[str], names: tuple[str, str]) -> list[str]:
    only_first, only_other = sorted(set(first) - set(other)), sorted(set(other) - set(first))
    out = []
    if only_first or only_other:
        out.append(f"  {what} differ:")
        out += [f"    only in {names[0]}: {t}" for t in only_first]
        out += [f"    only in {names[1]}: {t}" for t in only_other]
    return out


def compare(page: str, lang: str) -> list[str]:
    """Readable differences between the first language's <page> and `lang`'s, [] if none."""
    first, other = structure(DOCS / PRIMARY / page), structure(DOCS / lang / page)
    names = (PRIMARY, lang)
    out = ordered_diff("examples", first["includes"], other["includes"], names)
    out += ordered_diff("heading anchors", first["anchors"], other["anchors"], names)
    out += set_diff("page links", first["links"], other["links"], names)
    return [f"{page} ({lang}):", *out] if out else []


OTHERS = [lang for lang in LANGUAGES if lang != PRIMARY]


def missing_pages() -> list[str]:
    found = []
    for lang in OTHERS:
        first, other = pages(PRIMARY), pages(lang)
        found += [f"docs/{PRIMARY}/{p} has no docs/{lang}/{p}" for p in sorted(first - other)]
        found += [f"docs/{lang}/{p} has no docs/{PRIMARY}/{p}" for p in sorted(other - first)]
    return found


def report() -> list[str]:
    out = missing_pages()
    for lang in OTHERS:
        for page in sorted(pages(PRIMARY) & pages(lang)):
            out += compare(page, lang)
    return out


# ----------------------------------------------------------------- tests ------

COMMON = [(page, lang) for lang in OTHERS for page in sorted(pages(PRIMARY) & pages(lang))]


def test_every_page_exists_in_every_language():
    missing = missing_pages()
    assert not missing, "\n" + "\n".join(missing)


@pytest.mark.parametrize("page,lang", COMMON)
def test_page_matches_its_translation(page, lang):
    differences = compare(page, lang)
    assert not differences, "\n" + "\n".join(differences)


def test_structure_reads_includes_anchors_and_links(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(
        "# T { #t }\n\n{* examples/a.py *}\n\n```md\n## no { #inside-code }\n[x](in_code.md)\n```\n"
        "## S { #s }\nSee [a](a.md#s), [b](../b.md), [web](https://x.org/c.md), `[c](c.md)`.\n"
        "[ref]: d.md\n",
        encoding="utf-8",
    )
    assert structure(page) == {
        "includes": ["{* examples/a.py *}"],
        "anchors": ["t", "s"],
        "links": ["a.md#s", "../b.md", "d.md"],
    }


if __name__ == "__main__":
    lines = report()
    print("\n".join(lines) if lines else "every language's pages match")
