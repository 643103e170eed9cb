"""The site's languages, from one list: `extra.alternate` in mkdocs.yml.

The first entry is the language `mkdocs.yml` builds; every other one builds from
`mkdocs.<lang>.yml` into `<site_dir>/<lang>/` (its `link`, `/ko/`), in a process forked
from the first build (`ForkedBuild`) so that it shares the examples already running.
Pages live in `docs/<lang>/`, with the same file names in every language.
"""

from __future__ import annotations

import logging
import os
import pickle
import posixpath
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


class _Config(yaml.SafeLoader):
    """mkdocs.yml as plain data: its `!ENV` and `!!python/...` values are read as None."""


_Config.add_multi_constructor("!", lambda loader, suffix, node: None)
_Config.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def alternates(config_file: Path = ROOT / "mkdocs.yml") -> list[dict]:
    """`extra.alternate` of the site: [{"name", "link", "lang"}], the built language first."""
    with open(config_file, encoding="utf-8") as f:
        return yaml.load(f, Loader=_Config)["extra"]["alternate"]


LANGUAGES: tuple[str, ...] = tuple(alt["lang"] for alt in alternates())
PRIMARY = LANGUAGES[0]


def prefix(lang: str, links: list[dict] | None = None) -> str:
    """A language's folder below the site's root: "" for the first, "ko/" for Korean."""
    links = links or alternates()
    own = next(alt["link"] for alt in links if alt["lang"] == lang)
    return posixpath.relpath(own, links[0]["link"]).removeprefix(".") + ("/" if own != links[0]["link"] else "")


def to_first_root(lang: str, links: list[dict] | None = None) -> str:
    """From a language's root to the first language's (the site's): "./" for the first, "../" for Korean.

    What the readers' choices that hold for the whole site (the palette) are kept under.
    """
    links = links or alternates()
    own = next(alt["link"] for alt in links if alt["lang"] == lang)
    rel = posixpath.relpath(links[0]["link"], own)
    return "./" if rel == "." else rel + "/"


def nested_folders(lang: str, links: list[dict] | None = None) -> list[str]:
    """The other languages' folders below this language's root: ["ko/"] for the first, [] for Korean."""
    links = links or alternates()
    own = next(alt["link"] for alt in links if alt["lang"] == lang)
    rels = [posixpath.relpath(alt["link"], own) for alt in links if alt["lang"] != lang]
    return sorted((rel + "/" for rel in rels if not rel.startswith("..")), key=len, reverse=True)


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other`, as MkDocs writes links (both from a site root)."""
    if other != ".":
        head, tail = posixpath.split(other)
        other = head if "." in tail else other
    rel = posixpath.relpath(url, other)
    return rel + "/" if url.endswith("/") else rel


def missing_translations(docs_dir: Path, pages: list[str], links: list[dict]) -> list[str]:
    """A sentence for every page of `docs_dir` that another language lacks."""
    here = Path(docs_dir)
    found = []
    for alt in links:
        there = here.parent / alt["lang"]
        if there == here:
            continue
        found += [f"'{page}' has no {alt['lang']} translation in {there}/" for page in pages
                  if not (there / page).exists()]
    return found


def switcher(page_url: str, lang: str, links: list[dict]) -> list[dict]:
    """The language menu of a page: each language's link to this same page, relative to it."""
    own = next(a["link"] for a in links if a["lang"] == lang)
    to_root = relative_url(".", page_url)  # from the page to this build's root
    result = []
    for alt in links:
        target = posixpath.relpath(alt["link"], own)  # from this root to the other
        href = posixpath.normpath(posixpath.join(to_root, target, page_url or "."))
        href = href + "/" if page_url.endswith("/") or not page_url else href
        result.append({**alt, "href": "./" if href == "./" else href, "active": alt["lang"] == lang})
    return result


class ForkedBuild:
    """`build()` in a forked process, which inherits what this one has started (the examples).

    Its log records come back to this process when it ends, so warnings count towards
    `--strict` here and read as if it had built in this process. `aborts`: the exceptions
    whose message is the whole story (MkDocs' Abort); any other is named with its type.
    """

    def __init__(self, lang: str, build, aborts: tuple = (), forget=()):
        self.lang = lang
        fd, self.file = tempfile.mkstemp(prefix=f"conv1d-{lang}-", suffix=".pickle")
        os.close(fd)
        self.pid = os.fork()
        if self.pid == 0:
            self._child(build, aborts, forget)

    def _child(self, build, aborts, forget) -> None:
        records, failure = [], None
        catcher = logging.Handler()
        catcher.emit = records.append
        mkdocs_log = logging.getLogger("mkdocs")
        mkdocs_log.handlers, mkdocs_log.propagate = [catcher], False
        for call in forget:  # what belongs to the parent, such as the pipe to the fork server
            call()
        try:
            build()
        except aborts as exc:
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
