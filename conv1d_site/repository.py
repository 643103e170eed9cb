"""Where a page's source and an example's notebook live in the repository, for contributors.

With `REPO_URL` set (the publishing workflow sets it from github.server_url and
github.repository), every page links to its Markdown in its language (Material's "edit this
page" and "view source" actions; a notebook page, to its example's script), and every
notebook page opens the repository's copy of its notebook in Colab. The notebooks are
committed under `notebooks/<lang>/<name>.ipynb`, as the build writes them
(tests/test_notebooks.py checks they are the same; `make refresh` writes them), so a link to
the default branch finds them. `REPO_BRANCH` names that branch (main when unset).
Without `REPO_URL` nothing links to any repository.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from conv1d_site.examples import ROOT

NOTEBOOKS = ROOT / "notebooks"  # the committed notebooks: notebooks/<lang>/<name>.ipynb


def repo_url() -> str | None:
    return os.environ.get("REPO_URL", "").strip().rstrip("/") or None


def branch() -> str:
    return os.environ.get("REPO_BRANCH", "").strip() or "main"


def edit_url(src_uri: str, lang: str) -> str | None:
    """The page's source on the repository's edit view: its Markdown in `docs/<lang>/`, or for a
    notebook page (generated), its example's script. Material's "view source" is the same
    address with `raw` for `edit`."""
    repo = repo_url()
    if not repo:
        return None
    if src_uri.startswith("notebooks/"):
        path = f"examples/{Path(src_uri).stem}.py"
    else:
        path = f"docs/{lang}/{src_uri}"
    return f"{repo}/edit/{branch()}/{path}"


def notebook_path(name: str, lang: str) -> Path:
    return NOTEBOOKS / lang / f"{name}.ipynb"


def colab_url(name: str, lang: str) -> str | None:
    """Colab opening the repository's copy of the example's notebook (GitHub repositories only)."""
    repo = repo_url()
    if not repo:
        return None
    parts = urlsplit(repo)
    if parts.hostname != "github.com" or parts.path.count("/") != 2:
        return None  # Colab opens notebooks from github.com only
    rel = notebook_path(name, lang).relative_to(ROOT).as_posix()
    return f"https://colab.research.google.com/github{parts.path}/blob/{branch()}/{rel}"
