"""The processes that run examples, for the build and the tests alike.

A fork server imports torch once; workers forked from it run examples one after
another (`start_all`), each as `python examples/<name>.py` would run it, and each result
comes back as a file. `submit` and `cached_run` run each example once per content in
this process, in the order the pages need them: the build's entry points.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from conv1d_site.examples import ROOT, ExampleError, Figure, Run, error_line, execute, repo_path
from conv1d_site.languages import LANGUAGES


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
            [sys.executable, "-c", "from conv1d_site.runner import _serve; _serve()"],
            stdin=subprocess.PIPE, env=env,
        )
        self.folder = tempfile.mkdtemp(prefix="conv1d-examples-")
        atexit.register(shutil.rmtree, self.folder, True)
        atexit.register(self.stop)  # first: it may still be writing into the folder
        self.sent = 0

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdin.close()

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
                _write(file, ("failed", f"{repo_path(Path(path))}: the example's process died"))
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
            result, namespace = execute(Path(path))
            result.figures = _draw(namespace, [tuple(f) for f in figures])
            payload = ("ok", result)
        except ExampleError as exc:
            payload = ("failed", str(exc))
        except BaseException as exc:  # noqa: BLE001 - sent to the parent
            payload = ("failed", f"{repo_path(Path(path))}: {error_line(exc)}")
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
