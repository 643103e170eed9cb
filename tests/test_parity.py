"""The English and Korean pages match: same files, includes, heading anchors and links.

For every page in docs/en and docs/ko:
- the page exists in both languages;
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

from conv1d_site import hooks

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGS = ("en", "ko")

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
    includes = [line.strip() for line in lines if hooks.DIRECTIVE.match(line) or hooks.DIAGRAM.match(line)]
    anchors = [m["id"] for line in lines if (m := HEADING.match(line))]
    links = []
    for line in lines:
        prose = INLINE_CODE.sub("", line)
        links += [m["target"] for m in INLINE_LINK.finditer(prose) if is_page_link(m["target"])]
        if (m := REF_LINK.match(prose)) and is_page_link(m["target"]):
            links.append(m["target"])
    return {"includes": includes, "anchors": anchors, "links": links}


def ordered_diff(what: str, en: list[str], ko: list[str]) -> list[str]:
    if en == ko:
        return []
    diff = difflib.unified_diff(en, ko, "en", "ko", lineterm="", n=1)
    return [f"  {what} differ (order matters):", *(f"    {line}" for line in diff)]


def set_diff(what: str, en: list[str], ko: list[str]) -> list[str]:
    only_en, only_ko = sorted(set(en) - set(ko)), sorted(set(ko) - set(en))
    out = []
    if only_en or only_ko:
        out.append(f"  {what} differ:")
        out += [f"    only in en: {t}" for t in only_en]
        out += [f"    only in ko: {t}" for t in only_ko]
    return out


def compare(page: str) -> list[str]:
    """Readable differences between docs/en/<page> and docs/ko/<page>, [] if none."""
    en, ko = (structure(DOCS / lang / page) for lang in LANGS)
    out = ordered_diff("examples", en["includes"], ko["includes"])
    out += ordered_diff("heading anchors", en["anchors"], ko["anchors"])
    out += set_diff("page links", en["links"], ko["links"])
    return [f"{page}:", *out] if out else []


def missing_pages() -> list[str]:
    en, ko = pages("en"), pages("ko")
    return [f"docs/en/{p} has no docs/ko/{p}" for p in sorted(en - ko)] + [
        f"docs/ko/{p} has no docs/en/{p}" for p in sorted(ko - en)
    ]


def report() -> list[str]:
    out = missing_pages()
    for page in sorted(pages("en") & pages("ko")):
        out += compare(page)
    return out


# ----------------------------------------------------------------- tests ------

COMMON = sorted(pages("en") & pages("ko"))


def test_every_page_exists_in_both_languages():
    missing = missing_pages()
    assert not missing, "\n" + "\n".join(missing)


@pytest.mark.parametrize("page", COMMON)
def test_page_matches_its_translation(page):
    differences = compare(page)
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
    print("\n".join(lines) if lines else "en and ko pages match")
