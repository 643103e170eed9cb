"""Run the scripts in examples/ cell by cell and keep what each cell printed.

One code path serves the site build and the tests: `run()` executes an example
in a process forked from one that imported torch once, `expected()` / `write_expected()` read
and write the committed outputs, `notebook()` turns a run into an .ipynb.

An example is a plain script split into cells by `# %%` lines:

    # en: Output length for several strides       <- title (before the first cell)
    # ko: 여러 stride의 출력 길이
    # %%
    import torch
    # %% raises RuntimeError                       <- this cell must raise it

Full-line comments starting with `# en:` or `# ko:` are shown only in that
language; other comments are shown in both.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import io
import json
import os
import pickle
import subprocess
import tempfile
import re
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = ROOT / "examples"
LANGUAGES = ("en", "ko")

_CELL = re.compile(r"^# %%(?:[ \t]+(?P<marker>.*?))?[ \t]*$")
_RAISES = re.compile(r"^raises[ \t]+(?P<exc>[A-Za-z_][\w.]*)$")
_LOCAL_COMMENT = re.compile(r"^(?P<indent>[ \t]*)# (?P<lang>[a-z]{2}): ?(?P<text>.*)$")
_OUT_HEADER = re.compile(r"^# %% \[(?P<n>\d+)\]$")
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


def _error_line(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def _shown(path: Path) -> str:
    """A path as a reader of the repository would name it."""
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _where(example: Example, exc: BaseException) -> str:
    """The example's own file and line from a traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == str(example.path):
            return f"{_shown(example.path)}:{frame.lineno}"
    return _shown(example.path)


def _execute(path: Path) -> tuple[Run, dict]:
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
                        f"{_where(example, exc)}: {_error_line(exc)}"
                    ) from exc
                error = normalize(_error_line(exc))
        if cell.raises and error is None:
            raise ExampleError(
                f"{_shown(example.path)}:{cell.line}: cell is marked "
                f"'raises {cell.raises}' but raised nothing"
            )
        shown = [f"{w.category.__name__}: {w.message}" for w in caught]
        results.append(CellResult(buffer.getvalue(), shown, error))
    return Run(example, results), namespace


def _draw(namespace: dict, figures: list[Figure]) -> dict:
    """The diagrams of the example's layers over its inputs, in every language."""
    from conv1d_site import diagrams

    drawn = {}
    for layer, inp, channels in figures:
        missing = [n for n in (layer, inp) if n not in namespace]
        if missing:
            drawn[(layer, inp, channels)] = {"error": f"defines no {', '.join(missing)}"}
            continue
        conv, x = namespace[layer], namespace[inp]
        drawn[(layer, inp, channels)] = {
            **{
                lang: diagrams.diagram(conv, x, lang=lang, key=f"{layer}-{inp}", groups=True if channels else None)
                for lang in LANGUAGES
            },
            "query": diagrams.calculator_query(conv, x),
        }
    return drawn


def run(path: Path, figures: list[Figure] = ()) -> Run:
    """Run an example as `python example.py` would: in a fresh process, torch already imported.

    Each example is forked from a process that has imported torch and done
    nothing else, so seeds, print options, the default dtype and once-per-process
    warnings never leak from one example (or from the caller) into another.
    """
    return run_all([path], {Path(path): list(figures)})[0]


def run_all(paths: list[Path], figures: dict[Path, list[Figure]] | None = None) -> list[Run]:
    """`run()` for many examples, side by side, results in order."""
    if not paths:
        return []
    figures = figures or {}
    request = [(str(p), list(figures.get(Path(p), ()))) for p in paths]
    replies = _fork_server().request(request)
    results = []
    for path, (status, value) in zip(paths, replies):
        if status == "failed":
            raise ExampleError(value)
        results.append(value)
    return results


class _ForkServer:
    """A child process that imports torch once, then forks a fresh process per example."""

    def __init__(self):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from conv1d_site.examples import _serve; _serve()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        )

    def request(self, request: list) -> list:
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        if not reply:
            raise ExampleError("the process running the examples stopped")
        results = []
        for (path, _), file in zip(request, json.loads(reply)):
            try:
                with open(file, "rb") as f:
                    results.append(pickle.load(f))
                os.unlink(file)
            except FileNotFoundError:
                results.append(("failed", f"{_shown(Path(path))}: the example's process died"))
        return results


_server: _ForkServer | None = None


def _fork_server() -> _ForkServer:
    global _server
    if _server is None or _server.process.poll() is not None:
        _server = _ForkServer()
    return _server


def start() -> None:
    """Start importing torch in the background, before the first example is needed."""
    _fork_server()


def _serve() -> None:
    """The fork server's loop: one JSON request per line, one JSON list of result files back."""
    import torch  # noqa: F401 - once; every example is forked from here

    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies goes to the parent
    jobs = os.cpu_count() or 1
    for line in sys.stdin:
        request = json.loads(line)
        folder = tempfile.mkdtemp(prefix="conv1d-examples-")
        files = [os.path.join(folder, f"{i}.pickle") for i in range(len(request))]
        waiting, running = list(zip(request, files)), 0
        while waiting or running:
            while waiting and running < jobs:
                (path, figures), file = waiting.pop(0)
                if os.fork() == 0:
                    _child(Path(path), [tuple(f) for f in figures], file)
                running += 1
            os.wait()
            running -= 1
        out.write(json.dumps(files) + "\n")
        out.flush()


def _child(path: Path, figures: list[Figure], file: str) -> None:
    """Run one example, write the pickled result to `file`, and exit."""
    import torch

    try:
        torch.set_num_threads(1)
        result, namespace = _execute(path)
        result.figures = _draw(namespace, figures)
        payload = pickle.dumps(("ok", result))
    except ExampleError as exc:
        payload = pickle.dumps(("failed", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - sent to the parent
        payload = pickle.dumps(("failed", f"{_shown(path)}: {_error_line(exc)}"))
    with open(file, "wb") as f:
        f.write(payload)
    os._exit(0)


# --- cache: run each example once per content, per process ------------------

_cache: dict[str, Run] = {}


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _key(path: Path) -> str:
    return f"{Path(path).resolve()}:{digest(path)}"


def cached_run(path: Path, figures: list[Figure] = ()) -> Run:
    """`run()` memoized by file content, so unchanged examples are not re-run."""
    cached_run_all([path], {Path(path): list(figures)})
    return _cache[_key(path)]


def cached_run_all(paths: list[Path], figures: dict[Path, list[Figure]] | None = None) -> None:
    """Run, side by side, the examples not yet in the cache (or lacking a figure asked for)."""
    figures = figures or {}
    todo = []
    for path in paths:
        cached = _cache.get(_key(path))
        asked = set(figures.get(Path(path), ()))
        if cached is None or not asked <= set(cached.figures):
            todo.append(path)
            figures[Path(path)] = sorted(asked | set(cached.figures if cached else ()))
    for path, result in zip(todo, run_all(todo, figures)):
        _cache[_key(path)] = result


# --- expected outputs ----------------------------------------------------------


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
    name = _shown(result.example.path)
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


# --- notebooks -----------------------------------------------------------------


def notebook(result: Run, lang: str) -> dict:
    """The example as an nbformat-4 notebook holding its outputs."""
    cells = [
        {
            "cell_type": "markdown",
            "id": "title",
            "metadata": {},
            "source": f"# {result.example.title(lang)}\n\n`examples/{result.example.path.name}`",
        }
    ]
    for number, (cell, res) in enumerate(zip(result.example.cells, result.cells), start=1):
        outputs: list[dict] = []
        if res.printed:
            outputs.append({"output_type": "stream", "name": "stdout", "text": res.printed})
        if res.warnings:
            outputs.append(
                {"output_type": "stream", "name": "stderr", "text": "".join(w + "\n" for w in res.warnings)}
            )
        if res.error:
            name, _, message = res.error.partition(": ")
            outputs.append(
                {"output_type": "error", "ename": name, "evalue": message, "traceback": [res.error]}
            )
        cells.append(
            {
                "cell_type": "code",
                "execution_count": number,
                "id": f"cell-{number}",
                "metadata": {},
                "outputs": outputs,
                "source": cell.code(lang),
            }
        )
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m conv1d_site.examples [--update] [names...]`: check or refresh outputs."""
    args = list(sys.argv[1:] if argv is None else argv)
    update = "--update" in args
    names = [a for a in args if not a.startswith("--")]
    paths = [EXAMPLES_DIR / f"{n.removesuffix('.py')}.py" for n in names] or all_examples()
    failed = 0
    for path in paths:
        result = run(path)
        if update:
            if write_expected(result):
                print(f"updated {_shown(result.example.expected_path)}")
        elif report := diff(result):
            print(report)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
