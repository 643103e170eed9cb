"""Korean morphemes for the search index: Kiwi (kiwipiepy), loaded in a process beside the
build while the pages render (loading takes seconds), then asked for every text at once.

Texts are given by their Hangul (search.py: `hangul_key`), the key each analysis is kept
under. The site's Korean terms (terms.yml) are nouns to Kiwi.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import warnings
from pathlib import Path

import yaml

TERMS_FILE = Path(__file__).with_name("terms.yml")
KOREAN_TAGS = ("NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "MAG", "SH")
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")


@functools.lru_cache(maxsize=1)
def terms() -> list[dict]:
    """The term table, read once per process (it is asked for once per page)."""
    return yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def kiwi():
    from kiwipiepy import Kiwi  # loads its model: only for pages with Hangul

    # Its typo and multi-word dictionaries take seconds to load and find nothing in these pages.
    # No thread pool (num_workers=0): builds fork, and a forked process has no pool threads.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 0 meant "all cores" before 0.21
        analyzer = Kiwi(num_workers=0, load_typo_dict=False, load_multi_dict=False)
    # The site's terms are nouns: unknown to Kiwi, 풀링 comes out as 풀 + 링 in a title and
    # 스트라이드가 keeps its particle.
    for word in sorted({w for term in terms() for w in term["preferred"].split() if HANGUL_RUN.fullmatch(w)}):
        analyzer.add_user_word(word, "NNG")
    return analyzer


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


def _new(keys) -> set[str]:
    """The keys not analyzed yet."""
    return set(keys) - _MORPHEMES.keys() - {""}


def analyzer_running() -> bool:
    return _analyzer is not None


def prepare(keys) -> None:
    """Start analyzing these texts, if Kiwi runs beside."""
    if _analyzer:
        _, connection, sent = _analyzer
        new = sorted(_new(keys) - sent)
        sent.update(new)
        connection.send(new)


def analyze(keys: list[str]) -> None:
    """Analyze the texts not seen yet, in context (a whole text at a time)."""
    global _analyzer
    if _analyzer:
        pid, connection, sent = _analyzer
        _analyzer = None
        try:
            connection.send(sorted(_new(keys) - sent))
            connection.send(None)
            _MORPHEMES.update(connection.recv())
        except (EOFError, OSError):
            pass  # analyzed below, in this process
        connection.close()
        os.waitpid(pid, 0)
    for key in sorted(_new(keys)):
        _MORPHEMES[key] = _content(kiwi().tokenize(key))
    _MORPHEMES.setdefault("", [])


def morphemes(key: str) -> list[str]:
    """The content morphemes of an analyzed text: nouns, verb and adjective stems, roots, adverbs."""
    return [_FOLDED.get(m, m) for m in _MORPHEMES[key]]


JOSA = ("이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "만", "로")
_FOLDED: dict[str, str] = {}  # a morpheme with a particle the analyzer left on it -> the morpheme


def fold_particles() -> None:
    """Kiwi leaves the particle on some words it does not know (스트라이드가, 커널이): where the
    word without it is a morpheme of another text, count it as that morpheme. Call after
    `analyze` has seen every text of the index; a preferred term (정밀도) stays whole."""
    vocab = {m for found in _MORPHEMES.values() for m in found}
    keep = {word for term in terms() for word in term["preferred"].split()}
    _FOLDED.clear()
    for morpheme in sorted(vocab - keep):
        for josa in JOSA:
            if morpheme.endswith(josa) and len(morpheme) - len(josa) >= 2 and morpheme[: -len(josa)] in vocab:
                _FOLDED[morpheme] = morpheme[: -len(josa)]
                break
