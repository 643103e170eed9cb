"""Each example as a Jupyter notebook (`notebooks/<name>.ipynb`, with its outputs) and as a
page of its own (`notebooks/<name>/`), in every language.

A cell meant to raise is tagged `raises-exception`, so that "Run all" in Jupyter (and
nbclient) runs on past it. A notebook page links back to the pages that explain its example
and, with a repository (conv1d_site/repository.py), opens it in Colab."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from conv1d_site import examples
from conv1d_site.examples import CellResult, Run


def notebook(result: Run, lang: str) -> dict:
    """The example as an nbformat-4 notebook holding its outputs."""
    cells = [
        {
            "cell_type": "markdown",
            "id": "title",
            "metadata": {},
            "source": f"# {result.example.title(lang)}\n\n`examples/{result.example.path.name}`",
        }
    ]
    for number, (cell, res) in enumerate(zip(result.example.cells, result.cells), start=1):
        outputs: list[dict] = []
        if res.printed:
            outputs.append({"output_type": "stream", "name": "stdout", "text": res.printed})
        if res.warnings:
            outputs.append(
                {"output_type": "stream", "name": "stderr", "text": "".join(w + "\n" for w in res.warnings)}
            )
        if res.error:
            name, _, message = res.error.partition(": ")
            outputs.append(
                {"output_type": "error", "ename": name, "evalue": message, "traceback": [res.error]}
            )
        cells.append(
            {
                "cell_type": "code",
                "execution_count": number,
                "id": f"cell-{number}",
                "metadata": {"tags": ["raises-exception"]} if cell.raises else {},
                "outputs": outputs,
                "source": cell.code(lang),
            }
        )
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_all(folder: Path, paths: list[Path], runs, lang: str) -> None:
    """Every example's notebook into `folder` (`runs(path)`: its run, None with execution off)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        (folder / f"{path.stem}.ipynb").write_text(notebook_json(path, runs(path), lang), encoding="utf-8")


def notebook_json(path: Path, run, lang: str) -> str:
    """The example as an .ipynb with its outputs, comments in `lang`."""
    if run is None:  # execution switched off: a notebook without outputs
        example = examples.parse(path)
        run = Run(example, [CellResult("") for _ in example.cells])
    return json.dumps(notebook(run, lang), ensure_ascii=False, indent=1) + "\n"


def explaining(texts: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """For each example, the pages that include it ({page's src_uri: its Markdown}), as
    (Markdown link from its notebook page, the page's title)."""
    from conv1d_site.pages import included

    found: dict[str, list[tuple[str, str]]] = {}
    for src_uri, text in texts.items():
        if src_uri.startswith("notebooks/"):
            continue
        heading = re.search(r"^# (.*?)(?:\s*\{[^{}]*\})?\s*$", text, re.M)
        title = heading[1] if heading else src_uri
        for name in dict.fromkeys(included(text)):
            found.setdefault(name, []).append((posixpath.relpath(src_uri, "notebooks"), title))
    return found


WORDS = {
    "en": {"explained": "Explained on", "colab": "Open in Colab"},
    "ko": {"explained": "설명하는 페이지:", "colab": "Colab에서 열기"},
}


def page(path: Path, lang: str, explained: list[tuple[str, str]] = (), colab: str | None = None) -> str:
    """A page showing the example alone, as its notebook reads.

    `explained`: (Markdown link from the notebook page, title) of each page that includes
    the example. Left out of search: the page that includes the example, with the prose
    around it, is the answer a reader is looking for.
    """
    example = examples.parse(path)
    words = WORDS[lang]
    links = []
    if explained:
        links.append(words["explained"] + " " + ", ".join(f"[{title}]({href})" for href, title in explained))
    if colab:
        links.append(f"[{words['colab']}]({colab})")
    head = "".join(f'<p class="notebook__links" markdown>{line}</p>\n\n' for line in links)
    return (
        f"---\ndescription: {json.dumps(example.title(lang), ensure_ascii=False)}\n"
        "search:\n  exclude: true\n---\n\n"
        f"# {example.title(lang)} {{ #{path.stem} }}\n\n{head}{{* examples/{path.name} *}}\n"
    )
