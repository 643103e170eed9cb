"""The notebooks: the copies committed under notebooks/<lang>/ (which Colab opens from the
repository, conv1d_site/repository.py) are what the build writes, and each example's notebook
runs with nbclient as "Run all" runs it in Jupyter: past each cell meant to raise (tagged
`raises-exception`), printing what it says it prints. The first language's notebooks run; every
other language's equal them but for their comments and title, which a test checks.

`make refresh` (--update-outputs) writes the committed copies from a fresh run of the examples.

A kernel per notebook would take most of a minute for 150 notebooks (a kernel and torch to
start each time), so two kernels, one per core, share them: between two notebooks each
kernel's namespace is emptied and torch's seeds and print options put back; a notebook that
warns (torch warns some things once per process) runs in a fresh kernel, and one that leaves
other traces behind (default dtype, grad mode...) ends its kernel, as conv1d_site/runner.py
does for the build.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
from pathlib import Path

import nbformat
import pytest

from built import LANGUAGES, PREFIX
from conv1d_site.languages import PRIMARY
from conv1d_site import notebooks, repository
from conv1d_site.examples import all_examples, normalize, parse

KERNELS = 2

# Run in each kernel before its first notebook (the state to come back to) and between two.
FRESH = """
_ip = get_ipython()
for _name in [n for n in _ip.user_ns if not n.startswith("_") and n not in _ip.user_ns_hidden]:
    del _ip.user_ns[_name]  # the notebook's names (%reset would also collect garbage: slower)
import sys as _sys, torch as _torch, random as _random
_fresh = _sys.modules.get("_conv1d_fresh")
def _state():
    t = _torch
    return (t.get_default_dtype(), t.get_default_device(), t.is_grad_enabled(), t.is_inference_mode_enabled(),
            t.is_anomaly_enabled(), t.is_warn_always_enabled(), t.are_deterministic_algorithms_enabled(),
            t.get_num_threads())
if _fresh is None:
    _ip.run_line_magic("xmode", "Minimal")  # tracebacks are not compared: the full ones take a second each
    _torch.set_num_threads(1)
    _fresh = _sys.modules["_conv1d_fresh"] = type(_sys)("_conv1d_fresh")
    _fresh.rng, _fresh.python = _torch.get_rng_state(), _random.getstate()
    _fresh.options, _fresh.state = dict(vars(_torch._tensor_str.PRINT_OPTS)), _state()
_torch.set_rng_state(_fresh.rng)
_random.setstate(_fresh.python)
vars(_torch._tensor_str.PRINT_OPTS).clear()
vars(_torch._tensor_str.PRINT_OPTS).update(_fresh.options)
print(_state() == _fresh.state, end="")
"""


def committed() -> list[Path]:
    return sorted(repository.NOTEBOOKS.glob("*/*.ipynb"))


def test_the_committed_notebooks_are_those_the_build_writes(request, update_outputs):
    if update_outputs:  # from the examples' own runs, without a build
        example_runs = request.getfixturevalue("example_runs")
        for lang in LANGUAGES:
            folder = repository.NOTEBOOKS / lang
            folder.mkdir(parents=True, exist_ok=True)
            for stale in folder.glob("*.ipynb"):
                stale.unlink()
            for path in all_examples():
                repository.notebook_path(path.stem, lang).write_text(
                    notebooks.notebook_json(path, example_runs[path], lang), encoding="utf-8")
        return
    built_site = request.getfixturevalue("built_site")
    expected = {repository.notebook_path(path.stem, lang) for lang in LANGUAGES for path in all_examples()}
    assert set(committed()) == expected, "run `make refresh`"
    differ = [nb.relative_to(repository.ROOT).as_posix() for nb in sorted(expected)
              if nb.read_text(encoding="utf-8") != (built_site / PREFIX[nb.parent.name] / "notebooks" / nb.name)
              .read_text(encoding="utf-8")]
    assert not differ, f"{len(differ)} differ from the build's, such as {differ[:3]}: run `make refresh`"


def test_cells_meant_to_raise_are_tagged_and_only_those():
    for path in all_examples():
        cells = parse(path).cells
        for lang in LANGUAGES:
            code = [c for c in json.loads(repository.notebook_path(path.stem, lang).read_text())["cells"]
                    if c["cell_type"] == "code"]
            tagged = ["raises-exception" in c["metadata"].get("tags", []) for c in code]
            assert tagged == [bool(c.raises) for c in cells], (path.stem, lang)


# ------------------------------------------------------------ run them ------


def printed(cell, name: str) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == name)


def errors(cell) -> list[tuple[str, str]]:
    return [(o.ename, normalize(o.evalue).rstrip("\n")) for o in cell.outputs if o.output_type == "error"]


async def _run_all(paths: list[Path]) -> dict[Path, str | None]:
    """Run the notebooks in KERNELS kernels side by side; per notebook, what went wrong or None."""
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    async def client(km):  # one client per kernel: a client's start costs a fifth of a second
        kc = km.client()
        kc.start_channels()
        await kc.wait_for_ready(timeout=120)
        return kc

    queue: asyncio.Queue = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    found: dict[Path, str | None] = {}

    starting = asyncio.Lock()  # kernels started at once may pick the same free ports

    async def start():
        async with starting:
            km = AsyncKernelManager(kernel_name="python3")
            await km.start_kernel(env={**os.environ, "OMP_NUM_THREADS": "1"})
            return km, await client(km)

    async def kernel(km, kc):
        used, fresh = False, True
        try:
            while not queue.empty():
                path = queue.get_nowait()
                expected = nbformat.read(path, as_version=4)
                warns = any(printed(c, "stderr") for c in expected.cells if c.cell_type == "code")
                if (warns and used) or not fresh:  # a fresh kernel for it
                    kc.stop_channels()
                    await km.shutdown_kernel(now=True)
                    km, kc = await start()
                ran = nbformat.read(path, as_version=4)
                for cell in ran.cells:
                    if cell.cell_type == "code":
                        cell.outputs = []
                # FRESH before (seeds and print options back) and after (has anything else changed?)
                ran.cells = [nbformat.v4.new_code_cell(FRESH), *ran.cells, nbformat.v4.new_code_cell(FRESH)]
                runner = NotebookClient(ran, km=km, kc=kc, timeout=120, allow_errors=False,
                                        resources={"metadata": {"path": str(path.parent)}})
                try:
                    await runner.async_execute(reset_kc=False)
                    after = printed(ran.cells[-1], "stdout")
                    ran.cells = ran.cells[1:-1]
                    found[path] = compare(expected, ran)
                    fresh = after == "True" and not warns and \
                        not any(printed(c, "stderr") for c in ran.cells if c.cell_type == "code")
                except CellExecutionError as exc:
                    found[path] = f"stopped: {str(exc).strip().splitlines()[-1]}"
                    fresh = False
                used = True
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)

    kernels = [await start() for _ in range(min(KERNELS, len(paths)))]
    await asyncio.gather(*(kernel(km, kc) for km, kc in kernels))
    return found


def run_notebooks(paths: list[Path]) -> dict[Path, str | None]:
    """`_run_all` in a thread of its own: Playwright's sync API may hold this thread's event loop."""
    found: dict = {}
    thread = threading.Thread(target=lambda: found.update(asyncio.run(_run_all(paths))))
    thread.start()
    thread.join()
    return found


def compare(expected, ran) -> str | None:
    """What differs between the notebook's outputs and those of running it, or None."""
    pairs = [(e, r) for e, r in zip(expected.cells, ran.cells) if e.cell_type == "code"]
    for number, (e, r) in enumerate(pairs, start=1):
        if printed(r, "stdout") != printed(e, "stdout"):
            return f"cell {number} printed {printed(r, 'stdout')[:200]!r}, not {printed(e, 'stdout')[:200]!r}"
        if errors(r) != errors(e):
            return f"cell {number} raised {errors(r)}, not {errors(e)}"
        for line in printed(e, "stderr").splitlines():  # each warning, in IPython's longer form
            if line.strip() and line.strip() not in printed(r, "stderr"):
                return f"cell {number} did not warn {line!r}"
    return None


def raises_or_warns(notebook) -> bool:
    return any("raises-exception" in c.metadata.get("tags", []) or printed(c, "stderr")
               for c in notebook.cells if c.cell_type == "code")


@pytest.mark.again
def test_every_notebook_that_raises_or_warns_runs_past_its_cells_meant_to_raise(update_outputs):
    """The first language's notebooks with a cell that raises or warns, run in Jupyter: where
    "Run all" could stop, or show a message otherwise than the page. The others only print, as
    the build's run printed (the committed notebooks are the build's, test above); the other
    languages' are the same notebooks with other comments (checked below). Running those too
    would double the time (CONV1D_NOTEBOOKS_ALL=1 runs every first-language notebook)."""
    if update_outputs:
        pytest.skip("--update-outputs writes the notebooks; they run in the next run")
    primary = [p for p in committed() if p.parent.name == PRIMARY]
    assert len(primary) == len(all_examples())
    everything = os.environ.get("CONV1D_NOTEBOOKS_ALL") == "1"
    paths = [p for p in primary if everything or raises_or_warns(nbformat.read(p, 4))]
    assert len(paths) > len(primary) / 3
    found = run_notebooks(paths)
    tagged = sum("raises-exception" in c.metadata.get("tags", []) for p in paths for c in nbformat.read(p, 4).cells)
    assert tagged > 50  # there were cells to run past
    wrong = {p.relative_to(repository.ROOT).as_posix(): why for p, why in found.items() if why}
    assert len(found) == len(paths) and not wrong, wrong


COMMENT = re.compile(r"^[ \t]*#.*$\n?", re.M)


def test_every_language_s_notebook_is_the_first_language_s_but_for_its_words():
    for path in all_examples():
        first = nbformat.read(repository.notebook_path(path.stem, PRIMARY), as_version=4)
        for lang in LANGUAGES:
            other = nbformat.read(repository.notebook_path(path.stem, lang), as_version=4)
            pairs = list(zip(first.cells, other.cells))
            assert len(first.cells) == len(other.cells), (path.stem, lang)
            for a, b in pairs:
                if a.cell_type != "code":
                    continue
                assert COMMENT.sub("", a.source) == COMMENT.sub("", b.source), (path.stem, lang)
                assert a.outputs == b.outputs and a.metadata == b.metadata, (path.stem, lang)


@pytest.mark.again
def test_a_notebook_without_its_tags_stops_at_the_first_error(tmp_path):
    """The check above can fail: untagged, the cell that raises stops "Run all"."""
    source = next(p for p in committed() if re.search(r'"raises-exception"', p.read_text()))
    notebook = nbformat.read(source, as_version=4)
    for cell in notebook.cells:
        cell.metadata.pop("tags", None)
    path = tmp_path / source.name
    nbformat.write(notebook, path)
    assert run_notebooks([path])[path].startswith("stopped: ")
