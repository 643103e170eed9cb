"""`make audit`: Lighthouse scores of a few pages of the built site, both languages.

Builds the site into a temporary folder (or takes `--site DIR`), serves it on 127.0.0.1 as a
static host would (text gzipped, cached for 10 minutes, like GitHub Pages),
runs the pinned Lighthouse (package.json; `npm ci` first if it is missing) with Debian's
Chromium on each page, mobile profile, and prints the four category scores per page and
every audit of accessibility, best practices and SEO that did not pass.
Exits 1 when a page scores below 1.0 in accessibility, best practices or SEO (audits that
pass or fail the same on any machine). Performance (target 0.95) is printed, not asserted:
Lighthouse times the page on this machine, and its score moves with the machine's load.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from conv1d_site.languages import LANGUAGES, prefix  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
PAGES = ["", "parameters/stride/", "calculator/", "notebooks/stride_shapes/"]


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves files as a static host such as GitHub Pages does: text gzipped, cached 10 minutes."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the address with a slash
            path = path / "index.html"
        if path.suffix not in self.COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    print(f"building the site into {site} ...", file=sys.stderr, flush=True)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)  # not -q: it hides warnings from --strict
    if done.returncode:
        sys.exit(done.stdout + done.stderr)


def lighthouse_bin() -> Path:
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        print("installing the pinned Lighthouse (npm ci) ...", file=sys.stderr, flush=True)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    return binary


def lighthouse(url: str, report: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    command = [
        "npx", "--no-install", "lighthouse", url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json", f"--output-path={report}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=300)
    return json.loads(report.read_text())


def failed_audits(result: dict) -> list[str]:
    """Audits of the non-performance categories that did not pass, with their category."""
    found = []
    for name in CATEGORIES[1:]:
        for ref in result["categories"][name]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                found.append(f"{name}: {ref['id']} ({audit['title']})")
    return found


def median_score(scores: list) -> float | None:
    known = [s for s in scores if s is not None]
    return statistics.median(known) if known else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a site already built (default: build one now)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median of each score is shown")
    args = parser.parse_args()
    lighthouse_bin()
    with tempfile.TemporaryDirectory(prefix="audit-") as tmp:
        tmp = Path(tmp)
        site = args.site.resolve() if args.site else tmp / "site"
        if not args.site:
            build(site)
        handler = functools.partial(StaticHost, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        rows, problems, missed = [], {}, False
        try:
            for lang in LANGUAGES:
                for page in PAGES:
                    path = prefix(lang) + page
                    print(f"lighthouse /{path} ...", file=sys.stderr, flush=True)
                    results = [lighthouse(base + path, tmp / "report.json") for _ in range(args.runs)]
                    result = results[0]
                    scores = {c: median_score([r["categories"][c]["score"] for r in results]) for c in CATEGORIES}
                    rows.append(("/" + path, scores))
                    problems["/" + path] = failed_audits(result)
                    missed |= any(scores[c] is None or scores[c] < TARGETS[c] for c in CATEGORIES[1:])
        finally:
            server.shutdown()
            server.server_close()
    width = max(len(r[0]) for r in rows)
    print(f"\n{'page':<{width}}  " + "  ".join(f"{c:>14}" for c in CATEGORIES))
    for path, scores in rows:
        cells = ["   n/a" if s is None else f"{s:.2f}" for s in (scores[c] for c in CATEGORIES)]
        print(f"{path:<{width}}  " + "  ".join(f"{s:>14}" for s in cells))
    print("\ntargets: " + ", ".join(f"{c} >= {t}" for c, t in TARGETS.items()) + " (performance: reported)")
    slow = [path for path, scores in rows if scores["performance"] is not None and scores["performance"] < TARGETS["performance"]]
    if slow:
        print("performance below target (varies with the machine's load; --runs 3 for medians): " + ", ".join(slow))
    for path, found in problems.items():
        for line in found:
            print(f"  {path}: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    if not shutil.which("npx"):
        sys.exit("npx not found: install node and npm")
    sys.exit(main())
