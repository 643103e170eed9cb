"""The site's own search index, written next to Material's after each language's build.

Material's search plugin writes `search/search_index.json` (sections with location, title
and HTML text); conv1d_site/material.py takes them out of it and `write_index` writes `search/conv1d_index.json`, which
`overrides/assets/search.js` (a search worker speaking Material's worker protocol) queries,
and the sections themselves to `search/conv1d_docs.json`, which that worker fetches.

Tokens (`tokens`; the worker tokenizes queries with the same rules, and
tests/test_search_tokens.py runs both on every section of the built site):

- Latin text lowercased; identifiers whole and split on `_` (`in_channels`, `in`, `channels`);
  a plural `s` dropped; stopwords and plain numbers dropped, so the reader's own shapes in a
  pasted error message do not matter. A numeral with a `d` or `차원` is one word: `1D`,
  `1-d` and `1차원` are all `1d`.
- Korean: morphemes from kiwipiepy (content words only, verb and adjective stems as their
  stem: 늘어납니다 -> 늘어나), kept in `terms`; Hangul syllable bigrams of every word, kept in
  `grams`, for parts of compounds (변수 in 매개변수) and forms the analyzer split differently.
  The English site keeps only the bigrams of the few Korean words it shows. A particle
  written onto code (`padding`을, GPU로) is no word of its own.
- Word pairs ("output length", "출력 채널") are terms with a space, so that words found
  together in the reader's order count for more; a pair used once in the whole site (and in
  no heading or description) is left out.

The rules that are data have their home here and travel in the index: `stopwords`;
`rewrites`, the query rewrites: a synonym the Korean pages avoid becomes their
preferred term (conv1d_site/terms.yml), and the words readers search with that the pages do
not use become the words they do use (conv1d_site/search_words.yml). Each is matched as a
whole word, or a Korean word with a particle after it (형태가, not 형태소) (`particles`);
and `optional`, the words of a query a section may lack (how, calculate, 계산, 방법).

Index layout: `docs` = [[location, weight, page names]] (names on a page's own entry: its
title, and on the Korean site the Korean term of a title like `padding`), in Material's order;
`terms` and `grams` map a token to a flat list [doc gap, code, doc gap, code, ...] (doc
numbers as the difference from the previous one; code = 4 * count in the text + 1 if the
section's heading has it + 2 if the page's description has it). A page's own entry has the
page title (and names) as its heading and the page's description (its meta description) as
its subject; the worker credits every section of a page with its page's title.
`lens` = token count of each text.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from pathlib import Path

import yaml

from conv1d_site import korean

WORDS_FILE = Path(__file__).with_name("search_words.yml")
HEAD, SUBJECT = 1, 2  # the field bits of a posting's code (the text count is code >> 2)
WEIGHTS = {  # scores of whole parts of the site, multiplied
    "notebooks": 0.3,  # notebook pages repeat the examples of the pages that explain them
    "glossary": 0.4,  # the glossary names every term (and every synonym) once
    "": 0.3,  # the home page: one line on each page, pointing there
}

STOPWORDS = frozenset(
    """a an the is are was were be been being to of in on at for by with and or my i me we
    you your it its this that these those why what how when where which who does do did doing
    as from have has had can could should would will there than so if then into about also
    our their they them he she his her just any some get gets want need way""".split()
)
# After a Korean word, the particles and endings of a known form of it: 형태가 is 형태, 형태소 is not.
PARTICLES = """은 는 이 가 을 를 의 에 에서 에게 로 으로 와 과 도 만 까지 부터 보다 처럼 이나 나
    이랑 랑 이란 란 라는 이라는 이라고 라고 인 이다 입니다 이고 이며 인가요 인데 으로는 로는 에는
    에서는 에서의 으로의 와의 과의 에서도 으로도 로도 이면 면 이라서 라서 하고 하는 하기 하면 하여
    해서 할 한""".split()
PARTICLE_SLOT = "<particles>"  # in a rewrite's pattern, stands for particles() (written once per index)
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
LATIN_WORD = re.compile(r"[a-z0-9_]+")
NUMERAL = re.compile(r"(?<![a-z0-9_])(\d)(?:-d|\s?차원)(?![a-z0-9_])")  # 1-d, 1차원 -> 1d
TAG = re.compile(r"<[^>]+>")
AFTER_CODE = re.compile(r"[A-Za-z0-9_)\]'\"`]")  # a Hangul particle right after one of these belongs to code


def write_index(site_dir: str, lang: str, sections: list[dict]) -> None:
    """Write `search/conv1d_index.json` and `search/conv1d_docs.json` for one language.

    `sections`: the site's search sections, [{"location", "title", "text"}] (the engine's own
    index, as conv1d_site/material.py reads it); the worker fetches their texts itself from
    `conv1d_docs.json`. Page descriptions are those `describe` was told of.
    """
    folder = Path(site_dir) / "search"
    folder.mkdir(parents=True, exist_ok=True)
    index = build_index(sections, lang, descriptions(site_dir, sections))
    for name, content in (("conv1d_docs.json", {"docs": sections}), ("conv1d_index.json", index)):
        (folder / name).write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


_DESCRIPTIONS: dict[tuple[str, str], str] = {}  # (site_dir, page location) -> its description


def describe(site_dir: str, location: str, description: str | None) -> None:
    """Note a page's own description (its front matter's), which the index counts as its subject.
    Kept per process: a rebuild under `make serve` renders only some pages."""
    _DESCRIPTIONS[(str(site_dir), location)] = description or ""


def descriptions(site_dir: str, docs: list[dict]) -> dict[str, str]:
    """Each page's own description; one that several pages share is left out."""
    found = {doc["location"]: _DESCRIPTIONS.get((str(site_dir), doc["location"]), "")
             for doc in docs if "#" not in doc["location"]}
    found = {location: text for location, text in found.items() if text}
    shared = {text for text in found.values() if list(found.values()).count(text) > 1}
    return {location: text for location, text in found.items() if text not in shared}


def needs_analyzer(lang: str) -> bool:
    """Whether the pages of `lang` are analyzed into morphemes (Korean) rather than bigrams only."""
    return lang == "ko"


def build_index(docs: list[dict], lang: str, subjects: dict[str, str] | None = None) -> dict:
    """The index of Material's entries `docs`; `subjects`: page location -> its description."""
    subjects = subjects or {}
    morphemes = needs_analyzer(lang)
    page_titles = {d["location"]: plain_text(d["title"]) for d in docs if "#" not in d["location"]}
    page_names = {loc: [title] for loc, title in page_titles.items()}
    if morphemes:  # parameter pages are titled by the name (padding): add the Korean term (패딩)
        page_names = {loc: [title, *korean_terms(title)] for loc, title in page_titles.items()}
        # every text analyzed before the loop asks for them
        texts = [plain_text(text) for d in docs for text in (d["title"], d["text"])]
        korean.analyze([hangul_key(text) for text in texts + [" ".join(n) for n in page_names.values()]
                        + list(subjects.values())])
        korean.fold_particles()
    terms: dict[str, dict[int, int]] = {}
    grams: dict[str, dict[int, int]] = {}
    entries, lens = [], []
    for number, doc in enumerate(docs):
        location = doc["location"]
        weight = WEIGHTS.get(location.split("#")[0].split("/")[0], 1)
        entries.append([location, weight] + ([page_names[location]] if location in page_names else []))
        heading = " ".join(page_names[location]) if location in page_names else plain_text(doc["title"])
        subject = subjects.get(location, "")
        words, bigrams = tokens(plain_text(doc["text"]), morphemes)
        head_words, head_grams = tokens(heading, morphemes)
        subject_words, subject_grams = tokens(subject, morphemes) if subject else ([], [])
        lens.append(len(words))
        for postings, text_tokens, fields in (
            (terms, words, ((head_words, HEAD), (subject_words, SUBJECT))),
            (grams, bigrams, ((head_grams, HEAD), (subject_grams, SUBJECT))),
        ):
            for token in text_tokens:
                codes = postings.setdefault(token, {})
                codes[number] = codes.get(number, 0) + 4
            for found, bit in fields:
                for token in found:
                    codes = postings.setdefault(token, {})
                    codes[number] = codes.get(number, 0) | bit

    # A pair found once, in one text and in no heading, says little that its two words do not:
    # left out, a third (Korean) to two fifths (English) of the index goes with it.
    terms = {token: found for token, found in terms.items()
             if " " not in token or len(found) > 1 or next(iter(found.values())) != 4}

    def flat(postings: dict[str, dict[int, int]]) -> dict[str, list[int]]:
        """Each token's postings as [doc gap, code, ...]: gaps are shorter than numbers."""
        result = {}
        for token, found in sorted(postings.items()):
            last, row = 0, []
            for doc, code in sorted(found.items()):
                row += [doc - last, code]
                last = doc
            result[token] = row
        return result

    return {
        "version": 2,
        "lang": lang,
        "docs": entries,
        "lens": lens,
        "terms": flat(terms),
        "grams": flat(grams),
        "stopwords": sorted(STOPWORDS),
        "rewrites": rewrites(lang),
        "particles": particles(),
        "optional": optional_words(lang),
    }


def plain_text(text: str) -> str:
    return html.unescape(TAG.sub(" ", text))


# ------------------------------------------------------------- rewrites ------


def rewrites(lang: str) -> list[list[str]]:
    """[pattern, replacement] of every query rewrite of `lang`: the avoided synonyms, then the
    readers' words (which may name a preferred term), each longest phrase first.

    The patterns are regular expressions that Python's `re` and JavaScript's RegExp read
    alike, once PARTICLE_SLOT is replaced with particles(); the worker applies them with the
    "g" flag to the lowercased query, one after another, as `rewrite` does.
    """
    avoided = sorted(synonyms() if needs_analyzer(lang) else [], key=lambda pair: -len(pair[0]))
    readers = sorted(reader_words(lang), key=lambda pair: -len(pair[0]))
    return [[phrase_pattern(word), replacement] for word, replacement in avoided + readers]


def phrase_pattern(phrase: str) -> str:
    """A whole-word pattern for `phrase`: Latin words between word boundaries; a Korean word
    alone or with one of PARTICLES after it; words apart by spaces (Korean ones, or none)."""
    words = phrase.lower().split()
    pattern = ""
    for i, word in enumerate(words):
        if i:
            pattern += r"\s*" if HANGUL_RUN.match(words[i - 1][-1]) and HANGUL_RUN.match(word[0]) else r"\s+"
        pattern += re.escape(word)
    first, last = words[0][0], words[-1][-1]
    before = r"(?<![\uac00-\ud7a3])" if HANGUL_RUN.match(first) else r"(?<![a-z0-9_])"
    if HANGUL_RUN.match(last):
        after = r"(?=(?:" + PARTICLE_SLOT + r")?(?![\uac00-\ud7a3]))"
    else:
        after = r"(?![a-z0-9_])"
    return before + pattern + after


def particles() -> str:
    """The alternation of PARTICLES, longest first, that fills PARTICLE_SLOT in the patterns."""
    return "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p)))


def rewrite(query: str, lang: str) -> str:
    """The query as the worker searches it: NFC, lowercased, every rewrite of `lang` applied."""
    text = unicodedata.normalize("NFC", query).lower()
    for pattern, replacement in compiled_rewrites(lang):
        text = pattern.sub(lambda _: replacement, text)
    return text


@functools.lru_cache(maxsize=None)
def compiled_rewrites(lang: str) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern.replace(PARTICLE_SLOT, particles())), replacement) for pattern, replacement in rewrites(lang)]


@functools.lru_cache(maxsize=1)
def words_table() -> dict:
    return yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))


def reader_words(lang: str) -> list[list[str]]:
    """[reader's word, the site's word] of `lang` (conv1d_site/search_words.yml)."""
    return [[word, entry["finds"]] for entry in words_table().get(lang, []) for word in entry["words"]]


def optional_words(lang: str) -> list[str]:
    """The tokens of the words a section may lack at no cost (search_words.yml, `optional`):
    Latin words as `latin_tokens` makes them, Korean ones written as the morpheme itself."""
    found = set()
    for word in words_table()["optional"].get(lang, []):
        found.update([word] if HANGUL_RUN.fullmatch(word) else latin_tokens(word.lower()))
    return sorted(found)


# --------------------------------------------------------------- tokens ------


def tokens(text: str, morphemes: bool = True) -> tuple[list[str], list[str]]:
    """(words and word pairs, Hangul bigrams) of a text: what the index holds for it.

    A pair is two words that follow each other ("output length", "출력 채널"), so a query
    with both in that order finds the text that has them together first. Without
    `morphemes` (the English site, which shows a few Korean words), Hangul gets bigrams only.
    """
    text = unicodedata.normalize("NFC", text)
    latin = latin_tokens(NUMERAL.sub(r"\1d ", text.lower()))
    words = latin + pairs(w for w in latin if "_" not in w)
    bigrams = []
    runs = hangul_runs(text)
    if runs:
        korean = korean_morphemes(text) if morphemes else []
        words += korean + pairs(korean)
        for run in runs:
            bigrams += [run[i : i + 2] for i in range(len(run) - 1)]
    return words, bigrams


def hangul_runs(text: str) -> list[str]:
    """The Hangul words of a text, without the particles written onto code (`padding`을, GPU로)."""
    return [m[0] for m in HANGUL_RUN.finditer(text)
            if not (m.start() and AFTER_CODE.match(text[m.start() - 1]) and m[0] in PARTICLES)]


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


def hangul_key(text: str) -> str:
    """The Hangul of a plain text, as the analyzer keeps its analysis."""
    return " ".join(hangul_runs(text))


def prepare(texts: list[str]) -> None:
    """Hand these texts (HTML, as the search entries hold them) to Kiwi, analyzing beside the build."""
    korean.prepare({hangul_key(plain_text(text)) for text in texts} - {""})


def korean_morphemes(text: str) -> list[str]:
    """Content morphemes of the Hangul in `text`: nouns, verb and adjective stems, roots, adverbs."""
    key = hangul_key(text)
    korean.analyze([key])
    return korean.morphemes(key)


def korean_terms(title: str) -> list[str]:
    """The preferred Korean terms of an English title: 'padding' -> 패딩, 'in_channels' -> 입력 채널,
    'device와 dtype' -> 장치, 자료형.

    Each word of the title (split on `_` and spaces) must begin the matching word of the
    term's English name (in -> input, channels -> channels).
    """
    def named(words: list[str]) -> list[str]:
        found = []
        for term in korean.terms():
            english = [stem(w) for w in term["english"].lower().split()]
            if words and len(words) == len(english) and all(e.startswith(w) for w, e in zip(words, english)):
                found.append(term["preferred"])
        return found

    found = named([stem(w) for w in re.split(r"[_\s]+", title.lower().strip()) if w])
    identifiers = re.findall(r"(?<![a-z0-9_])[a-z_]{2,}(?![a-z0-9_])", title.lower())
    if not found and len(identifiers) > 1:  # device와 dtype: each name by itself
        found = [term for name in identifiers for term in named([stem(w) for w in name.split("_") if w])]
    return found


def synonyms() -> list[list[str]]:
    """[avoided synonym, preferred term] for every synonym the Korean pages avoid."""
    return [[word, term["preferred"]] for term in korean.terms() for word in term["avoid"]]
