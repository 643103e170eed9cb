"""Each page's Content-Security-Policy, written into the page as a <meta>: GitHub Pages, like
most static hosts, sets no headers.

The policy lets a page load from its own site only, and run only the scripts the site
ships: files from the site, and the inline scripts the page was built with, each named by
the hash of its text (computed from the finished page, so a script added anywhere in the
templates is covered and any other inline script, injected later, is refused). Styles may
be inline: Material and the diagrams set them, and a style runs no code.

The <meta> comes first in <head>: a policy applies to what the page parses after it.
`mkdocs serve` gets no policy: its live reload injects an inline script into every page.
"""

from __future__ import annotations

import base64
import hashlib
import re

SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<text>.*?)</script\s*>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*(["']?)(?P<type>[^"'\s>]*)\1""", re.I)
HEAD = re.compile(r"<head\b[^>]*>", re.I)
# Types a browser runs as script (the others, such as Material's application/json config, are data).
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}

DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],  # and the hashes of the page's inline scripts
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],  # Material's icons in its CSS are data: URLs
    "font-src": ["'self'"],
    "connect-src": ["'self'"],  # search indexes, notebooks, the offline app's files
    "worker-src": ["'self'"],  # the search worker and the service worker
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script of the page that a browser runs."""
    found = []
    for m in SCRIPT.finditer(html):
        attrs = m["attrs"]
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = TYPE.search(attrs)
        if (kind["type"].lower() if kind else "") in SCRIPT_TYPES:
            found.append(m["text"])
    return found


def digest(script: str) -> str:
    """A CSP source naming one inline script: 'sha256-<base64>' of its text as UTF-8."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def policy(html: str) -> str:
    hashes = sorted({digest(s) for s in inline_scripts(html)})
    directives = {**DIRECTIVES, "script-src": DIRECTIVES["script-src"] + hashes}
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_policy(html: str) -> str:
    """The page with its policy as the first element of <head> (unchanged without a <head>)."""
    head = HEAD.search(html)
    if not head:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[: head.end()] + "\n" + meta + html[head.end():]
