"""MkDocs hooks: executed examples, diagrams, notebooks, search, one build per language.

`mkdocs.yml` builds the English site. Every other language listed under
`extra.alternate` builds from `mkdocs.<lang>.yml` into `site/<lang>/`, with its own
search index (conv1d_site/search.py): in a process forked once the examples are
started, so it builds alongside English and shares their runs (under `mkdocs serve`,
after English, in the same process). Examples run in conv1d_site/examples.py's fork
server, once per build; diagrams come from conv1d_site/diagrams.py.

Hooks come first; the small functions they call follow.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import posixpath
import re
import sys
import tempfile
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # hooks load by path
from conv1d_site import examples  # noqa: E402
from conv1d_site import search  # noqa: E402

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
    global side_by_side
    side_by_side = command != "serve"  # `mkdocs serve` rebuilds from a thread: no fork there
    if execute_enabled():
        examples.start()  # torch imports in its own process while MkDocs loads


def on_config(config):
    memoize_highlighting()
    return config


def on_files(files: Files, config) -> Files:
    lang = language(config)
    check_translations(files, config)
    paths = examples_in_order(files, config)
    if execute_enabled():
        # Side by side, once per build, in the order pages need them; a page waits for its own.
        examples.submit(paths, figures_asked(config))
    if lang == primary_language(config) and side_by_side:
        start_other_languages(config)  # the examples' results reach every language's build
    for path in paths:
        files.append(File.generated(config, f"notebooks/{path.stem}.ipynb", content=""))  # on_env
        files.append(File.generated(config, f"notebooks/{path.stem}.md", content=notebook_page(path, lang)))
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
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    markdown = DIAGRAM.sub(lambda m: render_diagram(m, page, config), markdown)
    shown: set[str] = set()  # cells already on this page, to show repeated setup once
    return DIRECTIVE.sub(lambda m: render_example(m["name"], page, config, shown), markdown)


def on_env(env, config, files):
    # Every page has been rendered, so every example has run: the notebooks can be written.
    for file in files:
        if file.src_uri.startswith("notebooks/") and file.src_uri.endswith(".ipynb"):
            path = examples_dir(config) / f"{Path(file.src_uri).stem}.py"
            file.content_string = notebook_json(path, execute(path), language(config))
    return env


def on_page_context(context, page, config, nav):
    context["alternates"] = alternates(page, config)
    return context


def on_post_build(config) -> None:
    search.write_index(config)
    if language(config) != primary_language(config):
        return
    if side_by_side:
        finish_other_languages()
    else:
        for alt in config.extra["alternate"][1:]:
            build_language(config, alt["lang"])


def on_build_error(error) -> None:
    for build in other_builds.values():
        build.stop()


# ------------------------------------------------------------ Languages ------


def language(config) -> str:
    return config.theme["language"]


def primary_language(config) -> str:
    return config.extra["alternate"][0]["lang"]


side_by_side = True  # build other languages in forked processes (off under `mkdocs serve`)
other_builds: dict[str, "ForkedBuild"] = {}


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
    build(other)


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


def memoize_highlighting() -> None:
    """Highlight each distinct code block once per process.

    An example's code is shown on its page and on its notebook page, and a cell without
    comments in both languages; Pygments is a large part of a build, and what it returns
    depends only on the code and the highlighter's options.
    """
    from pymdownx.highlight import Highlight

    if getattr(Highlight.highlight, "memoized", False):
        return
    original, cache = Highlight.highlight, {}

    def highlight(self, src, language, *args, **kwargs):
        if self.title_mode == "html":  # the title goes to this page's own stash
            return original(self, src, language, *args, **kwargs)
        if not (self.line_spans or self.line_anchors):
            kwargs.pop("code_block_count", None)  # only numbers line ids
        options = repr(sorted((k, v) for k, v in vars(self).items() if k != "md"))
        key = (options, src, language, repr(args), repr(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = original(self, src, language, *args, **kwargs)
        return cache[key]

    highlight.memoized = True
    Highlight.highlight = highlight


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
    lang = language(config)
    path = examples_dir(config) / f"{name}.py"
    if not path.exists():
        raise PluginError(f"{page.file.src_uri}: examples/{name}.py does not exist")
    example, run = examples.parse(path), execute(path)
    labels = LABELS[lang]
    here = posixpath.dirname(page.file.src_uri)
    head = [f"<code>examples/{name}.py</code>"]
    if page.file.src_uri != f"notebooks/{name}.md":
        head.append(f"[{labels['notebook']}]({posixpath.relpath(f'notebooks/{name}.md', here or '.')})")
    head.append(f"[{labels['download']}]({posixpath.relpath(f'notebooks/{name}.ipynb', here or '.')}){{ download }}")
    parts = ['<div class="example" markdown>', f'<p class="example__head" markdown>{" ".join(head)}</p>', ""]
    for number, cell in enumerate(example.cells):
        code = cell.code(lang)
        output = run.cells[number].output if run else ""
        if code and not output and code in shown:
            parts += [f'<p class="example__repeat">{labels["repeat"]}</p>', ""]
        elif code:
            parts += ["```python", code, "```", ""]
            shown.add(code)
        if output:
            kind = ".output-error" if run.cells[number].error else ""
            parts += [
                f'``` {{ .text .output {kind} .no-copy title="{labels["output"]}" }}',
                output.rstrip("\n"),
                "```",
                "",
            ]
    parts.append("</div>")
    return "\n".join(parts)


def render_diagram(match, page, config) -> str:
    """The windows of an example's layer over its input, drawn when the example ran."""
    name = match["name"]
    path = examples_dir(config) / f"{name}.py"
    if not path.exists():
        raise PluginError(f"{page.file.src_uri}: examples/{name}.py does not exist")
    figure = (match["layer"], match["input"], bool(match["channels"]))
    run = execute(path, [figure])
    if run is None:
        return ""
    drawn = run.figures[figure]
    if "error" in drawn:
        raise PluginError(f"{page.file.src_uri}: examples/{name}.py {drawn['error']}")
    lang = language(config)
    href = get_relative_url("calculator/", page.url) + "?" + drawn["query"]
    caption = f'<figcaption><a href="{href}">{LABELS[lang]["calculator"]}</a></figcaption>'
    return f'<figure class="diagram">\n{drawn[lang]}\n{caption}\n</figure>'


def examples_in_order(files: Files, config) -> list[Path]:
    """Every example, those the pages include first, in the order the build renders them."""
    order = []
    for file in files.documentation_pages():
        for line in file.content_string.splitlines():
            if m := DIRECTIVE.match(line) or DIAGRAM.match(line):
                path = examples_dir(config) / f"{m['name']}.py"
                if path not in order and path.exists():
                    order.append(path)
    rest = [path for path in examples.all_examples(examples_dir(config)) if path not in order]
    return order + rest


def figures_asked(config) -> dict[Path, list]:
    """The diagrams every language's pages ask of each example, so one run draws them all."""
    asked: dict[Path, set] = {}
    for page in Path(config.docs_dir).parent.glob("*/**/*.md"):
        for m in DIAGRAM.finditer(page.read_text(encoding="utf-8")):
            path = examples_dir(config) / f"{m['name']}.py"
            asked.setdefault(path, set()).add((m["layer"], m["input"], bool(m["channels"])))
    return {path: sorted(figures) for path, figures in asked.items()}


# ------------------------------------------------------------ Notebooks ------


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
