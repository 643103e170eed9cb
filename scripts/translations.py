"""`make translations`: pages whose Korean and English sides are out of step in git history.

For each page, the side committed last is taken as the reference; the other
side is behind. The sections listed are those whose lines changed on the
reference side since the other side's last commit (uncommitted edits count),
plus anchors present on one side only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ko")
HEADING = re.compile(r"^#{1,6} .*\{ *#([\w-]+) *\}")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def last_commit(path: str) -> tuple[int, str]:
    """(time, commit) of the last commit touching `path`; uncommitted edits count as now."""
    if git("status", "--porcelain", "--", path).strip():
        return (sys.maxsize, "")
    line = git("log", "-1", "--format=%ct %H", "--", path).strip()
    if not line:
        return (0, "")
    when, commit = line.split()
    return (int(when), commit)


def anchors(path: Path) -> list[str]:
    return [m[1] for line in path.read_text(encoding="utf-8").splitlines() if (m := HEADING.match(line))]


def changed_sections(path: str, since: str) -> list[str]:
    """Anchors of the sections of `path` (as it is now) with lines changed since `since`."""
    diff = git("diff", "-U0", since, "--", path) if since else ""
    lines = set()
    for m in re.finditer(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", diff, re.M):
        start, count = int(m[1]), int(m[2] or 1)
        lines.update(range(start, start + max(count, 1)))
    sections, current = [], "(top)"
    for number, text in enumerate((ROOT / path).read_text(encoding="utf-8").splitlines(), start=1):
        if m := HEADING.match(text):
            current = m[1]
        if number in lines and current not in sections:
            sections.append(current)
    return sections


def main() -> int:
    rows = []
    pages = sorted({p.relative_to(ROOT / "docs" / lang).as_posix()
                    for lang in LANGS for p in (ROOT / "docs" / lang).rglob("*.md")})
    for page in pages:
        paths = {lang: f"docs/{lang}/{page}" for lang in LANGS}
        missing = [lang for lang in LANGS if not (ROOT / paths[lang]).exists()]
        if missing:
            rows.append((page, f"missing in {', '.join(missing)}", ""))
            continue
        times = {lang: last_commit(paths[lang]) for lang in LANGS}
        ahead, behind = sorted(LANGS, key=lambda lang: times[lang][0], reverse=True)
        only = set(anchors(ROOT / paths[ahead])) ^ set(anchors(ROOT / paths[behind]))
        if times[ahead][0] == times[behind][0] and not only:
            continue
        sections = changed_sections(paths[ahead], times[behind][1])
        if not sections and not only:
            continue  # committed together, or the later commit changed nothing in the text
        detail = ", ".join(sections + [f"#{a} on one side only" for a in sorted(only)])
        rows.append((page, f"{behind} is behind {ahead}", detail))
    if not rows:
        print("Every page is in step in both languages.")
        return 0
    width = max(len(r[0]) for r in rows)
    for page, state, detail in rows:
        print(f"{page:{width}}  {state:18}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
