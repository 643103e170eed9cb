"""`make translations`: pages whose sides in each language are out of step in git history.

The same function decides the notice a lagging page shows on the site
(conv1d_site/translations.py: `status`).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from conv1d_site.languages import LANGUAGES  # noqa: E402
from conv1d_site.translations import pages, status  # noqa: E402


def main() -> int:
    rows = []
    for page in pages():
        missing = [lang for lang in LANGUAGES if not (ROOT / "docs" / lang / page).exists()]
        if missing:
            rows.append((page, f"missing in {', '.join(missing)}", ""))
        for lag in status(page):
            rows.append((page, f"{lag.behind} is behind {lag.ahead}", f"since {lag.since}: " + ", ".join(lag.sections)))
    if not rows:
        print("Every page is in step in every language.")
        return 0
    width = max(len(r[0]) for r in rows)
    for page, state, detail in rows:
        print(f"{page:{width}}  {state:18}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
