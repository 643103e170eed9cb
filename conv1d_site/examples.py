"""An example: a script in examples/ split into cells, and what running it printed.

An example is a plain script split into cells by `# %%` lines:

    # en: Output length for several strides       <- title (before the first cell)
    # ko: 여러 stride의 출력 길이
    # %%
    import torch
    # %% raises RuntimeError                       <- this cell must raise it

Full-line comments starting with `# en:` or `# ko:` (a language of the site) are
shown only in that language; other comments are shown in both. `parse()` reads the
cells; `execute()` runs them in this process, one namespace for all. The processes
that run examples for a build or a test are conv1d_site/runner.py's.
"""

from __future__ import annotations

import contextlib
import io
import re
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from conv1d_site.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = ROOT / "examples"

_CELL = re.compile(r"^# %%(?:[ \t]+(?P<marker>.*?))?[ \t]*$")
_RAISES = re.compile(r"^raises[ \t]+(?P<exc>[A-Za-z_][\w.]*)$")
_LOCAL_COMMENT = re.compile(r"^(?P<indent>[ \t]*)# (?P<lang>[a-z]{2}): ?(?P<text>.*)$")
# Python prints sets in hash order, which changes from run to run.
_SET_REPR = re.compile(r"\{'[^'{}]*'(?:, '[^'{}]*')+\}")


class ExampleError(Exception):
    """An example did not behave as its cells declare (named by file and line)."""


@dataclass
class Cell:
    source: str  # code as written, both languages' comments included
    line: int  # 1-based line of the first source line in the file
    raises: str | None = None  # exception name the cell must raise

    def code(self, lang: str) -> str:
        """The cell's code with only `lang`'s localized comments, marker-free."""
        lines = []
        for text in self.source.splitlines():
            m = _LOCAL_COMMENT.match(text)
            if m and m["lang"] in LANGUAGES:
                if m["lang"] == lang:
                    lines.append(f"{m['indent']}# {m['text']}".rstrip())
                continue
            lines.append(text)
        return "\n".join(lines).strip("\n")


@dataclass
class Example:
    path: Path
    titles: dict[str, str]
    cells: list[Cell]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(".out")

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or self.name


@dataclass
class CellResult:
    printed: str  # stdout and stderr of the cell
    warnings: list[str] = field(default_factory=list)  # "UserWarning: ..." lines
    error: str | None = None  # "ValueError: ..." line of an expected error

    @property
    def output(self) -> str:
        """What the reader sees under the cell, as a notebook would show it."""
        tail = [*self.warnings, *([self.error] if self.error else [])]
        return self.printed + "".join(line + "\n" for line in tail)


# A figure asked of an example: (layer name, input name, draw channels too).
Figure = tuple[str, str, bool]


@dataclass
class Run:
    example: Example
    cells: list[CellResult]
    # Per figure: {"en": svg, "ko": svg, "query": calculator query}, or {"error": why}.
    figures: dict[Figure, dict[str, str]] = field(default_factory=dict, repr=False)

    @property
    def outputs(self) -> list[str]:
        return [c.output for c in self.cells]


def parse(path: Path) -> Example:
    """Split an example into its title comments and cells."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    titles: dict[str, str] = {}
    cells: list[Cell] = []
    current: list[str] | None = None
    start, raises = 0, None
    for number, text in enumerate(lines, start=1):
        m = _CELL.match(text)
        if m:
            if current is not None:
                cells.append(Cell("\n".join(current), start, raises))
            marker = (m["marker"] or "").strip()
            raises = None
            if marker:
                r = _RAISES.match(marker)
                if not r:
                    raise ExampleError(f"{path}:{number}: unknown cell marker {marker!r}")
                raises = r["exc"]
            current, start = [], number + 1
        elif current is None:
            c = _LOCAL_COMMENT.match(text)
            if c and c["lang"] in LANGUAGES:
                titles[c["lang"]] = c["text"].strip()
        else:
            current.append(text)
    if current is not None:
        cells.append(Cell("\n".join(current), start, raises))
    if not cells:
        raise ExampleError(f"{path}: no '# %%' cells")
    return Example(Path(path), titles, cells)


def all_examples(folder: Path = EXAMPLES_DIR) -> list[Path]:
    return sorted(Path(folder).glob("*.py"))


def normalize(text: str) -> str:
    return _SET_REPR.sub(lambda m: "{" + ", ".join(sorted(m[0][1:-1].split(", "))) + "}", text)


def error_line(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def repo_path(path: Path) -> str:
    """A path as a reader of the repository would name it."""
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _where(example: Example, exc: BaseException) -> str:
    """The example's own file and line from a traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == str(example.path):
            return f"{repo_path(example.path)}:{frame.lineno}"
    return repo_path(example.path)


def execute(path: Path) -> tuple[Run, dict]:
    """Execute an example cell by cell in a fresh namespace of this process."""
    example = parse(path)
    namespace = {"__name__": "__main__", "__file__": str(example.path)}
    results = []
    for cell in example.cells:
        # Pad with newlines so tracebacks give the line in the file.
        code = compile("\n" * (cell.line - 1) + cell.source, str(example.path), "exec")
        buffer = io.StringIO()
        error = None
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(
            buffer
        ), contextlib.redirect_stderr(buffer):
            warnings.simplefilter("default")  # as `python example.py` shows them
            try:
                exec(code, namespace)
            except Exception as exc:  # noqa: BLE001 - reported below with file and line
                if cell.raises is None or type(exc).__name__ != cell.raises.split(".")[-1]:
                    raise ExampleError(
                        f"{_where(example, exc)}: {error_line(exc)}"
                    ) from exc
                error = normalize(error_line(exc))
        if cell.raises and error is None:
            raise ExampleError(
                f"{repo_path(example.path)}:{cell.line}: cell is marked "
                f"'raises {cell.raises}' but raised nothing"
            )
        shown = [f"{w.category.__name__}: {w.message}" for w in caught]
        results.append(CellResult(buffer.getvalue(), shown, error))
    return Run(example, results), namespace
