"""Reading a page's Markdown as the tests need it: the lines outside fenced code blocks."""

import re

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def outside_fences(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every line that is not inside a fenced code block."""
    lines, fence = [], None
    for number, line in enumerate(text.splitlines(), start=1):
        m = FENCE.match(line)
        if fence:
            if m and m[1][0] == fence[0] and len(m[1]) >= len(fence):
                fence = None
            continue
        if m:
            fence = m[1]
            continue
        lines.append((number, line))
    return lines
