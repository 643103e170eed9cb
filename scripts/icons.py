"""The installed app's icons (overrides/assets/icons/*.png), drawn from the favicon by Chromium.

Run again after changing overrides/assets/favicon.svg: `.venv/bin/python scripts/icons.py`.
A maskable icon fills its square (the launcher cuts its own shape from it) and keeps the
drawing inside the central 80 %, the zone every shape keeps.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
ASSETS = ROOT / "overrides" / "assets"


def drawings() -> dict[str, str]:
    svg = (ASSETS / "favicon.svg").read_text(encoding="utf-8")
    fill = re.search(r'<rect[^>]*fill="([^"]+)"', svg)[1]
    path = re.search(r"<path[^>]*/>", svg)[0]
    maskable = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-3 -3 30 30">'
                f'<rect x="-3" y="-3" width="30" height="30" fill="{fill}"/>{path}</svg>')
    return {"icon": svg, "maskable": maskable}


def main() -> None:
    from playwright.sync_api import sync_playwright

    from browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        for name, svg in drawings().items():
            for size in (192, 512):
                page = chromium.new_page(viewport={"width": size, "height": size})
                page.set_content(f'<body style="margin:0">{svg.replace("<svg ", f"<svg width={size} height={size} ", 1)}</body>')
                target = ASSETS / "icons" / f"{name}-{size}.png"
                page.locator("svg").screenshot(path=str(target), omit_background=True)
                page.close()
                print(target.relative_to(ROOT), target.stat().st_size, "bytes")
        chromium.close()


if __name__ == "__main__":
    main()
