"""Build the site, or a copy of the project with one thing broken, in this process."""

import logging
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def build_site(project: Path, site_dir: Path) -> None:
    """`mkdocs build --strict` of `project` into `site_dir` (both languages)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    build(config)


def copy_project(target: Path) -> Path:
    """A copy of the docs and examples to break; the build code is linked, not copied."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "mkdocs.ko.yml"):
        shutil.copy(ROOT / name, target / name)
    for name in ("docs", "examples"):
        shutil.copytree(ROOT / name, target / name)
    for name in ("conv1d_site", "overrides"):
        (target / name).symlink_to(ROOT / name)
    return target


class Records(logging.Handler):
    """The messages MkDocs logs during a build."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def __enter__(self):
        logging.getLogger("mkdocs").addHandler(self)
        return self

    def __exit__(self, *exc):
        logging.getLogger("mkdocs").removeHandler(self)
