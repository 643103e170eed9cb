"""The built site served on 127.0.0.1 and opened in Chromium: helpers for the browser tests.

The fixtures that use these (`built_site`, `served_site`, `chromium`) are in conftest.py,
session-scoped: the tests of one xdist group ("browser") share one build, one server and
one browser. Chromium is Debian's (/usr/bin/chromium), driven by Playwright.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LANGUAGES = ("en", "ko")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # `npm ci` at the repository root


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class Server:
    """A static file server for `directory` on a free port of 127.0.0.1, in a thread."""

    def __init__(self, directory: Path):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def language_root(site: Path, lang: str) -> Path:
    return site / "ko" if lang == "ko" else site


def page_paths(site: Path, lang: str) -> list[str]:
    """Every page of one language, as paths from the site root: `ko/parameters/stride/`."""
    root = language_root(site, lang)
    found = []
    for path in sorted(root.rglob("*.html")):
        if lang == "en" and path.is_relative_to(site / "ko"):
            continue
        rel = path.relative_to(site).as_posix()
        found.append(rel.removesuffix("index.html"))
    return found


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


# ------------------------------------------------------ colour contrast ------


def parse_rgb(color: str) -> tuple[float, float, float, float]:
    """`rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)`, as computed styles give them."""
    inside = color[color.index("(") + 1 : color.rindex(")")].replace("/", ",")
    parts = [float(p) for p in inside.replace(",", " ").split()]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0)


def over(top: tuple, below: tuple) -> tuple:
    """`top` composited over an opaque `below`."""
    alpha = top[3]
    return (*(t * alpha + b * (1 - alpha) for t, b in zip(top[:3], below[:3])), 1.0)


def luminance(rgb: tuple) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple, bg: tuple) -> float:
    """WCAG contrast ratio of a (possibly translucent) text colour over an opaque background."""
    fg = over(fg, bg)
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# In the page: each element's text colour and the colour it is drawn on, composited from
# every translucent background between it and the page (white when nothing is opaque).
COLORS_JS = """
(selector) => [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null).map(e => {
  const layers = [];
  for (let n = e; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    layers.push(bg);
    if (!bg.startsWith('rgba') || bg.endsWith(', 1)')) break;
  }
  layers.push(getComputedStyle(document.documentElement).backgroundColor);
  return {color: getComputedStyle(e).color, layers: layers, text: e.textContent.slice(0, 40)};
})
"""


def background(layers: list[str]) -> tuple:
    """The opaque colour of stacked backgrounds, innermost first."""
    result = (255.0, 255.0, 255.0, 1.0)
    for layer in reversed(layers):
        rgba = parse_rgb(layer)
        if rgba[3] > 0:
            result = over(rgba, result)
    return result
