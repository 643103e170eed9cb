"""Each language as an installable web app that keeps working offline once a reader opened it.

At each language's root the build writes `manifest.webmanifest` (name, icons, scope: the
language's root) and `sw.js`, the service worker (conv1d_site/service_worker.js) with what
it saves on install: every page of the language but the notebook pages, the assets those
pages load, the site's own assets (overrides/assets/) and the search index. Notebook pages
and `.ipynb` files are saved as they are opened. Its version is a hash of every file the
build wrote for the language, so a new deploy replaces the old cache, and only then.
`offline/` (a page generated in every language, `page()`) is what a page not saved shows
offline; assets/offline.js registers the worker on every page and lists the saved pages there.

Addresses are relative to the language's root: the app works under any sub-path.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

PAGE = "offline.md"  # the offline page, generated in every language: `offline/`
OPENED = ["notebooks/"]  # saved as they are opened, not on install
SEARCH = ["search/search_index.json", "search/conv1d_index.json", "search/conv1d_docs.json"]
WORKER = Path(__file__).with_name("service_worker.js")
# What a page loads: scripts, styles, icons, the manifest, images.
LOADED = re.compile(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"([^\"#?]+)[^\"]*\"[^>]*>", re.I)
LINK_REL = re.compile(r"\brel=\"([^\"]*)\"", re.I)
LOADING_RELS = {"stylesheet", "icon", "manifest", "apple-touch-icon", "preload", "modulepreload"}

WORDS = {
    "en": {
        "title": "Saved for offline reading",
        "description": "The pages of this site saved on this device, to read without a network.",
        "missing": "You are offline, and this page is not saved on this device yet:",
        "saved": "These pages are saved on this device and open without a network:",
        "none": "No page is saved on this device yet: open the site once with a network.",
        "short_name": "Conv1d",
    },
    "ko": {
        "title": "오프라인에서 읽을 수 있는 페이지",
        "description": "네트워크 없이 읽을 수 있도록 이 기기에 저장된 페이지입니다.",
        "missing": "지금은 오프라인이고, 이 페이지는 아직 이 기기에 저장되지 않았습니다:",
        "saved": "다음 페이지는 이 기기에 저장되어 있어 네트워크 없이도 열립니다.",
        "none": "아직 이 기기에 저장된 페이지가 없습니다. 네트워크에 연결된 상태에서 사이트를 한 번 열어 주세요.",
        "short_name": "Conv1d",
    },
}
THEME_COLOR = "#3f51b5"  # the favicon's, Material's indigo header


def page(lang: str) -> str:
    """The offline page's Markdown: what it says, and the lists assets/offline.js fills."""
    words = WORDS[lang]
    return (
        f"---\ndescription: {json.dumps(words['description'], ensure_ascii=False)}\n"
        "search:\n  exclude: true\n---\n\n"
        f"# {words['title']} {{ #offline }}\n\n"
        f'<p data-offline-missing hidden>{words["missing"]} <a href=""></a></p>\n'
        f'<p data-offline-saved hidden>{words["saved"]}</p>\n'
        "<ul data-offline-list></ul>\n"
        f"<p data-offline-none>{words['none']}</p>\n"
    )


def manifest(lang: str, site_name: str, description: str) -> str:
    """The web app manifest of one language, its addresses relative to its own root."""
    icons = [{"src": f"assets/icons/{name}-{size}.png", "sizes": f"{size}x{size}", "type": "image/png",
              "purpose": "maskable" if name == "maskable" else "any"}
             for name in ("icon", "maskable") for size in (192, 512)]
    return json.dumps({
        "name": site_name,
        "short_name": WORDS[lang]["short_name"],
        "description": description.strip(),
        "lang": lang,
        "dir": "ltr",
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": icons,
    }, ensure_ascii=False, indent=1) + "\n"


def _own_files(site: Path, others: list[str]) -> list[Path]:
    """Every file the build wrote for this language (not the other languages' folders)."""
    skip = [site / folder for folder in others]
    return sorted(p for p in site.rglob("*") if p.is_file() and not any(p.is_relative_to(s) for s in skip))


def _page_url(path: Path, site: Path) -> str:
    rel = path.relative_to(site).as_posix()
    return rel.removesuffix("index.html") if rel.endswith("index.html") else rel


def saved_on_install(site: Path, others: list[str], own_assets: list[str]) -> list[str]:
    """What the worker saves on install, relative to the language's root: pages in nav order
    (as the files list them), then what they load, our own assets and the search index."""
    files = _own_files(site, others)
    pages = [p for p in files if p.suffix == ".html" and p.name != "404.html"
             and not any(p.relative_to(site).as_posix().startswith(f) for f in OPENED)]
    saved = {_page_url(p, site): None for p in pages}
    for path in pages:
        for m in LOADED.finditer(path.read_text(encoding="utf-8")):
            rel = LINK_REL.search(m[0])
            if m[0].lower().startswith("<link") and not (rel and set(rel[1].lower().split()) & LOADING_RELS):
                continue  # a link to a page or a translation, not a resource
            target = (path.parent / m[1]).resolve()
            if re.match(r"^(?:[a-z]+:)?//", m[1]) or not target.is_file() or not target.is_relative_to(site.resolve()):
                continue
            url = _page_url(target, site.resolve())
            if not any(url.startswith(f) for f in OPENED):
                saved.setdefault(url, None)
    for url in [*own_assets, *SEARCH]:
        if (site / url).is_file():
            saved.setdefault(url, None)
    return list(saved)


def version(site: Path, others: list[str]) -> str:
    """A hash of every file the build wrote for the language (the worker itself excepted)."""
    digest = hashlib.sha256()
    for path in _own_files(site, others):
        rel = path.relative_to(site).as_posix()
        if rel != "sw.js":
            digest.update(rel.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def write(site: Path, lang: str, others: list[str], own_assets: list[str], site_name: str, description: str) -> dict:
    """The manifest and the service worker of one language's build; what the worker saves."""
    (site / "manifest.webmanifest").write_text(manifest(lang, site_name, description), encoding="utf-8")
    files = saved_on_install(site, others, own_assets)
    build = {"version": version(site, others), "lang": lang, "files": files, "offline": "offline/",
             "opened": OPENED, "others": others}
    (site / "sw.js").write_text(f"const BUILD = {json.dumps(build, indent=1)}\n\n" + WORKER.read_text(encoding="utf-8"),
                                encoding="utf-8")
    return {"files": len(files), "bytes": sum(built_file(site, f).stat().st_size for f in files),
            "version": build["version"]}


def built_file(site: Path, url: str) -> Path:
    """The file a static host serves for `url`, relative to the language's root."""
    return site / url / "index.html" if url == "" or url.endswith("/") else site / url


def own_assets(custom_dir: Path) -> list[str]:
    """The site's own assets (overrides/assets/), as the build copies them: `assets/site.css`."""
    folder = Path(custom_dir) / "assets"
    return sorted(p.relative_to(folder.parent).as_posix() for p in folder.rglob("*") if p.is_file())
