"""The search worker reads a query by the rules the index was written with.

The rules that are data (stopwords, the query rewrites and the particles they allow, the
optional words) have one home, conv1d_site/search.py with terms.yml and search_words.yml,
and travel in each language's index. The rules that are code exist twice: in Python, which
indexes the pages, and in the worker's JavaScript, which reads the reader's query. Node runs
the worker's own functions (tests/search_node.js loads overrides/assets/search.js against the
built site) on every section of the built site, both languages, and on every query of
tests/search_queries.yml, and each must come out as Python makes it: identifier splitting,
plural stemming, stopwords and numbers, numerals (1D, 1-d, 1차원), word pairs, the Hangul
words (a particle written onto code left out) and their bigrams, and the rewrites.
The Korean morphemes are Kiwi's at build time and the worker's own at query time, by design.

Quicker, on a site already built: `CONV1D_BUILT_SITE=/tmp/site pytest -n 0 tests/test_search_tokens.py`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from built import LANGUAGES, PREFIX
from conv1d_site import search

pytestmark = pytest.mark.xdist_group("search-tokens")  # node reads each language's index once

NODE = shutil.which("node")
QUERIES = yaml.safe_load(Path(__file__).with_name("search_queries.yml").read_text(encoding="utf-8"))


def forms(lang: str) -> list[str]:
    """Every rewritten word alone, with a particle, inside a longer word and with a letter
    before it: the boundaries of the whole-word rule."""
    words = [word for word, _ in search.reader_words(lang) + (search.synonyms() if search.needs_analyzer(lang) else [])]
    found = []
    for word in words:
        if search.HANGUL_RUN.match(word[-1]):
            found += [word, word + "를", word + "에서는", word + "소", "큰" + word, word + " 2개"]
        else:
            found += [word, word + "s", "x" + word, word.upper(), f"({word})", word + "을"]
    return found


def worker(root: Path, texts: list[str], queries: list[str]) -> dict:
    assert NODE, "node is missing: `make system` installs it"
    done = subprocess.run([NODE, str(Path(__file__).with_name("search_node.js")), str(root)],
                          input=json.dumps({"texts": texts, "queries": queries}),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def read(built_site) -> dict[str, tuple[list[str], list[str], dict]]:
    """Per language: (texts, queries, what the worker made of them)."""
    found = {}
    for lang in LANGUAGES:
        root = built_site / PREFIX[lang]
        docs = json.loads((root / "search" / "conv1d_docs.json").read_text(encoding="utf-8"))["docs"]
        texts = [search.plain_text(text) for doc in docs for text in (doc["title"], doc["text"])]
        texts += list(search.descriptions(str(root), docs).values())
        queries = [case["q"] for case in QUERIES[lang]] + [search.plain_text(doc["title"]) for doc in docs] + forms(lang)
        found[lang] = (texts, queries, worker(root, texts, queries))
    return found


def differences(pairs) -> list[str]:
    """One line per input that comes out differently, from where the two first part."""
    found = []
    for given, ours, theirs in pairs:
        if ours == theirs:
            continue
        if isinstance(ours, str):
            found.append(f"{given[:80]!r}: python {ours!r}, worker {theirs!r}")
            continue
        for part, (a, b) in enumerate(zip(ours, theirs) if isinstance(ours[0], list) else [(ours, theirs)]):
            if a != b:
                at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                found.append(f"{given[:60]!r} part {part}, token {at}: python {a[at:at + 4]}, worker {b[at:at + 4]}")
                break
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_worker_tokenizes_every_section_as_the_index_does(read, lang):
    texts, _, got = read[lang]
    assert len(texts) > 100
    wrong = differences((text, list(search.tokens(text, morphemes=False)), theirs)
                        for text, theirs in zip(texts, got["tokens"]))
    assert not wrong, f"{len(wrong)} of {len(texts)} texts differ\n" + "\n".join(wrong[:5])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_worker_finds_the_same_hangul_words(read, lang):
    texts, _, got = read[lang]
    wrong = differences((text, search.hangul_runs(text), theirs) for text, theirs in zip(texts, got["runs"]))
    assert not wrong, "\n".join(wrong[:5])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_worker_rewrites_queries_as_search_py_does(read, lang):
    _, queries, got = read[lang]
    assert len(search.rewrites(lang)) > 10
    wrong = differences((query, search.rewrite(query, lang), theirs) for query, theirs in zip(queries, got["rewrites"]))
    assert not wrong, "\n".join(wrong[:5])
    rewritten = sum(search.rewrite(query, lang) != query.lower() for query in queries)
    assert rewritten > 20  # the forms above do get rewritten


def test_rewrites_replace_whole_words_only():
    ko = lambda query: search.rewrite(query, "ko")  # noqa: E731
    assert ko("형태소") == "형태소"  # 형태 (avoided for 모양) inside a longer word stays
    assert ko("형태가 다르면") == "모양가 다르면"  # a known form: the word and a particle
    assert ko("가중치 형태") == "가중치 모양"
    assert ko("커널 사이즈를") == "커널 크기를" and ko("커널사이즈") == "커널 크기"
    assert ko("확장 계수") == "딜레이션 계수" and ko("확장성") == "확장성"
    assert ko("원형 패딩") == "순환 패딩"
    assert ko("역합성곱") == "convtranspose1d"  # an avoided synonym, then the readers' word for the page
    en = lambda query: search.rewrite(query, "en")  # noqa: E731
    assert en("Deconvolution in PyTorch") == "convtranspose1d in pytorch"
    assert en("deconvolutional") == "deconvolutional"
    assert en("number of parameters conv1d") == "parameter count conv1d"


def test_numerals_and_particles_on_code():
    assert search.tokens("1D, 1-d and a 2-D input", morphemes=False)[0][:3] == ["1d", "1d", "2d"]
    assert search.latin_tokens(search.NUMERAL.sub(r"\1d ", "3차원 텐서")) == ["3d"]
    assert search.hangul_runs("`padding`을 GPU로 옮기고 (N, C, L)입니다") == ["옮기고"]
    assert search.hangul_runs("Conv1d 레이어") == ["레이어"]
