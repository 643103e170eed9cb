"""The not-found pages: one per language (`404.html` at each language's root), in its language,
with its navigation and language menu, wherever the host serves it.

A static host serves one file for every miss, whatever the address: GitHub Pages the root
`404.html`, so a reader under `/ko/` would read the English page. Each 404 page therefore
starts with a small script (`router`) that finds which language the missed address is in,
and moves to that language's 404 page when it is not its own.

- Built with site_url (as published), the page's links are absolute, from the site's path,
  and right at any address; the Korean page, reached from the English one, puts the address
  the reader asked for back in the address bar.
- Built without site_url (`make build`, hosted anywhere, also under a sub-path), MkDocs would
  write links from the host's root (`/assets/...`): wrong under a sub-path. The page is
  written instead with links relative to its own file, right at `<root><lang>/404.html`;
  served at any other address, the script asks each folder above the address for its
  `404.html`: the deepest folder that has one (a host serves a miss with status 404, the
  file itself with 200) in the language whose folder it is (`<html lang>`) is where the
  reader is moved. The page stays hidden meanwhile.
"""

from __future__ import annotations

import json
import posixpath
from urllib.parse import urlsplit

from conv1d_site.languages import prefix, switcher

WORDS = {
    "en": {
        "title": "Page not found",
        "text": "There is no page at this address: it may have moved, or the address has a typo.",
        "asked": "The address asked for:",
        "next": "Search with the box at the top, or start from the home page:",
    },
    "ko": {
        "title": "페이지를 찾을 수 없습니다",
        "text": "이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 주소에 오타가 있을 수 있습니다.",
        "asked": "요청한 주소:",
        "next": "위쪽 검색창에서 찾아보거나 첫 페이지에서 시작해 보세요.",
    },
}

ROUTER = """(function () {
  var own = %(own)s, folders = %(folders)s, languages = %(languages)s, root = %(root)s
  var html = document.documentElement, path = location.pathname
  function folderOf(rest) {
    for (var i = 0; i < folders.length; i++) if (rest.indexOf(folders[i]) === 0) return folders[i]
    return ""
  }
  function asked() {
    try {
      var from = new URLSearchParams(location.search).get("from")
      return from && from.charAt(0) === "/" && from.charAt(1) !== "/" ? from : null
    } catch (e) { return null }
  }
  function show(address) {
    html.hidden = false
    document.addEventListener("DOMContentLoaded", function () {
      var shown = document.querySelector("[data-not-found-asked]")
      if (!shown || !address) return
      try { address = decodeURI(address) } catch (e) {}
      shown.querySelector("code").textContent = address
      shown.hidden = false
    })
  }
  function move(languageRoot, address) {
    location.replace(languageRoot + "404.html?from=" + encodeURIComponent(address))
  }
  var here = path + location.search + location.hash, from = asked()
  if (root) {  // built with site_url: the links are right at any address
    if (path.indexOf(root) !== 0) return show(here)
    var folder = folderOf(path.slice(root.length))
    if (folder !== own) return move(root + folder, here)
    if (from && path === root + own + "404.html") history.replaceState(null, "", from)
    return show(from || here)
  }
  if (path.slice(-("/" + own + "404.html").length) === "/" + own + "404.html") return show(from || here)
  html.hidden = true  // links relative to the page's own file: wrong at this address
  var candidates = []
  for (var dir = path.slice(0, path.lastIndexOf("/") + 1); dir; dir = dir.slice(0, dir.slice(0, -1).lastIndexOf("/") + 1))
    candidates.push(dir)
  Promise.all(candidates.map(function (candidate) {  // which of the folders above is a language's root
    return fetch(candidate + "404.html").then(function (response) {
      return response.ok ? response.text() : ""
    }).then(function (text) {
      var found = /<html lang="([^"]*)"/.exec(text), folder = found && languages[found[1]]
      return typeof folder === "string" && candidate.slice(candidate.length - folder.length) === folder ? candidate : null
    }).catch(function () { return null })
  })).then(function (roots) {
    var found = roots.filter(Boolean)[0]  // the deepest
    if (found) move(found, here)
    else show(here)
  })
})()"""


def router(lang: str, links: list[dict], site_url: str | None) -> str:
    """The script that leads a reader from any missed address to the 404 page of its language."""
    others = sorted((prefix(alt["lang"], links) for alt in links[1:]), key=len, reverse=True)
    root = urlsplit(site_url).path.removesuffix(prefix(lang, links)) if site_url else ""
    return ROUTER % {
        "own": json.dumps(prefix(lang, links)),
        "folders": json.dumps(others),
        "languages": json.dumps({alt["lang"]: prefix(alt["lang"], links) for alt in links}),
        "root": json.dumps(root),
    }


def context(lang: str, links: list[dict], site_url: str | None) -> dict:
    """What overrides/404.html shows, and `base_url` for its links: the site's path with a
    site_url, else "." (relative to the page's own file)."""
    base = urlsplit(site_url).path if site_url else "."
    menu = switcher("", lang, links)  # each language's home, from this language's root
    if site_url:
        menu = [{**alt, "href": posixpath.normpath(posixpath.join(base, alt["href"])) + "/"} for alt in menu]
    return {"words": WORDS[lang], "router": router(lang, links, site_url), "base_url": base, "alternates": menu}
