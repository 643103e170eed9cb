"""What `make serve` (`mkdocs serve --dirty`) rebuilds after an edit, and what it keeps.

In a dirty build MkDocs renders only the pages whose file is newer than their HTML.
The hooks add to those the pages (and notebook pages) showing an example that
changed, give the pages not read again the titles they had (the navigation on the
rebuilt pages shows them), and keep each language's search entries of the pages
not rebuilt. `mkdocs serve` loads the hooks anew for every rebuild; this module,
imported normally, keeps what the next rebuild needs.
"""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2

dirty = False  # `mkdocs serve --dirty`: rebuild only what an edit changed
serving = False  # `mkdocs serve`, dirty or not: its live reload adds an inline script to every page
digests: dict[Path, str] = {}  # example -> the digest it had when the site was last built
titles: dict[tuple[str, str], str] = {}  # (docs_dir, page's src_uri) -> its title
search_docs: dict[str, list[dict]] = {}  # site_dir -> its search entries (Material's format)


class _TemplateCache(jinja2.BytecodeCache):
    """Compiled templates, kept between rebuilds: MkDocs makes a new Jinja environment for each.

    A template whose source changed has another checksum, and is compiled again.
    """

    def __init__(self):
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


templates = _TemplateCache()


class _DirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be stale (here it is not), and
    that the folder has stale files (it always has: they are kept on purpose)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return "A 'dirty' build is being performed" not in message and "contains stale files" not in message


def start(command: str, is_dirty: bool) -> None:
    global dirty, serving
    serving = command == "serve"
    dirty = serving and is_dirty
    build_log = logging.getLogger("mkdocs.commands.build")
    if dirty and not any(isinstance(f, _DirtyNotice) for f in build_log.filters):
        build_log.addFilter(_DirtyNotice())


def changed(paths: list[Path], digest) -> set[Path]:
    """The examples whose content differs from the last build's (all of them, at first)."""
    return {path for path in paths if digests.get(path) != digest(path)}


def merge_search(site_dir: str, fresh: list[dict]) -> list[dict]:
    """The last build's entries, with those of the pages just rebuilt replaced by `fresh`."""
    previous = search_docs.get(site_dir)
    if not (dirty and previous):
        search_docs[site_dir] = fresh
        return fresh
    rebuilt: dict[str, list[dict]] = {}
    for doc in fresh:
        rebuilt.setdefault(doc["location"].split("#")[0], []).append(doc)
    merged, done = [], set()
    for doc in previous:
        page = doc["location"].split("#")[0]
        if page not in rebuilt:
            merged.append(doc)
        elif page not in done:
            merged += rebuilt[page]
            done.add(page)
    merged += [doc for page, docs in rebuilt.items() if page not in done for doc in docs]
    search_docs[site_dir] = merged
    return merged



def remember(paths: list[Path], digest) -> None:
    """Every language is built: the next rebuild compares the examples with these."""
    digests.update({path: digest(path) for path in paths})


def mark_changed_pages(files, paths: list[Path], included, digest) -> None:
    """Rebuild the pages showing a changed example, and no notebook page of an unchanged one.

    `files`: MkDocs' files of this build; `included(markdown)`: the examples a page shows.
    """
    changed_names = {path.stem for path in changed(paths, digest)}
    for file in files.documentation_pages():
        if file.src_uri.startswith("notebooks/"):
            shows = {Path(file.src_uri).stem}
        else:
            shows = set(included(file.content_string))
        if shows & changed_names:
            file.is_modified = lambda: True
        elif file.generated_by:
            file.is_modified = lambda: False
