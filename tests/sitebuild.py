"""Build the site, or a copy of the project with one thing broken, in this process."""

import logging
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def build_site(project: Path, site_dir: Path, **options) -> None:
    """`mkdocs build --strict` of `project` into `site_dir` (both languages); `options`
    override mkdocs.yml, as `site_url="https://example.org/conv1d/"` does for publishing."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True, **options)
    build(config)


SMALL_NAV = """nav:
  - index.md
  - parameters/stride.md
"""


def small_project(target: Path) -> Path:
    """A two-page project with the real configuration and build code, to break in tests."""
    target.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(config[: config.index("\nnav:") + 1] + SMALL_NAV, encoding="utf-8")
    shutil.copy(ROOT / "mkdocs.ko.yml", target / "mkdocs.ko.yml")
    for name in ("conv1d_site", "overrides"):
        (target / name).symlink_to(ROOT / name)
    (target / "examples").mkdir()
    for suffix in (".py", ".out"):
        shutil.copy(ROOT / "examples" / f"stride_shapes{suffix}", target / "examples")
    for lang, home in (("en", "Home"), ("ko", "홈")):
        docs = target / "docs" / lang
        (docs / "parameters").mkdir(parents=True)
        (docs / "index.md").write_text(f"# {home} {{ #home }}\n\n[stride](parameters/stride.md)\n", encoding="utf-8")
        (docs / "parameters" / "stride.md").write_text(
            "# stride { #stride }\n\n## Shapes { #shapes }\n\n{* examples/stride_shapes.py *}\n", encoding="utf-8"
        )
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
