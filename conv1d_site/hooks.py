"""MkDocs hooks: executed examples, diagrams, notebooks, search, one build per language.

`mkdocs.yml` builds the English site. Every other language listed under
`extra.alternate` builds from `mkdocs.<lang>.yml` into `site/<lang>/`, with its own
search index (conv1d_site/search.py): in a process forked once the examples are
started, so it builds alongside English and shares their runs (in a process with other
threads, such as a rebuild under `mkdocs serve`, after English in the same process).
Examples run in conv1d_site/examples.py's fork server, once per build; diagrams come
from conv1d_site/diagrams.py. What a rebuild under `make serve` skips: conv1d_site/serving.py.

Hooks come first; the small functions they call follow.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import os
import pickle
import posixpath
import re
import sys
import tempfile
import threading
from pathlib import Path

import markdown
from mkdocs.config import load_config
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # hooks load by path
from conv1d_site import examples  # noqa: E402
from conv1d_site import search  # noqa: E402
from conv1d_site import serving  # noqa: E402

log = logging.getLogger("mkdocs.hooks.conv1d_site")

# `{* examples/stride_shapes.py *}` on a line of its own includes an example;
# `{* diagram examples/stride_windows.py conv x *}` draws the layer `conv` of that
# example applied to its input `x`, as the example left them (add `channels` to
# draw which input channels each output channel reads, too).
DIRECTIVE = re.compile(r"^\{\* *examples/(?P<name>[\w-]+)\.py *\*\}[ \t]*$", re.M)
DIAGRAM = re.compile(
    r"^\{\* *diagram +examples/(?P<name>[\w-]+)\.py +(?P<layer>\w+) +(?P<input>\w+)"
    r"(?P<channels> +channels)? *\*\}[ \t]*$",
    re.M,
)
# A heading's trailing attribute list, `{ #output-length }`.
ATTR_LIST = re.compile(r"\s*\{[^{}]*\}\s*$")
LABELS = {
    "en": {
        "output": "Output",
        "notebook": "Notebook",
        "download": "Download .ipynb",
        "repeat": "Setup: the same cell as above on this page.",
        "calculator": "Open this setting in the calculator",
    },
    "ko": {
        "output": "출력",
        "notebook": "노트북",
        "download": ".ipynb 내려받기",
        "repeat": "준비 셀: 이 페이지 위쪽의 셀과 같습니다.",
        "calculator": "이 설정을 계산기에서 열기",
    },
}


def execute_enabled() -> bool:
    """`CONV1D_EXECUTE=0` renders code without running it (for `make bench`)."""
    return os.environ.get("CONV1D_EXECUTE", "1") != "0"


# ---------------------------------------------------------------- Hooks ------


def on_startup(command, dirty) -> None:
    serving.start(command, dirty)
    if execute_enabled():
        examples.start()  # torch imports in its own process while MkDocs loads


def on_config(config):
    global fence_html, copy_title
    memoize_highlighting()
    fence_html = fence_renderer(config)
    copy_title = material_text(config, "clipboard.copy")
    if language(config) == "ko" and can_fork():
        search.start_analyzer()  # Kiwi loads beside the build, for the search index
    if serving.dirty and "material/search" in config.plugins:
        config.plugins["material/search"].is_dirty = False  # its entries are merged in on_post_build
    return config


def on_files(files: Files, config) -> Files:
    lang = language(config)
    check_translations(files, config)
    paths = examples_in_order(files, config)
    if execute_enabled():
        # Side by side, once per build, in the order pages need them; a page waits for its own.
        examples.submit(paths, figures_asked(config))
    if lang == primary_language(config) and can_fork():
        start_other_languages(config)  # the examples' results reach every language's build
    for path in paths:  # the .ipynb is written by on_post_build, when its example has run
        files.append(File.generated(config, f"notebooks/{path.stem}.ipynb", content=""))
        files.append(File.generated(config, f"notebooks/{path.stem}.md", content=notebook_page(path, lang)))
    if serving.dirty:
        mark_changed_pages(files, paths)
    return files


def on_nav(nav, config, files):
    # A section is named after its index page, so titles come from the pages
    # of each language and the nav in mkdocs.yml needs no translation.
    for item in nav.items:
        if item.is_section:
            for child in item.children:
                if child.is_page and child.file.name == "index":
                    child.read_source(config)
                    # Before rendering, the title is the heading's Markdown, its anchor too:
                    # `# Parameters { #parameters }`.
                    title = ATTR_LIST.sub("", child.title or "")
                    item.title = title or item.title
    if serving.dirty:  # pages not read again keep the titles they had
        for page in nav.pages:
            title = serving.titles.get((config.docs_dir, page.file.src_uri))
            if title and page.markdown is None:
                page.title = title
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    markdown = DIAGRAM.sub(lambda m: render_diagram(m, page, config), markdown)
    shown: set[str] = set()  # cells already on this page, to show repeated setup once
    return DIRECTIVE.sub(lambda m: render_example(m["name"], page, config, shown), markdown)


def on_page_content(content, page, config, files):
    return settle_content(content, copy_title)


def on_env(env, config, files):
    env.auto_reload = False  # templates do not change during a build: no stat per include
    if serving.dirty:
        env.bytecode_cache = serving.templates
    return env


@event_priority(100)  # first: Material's search plugin indexes the page in this event
def on_page_context(context, page, config, nav):
    fill_outputs(page, config)  # waits for this page's examples only
    context["alternates"] = alternates(page, config)
    serving.titles[(config.docs_dir, page.file.src_uri)] = page.title
    return context


prepared = 0  # Material's search entries of this build handed to Kiwi so far


def on_post_page(output, page, config):
    # Material's search has indexed the page: Kiwi, running beside, can analyze its sections now.
    global prepared
    if search.analyzer_running() and "material/search" in config.plugins:
        entries = config.plugins["material/search"].search_index.entries
        search.prepare([text for entry in entries[prepared:] for text in (entry["title"], entry["text"])])
        prepared = len(entries)
    return output


def on_post_build(config) -> None:
    write_notebooks(config)
    search.write_index(config, merge=lambda docs: serving.merge_search(config.site_dir, docs))
    if language(config) != primary_language(config):
        return
    if other_builds:
        finish_other_languages()
    else:
        for alt in config.extra["alternate"][1:]:
            build_language(config, alt["lang"])
    if serving.dirty:  # every language is built: the next rebuild compares with these
        paths = examples.all_examples(examples_dir(config))
        serving.digests.update({path: examples.digest(path) for path in paths})


def on_build_error(error) -> None:
    for build in other_builds.values():
        build.stop()


# ------------------------------------------------------------ Languages ------


def language(config) -> str:
    return config.theme["language"]


def primary_language(config) -> str:
    return config.extra["alternate"][0]["lang"]


other_builds: dict[str, "ForkedBuild"] = {}


def can_fork() -> bool:
    """Only a process with one thread forks safely (`mkdocs serve` rebuilds from a thread,
    beside its web server's). Nor does `make serve`: its rebuilds reuse what each language's
    first build left in this process (titles, search entries, Korean analyses, templates)."""
    return hasattr(os, "fork") and threading.active_count() == 1 and not serving.dirty


def start_other_languages(config) -> None:
    for alt in config.extra["alternate"][1:]:
        other_builds[alt["lang"]] = ForkedBuild(config, alt["lang"])


def finish_other_languages() -> None:
    """Wait for the other languages; their log records and failure become this build's."""
    builds = list(other_builds.values())
    other_builds.clear()
    failures = [failure for build in builds if (failure := build.finish())]
    if failures:
        raise Abort("\n".join(failures))


class ForkedBuild:
    """`build_language` in a forked process, which inherits the examples already run.

    Its log records come back to this process when it ends, so warnings count
    towards `--strict` here, and messages read as if it had built in this process.
    """

    def __init__(self, config, lang: str):
        self.lang = lang
        fd, self.file = tempfile.mkstemp(prefix=f"conv1d-{lang}-", suffix=".pickle")
        os.close(fd)
        self.pid = os.fork()
        if self.pid == 0:
            self._child(config)

    def _child(self, config) -> None:
        records, failure = [], None
        catcher = logging.Handler()
        catcher.emit = records.append
        mkdocs_log = logging.getLogger("mkdocs")
        mkdocs_log.handlers, mkdocs_log.propagate = [catcher], False
        examples.forget_server()  # the pipe to it is the parent's
        try:
            build_language(config, self.lang)
        except Abort as exc:
            failure = str(exc)
        except BaseException as exc:  # noqa: BLE001 - reported by the parent
            failure = f"the {self.lang} site: {type(exc).__name__}: {exc}"
        for record in records:
            record.msg, record.args, record.exc_info = record.getMessage(), None, None
        with open(self.file, "wb") as f:
            pickle.dump((records, failure), f)
        os._exit(0)

    def finish(self) -> str | None:
        """Wait; replay the child's log here; its failure, or None."""
        _, status = os.waitpid(self.pid, 0)
        try:
            with open(self.file, "rb") as f:
                records, failure = pickle.load(f)
            os.unlink(self.file)
        except (OSError, EOFError, pickle.UnpicklingError):
            records, failure = [], f"the process building the {self.lang} site died ({status})"
        for record in records:
            logging.getLogger(record.name).handle(record)
        return failure

    def stop(self) -> None:
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
            os.unlink(self.file)
        except OSError:
            pass


def build_language(config, lang: str) -> None:
    """Build `mkdocs.<lang>.yml` into `<site_dir>/<lang>` with the same settings."""
    site_url = config.site_url and posixpath.join(config.site_url, f"{lang}/")
    other = load_config(
        config_file=str(Path(config.config_file_path).with_name(f"mkdocs.{lang}.yml")),
        site_dir=os.path.join(config.site_dir, lang),
        site_url=site_url,
        strict=config.strict,
    )
    if config.site_url is None:
        other.site_url = None
    build(other, dirty=serving.dirty)


def check_translations(files: Files, config) -> None:
    """Every page must exist in every language: a missing one is a warning (fatal with --strict)."""
    here = Path(config.docs_dir)
    for alt in config.extra["alternate"]:
        there = here.parent / alt["lang"]
        if there == here:
            continue
        for file in files.documentation_pages():
            if not (there / file.src_uri).exists():
                log.warning(f"'{file.src_uri}' has no {alt['lang']} translation in {there}/")


def alternates(page, config) -> list[dict]:
    """Links to this same page in every language, relative to the page."""
    links = config.extra["alternate"]
    own = next(a["link"] for a in links if a["lang"] == language(config))
    to_root = get_relative_url(".", page.url)  # from the page to this build's root
    result = []
    for alt in links:
        target = posixpath.relpath(alt["link"], own)  # from this root to the other
        href = posixpath.normpath(posixpath.join(to_root, target, page.url or "."))
        href = href + "/" if page.url.endswith("/") or not page.url else href
        result.append({**alt, "href": "./" if href == "./" else href, "active": alt["lang"] == language(config)})
    return result


# ------------------------------------------------------------ Highlight ------


# Names and whitespace: Material gives names the code's own colour, and whitespace none.
_UNCOLOURED = re.compile(r'<span class="[nw]">([^<]*)</span>')


def memoize_highlighting() -> None:
    """Highlight each distinct code block once per process, without the spans that colour nothing.

    An example's code is shown on its page and on its notebook page, and a cell without
    comments in both languages; Pygments is a large part of a build, and what it returns
    depends only on the code and the highlighter's options. A span per name was a quarter
    of the elements of a page with examples, each one styled and laid out on a phone.
    """
    from pymdownx.highlight import Highlight

    if getattr(Highlight.highlight, "memoized", False):
        return
    original, cache = Highlight.highlight, {}

    def lighter(*args, **kwargs) -> str:
        return _UNCOLOURED.sub(r"\1", original(*args, **kwargs))

    def highlight(self, src, language, *args, **kwargs):
        if self.title_mode == "html":  # the title goes to this page's own stash
            return lighter(self, src, language, *args, **kwargs)
        if not (self.line_spans or self.line_anchors):
            kwargs.pop("code_block_count", None)  # only numbers line ids
        options = repr(sorted((k, v) for k, v in vars(self).items() if k != "md"))
        key = (options, src, language, repr(args), repr(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = lighter(self, src, language, *args, **kwargs)
        return cache[key]

    highlight.memoized = True
    Highlight.highlight = highlight


# ----------------------------------------------------------- Page content ------

# A code block's <pre> up to its <code>, after the <div> (and title) Markdown wraps it in.
CODE_PRE = re.compile(
    r'(?P<pre>(?:<div class="(?P<classes>[^"]*)">(?:<span class="filename">[^<]*</span>)?)?<pre[^>]*)>'
    r"(?P<span>(?:<span></span>)?)(?=<code)"
)
TABLE = re.compile(r"<table>.*?</table>", re.S)
COPY_BUTTON = (
    '<span class="md-code__nav"><button class="md-code__button" title="{title}" '
    "data-clipboard-target=\"pre[data-code='{n}'] > code\" data-md-type=\"copy\"></button></span>"
)
copy_title = None  # this language's, set in on_config


def material_text(config, key: str) -> str:
    """One of Material's interface strings, in the site's language."""
    template = '{% import "partials/language.html" as lang with context %}{{ lang.t(key) }}'
    return config.theme.get_env().from_string(template).render(config=config, key=key)


def settle_content(content: str, title: str) -> str:
    """What Material's script would add to the content on load, written into it.

    Material puts a copy button in every code block and wraps every table; on load, each
    change restyled much of the page (a table put into the article: all of it), a tenth
    of a second on a phone. Written here, the buttons are Material's own markup, but in
    a <span> rather than a <nav> (a code block is no navigation landmark), and Material's
    own clipboard handler copies (content.code.copy stays off, so it adds no second set).
    A table gets a plain <div> around it: Material still wraps the table, but what that
    restyles is the <div>.
    """
    count = 0

    def with_button(m):
        nonlocal count
        if "no-copy" in (m["classes"] or "").split():
            return m[0]
        count += 1
        button = COPY_BUTTON.format(title=html.escape(title), n=count)
        return f'{m["pre"]} data-code="{count}">{m["span"]}{button}'

    content = CODE_PRE.sub(with_button, content)
    return TABLE.sub(lambda m: f'<div class="table">{m[0]}</div>', content)


# ------------------------------------------------------------- Examples ------


def execute(path: Path, figures=()):
    """The example's run (once per content), None with execution off; a failure stops the build."""
    if not execute_enabled():
        return None
    try:
        return examples.cached_run(path, figures)
    except examples.ExampleError as exc:
        raise PluginError(f"example failed: {exc}") from exc


def examples_dir(config) -> Path:
    return Path(config.config_file_path).parent / "examples"


def render_example(name: str, page, config, shown: set[str]) -> str:
    """The example's cells as Markdown; what they print goes in by `fill_outputs`, once they ran."""
    lang = language(config)
    path = examples_dir(config) / f"{name}.py"
    if not path.exists():
        raise PluginError(f"{page.file.src_uri}: examples/{name}.py does not exist")
    example = examples.parse(path)
    labels = LABELS[lang]
    here = posixpath.dirname(page.file.src_uri)
    head = [f"<code>examples/{name}.py</code>"]
    if page.file.src_uri != f"notebooks/{name}.md":
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


def render_diagram(match, page, config) -> str:
    """A slot for the diagram `fill_outputs` draws from the example's run."""
    if not (examples_dir(config) / f"{match['name']}.py").exists():
        raise PluginError(f"{page.file.src_uri}: examples/{match['name']}.py does not exist")
    channels = " channels" if match["channels"] else ""
    return f"<!-- conv1d:diagram {match['name']} {match['layer']} {match['input']}{channels} -->"


# Slots left in a page's HTML by render_example and render_diagram.
REPEAT_SLOT = re.compile(r"<!-- conv1d:repeat (?P<name>[\w-]+) (?P<cell>\d+) -->\n(?P<code>.*?)<!-- conv1d:end -->\n?", re.S)
OUTPUT_SLOT = re.compile(r"<!-- conv1d:output (?P<name>[\w-]+) (?P<cell>\d+) -->\n?")
DIAGRAM_SLOT = re.compile(
    r"<!-- conv1d:diagram (?P<name>[\w-]+) (?P<layer>\w+) (?P<input>\w+)(?P<channels> channels)? -->"
)


def fill_outputs(page, config) -> None:
    """Put what each example printed, and its diagrams, into the page's HTML.

    Pages are rendered from Markdown while the examples still run; this waits for the
    ones the page shows, just before its template is.
    """
    lang, labels = language(config), LABELS[language(config)]

    def run_of(m):
        return execute(examples_dir(config) / f"{m['name']}.py")

    def repeat(m):
        run = run_of(m)
        printed = run and run.cells[int(m["cell"])].output
        return m["code"] if printed else f'<p class="example__repeat">{labels["repeat"]}</p>\n'

    def output(m):
        run = run_of(m)
        cell = run.cells[int(m["cell"])] if run else None
        if not (cell and cell.output):
            return ""
        return output_html(cell.output.rstrip("\n"), bool(cell.error), labels["output"]) + "\n"

    def diagram(m):
        figure = (m["layer"], m["input"], bool(m["channels"]))
        run = execute(examples_dir(config) / f"{m['name']}.py", [figure])
        if run is None:
            return ""
        drawn = run.figures[figure]
        if "error" in drawn:
            raise PluginError(f"{page.file.src_uri}: examples/{m['name']}.py {drawn['error']}")
        href = get_relative_url("calculator/", page.url) + "?" + drawn["query"]
        caption = f'<figcaption><a href="{href}">{labels["calculator"]}</a></figcaption>'
        return f'<figure class="diagram">\n{drawn[lang]}\n{caption}\n</figure>'

    html = REPEAT_SLOT.sub(repeat, page.content)
    html = OUTPUT_SLOT.sub(output, html)
    page.content = DIAGRAM_SLOT.sub(diagram, html)


def fence_renderer(config):
    """Markdown to HTML for one fenced block with the site's extensions, memoized."""
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)

    @functools.lru_cache(maxsize=None)
    def render(fence: str) -> str:
        md.reset()
        return md.convert(fence)

    return render


fence_html = None  # this build's fence_renderer, made in on_config

# Printed text that Markdown and Pygments would pass through as it is, but for HTML escaping.
_VERBATIM = re.compile(r"[^\t\r\x00\x02\x03\ufeff]*", re.S)
_BLANKS = re.compile(r"(?:^|\n)[ ]+(?:\n|$)|^\n")


def output_html(printed: str, error: bool, title: str) -> str:
    """What an output fence renders to: one template per kind, filled with the escaped text
    (a full Markdown pass per output cost a second per language)."""
    fence = f'``` {{ .text .output {".output-error" if error else ""} .no-copy title="{title}" }}\n%s\n```'
    if not _VERBATIM.fullmatch(printed) or _BLANKS.search(printed):
        return fence_html(fence % printed)  # tabs, lines of spaces...: as Markdown treats them
    head, _, tail = fence_html(fence % "conv1dslot").partition("conv1dslot")
    return head + html.escape(printed, quote=False) + tail  # as Pygments escapes text


def mark_changed_pages(files: Files, paths: list[Path]) -> None:
    """In a dirty rebuild, rebuild the pages showing a changed example, and no other notebook page."""
    changed = {path.stem for path in serving.changed(paths, examples.digest)}
    for file in files.documentation_pages():
        shows = {Path(file.src_uri).stem} if file.src_uri.startswith("notebooks/") else set(included(file))
        if shows & changed:
            file.is_modified = lambda: True
        elif file.generated_by:
            file.is_modified = lambda: False


def examples_in_order(files: Files, config) -> list[Path]:
    """Every example, those the pages include first, in the order the build renders them."""
    order = []
    for file in files.documentation_pages():
        for name in included(file):
            path = examples_dir(config) / f"{name}.py"
            if path not in order and path.exists():
                order.append(path)
    rest = [path for path in examples.all_examples(examples_dir(config)) if path not in order]
    return order + rest


def included(file) -> list[str]:
    """The examples a page includes or draws, in the order its lines name them."""
    lines = file.content_string.splitlines()
    return [m["name"] for line in lines if (m := DIRECTIVE.match(line) or DIAGRAM.match(line))]


def figures_asked(config) -> dict[Path, list]:
    """The diagrams every language's pages ask of each example, so one run draws them all."""
    asked: dict[Path, set] = {}
    for page in Path(config.docs_dir).parent.glob("*/**/*.md"):
        for m in DIAGRAM.finditer(page.read_text(encoding="utf-8")):
            path = examples_dir(config) / f"{m['name']}.py"
            asked.setdefault(path, set()).add((m["layer"], m["input"], bool(m["channels"])))
    return {path: sorted(figures) for path, figures in asked.items()}


# ------------------------------------------------------------ Notebooks ------


def write_notebooks(config) -> None:
    """Each example as a notebook with its outputs, over the empty file registered in on_files."""
    folder = Path(config.site_dir) / "notebooks"
    folder.mkdir(parents=True, exist_ok=True)
    for path in examples.all_examples(examples_dir(config)):
        text = notebook_json(path, execute(path), language(config))
        (folder / f"{path.stem}.ipynb").write_text(text, encoding="utf-8")


def notebook_json(path: Path, run, lang: str) -> str:
    """The example as an .ipynb with its outputs, comments in `lang`."""
    if run is None:  # execution switched off: a notebook without outputs
        example = examples.parse(path)
        run = examples.Run(example, [examples.CellResult("") for _ in example.cells])
    return json.dumps(examples.notebook(run, lang), ensure_ascii=False, indent=1) + "\n"


def notebook_page(path: Path, lang: str) -> str:
    """A page showing the example alone, as its notebook reads.

    Left out of search: the page that includes the example, with the prose around
    it, is the answer a reader is looking for.
    """
    example = examples.parse(path)
    return (
        f"---\ndescription: {json.dumps(example.title(lang), ensure_ascii=False)}\n"
        "search:\n  exclude: true\n---\n\n"
        f"# {example.title(lang)} {{ #{path.stem} }}\n\n{{* examples/{path.name} *}}\n"
    )
