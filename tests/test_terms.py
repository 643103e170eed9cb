"""Korean pages, the build's own strings and everything the Korean site shows use the site's preferred
terms, and the glossary lists them all.

The term list lives in conv1d_site/terms.yml, which the site's search reads too.
A synonym listed under `avoid` may appear in the glossary, in code and in error
messages, but not in the prose of a Korean page or in a `# ko:` comment of an
example.

`python tests/test_terms.py` prints every use of an avoided synonym.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from markdown_text import outside_fences

ROOT = Path(__file__).resolve().parents[1]
KO = ROOT / "docs" / "ko"
EN = ROOT / "docs" / "en"
TERMS = yaml.safe_load((ROOT / "conv1d_site" / "terms.yml").read_text(encoding="utf-8"))
GLOSSARY = "glossary.md"

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
INLINE_CODE = re.compile(r"(`+).+?\1")
DIRECTIVE = re.compile(r"^\{\*.*\*\}[ \t]*$")
COMMENT = re.compile(r"<!--.*?-->", re.S)
KO_COMMENT = re.compile(r"^[ \t]*# ko: ?(?P<text>.*)$")


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of a page's prose: no front matter, code, includes or comments."""
    body = FRONT_MATTER.sub(lambda m: "\n" * m[0].count("\n"), text, count=1)
    body = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), body)
    lines = []
    for number, line in outside_fences(body):
        if DIRECTIVE.match(line):
            continue
        lines.append((number, INLINE_CODE.sub("", line)))
    return lines


def avoided(lines: list[tuple[int, str]], where: str) -> list[str]:
    """One line per use of an avoided synonym."""
    found = []
    for number, line in lines:
        for term in TERMS:
            for word in term["avoid"]:
                if word in line:
                    found.append(f"{where}:{number}: '{word}' -> use '{term['preferred']}'")
    return found


def korean_pages() -> list[Path]:
    return sorted(p for p in KO.rglob("*.md") if p.relative_to(KO).as_posix() != GLOSSARY)


def example_comment_lines(path: Path) -> list[tuple[int, str]]:
    lines = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = KO_COMMENT.match(line)
        if m:
            lines.append((number, INLINE_CODE.sub("", m["text"])))
    return lines


def report() -> list[str]:
    found = []
    for page in korean_pages():
        found += avoided(prose_lines(page.read_text(encoding="utf-8")), page.relative_to(ROOT).as_posix())
    for path in sorted((ROOT / "examples").glob("*.py")):
        found += avoided(example_comment_lines(path), path.relative_to(ROOT).as_posix())
    return found


# ----------------------------------------------------------------- tests ------

PAGES = korean_pages()
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_term_list_is_well_formed():
    preferred = [t["preferred"] for t in TERMS]
    assert len(preferred) == len(set(preferred)), "a preferred term is listed twice"
    for term in TERMS:
        assert set(term) == {"preferred", "english", "avoid"}, term
        for word in term["avoid"]:
            # an avoided word must not hide inside a preferred term
            assert all(word not in t["preferred"] for t in TERMS), (word, term)


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(KO).as_posix() for p in PAGES])
def test_korean_page_uses_preferred_terms(page):
    found = avoided(prose_lines(page.read_text(encoding="utf-8")), page.relative_to(ROOT).as_posix())
    assert not found, "\n" + "\n".join(found)


def test_korean_comments_in_examples_use_preferred_terms():
    found = []
    for path in EXAMPLES:
        found += avoided(example_comment_lines(path), path.relative_to(ROOT).as_posix())
    assert not found, "\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_glossary_lists_every_term(lang):
    text = ((EN if lang == "en" else KO) / GLOSSARY).read_text(encoding="utf-8")
    missing = [
        f"{word} ({what} of '{term['preferred']}')"
        for term in TERMS
        for what, words in (("preferred", [term["preferred"]]), ("english", [term["english"]]), ("synonym", term["avoid"]))
        for word in words
        if word not in text
    ]
    assert not missing, f"docs/{lang}/{GLOSSARY} lacks: " + ", ".join(missing)


# The site's own strings outside the pages: the build's labels and diagram texts, the
# templates, the scripts (the calculator's and search box's words live in the pages'
# data-* attributes, checked below on the built site).
SOURCES = sorted([*ROOT.glob("conv1d_site/*.py"), *ROOT.glob("overrides/**/*.html"), *ROOT.glob("overrides/**/*.js")])
HANGUL = re.compile(r"[\uac00-\ud7a3]")
COMMENT_LINE = re.compile(r"^\s*(#|//|/?\*)")  # a comment about terms, not a string a reader sees


def shown_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the Korean a file may show a reader: a Python file's string constants but
    its docstrings, a script's or template's lines but its comments."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return [(n, line) for n, line in enumerate(text.splitlines(), 1) if HANGUL.search(line) and not COMMENT_LINE.match(line)]
    import ast

    tree = ast.parse(text)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and HANGUL.search(node.value)]


def test_korean_strings_in_the_build_code_use_preferred_terms():
    found = []
    for path in SOURCES:
        found += avoided(shown_strings(path), path.relative_to(ROOT).as_posix())
    assert any(HANGUL.search(p.read_text(encoding="utf-8")) for p in SOURCES)  # there are strings to check
    assert not found, "\n" + "\n".join(found)


# What a Korean reader sees besides the prose: navigation, header, search box, diagrams,
# the calculator's words (data-* attributes), titles, labels and descriptions.
SEEN_ATTRIBUTES = re.compile(r'\s(?:data-[\w-]+|aria-label|title|placeholder|alt|content)="([^"]*[\uac00-\ud7a3][^"]*)"')
CODE = re.compile(r"<(code|pre)\b[^>]*>.*?</\1>", re.S)


def test_everything_the_korean_site_shows_uses_preferred_terms(built_site):
    import html

    found = []
    pages = [p for p in (built_site / "ko").rglob("*.html") if p.relative_to(built_site / "ko").parts[0] != "glossary"]
    for page in pages:
        markup = CODE.sub(" ", page.read_text(encoding="utf-8"))
        text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
        shown = [(0, text)] + [(0, html.unescape(value)) for value in SEEN_ATTRIBUTES.findall(markup)]
        found += avoided(shown, page.relative_to(built_site).as_posix())
    assert len(pages) > 30
    assert not found, "\n" + "\n".join(sorted(set(found))[:40])


def test_prose_lines_strip_code_and_front_matter():
    page = "---\ndescription: 파라미터\n---\n\n# 제목\n\n`파라미터` 본문\n\n```python\n# 파라미터\n```\n{* examples/x.py *}\n편향\n"
    assert [text for _, text in prose_lines(page) if text.strip()] == ["# 제목", " 본문", "편향"]
    assert avoided(prose_lines("매개변수\n바이어스를"), "p") == ["p:2: '바이어스' -> use '편향'"]


if __name__ == "__main__":
    lines = report()
    print("\n".join(lines) if lines else "no avoided synonyms in Korean prose or # ko: comments")
