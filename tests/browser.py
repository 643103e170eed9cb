"""Chromium for the browser tests: Debian's (/usr/bin/chromium), driven by Playwright.

The fixtures (`chromium`, `served_site`) are in conftest.py, one per xdist worker. When
Chromium cannot start, conftest.py says so in one line and leaves the browser tests out
(the run then fails); `python tests/browser.py` prints why it cannot start.
"""

from __future__ import annotations

import subprocess
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
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # `npm ci` at the repository root
# The Content-Security-Policy's violations, recorded from the start of each page, before any of
# its scripts run (conv1d_site/policy.py).
POLICY_LISTENER = """window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(
  {directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber}))"""
SETUP = "make system"  # scripts/system.sh: installs Chromium, the CJK fonts and npm


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def why_not() -> str | None:
    """Why Chromium cannot start here, in one line, or None when it can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing"
    if not AXE.exists():
        return f"{AXE.relative_to(ROOT)} is missing (npm ci)"
    try:
        done = subprocess.run([CHROMIUM, *CHROMIUM_ARGS, "--dump-dom", "about:blank"],
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{CHROMIUM} does not run: {exc}"
    if done.returncode != 0 or "<html" not in done.stdout:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return f"{CHROMIUM} exits with {done.returncode}: {lines[-1] if lines else 'no message'}"
    return None


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


if __name__ == "__main__":
    print(why_not() or "Chromium starts")
