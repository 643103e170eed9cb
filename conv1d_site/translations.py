"""Which side of a page lags in git history: `make translations` lists them, and the build
shows a lagging translation a notice that links the newer side (one function, `status`, for
both). As on FastAPI's and MDN's translated pages, the notice is a translation's: the first
language's pages are the source, so they show none when a translation was changed after them
(a Korean wording fix is no news to an English reader); `make translations` lists those too.

For each page, the language committed last is the reference; every other language whose
last commit touching its side is older is behind it, from the date of that older commit.
The sections listed are those whose lines changed on the reference side since, plus anchors
present on one side only. Uncommitted edits count as now. Without git (a source archive, or
no git installed), every page is in step. One `git log` reads the last commit of every page,
and one `git diff` per commit a lagging side dates from finds the sections changed since.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from conv1d_site.languages import LANGUAGES, PRIMARY, ROOT

HEADING = re.compile(r"^#{1,6} .*\{ *#([\w-]+) *\}")


@dataclass
class Lag:
    page: str  # below docs/<lang>/: "parameters/stride.md"
    behind: str  # the language that lags
    ahead: str  # the language changed last
    since: str  # the date (YYYY-MM-DD, UTC) of the lagging side's last commit
    sections: list[str] = field(default_factory=list)  # anchors changed on the newer side since


GIT = "git"


def git(*args: str, root: Path = ROOT) -> str:
    return subprocess.run([GIT, *args], cwd=root, capture_output=True, text=True, check=True).stdout


@lru_cache(maxsize=None)
def _in_git(root: Path) -> bool:
    try:
        return git("rev-parse", "--is-inside-work-tree", root=root).strip() == "true"
    except (OSError, subprocess.CalledProcessError):
        return False


@lru_cache(maxsize=None)
def history(root: Path = ROOT) -> dict[str, tuple[int, str]]:
    """(time, commit) of the last commit touching each file below docs/, from one `git log`
    for all of them; files with uncommitted edits (or untracked) count as changed now."""
    last: dict[str, tuple[int, str]] = {}
    # Newest first, as `git log -1 -- <file>` would find each: a merge names the files it
    # changed against every parent (--cc), those where the two sides came together.
    log = git("log", "--cc", "--format=%x00%ct %H", "--name-only", "--no-renames", "--", "docs", root=root)
    for entry in log.split("\0")[1:]:
        head, *files = entry.strip().splitlines()
        when, commit = head.split()
        for name in filter(None, files):
            last.setdefault(name, (int(when), commit))
    for line in git("status", "--porcelain", "--untracked-files=all", "--no-renames", "--", "docs", root=root).splitlines():
        last[line[3:].strip('"')] = (sys.maxsize, "")
    return last


def forget() -> None:
    """History read again at the next question (a rebuild under `make serve`)."""
    history.cache_clear()
    _in_git.cache_clear()
    _diffs.cache_clear()


def last_commit(path: str, root: Path = ROOT) -> tuple[int, str]:
    """(time, commit) of the last commit touching `path`; uncommitted edits count as now."""
    return history(root).get(path, (0, ""))


def anchors(path: Path) -> list[str]:
    return [m[1] for line in path.read_text(encoding="utf-8").splitlines() if (m := HEADING.match(line))]


@lru_cache(maxsize=None)
def _diffs(since: str, root: Path) -> dict[str, str]:
    """Each page's diff since the commit `since`: one `git diff` for every page lagging from it."""
    diff = git("diff", "-U0", "--no-renames", since, "--", "docs", root=root)
    found: dict[str, str] = {}
    for part in re.split(r"^diff --git ", diff, flags=re.M)[1:]:
        m = re.search(r"^\+\+\+ b/(.*)$", part, re.M)
        if m:
            found[m[1]] = part
    return found


def changed_sections(path: str, since: str, root: Path = ROOT) -> list[str]:
    """Anchors of the sections of `path` (as it is now) with lines changed since `since`."""
    diff = _diffs(since, root).get(path, "") if since else ""
    lines = set()
    for m in re.finditer(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", diff, re.M):
        start, count = int(m[1]), int(m[2] or 1)
        lines.update(range(start, start + max(count, 1)))
    sections, current = [], "(top)"
    for number, text in enumerate((root / path).read_text(encoding="utf-8").splitlines(), start=1):
        if m := HEADING.match(text):
            current = m[1]
        if number in lines and current not in sections:
            sections.append(current)
    return sections


def status(page: str, root: Path = ROOT, languages: tuple[str, ...] = LANGUAGES) -> list[Lag]:
    """Every language whose side of `page` lags the side changed last ([] when all are in step)."""
    root = Path(root)
    if not _in_git(root):
        return []
    paths = {lang: f"docs/{lang}/{page}" for lang in languages if (root / "docs" / lang / page).exists()}
    if len(paths) < 2:
        return []
    times = {lang: last_commit(path, root) for lang, path in paths.items()}
    ahead = max(paths, key=lambda lang: times[lang][0])
    lags = []
    for behind in paths:
        if behind == ahead:
            continue
        only = set(anchors(root / paths[ahead])) ^ set(anchors(root / paths[behind]))
        if times[ahead][0] == times[behind][0] and not only:
            continue
        sections = changed_sections(paths[ahead], times[behind][1], root)
        if not sections and not only:
            continue  # committed together, or the later commit changed nothing in the text
        when = times[behind][0]
        since = datetime.fromtimestamp(when, timezone.utc).strftime("%Y-%m-%d") if 0 < when < sys.maxsize else ""
        lags.append(Lag(page, behind, ahead, since, sections + [f"#{a} on one side only" for a in sorted(only)]))
    return lags


# ------------------------------------------------------------ the notice ------

NOTICE = {
    "en": {
        "title": "Translation behind",
        "text": "This page has not caught up with its {name} version, which changed after {since}: {link}.",
        "link": "read the {name} page",
        "name": {"ko": "Korean", "en": "English"},
    },
    "ko": {
        "title": "번역이 늦어진 페이지",
        "text": "이 페이지는 {since} 이후에 바뀐 {name} 페이지의 내용을 아직 반영하지 못했습니다. {link}",
        "link": "{name} 페이지 보기",
        "name": {"en": "영어", "ko": "한국어"},
    },
}


def notice(page: str, lang: str, hrefs: dict[str, str], root: Path = ROOT) -> str:
    """The notice a lagging page shows (HTML, in its own language), or "" when it is in step.

    `hrefs`: this same page in each language, as the language menu links it.
    """
    lags = [lag for lag in status(page, root) if lag.behind == lang and lang != PRIMARY]
    if not lags:
        return ""
    lag, words = lags[0], NOTICE[lang]
    name = words["name"].get(lag.ahead, lag.ahead)
    link = (f'<a href="{html.escape(hrefs[lag.ahead])}" hreflang="{lag.ahead}">'
            f'{html.escape(words["link"].format(name=name))}</a>')
    since = f'<time datetime="{lag.since}">{lag.since}</time>' if lag.since else "?"
    text = words["text"].format(name=name, since=since, link=link)
    return (f'<div class="admonition info translation-status" data-translation-status="behind" '
            f'data-translation-ahead="{lag.ahead}" data-translation-since="{lag.since}">\n'
            f'<p class="admonition-title">{words["title"]}</p>\n<p>{text}</p>\n</div>\n')


def with_notice(content: str, notice_html: str) -> str:
    """The page's HTML with the notice right after its first heading."""
    if not notice_html:
        return content
    end = content.find("</h1>")
    return content[: end + 5] + "\n" + notice_html + content[end + 5:] if end >= 0 else notice_html + content


def prepare(root: Path = ROOT) -> None:
    """Read the history now (before the other languages' builds fork, which inherit it)."""
    if _in_git(Path(root)):
        history(Path(root))


def pages(root: Path = ROOT, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Every page of any language, as its path below docs/<lang>/."""
    return sorted({p.relative_to(root / "docs" / lang).as_posix()
                   for lang in languages for p in (root / "docs" / lang).rglob("*.md")})
