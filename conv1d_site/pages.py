"""Examples and diagrams in a page: the `{* *}` lines of its Markdown, and what fills them.

`{* examples/stride_shapes.py *}` on a line of its own includes an example: `markdown()`
turns it into the example's cells, each followed by a slot for what it printed.
`{* diagram examples/stride_windows.py conv x *}` leaves a slot for a diagram of the layer
`conv` of that example applied to its input `x`, as the example left them (add `channels`
to draw which input channels each output channel reads, too). Pages are rendered while the
examples still run; `fill()` waits for the runs a page shows and puts them into its HTML.
"""

from __future__ import annotations

import functools
import html as html_text
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import quote_plus

import markdown as python_markdown

from conv1d_site import runner
from conv1d_site.examples import ExampleError, all_examples, parse
from conv1d_site.languages import relative_url

DIRECTIVE = re.compile(r"^\{\* *examples/(?P<name>[\w-]+)\.py *\*\}[ \t]*$", re.M)
DIAGRAM = re.compile(
    r"^\{\* *diagram +examples/(?P<name>[\w-]+)\.py +(?P<layer>\w+) +(?P<input>\w+)"
    r"(?P<channels> +channels)? *\*\}[ \t]*$",
    re.M,
)
LABELS = {
    "en": {
        "output": "Output",
        "notebook": "Notebook",
        "download": "Download .ipynb",
        "repeat": "Setup: the same cell as above on this page.",
        "calculator": "Open this setting in the calculator",
        "error": "Open this error in the calculator",
        "warning": "Open this warning in the calculator",
    },
    "ko": {
        "output": "출력",
        "notebook": "노트북",
        "download": ".ipynb 내려받기",
        "repeat": "준비 셀: 이 페이지 위쪽의 셀과 같습니다.",
        "calculator": "이 설정을 계산기에서 열기",
        "error": "이 오류를 계산기에서 열기",
        "warning": "이 경고를 계산기에서 열기",
    },
}
# Slots left in a page's HTML by `markdown()`.
REPEAT_SLOT = re.compile(r"<!-- conv1d:repeat (?P<name>[\w-]+) (?P<cell>\d+) -->\n(?P<code>.*?)<!-- conv1d:end -->\n?", re.S)
OUTPUT_SLOT = re.compile(r"<!-- conv1d:output (?P<name>[\w-]+) (?P<cell>\d+) -->\n?")
DIAGRAM_SLOT = re.compile(
    r"<!-- conv1d:diagram (?P<name>[\w-]+) (?P<layer>\w+) (?P<input>\w+)(?P<channels> channels)? -->"
)


# An error a cell catches and prints itself, to show a message of several lines.
PRINTED_ERROR = re.compile(r"^\w+Error: .*", re.M | re.S)


class PageError(Exception):
    """A page asks for what cannot be shown: a missing example, or one that failed."""


def execute_enabled() -> bool:
    """`CONV1D_EXECUTE=0` renders code without running it (for `make bench`)."""
    return os.environ.get("CONV1D_EXECUTE", "1") != "0"


def execute(path: Path, figures=()):
    """The example's run (once per content), None with execution off."""
    if not execute_enabled():
        return None
    try:
        return runner.cached_run(path, figures)
    except ExampleError as exc:
        raise PageError(f"example failed: {exc}") from exc


# ------------------------------------------------------------- Markdown ------


def markdown(text: str, src_uri: str, lang: str, examples_dir: Path) -> str:
    """The page's Markdown with its examples' cells written out and slots for the rest."""
    text = DIAGRAM.sub(lambda m: _diagram_slot(m, src_uri, examples_dir), text)
    shown: set[str] = set()  # cells already on this page, to show repeated setup once
    return DIRECTIVE.sub(lambda m: _example(m["name"], src_uri, lang, examples_dir, shown), text)


def _example(name: str, src_uri: str, lang: str, examples_dir: Path, shown: set[str]) -> str:
    """The example's cells as Markdown; what they print goes in by `fill`, once they ran."""
    path = examples_dir / f"{name}.py"
    if not path.exists():
        raise PageError(f"{src_uri}: examples/{name}.py does not exist")
    example = parse(path)
    labels = LABELS[lang]
    here = posixpath.dirname(src_uri)
    head = [f"<code>examples/{name}.py</code>"]
    if src_uri != f"notebooks/{name}.md":
        head.append(f"[{labels['notebook']}]({posixpath.relpath(f'notebooks/{name}.md', here or '.')})")
    head.append(f"[{labels['download']}]({posixpath.relpath(f'notebooks/{name}.ipynb', here or '.')}){{ download }}")
    parts = ['<div class="example" markdown>', f'<p class="example__head" markdown>{" ".join(head)}</p>', ""]
    for number, cell in enumerate(example.cells):
        code = cell.code(lang)
        if code and code in shown:  # setup seen above: kept only if it prints something
            parts += [f"<!-- conv1d:repeat {name} {number} -->", "", "```python", code, "```", "", "<!-- conv1d:end -->", ""]
        elif code:
            parts += ["```python", code, "```", ""]
            shown.add(code)
        parts += [f"<!-- conv1d:output {name} {number} -->", ""]
    parts.append("</div>")
    return "\n".join(parts)


def _diagram_slot(match, src_uri: str, examples_dir: Path) -> str:
    if not (examples_dir / f"{match['name']}.py").exists():
        raise PageError(f"{src_uri}: examples/{match['name']}.py does not exist")
    channels = " channels" if match["channels"] else ""
    return f"<!-- conv1d:diagram {match['name']} {match['layer']} {match['input']}{channels} -->"


# ----------------------------------------------------------------- HTML ------


def fill(content: str, src_uri: str, page_url: str, lang: str, examples_dir: Path) -> str:
    """Put what each example printed, and its diagrams, into the page's HTML.

    Waits for the runs the page shows, and only those.
    """
    labels = LABELS[lang]

    def run_of(m):
        return execute(examples_dir / f"{m['name']}.py")

    def repeat(m):
        run = run_of(m)
        printed = run and run.cells[int(m["cell"])].output
        return m["code"] if printed else f'<p class="example__repeat">{labels["repeat"]}</p>\n'

    def output(m):
        run = run_of(m)
        cell = run.cells[int(m["cell"])] if run else None
        if not (cell and cell.output):
            return ""
        messages = [*cell.warnings, *([cell.error] if cell.error else [])]
        shown = output_html(cell.printed, messages, bool(cell.error), labels["output"]) + "\n"
        if src_uri.startswith("errors/"):
            shown += error_links(run, int(m["cell"]), src_uri, relative_url("calculator/", page_url), labels)
        return shown

    scripts = []  # the diagrams' script, once per page

    def diagram(m):
        figure = (m["layer"], m["input"], bool(m["channels"]))
        run = execute(examples_dir / f"{m['name']}.py", [figure])
        if run is None:
            return ""
        drawn = run.figures[figure]
        if "error" in drawn:
            raise PageError(f"{src_uri}: examples/{m['name']}.py {drawn['error']}")
        href = relative_url("calculator/", page_url) + "?" + drawn["query"]
        caption = f'<figcaption><a href="{href}">{labels["calculator"]}</a></figcaption>'
        explore = ""
        if "data-c1d=" in drawn[lang] and not scripts:  # explorable: its script, once a page
            scripts.append(f'\n<script src="{relative_url("assets/diagrams.js", page_url)}" defer></script>')
            explore = scripts[0]
        return f'<figure class="diagram">\n{drawn[lang]}{explore}\n{caption}\n</figure>'

    content = REPEAT_SLOT.sub(repeat, content)
    content = OUTPUT_SLOT.sub(output, content)
    return DIAGRAM_SLOT.sub(diagram, content)


def printed_messages(cell) -> list[str]:
    """The warnings and the error a cell shows, as they were printed."""
    messages = list(cell.warnings)
    if cell.error:
        messages.append(cell.error)
    elif m := PRINTED_ERROR.search(cell.printed):
        messages.append(m[0].strip())
    return messages


WARNING = re.compile(r"\w+Warning: ")


def error_links(run, number: int, src_uri: str, calculator: str, labels: dict) -> str:
    """A link per message into the calculator's paste box (`calculator/?error=`), which explains
    it with the reader's own numbers; on the errors pages, under the output that shows it first.
    A warning gets one on the warnings page, where its section is."""
    earlier = {m for cell in run.cells[:number] for m in printed_messages(cell)}
    links = []
    for message in printed_messages(run.cells[number]):
        warning = bool(WARNING.match(message))
        if message in earlier or (warning and src_uri != "errors/warnings.md"):
            continue
        earlier.add(message)
        query = quote_plus(message, safe=",:()[]'=")  # as plain as a query allows: pages stay small
        links.append(f'<p><a href="{calculator}?error={query}">{labels["warning" if warning else "error"]}</a></p>\n')
    return "".join(links)


def fence_renderer(extensions: list, configs: dict):
    """Markdown to HTML for one fenced block with the site's extensions, memoized."""
    md = python_markdown.Markdown(extensions=extensions, extension_configs=configs)

    @functools.lru_cache(maxsize=None)
    def render(fence: str) -> str:
        md.reset()
        return md.convert(fence)

    return render


fence_html = None  # this build's fence_renderer, made when the build is configured

# Printed text that Markdown and Pygments would pass through as it is, but for HTML escaping.
_VERBATIM = re.compile(r"[^\t\r\x00\x02\x03\ufeff]*", re.S)
_BLANKS = re.compile(r"(?:^|\n)[ ]+(?:\n|$)|^\n")


def output_html(printed: str, messages: list[str], error: bool, title: str) -> str:
    """What an output fence renders to: what the cell printed, then torch's warnings and
    exception, each in a `<span class="message">` that CSS wraps to the width (a reader sees
    a message whole; a tensor keeps its lines and scrolls).

    One template per kind, filled with the escaped text: a full Markdown pass per output
    cost a second per language.
    """
    fence = f'``` {{ .text .output {".output-error" if error else ""} .no-copy title="{title}" }}\n%s\n```'
    shown = "\n".join(f'<span class="message">{html_text.escape(m, quote=False)}</span>' for m in messages)
    if _VERBATIM.fullmatch(printed) and not _BLANKS.search(printed):
        head, _, tail = fence_html(fence % "conv1dslot").partition("conv1dslot")
        return head + (html_text.escape(printed, quote=False) + shown).rstrip("\n") + tail  # as Pygments escapes
    rendered = fence_html(fence % printed.rstrip("\n"))  # tabs, lines of spaces...: as Markdown treats them
    if not shown:
        return rendered
    head, tail = rendered.rsplit("\n</code>", 1)
    return f"{head}\n{shown}\n</code>{tail}"


# Whitespace between two tags that holds a line break: the theme's indentation. One line
# break renders the same, outside the elements that keep their whitespace.
_KEPT = re.compile(r"(<(pre|script|style|textarea)\b.*?</\2>)", re.S | re.I)
_BETWEEN_TAGS = re.compile(r">[ \t]*\n\s*<")


def compact(html: str) -> str:
    """The page without the indentation between its tags: a fifth of the site's HTML
    (a tenth of a page with examples, most of it the navigation's), for 0.3 s a build."""
    parts = _KEPT.split(html)
    out = []
    for i in range(0, len(parts), 3):  # text, then a kept element and its tag name
        out.append(_BETWEEN_TAGS.sub(">\n<", parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


# ---------------------------------------------------------------- Order ------


def included(text: str) -> list[str]:
    """The examples a page includes or draws, in the order its lines name them."""
    return [m["name"] for line in text.splitlines() if (m := DIRECTIVE.match(line) or DIAGRAM.match(line))]


def examples_in_order(page_texts, examples_dir: Path) -> list[Path]:
    """Every example, those the pages include first, in the order the build renders them."""
    order = []
    for text in page_texts:
        for name in included(text):
            path = examples_dir / f"{name}.py"
            if path not in order and path.exists():
                order.append(path)
    return order + [path for path in all_examples(examples_dir) if path not in order]


def figures_asked(docs_root: Path, examples_dir: Path) -> dict[Path, list]:
    """The diagrams every language's pages ask of each example, so one run draws them all."""
    asked: dict[Path, set] = {}
    for page in Path(docs_root).glob("*/**/*.md"):
        for m in DIAGRAM.finditer(page.read_text(encoding="utf-8")):
            path = examples_dir / f"{m['name']}.py"
            asked.setdefault(path, set()).add((m["layer"], m["input"], bool(m["channels"])))
    return {path: sorted(figures) for path, figures in asked.items()}
