"""Run the scripts in examples/ cell by cell and keep what each cell printed.

One code path serves the site build and the tests: `run()` executes an example
in a process forked from one that imported torch once (`run_all()` many, one after another),
`expected()` / `write_expected()` read and write the committed outputs, `notebook()` turns a
run into an .ipynb.

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

import atexit
import contextlib
import difflib
import functools
import hashlib
import io
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import time
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

    The process is forked from one that has imported torch and done nothing else, so
    seeds, print options, the default dtype and once-per-process warnings never leak
    from the caller into the example.
    """
    return run_all([path], {Path(path): list(figures)})[0]


def run_all(paths: list[Path], figures: dict[Path, list[Figure]] | None = None) -> list[Run]:
    """`run()` for many examples, results in order; the first failure is raised."""
    return [wait() for wait in start_all(paths, figures)]


def start_all(paths: list[Path], figures: dict[Path, list[Figure]] | None = None) -> list:
    """Start running examples one after another, in this order; per example, a function
    that waits for its run (or raises its failure).

    They share a process while none leaves a trace the next could see (`_Fresh`
    says what is put back between two and what ends the process), so each prints
    what it would print alone, without paying for a process of its own.
    """
    figures = figures or {}
    files = _fork_server().submit([(str(p), list(figures.get(Path(p), ()))) for p in paths])
    return [functools.partial(_result, file) for file in files]


class _ForkServer:
    """A child process that imports torch once, then forks the processes that run examples.

    Requests go down its stdin; each result comes back as a pickle file, renamed into
    place when complete, so any process that knows the file's name (a forked build of
    another language, too) can wait for it without the others.
    """

    def __init__(self):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        # Huge pages for malloc (glibc): forking a process that holds torch copies fewer page tables.
        env["GLIBC_TUNABLES"] = ":".join(filter(None, [env.get("GLIBC_TUNABLES"), "glibc.malloc.hugetlb=1"]))
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from conv1d_site.examples import _serve; _serve()"],
            stdin=subprocess.PIPE, env=env,
        )
        self.folder = tempfile.mkdtemp(prefix="conv1d-examples-")
        atexit.register(shutil.rmtree, self.folder, True)
        atexit.register(self.process.kill)  # first: it may still be writing into the folder
        self.sent = 0

    def submit(self, request: list[tuple[str, list]]) -> list[str]:
        """Start running examples in the order given; the files their results will be in."""
        files = [os.path.join(self.folder, f"{self.sent + i}.pickle") for i in range(len(request))]
        self.sent += len(request)
        if request:
            jobs = [[path, figures, file] for (path, figures), file in zip(request, files)]
            self.process.stdin.write(json.dumps(jobs).encode() + b"\n")
            self.process.stdin.flush()
        return files


_server: _ForkServer | None = None


def _fork_server() -> _ForkServer:
    global _server
    if _server is None or _server.process.poll() is not None:
        _server = _ForkServer()
    return _server


def forget_server() -> None:
    """In a forked process: the fork server's pipe is the parent's; start another if needed."""
    global _server
    _server = None


def start() -> None:
    """Start importing torch in the background, before the first example is needed."""
    _fork_server()


def _result(file: str) -> Run:
    """Wait for a result file; the run, or the example's failure raised."""
    server = _server
    while not os.path.exists(file):
        if server is not None and server.process.poll() is not None:
            raise ExampleError("the process running the examples stopped")
        time.sleep(0.002)
    with open(file, "rb") as f:
        status, value = pickle.load(f)
    if status == "failed":
        raise ExampleError(value)
    return value


def _serve() -> None:
    """The fork server's loop: one JSON list of [path, figures, result file] per line."""
    import torch

    from conv1d_site import diagrams  # noqa: F401 - imported once here, not in every worker

    # torch imports this (and sympy) on a first meta-device operation: half a second, here
    # while the pages render, rather than in the example that needs it, which pages wait for.
    import torch.fx.experimental.symbolic_shapes  # noqa: F401
    # Imported by a few operations on first use: a module new to a worker would end it.
    import torch._subclasses.schema_check_mode  # noqa: F401

    torch.set_num_threads(1)  # the build's other processes use the other cores
    sys.stdout = sys.stderr  # an example's stray output must not reach the parent's pipe
    for line in sys.stdin:
        jobs = json.loads(line)
        while jobs:
            pid = os.fork()
            if pid == 0:
                _worker(jobs)
            os.waitpid(pid, 0)
            done = 0
            while done < len(jobs) and os.path.exists(jobs[done][2]):
                done += 1
            if done == 0:  # its first example killed a fresh worker
                path, _, file = jobs[0]
                _write(file, ("failed", f"{_shown(Path(path))}: the example's process died"))
                done = 1
            jobs = jobs[done:]


class _Fresh:
    """What a process forked from the fork server starts with, and what an example may change.

    A worker runs examples one after another. Between two, it puts back what examples set
    on purpose (seeds, print options); it stops, for a fresh worker to take over, after an
    example that changed anything else or showed a warning (torch warns some things once per
    process, so the next example would miss it).
    """

    def __init__(self):
        import random

        import torch

        self.torch, self.random = torch, random
        self.numpy = sys.modules.get("numpy")
        self.rng = (torch.get_rng_state(), random.getstate(), self.numpy and self.numpy.random.get_state())
        self.print_options = dict(vars(torch._tensor_str.PRINT_OPTS))
        self.state = self._state()
        self.warned = False
        show = warnings._showwarnmsg

        def shown(message):  # every warning shown or recorded, the example's own catches included
            self.warned = True
            show(message)

        warnings._showwarnmsg = shown

    def _state(self) -> tuple:
        torch = self.torch
        return (
            torch.get_default_dtype(), torch.get_default_device(), torch.is_grad_enabled(),
            torch.is_inference_mode_enabled(), torch.is_anomaly_enabled(), torch.is_warn_always_enabled(),
            torch.are_deterministic_algorithms_enabled(), torch.get_num_threads(), len(sys.modules),
        )

    def restore(self) -> bool:
        """Put back seeds and print options; False if the worker must stop instead."""
        torch_rng, python_rng, numpy_rng = self.rng
        self.torch.set_rng_state(torch_rng)
        self.random.setstate(python_rng)
        if self.numpy:
            self.numpy.random.set_state(numpy_rng)
        options = vars(self.torch._tensor_str.PRINT_OPTS)
        options.clear()
        options.update(self.print_options)
        return not self.warned and self._state() == self.state


def _worker(jobs: list) -> None:
    """Run examples in order, each result to its file; exit after the last, or after one
    whose traces a later example could see (the fork server then forks a fresh worker)."""
    fresh = _Fresh()
    for path, figures, file in jobs:
        try:
            result, namespace = _execute(Path(path))
            result.figures = _draw(namespace, [tuple(f) for f in figures])
            payload = ("ok", result)
        except ExampleError as exc:
            payload = ("failed", str(exc))
        except BaseException as exc:  # noqa: BLE001 - sent to the parent
            payload = ("failed", f"{_shown(Path(path))}: {_error_line(exc)}")
        _write(file, payload)
        namespace = None  # the example's objects go now, not while the next one prints
        if payload[0] == "failed" or not fresh.restore():
            break
    os._exit(0)


def _write(file: str, payload) -> None:
    """Write a result whole, then rename it into place: a waiter never reads half of it."""
    with open(file + ".part", "wb") as f:
        pickle.dump(payload, f)
    os.rename(file + ".part", file)


# --- cache: run each example once per content, per process ------------------

_cache: dict[str, Run | str] = {}  # key -> the run, or the file it will be written to
_figures: dict[str, set] = {}  # key -> the figures that run draws


_digests: dict[tuple, str] = {}


def digest(path: Path) -> str:
    """The file's SHA-256, read again only when its size or time changed."""
    stat = os.stat(path)
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _digests:
        _digests[key] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return _digests[key]


def _key(path: Path) -> str:
    return f"{os.path.abspath(path)}:{digest(path)}"


def submit(paths: list[Path], figures: dict[Path, list[Figure]] | None = None) -> None:
    """Start running, side by side and in this order, the examples not run yet for their
    current content (or lacking a figure asked for); `cached_run` waits for one."""
    figures = figures or {}
    todo = []
    for path in paths:
        had = _figures.get(_key(path))
        asked = set(figures.get(Path(path), ()))
        if had is None or not asked <= had:
            todo.append((path, sorted(asked | (had or set()))))
    if not todo:
        return
    files = _fork_server().submit([(str(path), figs) for path, figs in todo])
    for (path, figs), file in zip(todo, files):
        _cache[_key(path)], _figures[_key(path)] = file, set(figs)


def cached_run(path: Path, figures: list[Figure] = ()) -> Run:
    """`run()` memoized by file content, so unchanged examples are not re-run."""
    submit([path], {Path(path): list(figures)})
    key = _key(path)
    if isinstance(_cache[key], str):
        _cache[key] = _result(_cache[key])
    return _cache[key]


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
