"""The site's own search index, written next to Material's after each language's build.

Material's search plugin writes `search/search_index.json` (sections with location, title
and HTML text); `write_index` reads it back and writes `search/conv1d_index.json`, which
`overrides/assets/search.js` (a search worker speaking Material's worker protocol) queries,
and the sections themselves to `search/conv1d_docs.json`, which that worker fetches.

Tokens (the worker tokenizes queries the same way, see `TOKENIZING` in search.js):

- Latin text lowercased; identifiers whole and split on `_` (`in_channels`, `in`, `channels`);
  a plural `s` dropped; stopwords and plain numbers dropped, so the reader's own shapes in a
  pasted error message do not matter.
- Korean: morphemes from kiwipiepy (content words only, verb and adjective stems as their
  stem: 늘어납니다 -> 늘어나), kept in `terms`; Hangul syllable bigrams of every word, kept in
  `grams`, for parts of compounds (변수 in 매개변수) and forms the analyzer split differently.
  The English site keeps only the bigrams of the few Korean words it shows.
- `syn`: the synonyms the Korean pages avoid, and the preferred term a query using them
  should find (conv1d_site/terms.yml).

Index layout: `docs` = [[location, weight, page names]] (names on a page's own entry: its
title, and on the Korean site the Korean term of a title like `padding`), in Material's order; `terms` and `grams` map a
token to a flat list [doc gap, tf, doc gap, tf, ...] (doc numbers as the difference from the
previous one; tf = title count * TITLE + page title count * PAGE_TITLE + text count);
`lens` = token count per doc. Word pairs ("output length") are terms with a space.
"""

from __future__ import annotations

import functools
import html
import json
import multiprocessing
import os
import re
import unicodedata
import warnings
from pathlib import Path

import yaml

TERMS_FILE = Path(__file__).with_name("terms.yml")
TITLE = 4  # a token in a section title counts as this many in its text
PAGE_TITLE = 2  # a section also holds its page's title, at this weight
WEIGHTS = {  # scores of whole parts of the site, multiplied
    "notebooks": 0.3,  # notebook pages repeat the examples of the pages that explain them
    "glossary": 0.4,  # the glossary names every term (and every synonym) once
    "": 0.3,  # the home page: one line on each page, pointing there
}

STOPWORDS = frozenset(
    """a an the is are was were be been being to of in on at for by with and or my i me we
    you your it its this that these those why what how when where which who does do did doing
    as from have has had can could should would will there than so if then into about also
    our their they them he she his her just any some""".split()
)
KOREAN_TAGS = ("NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "MAG", "SH")
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
LATIN_WORD = re.compile(r"[a-z0-9_]+")
TAG = re.compile(r"<[^>]+>")


def write_index(site_dir: str, lang: str, merge=None) -> None:
    """Write `search/conv1d_index.json` and `search/conv1d_docs.json` from Material's index.

    Material's page script fetches and parses `search_index.json` on every page, on the main
    thread, and hands it to the search worker; ours loads the sections' texts itself
    (`conv1d_docs.json`), so Material's file is left with its settings and no entries.
    `merge` turns Material's entries into the ones to index (a dirty rebuild writes only
    those of the pages it rebuilt).
    """
    folder = Path(site_dir) / "search"
    material = folder / "search_index.json"
    if not material.exists():  # search plugin switched off
        return
    data = json.loads(material.read_text(encoding="utf-8"))
    docs = merge(data["docs"]) if merge else data["docs"]
    material.write_text(json.dumps({**data, "docs": []}, separators=(",", ":")), encoding="utf-8")
    for name, content in (("conv1d_docs.json", {"docs": docs}), ("conv1d_index.json", build_index(docs, lang))):
        (folder / name).write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def needs_analyzer(lang: str) -> bool:
    """Whether the pages of `lang` are analyzed into morphemes (Korean) rather than bigrams only."""
    return lang == "ko"


def build_index(docs: list[dict], lang: str) -> dict:
    terms: dict[str, dict[int, int]] = {}
    grams: dict[str, dict[int, int]] = {}
    page_titles = {d["location"]: plain_text(d["title"]) for d in docs if "#" not in d["location"]}
    page_names = {loc: [title] for loc, title in page_titles.items()}
    if needs_analyzer(lang):  # parameter pages are titled by the name (padding): add the Korean term (패딩)
        page_names = {loc: [title, *korean_terms(title)] for loc, title in page_titles.items()}
        page_titles = {loc: " ".join(names) for loc, names in page_names.items()}
    if needs_analyzer(lang):  # every text analyzed before the loop asks for them
        analyze([plain_text(text) for d in docs for text in (d["title"], d["text"])] + list(page_titles.values()))
    entries, lens = [], []
    for number, doc in enumerate(docs):
        location = doc["location"]
        weight = WEIGHTS.get(location.split("#")[0].split("/")[0], 1)
        entries.append([location, weight] + ([page_names[location]] if location in page_names else []))
        length = 0
        page_title = page_titles.get(location.split("#")[0], "")
        title = page_title if "#" not in location else plain_text(doc["title"])
        fields = ((title, TITLE), (page_title if "#" in location else "", PAGE_TITLE), (plain_text(doc["text"]), 1))
        for field, factor in fields:
            words, bigrams = tokens(field, morphemes=needs_analyzer(lang))
            length += len(words) * factor
            for token in words:
                terms.setdefault(token, {}).setdefault(number, 0)
                terms[token][number] += factor
            for token in bigrams:
                grams.setdefault(token, {}).setdefault(number, 0)
                grams[token][number] += factor
        lens.append(length)

    def flat(postings: dict[str, dict[int, int]]) -> dict[str, list[int]]:
        """Each token's postings as [doc gap, tf, doc gap, tf, ...]: gaps are shorter than numbers."""
        result = {}
        for token, found in sorted(postings.items()):
            last, row = 0, []
            for doc, tf in sorted(found.items()):
                row += [doc - last, tf]
                last = doc
            result[token] = row
        return result

    return {
        "version": 1,
        "lang": lang,
        "docs": entries,
        "lens": lens,
        "terms": flat(terms),
        "grams": flat(grams),
        "syn": synonyms() if needs_analyzer(lang) else [],
    }


def plain_text(text: str) -> str:
    return html.unescape(TAG.sub(" ", text))


# --------------------------------------------------------------- tokens ------


def tokens(text: str, morphemes: bool = True) -> tuple[list[str], list[str]]:
    """(words and word pairs, Hangul bigrams) of a text: what the index holds for it.

    A pair is two words that follow each other ("output length", "출력 채널"), so a query
    with both in that order finds the text that has them together first. Without
    `morphemes` (the English site, which shows a few Korean words), Hangul gets bigrams only.
    """
    text = unicodedata.normalize("NFC", text)
    latin = latin_tokens(text.lower())
    words = latin + pairs(w for w in latin if "_" not in w)
    bigrams = []
    if HANGUL_RUN.search(text):
        korean = korean_morphemes(text) if morphemes else []
        words += korean + pairs(korean)
        for run in HANGUL_RUN.findall(text):
            bigrams += [run[i : i + 2] for i in range(len(run) - 1)]
    return words, bigrams


def pairs(words) -> list[str]:
    words = list(words)
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def latin_tokens(text: str) -> list[str]:
    found = []
    for word in LATIN_WORD.findall(text):
        parts = [p for p in word.split("_") if p]
        if "_" in word.strip("_") and len(parts) > 1:
            found.append(word.strip("_"))
        for part in parts:
            if part.isdigit() or part in STOPWORDS:
                continue
            found.append(stem(part))
    return found


def stem(word: str) -> str:
    """The plural `s` off (channels -> channel, entries -> entry); the worker does the same."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=1)
def kiwi():
    from kiwipiepy import Kiwi  # loads its model: only for pages with Hangul

    # Its typo and multi-word dictionaries take seconds to load and find nothing in these pages.
    # No thread pool (num_workers=0): builds fork, and a forked process has no pool threads.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 0 meant "all cores" before 0.21
        return Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)


_MORPHEMES: dict[str, list[str]] = {}  # Hangul of a text -> its content morphemes
_analyzer: tuple | None = None  # (pid, connection, texts sent) of a process with Kiwi loaded


def start_analyzer() -> None:
    """Load Kiwi in a forked process now, while the pages render: loading takes seconds.

    `prepare` hands it texts as pages are indexed; `analyze` collects every result and
    stops it. Call only where forking is safe.
    """
    global _analyzer
    ours, theirs = multiprocessing.Pipe()
    pid = os.fork()
    if pid == 0:
        ours.close()
        try:
            kiwi().tokenize("패딩")  # the first analysis sets Kiwi up, too
            found = {}
            while (texts := theirs.recv()) is not None:
                found.update((text, _content(kiwi().tokenize(text))) for text in texts)
            theirs.send(found)
        finally:
            os._exit(0)
    theirs.close()
    _analyzer = (pid, ours, set())


def _content(found) -> list[str]:
    return [t.form for t in found if t.tag.startswith(KOREAN_TAGS) and HANGUL_RUN.fullmatch(t.form)]


def _hangul(texts: list[str]) -> set[str]:
    """The Hangul of each text (the key its analysis is kept under), not analyzed yet."""
    return {" ".join(HANGUL_RUN.findall(text)) for text in texts} - _MORPHEMES.keys() - {""}


def analyzer_running() -> bool:
    return _analyzer is not None


def prepare(texts: list[str]) -> None:
    """Start analyzing these texts (HTML, as the search entries hold them), if Kiwi runs beside."""
    if _analyzer:
        _, connection, sent = _analyzer
        new = sorted(_hangul([plain_text(text) for text in texts]) - sent)
        sent.update(new)
        connection.send(new)


def analyze(texts: list[str]) -> None:
    """Analyze the Hangul of the texts not seen yet, in context (a whole text at a time)."""
    global _analyzer
    if _analyzer:
        pid, connection, sent = _analyzer
        _analyzer = None
        try:
            connection.send(sorted(_hangul(texts) - sent))
            connection.send(None)
            _MORPHEMES.update(connection.recv())
        except (EOFError, OSError):
            pass  # analyzed below, in this process
        connection.close()
        os.waitpid(pid, 0)
    for text in sorted(_hangul(texts)):
        _MORPHEMES[text] = _content(kiwi().tokenize(text))
    _MORPHEMES.setdefault("", [])


def korean_morphemes(text: str) -> list[str]:
    """Content morphemes of the Hangul in `text`: nouns, verb and adjective stems, roots, adverbs."""
    analyze([text])
    return _MORPHEMES[" ".join(HANGUL_RUN.findall(text))]


def korean_terms(title: str) -> list[str]:
    """The preferred Korean terms of an English title: 'padding' -> 패딩, 'in_channels' -> 입력 채널.

    Each word of the title (split on `_` and spaces) must begin the matching word of the
    term's English name (in -> input, channels -> channels).
    """
    words = [stem(w) for w in re.split(r"[_\s]+", title.lower().strip()) if w]
    found = []
    for term in terms():
        english = [stem(w) for w in term["english"].lower().split()]
        if words and len(words) == len(english) and all(e.startswith(w) for w, e in zip(words, english)):
            found.append(term["preferred"])
    return found


@functools.lru_cache(maxsize=1)
def terms() -> list[dict]:
    """The term table, read once per process (it is asked for once per page)."""
    return yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))


def synonyms() -> list[list[str]]:
    """[avoided synonym, preferred term] for every synonym the Korean pages avoid."""
    return [[word, term["preferred"]] for term in terms() for word in term["avoid"]]
