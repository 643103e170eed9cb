"""The committed outputs: `examples/<name>.out` holds what each cell of `<name>.py` printed.

`make refresh` (pytest's `--update-outputs`) rewrites them through `write_expected`;
every other test run compares a fresh run with them through `diff`.
"""

from __future__ import annotations

import difflib
import re

from conv1d_site.examples import Example, Run, repo_path

_OUT_HEADER = re.compile(r"^# %% \[(?P<n>\d+)\]$")


def format_expected(outputs: list[str]) -> str:
    parts = []
    for number, output in enumerate(outputs, start=1):
        parts.append(f"# %% [{number}]\n{output}")
    return "".join(parts)


def expected(example: Example) -> list[str] | None:
    """The committed outputs, one string per cell, or None if none are committed."""
    if not example.expected_path.exists():
        return None
    outputs: list[str] = []
    for text in example.expected_path.read_text(encoding="utf-8").splitlines(keepends=True):
        if _OUT_HEADER.match(text.rstrip("\n")):
            outputs.append("")
        elif outputs:
            outputs[-1] += text
    return outputs


def write_expected(result: Run) -> bool:
    """Rewrite the committed outputs; True if the file changed."""
    text = format_expected(result.outputs)
    path = result.example.expected_path
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def diff(result: Run) -> str:
    """A readable diff naming the example and cell, or '' if outputs match."""
    want = expected(result.example)
    name = repo_path(result.example.path)
    if want is None:
        return f"{name}: no expected output committed ({result.example.expected_path.name})"
    got = result.outputs
    report = []
    if len(want) != len(got):
        report.append(f"{name}: {len(got)} cells ran, {len(want)} expected")
    for number, (w, g) in enumerate(zip(want, got), start=1):
        if w != g:
            report.append(
                "".join(
                    difflib.unified_diff(
                        w.splitlines(keepends=True),
                        g.splitlines(keepends=True),
                        f"{name} cell {number} (expected)",
                        f"{name} cell {number} (printed now)",
                    )
                )
            )
    return "\n".join(report)
