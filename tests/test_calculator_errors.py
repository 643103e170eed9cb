"""The calculator's paste box (overrides/assets/calculator.js: `diagnose`, run by node) on every
error and warning the examples print, from the build's own runs (`example_runs`): each is
recognised, with its section of the errors pages and the numbers it holds, as printed, with
its numbers changed at random (the same message for other shapes), and inside a traceback.

The messages the paste box knows are not listed anywhere else: the examples print them, and
the sections come from the errors pages themselves (docs/en/errors/*.md: the section that shows
an example's error; "its last cell raises this message" hands the last one to the next section).

Also: the setting it fills in for a message of the calculator's own settings gives the same
message again (torch's messages, from tests/conv1d_settings.py); its explanation exists in every
language with every number filled in; the errors pages link each error into the calculator.
"""

from __future__ import annotations

import functools
import json
import random
import re
from collections import Counter
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from built import PREFIX, html
from conv1d_settings import SEED, settings, sorted_sets, stacks, torch_outcome, torch_stack
from conv1d_site.languages import LANGUAGES

pytestmark = pytest.mark.xdist_group("calculator-errors")
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NODE = shutil.which("node")
VARIANTS = 4  # each message again, with other numbers
ROUND_TRIP = 3000  # settings whose torch error goes back into the calculator

HEADING = re.compile(r"^(?P<level>#{1,2}) (?P<title>.+?) \{ #(?P<id>[\w-]+) \}[ \t]*$")
INCLUDE = re.compile(r"^\{\* examples/(?P<name>[\w-]+)\.py \*\}[ \t]*$")
LAST_CELL = "its last cell raises this message"
# A number of the message (not one inside a word, a version or a file name): 8x640 holds two.
NUMBER = re.compile(r"(?<![A-Za-wyz_.#\d])-?\d+(?![A-Za-wyz_.\d])")
PRINTED_ERROR = re.compile(r"^\w+Error: .*", re.M | re.S)
EARLIER = ("ValueError: groups must be a positive integer\n\n"
           "During handling of the above exception, another exception occurred:\n\n")  # a traceback's first error
TRACEBACK = ('Traceback (most recent call last):\n  File "/home/me/train.py", line 42, in <module>\n'
             "    y = model(torch.randn(8, 3, 128))\n"
             '  File "/usr/lib/python3/site-packages/torch/nn/modules/module.py", line 1775, in _wrapped_call_impl\n'
             "    return self._call_impl(*args, **kwargs)\n")


def node(mode: str, cases: list) -> list:
    assert NODE, "node is missing: `make system` installs it"
    script = Path(__file__).with_name("calculator_node.js")
    done = subprocess.run([NODE, str(script)], input=json.dumps({"mode": mode, "cases": cases}),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def diagnose(texts: list[str]) -> list[dict | None]:
    return node("diagnose", [{"text": text, "length": 100} for text in texts])


def template(text: str) -> str:
    """The kind of a message: its first line without what changes from one setting to the next
    (numbers, quoted strings such as a padding mode, words in parentheses such as a dtype)."""
    text = re.sub(r"^\w+(Error|Warning): ", "", text.splitlines()[0])
    text = re.sub(r" \(Triggered internally at .*", "", text)
    text = NUMBER.sub("#", re.sub(r"'[^']*'|\"[^\"]*\"", "'*'", text))
    while (shorter := re.sub(r"\([^()]*\)", "(*)", text)) != text:
        text = shorter
    return text


def varied(text: str) -> Counter:
    """The numbers of a message that another shape would change (0 and 1 are kept as they are),
    each as often as the message holds it."""
    return Counter(int(n) for n in NUMBER.findall(text) if int(n) not in (0, 1))


def vary(text: str, rng: random.Random) -> tuple[str, Counter]:
    """The message with its numbers replaced, keeping which are equal and their order."""
    numbers = set(varied(text))
    positive, negative = sorted(n for n in numbers if n > 1), sorted(n for n in numbers if n < 0)
    mapping = dict(zip(positive, sorted(rng.sample(range(2, 5000), len(positive)))))
    mapping |= dict(zip(negative, sorted(rng.sample(range(-500, 0), len(negative)))))
    changed = NUMBER.sub(lambda m: str(mapping.get(int(m[0]), m[0])), text)
    return changed, varied(changed)


# ------------------------------------------------------------ what the site shows --


@functools.lru_cache(maxsize=None)
def sections(lang: str = "en") -> tuple[dict, ...]:
    """Every page's title and sections, in order: {page: "errors/forward", id, level, examples, last_cell}."""
    out = []
    root = DOCS / lang
    for path in sorted(root.rglob("*.md")):
        page = path.relative_to(root).with_suffix("").as_posix()
        current = {"page": page, "id": None, "level": 0, "examples": [], "last_cell": False}
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := HEADING.match(line):
                current = {"page": page, "id": m["id"], "level": len(m["level"]), "examples": [], "last_cell": False}
                out.append(current)
            elif m := INCLUDE.match(line):
                current["examples"].append(m["name"])
            elif LAST_CELL in line:
                current["last_cell"] = True
    return tuple(out)


def error_sections(lang: str = "en") -> list[dict]:
    return [s for s in sections(lang) if s["page"].startswith("errors/") and s["page"] != "errors/index"
            and s["level"] == 2]


def printed(run) -> list[str]:
    """The errors and warnings one example prints: each cell's error, its warnings, and an error
    a cell catches and prints itself (a message over several lines, as F.conv1d's)."""
    lines = []
    for cell in run.cells:
        lines += cell.warnings
        if cell.error:
            lines.append(cell.error)
        elif m := PRINTED_ERROR.search(cell.printed):
            lines.append(m[0].strip())
    return lines


@pytest.fixture(scope="module")
def messages(example_runs) -> list[dict]:
    """Every message the examples print, with the sections it may be diagnosed as."""
    by_name = {path.stem: run for path, run in example_runs.items()}
    shown = {name: printed(run) for name, run in by_name.items()}
    # Where the errors pages show each message: the section including the example.
    where: dict[tuple[str, str], str] = {}
    errors = error_sections()
    for index, section in enumerate(errors):
        for name in section["examples"]:
            for text in shown[name]:
                where.setdefault((name, text), f"{section['page']}#{section['id']}")
            following = errors[index + 1] if index + 1 < len(errors) else None
            if following and following["last_cell"] and not following["examples"]:
                last = [c.error for c in by_name[name].cells if c.error][-1]
                where[(name, last)] = f"{following['page']}#{following['id']}"
    # A section's own messages: those of its first error's kind (of its first warning's, on warnings.md).
    first = {}
    for (name, text), section in where.items():
        if not re.match(r"\w+Warning: ", text) or section.startswith("errors/warnings#"):
            first.setdefault(section, template(text))
    home = {key: section for key, section in where.items() if template(key[1]) == first.get(section)}
    out = []
    for name, lines in shown.items():
        for text in lines:
            if (name, text) in home:
                expected = {home[(name, text)]}
            else:
                expected = {section for (_, other), section in where.items() if template(other) == template(text)}
                expected = expected or {f"{s['page']}#{s['id']}" for s in sections() if name in s["examples"]}
            out.append({"example": name, "text": text, "expected": expected})
    return out


def check(found: dict | None, expected: set[str], numbers: Counter) -> str:
    """'' when the diagnosis is right, else what is wrong: each number of the message must be
    taken out as often as the message holds it."""
    if not found:
        return "not recognised"
    if f"{found['page']}#{found['id']}" not in expected:
        return f"section {found['page']}#{found['id']}, expected {sorted(expected)}"
    missing = numbers - Counter(found["numbers"])
    return f"numbers {sorted(missing.elements())} not taken out" if missing else ""


# ------------------------------------------------------------------------ tests --


def test_every_message_the_examples_print_is_recognised(messages):
    found = diagnose([m["text"] for m in messages])
    wrong = [(m["example"], m["text"][:100], problem) for m, f in zip(messages, found)
             if (problem := check(f, m["expected"], varied(m["text"])))]
    assert not wrong, f"{len(wrong)} of {len(messages)}: {wrong[:5]}"
    assert len(messages) > 100
    # every section of the errors pages is one the examples reach
    reached = {f"{f['page']}#{f['id']}" for f in found}
    missing = [f"{s['page']}#{s['id']}" for s in error_sections() if f"{s['page']}#{s['id']}" not in reached]
    assert not missing, missing


def test_with_other_numbers_and_in_a_traceback(messages):
    rng = random.Random(SEED + 3)
    cases = []
    unique = {m["text"]: m for m in messages}.values()
    for m in unique:
        for n in range(VARIANTS):
            text, numbers = vary(m["text"], rng)
            if n % 2:  # as the reader pastes it: the whole traceback, or where a warning came from
                text = TRACEBACK + text if "Warning: " not in text[:40] else "/home/me/train.py:7: " + text
            if n == 3 and "Warning: " not in text[:60]:  # raised while another was handled: the last one
                text = EARLIER + text
            cases.append((m, text, numbers))
    found = diagnose([text for _, text, _ in cases])
    wrong = [(text[-120:], problem) for (m, text, numbers), f in zip(cases, found)
             if (problem := check(f, m["expected"], numbers))]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:5]}"


def test_the_setting_it_fills_in_gives_the_same_message():
    """Each error torch gives for a setting of the calculator, pasted: the calculator then
    holds a setting that raises the very same message (as far as the message tells, the rest
    is the calculator's defaults)."""
    errors = sorted({e for e in (torch_outcome(s)["error"] for s in settings(ROUND_TRIP, SEED + 5)) if e})
    found = diagnose(errors)
    wrong = [(e, f and f["shown"]) for e, f in zip(errors, found)
             if not f or not f["shown"] or sorted_sets(f["shown"].get("error", "")) != e]
    assert not wrong, f"{len(wrong)} of {len(errors)}: {wrong[:4]}"
    assert len(errors) > 300


def test_a_pooling_message_fills_in_a_stack_that_raises_it():
    """Pasted, a pooling layer's message puts that layer into the stack, which then raises it again."""
    errors = sorted({t["error"]["message"] for t in map(torch_stack, stacks(600)) if t["error"]})
    found = diagnose(errors)
    filled = [(e, f) for e, f in zip(errors, found) if f and f["stack"]]
    assert len(filled) >= 3
    again = diagnose([f["stacked"] for _, f in filled])
    assert [(f["id"], f["numbers"][-1]) for _, f in filled] == [(g["id"], g["numbers"][-1]) for g in again]


def test_each_section_it_links_exists_in_every_language(messages):
    found = diagnose([m["text"] for m in messages])
    linked = {(f["page"], f["id"]) for f in found}
    for lang in LANGUAGES:
        anchors = {(s["page"], s["id"]) for s in sections(lang)}
        assert linked <= anchors, (lang, linked - anchors)


FIX = re.compile(r'\bdata-fix-(?P<key>[\w-]+)="(?P<text>[^"]*)"')


def fill(template_text: str, values: dict) -> str:
    """calculator.js's fill(): {name} from the values, a list as a tuple."""
    def one(m):
        if m[1] not in values:
            return m[0]
        value = values[m[1]]
        if isinstance(value, list):
            return "(" + ", ".join(map(str, value)) + (",)" if len(value) == 1 else ")")
        return str(value)
    return re.sub(r"\{(\w+)\}", one, template_text)


def test_each_explanation_is_there_in_every_language_with_its_numbers(messages):
    errors = sorted({e for e in (torch_outcome(s)["error"] for s in settings(600, SEED + 5)) if e})
    found = [f for f in diagnose([m["text"] for m in messages] + errors) if f]
    keys = set()
    for lang in LANGUAGES:
        page = (DOCS / lang / "calculator.md").read_text(encoding="utf-8")
        fixes = {m["key"]: m["text"] for m in FIX.finditer(page)}
        for f in found:
            text = fixes.get(f["key"], fixes.get(f["id"]))
            assert text, (lang, f["key"])
            shown = fill(text, f["values"])
            assert not re.search(r"\{\w+\}", shown), (lang, f["key"], shown)
            keys.add(f["key"] if f["key"] in fixes else f["id"])
        written = [m["key"] for m in FIX.finditer(page)]
        assert len(written) == len(set(written)), (lang, "an explanation written twice")
        assert set(written) == {m["key"] for m in FIX.finditer((DOCS / LANGUAGES[0] / "calculator.md").read_text("utf-8"))}
    assert len(keys) > 50


def test_the_errors_pages_link_each_error_into_the_calculator(built_site, example_runs):
    """A link under each error an errors page shows (each warning, on the warnings page), to the
    calculator of the same language with the message as the example printed it
    (`calculator/?error=`); together they reach every section of the errors pages."""
    by_name = {path.stem: run for path, run in example_runs.items()}
    for lang in LANGUAGES:
        reached = set()
        for page in sorted({s["page"] for s in error_sections(lang)}):
            shown = {text for s in sections(lang) if s["page"] == page for name in s["examples"]
                     for text in printed(by_name[name])
                     if page == "errors/warnings" or not re.match(r"\w+Warning: ", text)}  # warnings: on their page
            parsed = html(built_site / PREFIX[lang] / page / "index.html")
            links = [a["href"] for a in parsed.links if a["tag"] == "a" and "calculator/?error=" in a["href"]]
            assert links, (lang, page)
            errors = []
            for href in links:
                target = urlsplit(href)
                assert target.path == "../../calculator/", href  # the same language's calculator
                errors += parse_qs(target.query)["error"]
            assert set(errors) == shown, (lang, page, set(errors) ^ shown)
            reached |= {f"{f['page']}#{f['id']}" for f in diagnose(errors)}
        assert reached >= {f"{s['page']}#{s['id']}" for s in error_sections(lang)}, lang
