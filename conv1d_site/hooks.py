"""MkDocs hooks: the build's table of contents, one event at a time.

Each event names the module that does its work; only this file and conv1d_site/material.py
know MkDocs and Material. From an example to a page, a notebook and the search index:

    on_startup        runner         starts importing torch for the examples
    on_config         material       highlighting and Material's strings; search loads Kiwi
    on_files          languages      every page in every language; the other languages' builds
                      runner         every example started, in the order the pages need them
                      notebooks      a page and an .ipynb per example (linking back; Colab)
                      offline        the offline page
    on_nav            (here)         sections named after their index pages
    on_page_markdown  pages          `{* examples/... *}` lines become cells, and slots for outputs
    on_page_content   material       copy buttons and table frames written into the page
    on_page_context   pages          outputs and diagrams fill the slots (waits for its examples)
                      languages      the language menu leads to this page in each language
                      repository     "edit this page" and "view source", with REPO_URL
    on_post_page      search         the page's sections go to Kiwi, analyzing beside the build
                      translations   a notice on a page whose other language changed after it
                      pages          the theme's indentation between tags taken out
                      policy         a Content-Security-Policy naming the page's inline scripts
    on_template_context hosting      the 404 page in its language, links right wherever it is served
    on_post_template  pages, policy  (the 404 page, as on_post_page)
    on_post_build     notebooks      the .ipynb files, with outputs
                      search         this language's index
                      offline        the app manifest, and the service worker with what it saves
                      languages      the other languages' builds joined (or run, when not forked)

What `make serve` rebuilds and keeps: conv1d_site/serving.py.
"""

from __future__ import annotations

import contextlib
import logging
import os
import posixpath
import re
import sys
import threading
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import normalize_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # hooks load by path
from conv1d_site import (  # noqa: E402
    hosting, korean, languages, material, notebooks, offline, pages, policy, repository, runner, search, serving,
    translations,
)
from conv1d_site.examples import ExampleError, all_examples  # noqa: E402

log = logging.getLogger("mkdocs.hooks.conv1d_site")
ATTR_LIST = re.compile(r"\s*\{[^{}]*\}\s*$")  # a heading's `{ #anchor }`

copy_title = None  # Material's "copy" string in this build's language, set in on_config
other_builds: dict[str, languages.ForkedBuild] = {}
indexed = 0  # sections of this build's search entries handed to Kiwi so far


def on_startup(command, dirty) -> None:
    serving.start(command, dirty)
    if pages.execute_enabled():
        runner.start()  # torch imports in its own process while MkDocs loads


def on_config(config):
    global copy_title
    material.memoize_highlighting()
    pages.fence_html = pages.fence_renderer(config.markdown_extensions, config.mdx_configs)
    copy_title = material.interface_text(config, "clipboard.copy")
    if language(config) == primary_language(config):
        translations.forget()  # git history read again for this build (the others inherit it)
    if search.needs_analyzer(language(config)) and can_fork():
        korean.start_analyzer()  # Kiwi loads beside the build
    if serving.dirty:
        material.keep_search_entries(config)
    return config


def on_files(files: Files, config) -> Files:
    lang, folder = language(config), examples_dir(config)
    for missing in languages.missing_translations(config.docs_dir, page_uris(files), config.extra["alternate"]):
        log.warning(missing)
    paths = pages.examples_in_order([f.content_string for f in files.documentation_pages()], folder)
    if pages.execute_enabled():
        runner.submit(paths, pages.figures_asked(Path(config.docs_dir).parent, folder))
    if lang == primary_language(config) and can_fork():
        translations.prepare(project_root(config))  # one `git log`, for every language's build
        start_other_languages(config)  # forked now, they share the examples' runs
    files.append(File.generated(config, offline.PAGE, content=offline.page(lang), inclusion=InclusionLevel.NOT_IN_NAV))
    explained = notebooks.explaining({f.src_uri: f.content_string for f in files.documentation_pages()})
    for path in paths:  # the .ipynb is written in on_post_build, once its example has run
        files.append(File.generated(config, f"notebooks/{path.stem}.ipynb", content=""))
        files.append(File.generated(config, f"notebooks/{path.stem}.md", content=notebooks.page(
            path, lang, explained.get(path.stem, []), repository.colab_url(path.stem, lang))))
    if serving.dirty:
        serving.mark_changed_pages(files, paths, pages.included, runner.digest)
    return files


def on_nav(nav, config, files):
    # A section is named after its index page, so titles come from the pages of each
    # language and the nav in mkdocs.yml needs no translation.
    for item in nav.items:
        if item.is_section:
            for child in item.children:
                if child.is_page and child.file.name == "index":
                    child.read_source(config)
                    item.title = ATTR_LIST.sub("", child.title or "") or item.title
    if serving.dirty:  # pages not read again keep the titles they had
        for page in nav.pages:
            title = serving.titles.get((config.docs_dir, page.file.src_uri))
            if title and page.markdown is None:
                page.title = title
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    with reported():
        return pages.markdown(markdown, page.file.src_uri, language(config), examples_dir(config))


def on_page_content(content, page, config, files):
    return material.settle_content(content, copy_title)


def on_env(env, config, files):
    env.auto_reload = False  # templates do not change during a build: no stat per include
    env.globals["site_scope"] = languages.to_first_root(language(config), config.extra["alternate"])
    env.globals["offline_app"] = not serving.serving  # `mkdocs serve` writes no service worker
    if serving.dirty:
        env.bytecode_cache = serving.templates
    return env


@event_priority(100)  # first: Material's search plugin indexes the page in this event
def on_page_context(context, page, config, nav):
    with reported():  # waits for this page's examples only
        page.content = pages.fill(page.content, page.file.src_uri, page.url, language(config), examples_dir(config))
    context["alternates"] = languages.switcher(page.url, language(config), config.extra["alternate"])
    search.describe(config.site_dir, page.url, page.meta.get("description"))
    if page.file.src_uri.startswith("notebooks/") or (Path(config.docs_dir) / page.file.src_uri).exists():
        page.edit_url = repository.edit_url(page.file.src_uri, language(config))  # None without REPO_URL
    serving.titles[(config.docs_dir, page.file.src_uri)] = page.title
    return context


def on_post_page(output, page, config):
    global indexed
    if korean.analyzer_running():  # Material has indexed the page: Kiwi can analyze it now
        entries = material.search_entries(config)
        search.prepare([text for entry in entries[indexed:] for text in (entry["title"], entry["text"])])
        indexed = len(entries)
    hrefs = {alt["lang"]: alt["href"] for alt in languages.switcher(page.url, language(config), config.extra["alternate"])}
    notice = translations.notice(page.file.src_uri, language(config), hrefs, project_root(config))
    output = pages.compact(translations.with_notice(output, notice))  # after search took the page's text
    return output if serving.serving else policy.with_policy(output)


def on_template_context(context, template_name, config):
    if template_name == "404.html":  # links from the site's path, or relative to the file itself
        found = hosting.context(language(config), config.extra["alternate"], config.site_url)
        context["base_url"] = found.pop("base_url")
        context["extra_css"] = [normalize_url(path, None, context["base_url"]) for path in config.extra_css]
        context["alternates"] = found.pop("alternates")
        context["not_found"] = found
    return context


def on_post_template(output, template_name, config):
    if not template_name.endswith(".html"):
        return output
    output = pages.compact(output)
    return output if serving.serving else policy.with_policy(output)


def on_post_build(config) -> None:
    with reported():
        notebooks.write_all(Path(config.site_dir) / "notebooks", all_examples(examples_dir(config)),
                            pages.execute, language(config))
    sections = material.take_search_sections(config.site_dir)
    if sections is not None:
        search.write_index(config.site_dir, language(config), serving.merge_search(config.site_dir, sections))
    if not serving.serving:
        saved = offline.write(Path(config.site_dir), language(config),
                              languages.nested_folders(language(config), config.extra["alternate"]),
                              offline.own_assets(config.theme.custom_dir), config.site_name, config.site_description or "")
        log.info(f"Offline app ({language(config)}): {saved['files']} files, {saved['bytes']:,} bytes saved on install")
    if language(config) != primary_language(config):
        return
    if other_builds:
        finish_other_languages()
    else:
        for alt in config.extra["alternate"][1:]:
            build_language(config, alt["lang"])
    if serving.dirty:  # every language is built: the next rebuild compares with these
        serving.remember(all_examples(examples_dir(config)), runner.digest)


def on_build_error(error) -> None:
    for forked in other_builds.values():
        forked.stop()


# -------------------------------------------------------------- Helpers ------


def language(config) -> str:
    return config.theme["language"]


def primary_language(config) -> str:
    return config.extra["alternate"][0]["lang"]


def project_root(config) -> Path:
    return Path(config.config_file_path).parent


def examples_dir(config) -> Path:
    return project_root(config) / "examples"


def page_uris(files: Files) -> list[str]:
    return [file.src_uri for file in files.documentation_pages()]


@contextlib.contextmanager
def reported():
    """A page or an example that cannot be shown stops the build with one line naming it."""
    try:
        yield
    except (pages.PageError, ExampleError) as exc:
        raise PluginError(str(exc)) from exc


def can_fork() -> bool:
    """Only a process with one thread forks safely (`mkdocs serve` rebuilds from a thread,
    beside its web server's). Nor does `make serve`: its rebuilds reuse what each language's
    first build left in this process (titles, search entries, Korean analyses, templates)."""
    return hasattr(os, "fork") and threading.active_count() == 1 and not serving.dirty


def start_other_languages(config) -> None:
    for alt in config.extra["alternate"][1:]:
        other_builds[alt["lang"]] = languages.ForkedBuild(
            alt["lang"], lambda lang=alt["lang"]: build_language(config, lang), aborts=(Abort,),
            forget=[runner.forget_server])


def finish_other_languages() -> None:
    """Wait for the other languages; their log records and failure become this build's."""
    builds = list(other_builds.values())
    other_builds.clear()
    failures = [failure for forked in builds if (failure := forked.finish())]
    if failures:
        raise Abort("\n".join(failures))


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
