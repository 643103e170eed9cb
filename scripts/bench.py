"""`make bench`: build times and page weights, printed as tables.

- cold build: a fresh `mkdocs build --strict` process (both languages, every
  example executed), and the same build with execution switched off;
- rebuild: what `make serve` does after a page is saved (only that page is rendered again);
- the size of every kind of page, and whether anything loads from outside;
- what each language's offline app saves on install (files, bytes);
- search: each language's index size (and gzipped), and the time from the last key typed
  to the first results, in Chromium with the CPU slowed down 4x (a mid-range phone), for
  every sixth query of tests/search_queries.yml per language: typed key by key, or pasted
  whole when it is long (an error message), as readers put them in.

`python scripts/bench.py search [site]` measures the search part alone, on a site already
built (`make build`, or `mkdocs build -d`), or on a fresh build without one.
- the calculator: its page and script sizes, and how long its worst inputs take to answer.
"""

from __future__ import annotations

import gzip
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from conv1d_site.languages import LANGUAGES, prefix  # noqa: E402

MKDOCS = [sys.executable, "-m", "mkdocs"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def cold_build(site: Path, execute: bool) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CONV1D_EXECUTE": "1" if execute else "0"}
    start = time.perf_counter()
    done = subprocess.run([*MKDOCS, "build", "--strict", "-d", str(site)], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # not -q: it hides warnings from --strict
    if done.returncode:
        sys.exit(done.stdout + done.stderr)
    return time.perf_counter() - start


def rebuild_time(site: Path) -> float:
    """What `make serve` (`mkdocs serve --dirty`) does after a page is saved: the first build,
    then the page's time changes and the site is rebuilt in the same process; time the rebuild."""
    code = f"""
import os, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
def once():
    config = load_config("mkdocs.yml", site_dir={str(site)!r})
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
once()
os.utime("docs/en/parameters/stride.md")  # saved again, unchanged
start = time.perf_counter(); once(); print(time.perf_counter() - start)
"""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def kind(path: Path, site: Path) -> str:
    rel = path.relative_to(site).as_posix()
    rel = next((rel.removeprefix(prefix(lang)) for lang in LANGUAGES if prefix(lang) and rel.startswith(prefix(lang))), rel)
    if rel == "index.html":
        return "home"
    if rel.startswith("parameters/"):
        return "parameter page"
    if rel.startswith("notebooks/"):
        return "notebook page"
    if rel == "404.html":
        return "404"
    return "other page"


RESOURCE = re.compile(r"<(?:script|link|img)\b[^>]*?(?:src|href)=\"([^\"#?]+)", re.I)


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def first_visit(page: Path, site: Path) -> int:
    """Compressed bytes of the page and every file its tags load (styles, scripts, icons)."""
    total, seen = gz(page), set()
    for ref in RESOURCE.findall(page.read_text(encoding="utf-8")):
        target = (page.parent / ref).resolve()
        if ref.startswith(("http:", "https:", "//")) or target in seen or not target.is_file():
            continue
        if target.suffix in (".html",):
            continue  # a link to another page, not a resource
        seen.add(target)
        total += gz(target)
    return total


def print_offline_app(site: Path) -> None:
    """What each language's service worker saves on install (conv1d_site/offline.py)."""
    import json

    from conv1d_site import offline
    from conv1d_site.languages import LANGUAGES, prefix

    for lang in LANGUAGES:
        root = site / prefix(lang)
        build = json.loads(re.search(r"const BUILD = (\{.*?\n\})", (root / "sw.js").read_text(), re.S)[1])
        files = [offline.built_file(root, url) for url in build["files"]]
        raw, packed = sum(f.stat().st_size for f in files), sum(gz(f) for f in files)
        print(f"offline app {lang}: {len(files)} files saved on install, {raw / 1e6:.2f} MB "
              f"({packed / 1e6:.2f} MB gzip, as sent); notebook pages and .ipynb as opened")


SEARCH_BUDGET_MS = 300  # from the last key to the first result, CPU slowed down 4x
TYPING_MS = 120  # between keys: a quick typist on a phone
PASTED = 40  # characters: a longer query is pasted whole (an error message), not typed


def search_latency(site: Path) -> dict[str, list[tuple[float, str]]]:
    """Per language, (ms from the last key up to the results shown, query) for every sixth query."""
    from playwright.sync_api import sync_playwright

    from browser import launch
    from built import Server
    from conv1d_site.languages import LANGUAGES
    from test_search import QUERIES, open_home, search

    timings = {}
    with Server(site) as server, sync_playwright() as playwright:
        chromium = launch(playwright)
        for lang in LANGUAGES:
            context, page = open_home(chromium, server.url, lang)
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            took = []
            for case in QUERIES[lang][::6]:
                search(page, case["q"], typed=len(case["q"]) <= PASTED, delay=TYPING_MS)
                took.append((page.evaluate("window.__searchProbe.shownAt - window.__searchProbe.keyAt"), case["q"]))
            context.close()
            timings[lang] = took
        chromium.close()
    return timings


def search_report(site: Path) -> None:
    """The index files of each language, raw and gzipped, and the search latency."""
    from conv1d_site.languages import LANGUAGES, prefix

    for lang in LANGUAGES:
        for index in sorted((site / prefix(lang) / "search").glob("*.json")):
            print(f"search index {lang} {index.name}: {index.stat().st_size / 1000:.1f} KB, {gz(index) / 1000:.1f} KB gzip")
    for lang, took in search_latency(site).items():
        ms = sorted(t for t, _ in took)
        slowest = max(took)
        print(f"search {lang}: first results {statistics.median(ms):.0f} ms after the last key (median), "
              f"{ms[int(len(ms) * 0.9)]:.0f} ms (90th percentile), {slowest[0]:.0f} ms at most ({slowest[1][:40]!r}), "
              f"over {len(ms)} queries, CPU 4x slower (target {SEARCH_BUDGET_MS} ms)")


# The calculator: a reader's worst inputs, pasted into a field or given in the address.
PATHOLOGICAL = [("input", "9" * 60000), ("kernel_size", "1e309"), ("x", "1," * 1000000), ("x", "1\n" * 1000000),
                ("layers", "3\n" * 1000000), ("error", "x\n" * 1000000)]
ANSWER = """([name, text, how]) => {
  const box = document.querySelector(`[name="${name}"]`), start = performance.now();
  if (how === "address") window.conv1dCalculator.set({[name]: text});
  else {  // a paste: what the browser inserts at most, or the calculator's own cut of it
    const data = new DataTransfer();
    data.setData("text/plain", text);
    box.focus();
    if (box.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}))) {
      box.value = box.maxLength > 0 ? text.slice(0, box.maxLength) : text;
      box.dispatchEvent(new Event("input", {bubbles: true}));
    }
  }
  document.body.getBoundingClientRect();  // laid out, as the reader sees it
  return performance.now() - start;
}"""


def calculator_answers(site: Path) -> list[tuple[str, str, int, float]]:
    """ms from a pathological value pasted into a calculator field, or given in its address,
    to the page laid out with its message, the CPU slowed down 4x."""
    from playwright.sync_api import sync_playwright

    from browser import launch
    from built import Server

    found = []
    with Server(site) as server, sync_playwright() as playwright:
        chromium = launch(playwright)
        page = chromium.new_page()
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        for name, text in PATHOLOGICAL:
            for how in ("paste", "address"):
                page.goto(server.url + "calculator/")
                page.wait_for_function("window.conv1dCalculator !== undefined")
                found.append((name, how, len(text), page.evaluate(ANSWER, [name, text, how])))
        chromium.close()
    return found


EXTERNAL = re.compile(r"<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)=\"(?:https?:)?//", re.I)


def main(argv: list[str]) -> int:
    if argv[1:2] == ["search"]:
        if len(argv) > 2:
            search_report(Path(argv[2]))
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            cold_build(Path(tmp) / "site", True)
            search_report(Path(tmp) / "site")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        # In pairs, one right after the other: a shared machine's speed drifts over minutes.
        pairs = [(cold_build(site, False), cold_build(site, True)) for _ in range(RUNS)]
        without, with_exec = zip(*pairs)
        rebuild = rebuild_time(Path(tmp) / "serve")

        a, b = statistics.median(with_exec), statistics.median(without)
        ratio = statistics.median(on / off for off, on in pairs)
        print(f"{'measure':44} {'value':>10}  target")
        print(f"{'cold build, examples executed (median of %d)' % RUNS:44} {a:9.2f}s  < 10 s")
        print(f"{'cold build, execution off (median of %d)' % RUNS:44} {b:9.2f}s")
        print(f"{'ratio executed / off (median of the pairs)':44} {ratio:9.2f}x  <= 1.5")
        print(f"{'rebuild after an edit (make serve)':44} {rebuild:9.2f}s  < 2 s")
        print()

        pages = sorted(site.rglob("*.html"))
        by_kind: dict[str, list[tuple[int, int]]] = {}
        external = []
        for page in pages:
            by_kind.setdefault(kind(page, site), []).append((page.stat().st_size, first_visit(page, site)))
            if EXTERNAL.search(page.read_text(encoding="utf-8")):
                external.append(page.relative_to(site))
        print(f"{'kind of page':16} {'pages':>5} {'largest HTML':>13} {'median':>9} {'first visit, gzip (max)':>24}  target")
        for name, sizes in sorted(by_kind.items()):
            html = [a for a, _ in sizes]
            visit = max(b for _, b in sizes)
            print(f"{name:16} {len(sizes):5} {max(html) / 1000:11.1f}KB {statistics.median(html) / 1000:7.1f}KB"
                  f" {visit / 1000:22.1f}KB  HTML < 100 KB")
        largest = max(pages, key=lambda p: p.stat().st_size)
        print(f"largest page: {largest.relative_to(site)} ({largest.stat().st_size / 1000:.1f} KB)")
        print(f"pages loading anything from outside the site: {len(external)}")
        for page in external:
            print(f"  {page}")
        print_offline_app(site)
        print()
        search_report(site)
        print()
        script = site / "assets" / "calculator.js"
        for lang in LANGUAGES:
            page = site / prefix(lang) / "calculator" / "index.html"
            print(f"calculator page {lang}: {page.stat().st_size / 1000:.1f} KB HTML (target < 100 KB)")
        print(f"calculator.js: {script.stat().st_size / 1000:.1f} KB, {gz(script) / 1000:.1f} KB gzip (target < 40 KB)")
        for name, how, size, took in calculator_answers(site):
            print(f"calculator {name}= of {size:,} characters, {how}: answered in {took:.0f} ms, CPU 4x slower")
        return 0  # figures are reported, not asserted


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
