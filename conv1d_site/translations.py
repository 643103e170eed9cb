"""Which side of a page lags in git history: `make translations` lists them, and the build
shows the lagging side a notice that links the newer one (one function, `status`, for both).

For each page, the language committed last is the reference; every other language whose
last commit touching its side is older is behind it, from the date of that older commit.
The sections listed are those whose lines changed on the reference side since, plus anchors
present on one side only. Uncommitted edits count as now. Without git (a source archive),
every page is in step.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from conv1d_site.languages import LANGUAGES, ROOT

HEADING = re.compile(r"^#{1,6} .*\{ *#([\w-]+) *\}")


@dataclass
class Lag:
    page: str  # below docs/<lang>/: "parameters/stride.md"
    behind: str  # the language that lags
    ahead: str  # the language changed last
    since: str  # the date (YYYY-MM-DD, UTC) of the lagging side's last commit
    sections: list[str] = field(default_factory=list)  # anchors changed on the newer side since


def git(*args: str, root: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


@lru_cache(maxsize=None)
def _in_git(root: Path) -> bool:
    try:
        return git("rev-parse", "--is-inside-work-tree", root=root).strip() == "true"
    except (OSError, subprocess.CalledProcessError):
        return False


def last_commit(path: str, root: Path = ROOT) -> tuple[int, str]:
    """(time, commit) of the last commit touching `path`; uncommitted edits count as now."""
    if git("status", "--porcelain", "--", path, root=root).strip():
        return (sys.maxsize, "")
    line = git("log", "-1", "--format=%ct %H", "--", path, root=root).strip()
    if not line:
        return (0, "")
    when, commit = line.split()
    return (int(when), commit)


def anchors(path: Path) -> list[str]:
    return [m[1] for line in path.read_text(encoding="utf-8").splitlines() if (m := HEADING.match(line))]


def changed_sections(path: str, since: str, root: Path = ROOT) -> list[str]:
    """Anchors of the sections of `path` (as it is now) with lines changed since `since`."""
    diff = git("diff", "-U0", since, "--", path, root=root) if since else ""
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


def pages(root: Path = ROOT, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Every page of any language, as its path below docs/<lang>/."""
    return sorted({p.relative_to(root / "docs" / lang).as_posix()
                   for lang in languages for p in (root / "docs" / lang).rglob("*.md")})
