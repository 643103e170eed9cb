"""A page whose other language changed after it says so, in its own language, with a link to
the newer side and the date it lags from (conv1d_site/translations.py: `status` decides it, for
`make translations` and for the notice alike). Read from git once per build; without git,
or with both sides in step, there is no notice.

The small project of tests/built.py, committed into a git repository of its own: both
languages at one date, then only the English stride page, later, then only the other
languages' home pages: the first language is the source, so its home shows no notice, though
`make translations` lists it.
"""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from built import LANGUAGES, PREFIX, build_site, pages, small_project
from conv1d_site import translations
from conv1d_site.languages import PRIMARY

pytestmark = pytest.mark.xdist_group("small-site")
FIRST, LATER, LATEST = "2026-03-04T05:06:07Z", "2026-05-06T07:08:09Z", "2026-07-08T09:10:11Z"


def commit(project, message: str, date: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "add", "-A"], cwd=project, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=project, check=True, env=env)


@pytest.fixture(scope="module")
def lagging(tmp_path_factory):
    root = tmp_path_factory.mktemp("translations")
    project = small_project(root / "project")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    commit(project, "Both languages", FIRST)
    stride = project / "docs" / PRIMARY / "parameters" / "stride.md"
    stride.write_text(stride.read_text() + "\nA sentence only the English page has.\n")
    commit(project, "English only", LATER)
    for lang in LANGUAGES[1:]:
        home = project / "docs" / lang / "index.md"
        home.write_text(home.read_text() + "\nA wording fix of a translation.\n")
    commit(project, "Translations only", LATEST)
    build_site(project, root / "site")
    return project, root / "site"


def notices(path):
    return re.findall(r'<div class="admonition info translation-status" data-translation-status="behind"[^>]*>.*?</div>',
                      path.read_text("utf-8"), re.S)


def test_the_lagging_side_says_so_in_its_language_and_links_the_newer(lagging):
    project, site = lagging
    lags = translations.status("parameters/stride.md", root=project)
    assert [(lag.behind, lag.ahead, lag.since) for lag in lags] == \
        [(lang, PRIMARY, FIRST[:10]) for lang in LANGUAGES if lang != PRIMARY]
    for lang in LANGUAGES:
        stride = site / PREFIX[lang] / "parameters/stride/index.html"
        found = notices(stride)
        if lang == PRIMARY:
            assert found == []  # the newer side
            continue
        [notice] = found
        words = translations.NOTICE[lang]
        assert words["title"] in notice and f'<time datetime="{FIRST[:10]}">' in notice
        href = re.search(r'<a href="([^"]+)" hreflang="(\w+)"', notice)
        assert href[2] == PRIMARY
        assert (stride.parent / href[1]).resolve() == (site / PREFIX[PRIMARY] / "parameters/stride").resolve()
        text = stride.read_text("utf-8")
        assert text.index("</h1>") < text.index("data-translation-status")  # under the page's heading
    # The translations' home pages changed last: the first language's lags by the rule, and
    # `make translations` says so, but the source shows no notice (nor do the translations).
    assert [(lag.behind, lag.since) for lag in translations.status("index.md", root=project)] == [(PRIMARY, FIRST[:10])]
    for lang in LANGUAGES:
        assert notices(site / PREFIX[lang] / "index.html") == []


def test_the_notice_is_not_searched(lagging):
    _, site = lagging
    for lang in LANGUAGES:
        docs = (site / PREFIX[lang] / "search" / "conv1d_docs.json").read_text("utf-8")
        assert translations.NOTICE[lang]["title"] not in docs


def test_one_git_log_answers_for_every_page(monkeypatch):
    calls = []
    real = translations.git

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    translations.forget()
    monkeypatch.setattr(translations, "git", counted)
    found = [lag for page in translations.pages() for lag in translations.status(page)]
    history = translations.history(translations.ROOT)
    since = set()  # the commits the older side of a page dates from, where the two differ
    for page in translations.pages():
        sides = sorted(history.get(f"docs/{lang}/{page}", (0, "")) for lang in LANGUAGES)
        if sides[0][0] != sides[-1][0]:
            since.add(sides[0][1])
    translations.forget()
    assert len(translations.pages()) > 30 and found
    assert calls.count("log") == 1
    assert calls.count("diff") == len(since) < len(translations.pages())  # per commit, not per page


def test_without_git_every_page_is_in_step(lagging, small_site, monkeypatch):
    project, _ = lagging
    translations.forget()
    monkeypatch.setattr(translations, "GIT", "/nonexistent/git")
    assert translations.status("parameters/stride.md", root=project) == []
    assert translations.notice("parameters/stride.md", LANGUAGES[-1], {}, root=project) == ""
    translations.forget()
    for lang in LANGUAGES:  # built outside any repository
        assert not [p for p in pages(small_site[0], lang) if notices(p)]
