"""The window and group diagrams (conv1d_site/diagrams.py): facts and arithmetic checked against torch,
SVG checked as XML, and every diagram of the built site against its example's own layer and input."""

import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from conv1d_site import diagrams
from conv1d_site.diagram_text import SCRIPT_WORDS, printed, script_words
from conv1d_site.diagrams import arithmetic, channel_groups, diagram, windows
from conv1d_site.languages import LANGUAGES

SVG = "{http://www.w3.org/2000/svg}"
HANGUL = re.compile("[\uac00-\ud7a3]")
MODES = ["zeros", "reflect", "replicate", "circular"]


def random_settings(count: int, seed: int = 1234):
    """Seeded (L_in, k, stride, padding, dilation, padding_mode) that torch accepts."""
    rng = random.Random(seed)
    found = []
    while len(found) < count:
        L, k, s, d = rng.randint(1, 24), rng.randint(1, 6), rng.randint(1, 4), rng.randint(1, 3)
        padding = rng.choice([0, 1, 2, 3, "same", "valid"])
        mode = rng.choice(MODES)
        if padding == "same":
            s = 1
            total = d * (k - 1)
            per_side = total - total // 2
        else:
            per_side = 0 if padding == "valid" else padding
        if mode == "reflect" and per_side >= L or mode == "circular" and per_side > L:
            continue  # torch refuses these paddings (tested in test_facts_refuse_what_torch_refuses)
        Lp = L + (d * (k - 1) if padding == "same" else 2 * per_side)
        if Lp - d * (k - 1) < 1:
            continue
        found.append((L, k, s, padding, d, mode))
    return found


def one_hot_layer(k, stride, padding, dilation, mode, dtype=torch.float64):
    """Output channel j reads tap j only: y[j, i] = x_pad[i*stride + j*dilation]."""
    conv = nn.Conv1d(1, k, k, stride=stride, padding=padding, dilation=dilation, padding_mode=mode,
                     bias=False, dtype=dtype)
    with torch.no_grad():
        conv.weight.copy_(torch.eye(k, dtype=dtype).unsqueeze(1))
    return conv


# ------------------------------------------------------------------ facts ---


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("L, k, stride, padding, dilation, mode", random_settings(160))
def test_taps_length_and_padded_values_agree_with_torch(L, k, stride, padding, dilation, mode):
    x = torch.arange(1, L + 1, dtype=torch.float64).reshape(1, 1, L)  # distinct, none is 0
    conv = one_hot_layer(k, stride, padding, dilation, mode)
    facts = windows(conv, x)
    with torch.no_grad():
        y = conv(x)[0]
    assert facts["L_out"] == y.shape[-1]
    left, right = facts["padding_left"], facts["padding_right"]
    padded = F.pad(x, (left, right), mode="constant" if mode == "zeros" else mode)[0, 0]
    assert facts["padded_values"] == padded.tolist()
    assert len(facts["taps"]) == facts["L_out"] and all(len(t) == k for t in facts["taps"])
    for i, taps in enumerate(facts["taps"]):
        for j, p in enumerate(taps):
            assert y[j, i].item() == facts["padded_values"][p], (i, j, p)
    # positions, not only values: with zero padding, the value names the position it came from
    zeros = one_hot_layer(k, stride, padding, dilation, "zeros")
    with torch.no_grad():
        yz = zeros(x)[0]
    for i, taps in enumerate(windows(zeros, x)["taps"]):
        for j, p in enumerate(taps):
            value = int(yz[j, i].item())
            expected = p - left + 1 if left <= p < left + L else 0
            assert value == expected, (i, j, p)
    assert windows(zeros, x)["taps"] == facts["taps"]  # the mode never moves a window


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("L, k, stride, padding, dilation, mode", random_settings(80, seed=99))
def test_unread_positions_are_those_without_gradient(L, k, stride, padding, dilation, mode):
    x = torch.randn(1, 1, L, dtype=torch.float64, generator=torch.Generator().manual_seed(L))
    x.requires_grad_(True)
    conv = nn.Conv1d(1, 1, k, stride=stride, padding=padding, dilation=dilation, bias=False, dtype=torch.float64)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    conv(x).sum().backward()  # zero padding: an input gets a gradient exactly when some output reads it
    never = [i for i in range(L) if x.grad[0, 0, i] == 0]
    assert windows(conv, x)["unread"] == never


def test_unread_examples():
    x = torch.arange(1.0, 6.0).reshape(1, 1, 5)
    assert windows(nn.Conv1d(1, 1, 2, stride=2), x)["unread"] == [4]
    assert windows(nn.Conv1d(1, 1, 2, stride=1), x)["unread"] == []
    assert windows(nn.Conv1d(1, 1, 1, stride=3), torch.zeros(1, 7))["unread"] == [1, 2, 4, 5]


@pytest.mark.parametrize("k, d, expected", [(3, 1, (1, 1)), (4, 1, (1, 2)), (4, 2, (3, 3)), (4, 3, (4, 5)),
                                            (2, 1, (0, 1)), (6, 1, (2, 3))])
def test_same_padding_puts_the_extra_cell_on_the_right(k, d, expected):
    facts = windows(nn.Conv1d(1, 1, k, padding="same", dilation=d), torch.zeros(1, 1, 10))
    assert (facts["padding_left"], facts["padding_right"]) == expected
    assert facts["L_out"] == 10


def test_first_channel_of_first_batch_item_or_unbatched():
    x = torch.arange(24.0).reshape(2, 3, 4)
    conv = nn.Conv1d(3, 1, 1)
    assert windows(conv, x)["padded_values"] == [0.0, 1.0, 2.0, 3.0]
    assert windows(conv, x[1])["padded_values"] == [12.0, 13.0, 14.0, 15.0]


def test_facts_refuse_what_torch_refuses():
    with pytest.raises(ValueError):
        windows(nn.Conv1d(1, 1, 11), torch.zeros(1, 1, 10))
    with pytest.raises(Exception):  # torch's own message from F.pad
        windows(nn.Conv1d(1, 1, 3, padding=10, padding_mode="reflect"), torch.zeros(1, 1, 10))


def test_channel_groups_agree_with_torch():
    for ci, co, g in [(4, 6, 2), (8, 8, 8), (4, 8, 4), (6, 3, 3), (3, 5, 1), (12, 6, 3)]:
        conv = nn.Conv1d(ci, co, 1, groups=g, bias=False)
        with torch.no_grad():
            conv.weight.fill_(1.0)
        facts = channel_groups(conv)
        for c in range(ci):
            x = torch.zeros(1, ci, 1)
            x[0, c, 0] = 1.0
            with torch.no_grad():
                hit = conv(x)[0, :, 0] != 0
            assert [o for o in range(co) if hit[o]] == [o for o in range(co) if c in facts["reads"][o]], (ci, co, g, c)


def grouped_settings(count: int, seed: int = 5):
    """Seeded layers with groups and channels too: (in, out, groups, k, stride, padding, dilation, mode, bias, L)."""
    rng = random.Random(seed)
    found = []
    for L, k, s, padding, d, mode in random_settings(count, seed):
        g = rng.choice([1, 1, 2, 3])
        found.append((g * rng.randint(1, 3), g * rng.randint(1, 2), g, k, s, padding, d, mode, rng.random() < 0.7, L))
    return found


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("ci, co, g, k, stride, padding, dilation, mode, bias, L", grouped_settings(60))
def test_arithmetic_is_the_sum_torch_computes(ci, co, g, k, stride, padding, dilation, mode, bias, L):
    """Output channel 0 at each position: the taps of `windows` times the weights, the other input
    channels of group 0 and the bias add up to what torch returns, and the numbers are torch's own."""
    torch.manual_seed(L * 7 + k)
    conv = nn.Conv1d(ci, co, k, stride=stride, padding=padding, dilation=dilation, groups=g, bias=bias,
                     padding_mode=mode, dtype=torch.float64)
    x = torch.randn(2, ci, L, dtype=torch.float64)
    numbers, facts = arithmetic(conv, x), windows(conv, x)
    with torch.no_grad():
        y = conv(x)[0, 0]
    cig = ci // g
    left, right = facts["padding_left"], facts["padding_right"]
    padded = F.pad(x[0, :cig], (left, right), mode="constant" if mode == "zeros" else mode)
    assert numbers["y"] == y.tolist()
    assert numbers["weights"] == conv.weight[0].tolist() and numbers["channels"] == cig
    assert numbers["padded"] == padded.tolist()
    assert numbers["bias"] == (conv.bias[0].item() if bias else None)
    assert (numbers["others"] is None) == (cig == 1)
    for i, taps in enumerate(facts["taps"]):
        first = sum(numbers["weights"][0][j] * numbers["padded"][0][p] for j, p in enumerate(taps))
        rest = sum(numbers["weights"][c][j] * numbers["padded"][c][p] for c in range(1, cig) for j, p in enumerate(taps))
        if cig > 1:
            assert numbers["others"][i] == pytest.approx(rest, abs=1e-12)
        total = first + (numbers["others"][i] if cig > 1 else 0) + (numbers["bias"] or 0)
        assert total == pytest.approx(y[i].item(), abs=1e-9), (i, taps)


def test_arithmetic_of_a_subclass_is_the_layer_over_the_input_given():
    """A layer that pads in its own forward (the causal recipe) is drawn over the input it is
    given: the numbers are nn.Conv1d's forward over that input, not the subclass's."""

    class Causal(nn.Conv1d):
        def forward(self, x):
            return super().forward(F.pad(x, (2, 0)))

    conv = Causal(1, 1, 3, bias=False)
    x = torch.arange(1.0, 7.0).reshape(1, 1, 6)
    with torch.no_grad():
        assert arithmetic(conv, F.pad(x, (2, 0)))["y"] == conv(x)[0, 0].tolist()
    assert arithmetic(nn.Conv1d(1, 1, 2), torch.arange(4).reshape(1, 1, 4)) is None  # integers: no arithmetic


# -------------------------------------------------------------------- SVG ---


def parse(svg: str):
    root = ET.fromstring(svg)
    assert root.tag == SVG + "svg"
    return root


def text_of(root, tag):
    found = root.find(SVG + tag)
    assert found is not None, tag
    return found.text or ""


SAMPLES = [
    (nn.Conv1d(1, 1, 2, stride=2), torch.arange(1.0, 6.0).reshape(1, 1, 5)),
    (nn.Conv1d(1, 1, 3, padding=1, padding_mode="reflect"), torch.arange(1.0, 6.0).reshape(1, 5)),
    (nn.Conv1d(2, 2, 3, stride=2, padding=2, dilation=2, padding_mode="circular"), torch.randn(1, 2, 17)),
    (nn.Conv1d(1, 1, 4, padding="same"), torch.randn(1, 1, 12)),
    (nn.Conv1d(1, 1, 3, padding=1), torch.randn(1, 1, 64)),
    (nn.Conv1d(4, 6, 3, groups=2), torch.randn(4, 10)),
    (nn.Conv1d(64, 64, 5, groups=64, padding=2), torch.randn(2, 64, 64)),
    (nn.Conv1d(1, 1, 3, stride=10), torch.randn(1, 1, 30)),
    (nn.Conv1d(1, 1, 3, dilation=10), torch.randn(1, 1, 40)),
    (nn.Conv1d(1, 1, 3, padding=20, padding_mode="replicate"), torch.randn(1, 1, 10)),
    (nn.Conv1d(1, 1, 7, stride=3, padding=3, dilation=5), torch.randn(1, 1, 200)),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("number", range(len(SAMPLES)))
def test_svg_is_accessible_self_contained_xml(number, lang):
    conv, x = SAMPLES[number]
    svg = diagram(conv, x, lang)
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("width") == "100%" and root.get("viewBox").split()[:3] == ["0", "0", str(diagrams.WIDTH)]
    assert [e.tag for e in root][:2] == [SVG + "title", SVG + "desc"]  # its name and description
    title, desc = text_of(root, "title"), text_of(root, "desc")
    assert title and len(desc) > 80
    if lang == "ko":
        assert HANGUL.search(desc) and HANGUL.search(title)
    else:
        assert not HANGUL.search(svg)
    # the drawing is hidden from assistive technology (the text alternative says it); the outputs are not
    drawing, outputs = root.find(SVG + "g")[:2]
    assert drawing.get("aria-hidden") == "true" and outputs.get("class") == "c1d-outs"
    # nothing from outside: the only URL is the SVG namespace; no script, no links, no images
    assert re.findall(r"https?://[^\s\"'<>]*", svg) == ["http://www.w3.org/2000/svg"]
    assert not re.search(r"<script|<image|<use|href|url\(|@import|<foreignObject", svg, re.I)
    # no inline style (a Content-Security-Policy need not allow it) and no fixed colour: site.css colours it
    assert root.find(SVG + "style") is None and not [e for e in root.iter() if e.get("style")]
    assert not re.search(r"(fill|stroke|color)=", svg)
    assert len(svg.encode()) < 25_000
    assert svg == diagram(conv, x, lang)  # deterministic


def test_colours_come_from_the_theme():
    css = (Path(__file__).resolve().parents[1] / "overrides/assets/site.css").read_text(encoding="utf-8")
    rules = re.findall(r"([^{}]*\.c1d[^{}]*)\{([^}]*)\}", css)
    assert len(rules) > 10
    for selector, body in rules:
        for prop, value in re.findall(r"(fill|stroke|color)\s*:\s*([^;]+)", body):
            assert value.strip() in ("none", "currentColor") or value.strip().startswith("var(--md-"), (selector, prop)


def test_text_alternative_states_the_setting_the_reads_and_the_unread():
    conv, x = SAMPLES[0]
    desc = text_of(parse(diagram(conv, x, "en")), "desc")
    for part in ["L_in = 5", "kernel size 2", "stride 2", "padding 0 on the left and 0 on the right",
                 "dilation 1", "padding mode 'zeros'", "L_out is 2", "Output 0 reads padded positions 0, 1",
                 "Output 1 reads padded positions 2, 3", "Input position 4 is never read"]:
        assert part in desc, part
    ko = text_of(parse(diagram(conv, x, "ko")), "desc")
    for part in ["입력 길이 L_in = 5", "커널 크기 2", "스트라이드 2", "패딩 왼쪽 0·오른쪽 0", "딜레이션 1",
                 "패딩 모드 'zeros'", "출력 길이 L_out은 2입니다", "출력 0번 위치는 패딩된 입력의 0, 1번 위치",
                 "입력의 4번 위치는 한 번도 읽히지 않습니다"]:
        assert part in ko, part
    assert all(sentence.endswith("니다") for sentence in ko.rstrip(".").split(". "))  # 합니다체 throughout
    many = text_of(parse(diagram(*SAMPLES[4], "en")), "desc")
    assert "only the taps of outputs 0, 1, 63 are drawn" in many and "Every input position is read" in many


def shapes(root, cls):
    """How many shapes the paths of class `cls` (or inside a group of that class) draw, one subpath each."""
    count = 0
    for group in {root, *root.iter(SVG + "g")}:
        for p in group.findall(SVG + "path"):
            inside = group.get("class") == cls and not p.get("class")
            if p.get("class") == cls or inside:
                count += p.get("d").count("M")
    return count


def has_class(root, name):
    """Subpaths of every path whose class list holds `name`."""
    return sum(p.get("d").count("M") for p in root.iter(SVG + "path") if name in (p.get("class") or "").split())


def lanes(root):
    """{output: the x of each dot of its lane}."""
    group = root.find(f".//{SVG}g[@class='c1d-dot']")
    found = {}
    for p in group.findall(SVG + "path"):
        numbers = [float(v) for v in re.findall(r"-?[\d.]+", p.get("d"))]
        if group.get("stroke-dasharray"):  # M x0 y H x1: a dot every gap
            gap = float(group.get("stroke-dasharray").split()[1])
            x0, _, x1 = numbers
            xs = [x0 + n * gap for n in range(round((x1 - x0) / gap) + 1)]
        else:  # M x y h0 ...
            xs = numbers[0::3]
        found[int(p.get("data-i"))] = xs
    return found


def test_many_outputs_draw_three_windows():
    conv, x = SAMPLES[4]
    root = parse(diagram(conv, x))
    drawn = lanes(root)
    assert sorted(drawn) == [0, 1, 63] and all(len(xs) == 3 for xs in drawn.values())
    assert windows(conv, x)["shown_outputs"] == [0, 1, 63]


def test_lanes_put_their_dots_over_the_cells_they_read():
    for conv, x in SAMPLES:
        root = parse(diagram(conv, x))
        facts = windows(conv, x)
        cells = {int(p.get("data-p")): p.get("d") for p in root.iter(SVG + "path") if p.get("data-p")}
        for i, xs in lanes(root).items():
            assert len(xs) == len(facts["taps"][i])
            for dot, p in zip(xs, facts["taps"][i]):
                left, width = [float(v) for v in re.findall(r"-?[\d.]+", cells[p])[:3:2]]
                assert left < dot < left + width, (conv, i, p)


def test_padding_and_unread_cells_are_styled():
    conv, x = SAMPLES[0]
    root = parse(diagram(conv, x))
    assert has_class(root, "c1d-unread") == 2  # input 4, and the legend's swatch
    assert has_class(root, "c1d-pad") == 0
    conv, x = SAMPLES[1]
    root = parse(diagram(conv, x))
    assert has_class(root, "c1d-pad") == 3  # one each side, and the legend's swatch
    assert has_class(root, "c1d-unread") == 0
    assert cell_values(root) == ["2", "1", "2", "3", "4", "5", "4"]  # reflect: the padding holds x[1] and x[3]


def cell_values(root) -> list[str]:
    """The values written in the input cells: the group drawn right after the cells' group (over them)."""
    drawing = root.find(SVG + "g")[0]
    groups = list(drawing)
    cells = next(i for i, g in enumerate(groups) if g.get("class") == "c1d-cell")
    return [t.text for t in groups[cells + 1].iter() if t.tag in (SVG + "tspan", SVG + "text") and t.text]


def test_dilation_gaps_and_stride_jumps_are_drawn():
    root = parse(diagram(nn.Conv1d(1, 1, 3, dilation=2, stride=3), torch.arange(1.0, 13.0).reshape(1, 1, 12)))
    assert shapes(root, "c1d-tap c1d-skip") == 3  # outputs 0..2, each one dashed line across its gaps
    facts = windows(nn.Conv1d(1, 1, 3, dilation=2, stride=3), torch.zeros(1, 12))
    assert [t[0] for t in facts["taps"]] == [0, 3, 6] and facts["taps"][0] == [0, 2, 4]
    assert facts["unread"] == [1, 9, 11]  # 3..8 and 10 fall in a window of another output


PHONE_COLUMN = 328  # Material's content column on a 360 px wide screen (tests/test_diagrams_browser.py measures it)


def phone_sizes(svg: str) -> list[float]:
    """The size in CSS px of every text of the diagram in a 360 px phone's column: the svg is as wide
    as the column (site.css), so a unit is 328 / viewBox width px. Fails on any rotated or skewed
    text, or any text sized on its own."""
    root = parse(svg)
    scale = PHONE_COLUMN / float(root.get("viewBox").split()[2])
    assert not [e for e in root.iter() if e.get("transform") or e.get("rotate")], "transformed text"
    assert not [e for e in root.iter() if e is not root.find(SVG + "g") and e.get("font-size")]
    font = float(root.find(SVG + "g").get("font-size"))
    return [font * scale for t in root.iter(SVG + "text")]


def row_labels(svg: str) -> list[list[tuple[float, str]]]:
    """The labels of each row of tspans (one baseline): (x, text)."""
    root = parse(svg)
    return [[(float(s.get("x")), s.text) for s in t.findall(SVG + "tspan")] for t in root.iter(SVG + "text")
            if t.find(SVG + "tspan") is not None]


def assert_legible(svg: str, where):
    sizes = phone_sizes(svg)
    assert sizes and min(sizes) >= 11 - 1e-6, where
    font = min(sizes)
    for row in row_labels(svg):  # labels side by side never overlap: fewer of them, not smaller
        for (xa, a), (xb, b) in zip(row, row[1:]):
            assert xb - xa >= (diagrams.text_width(a, font) + diagrams.text_width(b, font)) / 2, (where, a, b)


@pytest.mark.parametrize("L", [3, 5, 8, 12, 16, 18, 20, 40, 64, 200])
def test_text_stays_legible_on_a_phone(L):
    for conv in [nn.Conv1d(1, 1, 3), nn.Conv1d(1, 1, 3, padding=2, stride=2), nn.Conv1d(1, 1, 2, dilation=2)]:
        x = torch.arange(float(L)).reshape(1, 1, L)
        assert_legible(diagram(conv, x), (conv, L))


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
def test_text_stays_legible_on_a_phone_for_typical_settings():
    """k <= 10, dilation <= 3, L_in <= 300: every diagram keeps its text at 11 px or more on a phone,
    upright, its labels apart, and its output boxes at least 24 px apart or on rows of their own."""
    rng = random.Random(7)
    checked = 0
    while checked < 120:
        L, k, s, d = rng.randint(1, 300), rng.randint(1, 10), rng.randint(1, 5), rng.randint(1, 3)
        padding, mode = rng.choice([0, 1, 2, "same", "valid"]), rng.choice(MODES)
        s = 1 if padding == "same" else s
        conv = nn.Conv1d(1, 1, k, stride=s, padding=padding, dilation=d, padding_mode=mode)
        x = torch.randn(1, L, generator=torch.Generator().manual_seed(checked))
        try:
            windows(conv, x)
        except (ValueError, RuntimeError, NotImplementedError):
            continue  # a setting torch refuses
        checked += 1
        for lang in LANGUAGES:
            svg = diagram(conv, x, lang)
            assert_legible(svg, (L, k, s, padding, d, mode, lang))
            boxes = output_boxes(parse(svg))
            assert all(w >= 24 and h >= 24 for _, _, w, h in boxes.values())
            for (xa, ya, wa, ha), (xb, yb, wb, hb) in zip(boxes.values(), list(boxes.values())[1:]):
                assert ya != yb or xa + wa <= xb, (L, k, s, padding, d, mode)  # side by side: apart


def output_boxes(root) -> dict[int, tuple[float, float, float, float]]:
    """{output: (x, y, width, height)} of each output box (M x y h w v h ...)."""
    outs = root.find(f".//{SVG}g[@class='c1d-outs']")
    found = {}
    for g in outs.findall(SVG + "g"):
        x, y, w, h = [float(v) for v in re.findall(r"-?[\d.]+", g.find(SVG + "path").get("d"))[:4]]
        found[int(g.get("data-i"))] = (x, y, w, h)
    return found


def test_ids_are_unique_per_setting_and_key():
    conv, x = SAMPLES[0]
    a, b = parse(diagram(conv, x)), parse(diagram(conv, x, key="stride_windows"))
    c = parse(diagram(nn.Conv1d(1, 1, 3, stride=2), x))
    assert len({a.get("id"), b.get("id"), c.get("id")}) == 3
    assert "stride_windows" in b.get("id")
    for root in (a, b, c):
        for element in root.iter():
            if element.get("id"):
                assert element.get("id").startswith(root.get("id"))


def test_groups_panel_iff_groups_or_asked():
    x = torch.randn(1, 4, 10)

    def panel(svg):
        return parse(svg).find(f".//{SVG}g[@class='c1d-groups']")

    assert panel(diagram(nn.Conv1d(4, 6, 3), x)) is None
    assert panel(diagram(nn.Conv1d(4, 6, 3), x, groups=True)) is not None
    grouped = nn.Conv1d(4, 6, 3, groups=2)
    root = panel(diagram(grouped, x))
    assert root is not None
    links = shapes(root, "c1d-link") + shapes(root, "c1d-link c1d-blk")
    assert links == sum(len(r) for r in channel_groups(grouped)["reads"]) == 12
    assert shapes(root, "c1d-link c1d-blk") == 2  # output channel 0's block: it reads input channels 0 and 1
    facts = channel_groups(grouped)
    assert facts["reads"] == [[0, 1]] * 3 + [[2, 3]] * 3
    desc = text_of(parse(diagram(grouped, x, "ko")), "desc")
    assert "그룹 2개" in desc and "출력 채널 0–2번은 입력 채널 0, 1번을 읽습니다" in desc


def test_value_format():
    assert [diagrams.fmt(v) for v in [3.0, -0.5, 1200.0, 0.5312, 12.34, 123.4, -0.0, 0.00005]] == [
        "3", "-0.5", "1.2e3", "0.53", "12", "123", "0", "5e-5"]


# ------------------------------------------------ what the page explores ---


def explored(svg: str) -> dict:
    return json.loads(parse(svg).get("data-c1d"))


def check_explored(data: dict, conv, x, facts: dict, where):
    """The data of a diagram against torch: each box's y is torch's output as printed, its terms
    are the weights and padded inputs torch uses, and they add up to y within their rounding."""
    precision = data["p"]
    with torch.no_grad():
        y = torch.nn.Conv1d.forward(conv, x)
    y = (y[0, 0] if x.dim() == 3 else y[0]).tolist()
    first = x.detach()[0] if x.dim() == 3 else x.detach()
    cig = conv.in_channels // conv.groups
    mode = conv.padding_mode
    padded = F.pad(first[:cig].unsqueeze(0), (facts["padding_left"], facts["padding_right"]),
                   mode="constant" if mode == "zeros" else mode)[0]
    weight = conv.weight.detach()[0]
    assert data["w"] == [printed(w, precision) for w in weight[0].tolist()], where
    assert ("b" in data) == (conv.bias is not None)
    if conv.bias is not None:
        assert data["b"] == printed(conv.bias[0].item(), precision)
    assert data["o"], where
    half = 0.5 * 10 ** -precision
    for o in data["o"]:
        i, taps, shown = o[0], o[1], o[2]
        assert taps == facts["taps"][i], where
        assert shown == printed(y[i], precision), (where, i)
        total, slack = 0.0, half  # y's own rounding
        for j, p in enumerate(taps):
            w, v = float(data["w"][j]), float(data["x"][p])
            assert data["x"][p] == printed(padded[0, p].item(), precision), (where, i, p)
            total += w * v
            slack += (abs(w) + abs(v) + half) * half
        if cig > 1:
            rest = sum(float((weight[c] * padded[c, i * facts["stride"]::facts["dilation"]][:facts["kernel_size"]]).sum())
                       for c in range(1, cig))
            assert o[3] == printed(rest, precision), (where, i)
            total, slack = total + float(o[3]), slack + half
        if conv.bias is not None:
            total, slack = total + float(data["b"]), slack + half
        assert abs(total - float(shown)) <= slack + 1e-9, (where, i, total, shown)


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("ci, co, g, k, stride, padding, dilation, mode, bias, L", grouped_settings(40, seed=11))
def test_explored_numbers_are_torchs(ci, co, g, k, stride, padding, dilation, mode, bias, L):
    torch.manual_seed(L + k)
    conv = nn.Conv1d(ci, co, k, stride=stride, padding=padding, dilation=dilation, groups=g, bias=bias,
                     padding_mode=mode)
    x = torch.randn(ci, L) if L % 2 else torch.randn(2, ci, L)  # unbatched, too
    facts = windows(conv, x)
    svg = diagram(conv, x, "en", precision=4)
    data = explored(svg)
    check_explored(data, conv, x, facts, (ci, co, g, k, stride, padding, dilation, mode, bias, L))
    # every box is explorable, and its input cells are drawn (they light up with it)
    root = parse(svg)
    assert sorted(output_boxes(root)) == [o[0] for o in data["o"]]
    cells = {int(p.get("data-p")) for p in root.iter(SVG + "path") if p.get("data-p")}
    assert {p for o in data["o"] for p in o[1]} <= cells
    assert all(data["n"][p] == ("l" if p < facts["padding_left"] else "r" if p >= facts["padding_left"] + L
                                else p - facts["padding_left"]) for o in data["o"] for p in o[1])


def test_explored_numbers_follow_the_print_precision():
    x = torch.tensor([[[0.123456, 1.0, 2.5]]])
    conv = nn.Conv1d(1, 1, 2, bias=False)
    with torch.no_grad():
        conv.weight.copy_(torch.tensor([[[1 / 3, 2.0]]]))
    assert explored(diagram(conv, x, precision=4))["w"] == ["0.3333", "2"]
    torch.set_printoptions(precision=2)
    try:
        data = explored(diagram(conv, x))  # torch's print option, as the example set it
    finally:
        torch.set_printoptions(profile="default")
    assert data["p"] == 2 and data["w"] == ["0.33", "2"] and data["x"][:2] == ["0.12", "1"]
    assert [printed(v, 4) for v in [210.0, 0.14834, -0.00001, 0.104, 2.99996]] == ["210", "0.1483", "0", "0.1040", "3"]


def test_the_scripts_words_are_diagram_texts():
    """overrides/assets/diagrams.js carries SCRIPT_WORDS of every language, as diagram_text.py has them."""
    js = (Path(__file__).resolve().parents[1] / "overrides/assets/diagrams.js").read_text(encoding="utf-8")
    words = json.loads(re.search(r"var WORDS = (\{.*?\n  \})\n", js, re.S)[1])
    assert words == {lang: script_words(lang) for lang in LANGUAGES}
    assert all(set(words[lang]) == set(SCRIPT_WORDS) for lang in LANGUAGES)


# ------------------------------------------------------- the built site ---

# Examples that print their diagrammed layer's output over the input drawn: the diagram's y
# must be those very numbers, as printed.
PRINTS_ITS_OUTPUT = {
    "stride_windows": "torch: ",
    "dilation_windows": "torch:",
    "stride_gaps": "output:",
    "recipes_causal_tcn_block": "output:",
    "functional_filters": "average:",
    "kernel_size_window": "k=3:",
}


def site_diagrams(site: Path, lang: str):
    """(page, example name, layer, input, the figure's svg) for every diagram directive of every page of
    one language, in page order, with the svg the built page holds at that place."""
    from built import PREFIX
    from conv1d_site.pages import DIAGRAM

    docs = Path(__file__).resolve().parents[1] / "docs" / lang
    for page in sorted(docs.rglob("*.md")):
        directives = [m for m in DIAGRAM.finditer(page.read_text(encoding="utf-8"))
                      if not m.group(0).startswith(" ")]
        rel = page.relative_to(docs).with_suffix("")
        folder = rel.parent if rel.name == "index" else rel
        built = site / PREFIX[lang] / folder / "index.html"
        html = built.read_text(encoding="utf-8")
        figures = re.findall(r'<figure class="diagram">\s*(<svg.*?</svg>)', html, re.S)
        assert len(figures) == len(directives), built
        for m, svg in zip(directives, figures):
            yield built, m["name"], m["layer"], m["input"], svg


@pytest.fixture(scope="module")
def example_objects():
    """Each example run once in this process: {name: (its run, its namespace)}; print options put back."""
    from conv1d_site.examples import execute

    ran = {}

    def get(name):
        if name not in ran:
            saved = dict(vars(torch._tensor_str.PRINT_OPTS))
            try:
                ran[name] = execute(Path(__file__).resolve().parents[1] / "examples" / f"{name}.py")
            finally:
                vars(torch._tensor_str.PRINT_OPTS).update(saved)
        return ran[name]

    return get


def numbers_in(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d*)?(?:e-?\d+)?", text)]


@pytest.mark.xdist_group("built_site")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_diagram_of_the_site_carries_its_examples_arithmetic(built_site, example_objects, lang):
    """Parsed from the built pages: every diagram is explorable, and for each output it carries the
    terms torch uses and the output torch computed for the example's own layer and input, as printed."""
    seen = 0
    for page, name, layer, inp, svg in site_diagrams(built_site, lang):
        run, namespace = example_objects(name)
        conv, x = namespace[layer], namespace[inp]
        data = explored(svg)
        check_explored(data, conv, x, windows(conv, x), (page, name))
        assert data["p"] == 4  # the site's print option
        if name in PRINTS_ITS_OUTPUT:
            start = PRINTS_ITS_OUTPUT[name]
            line = next(line for cell in run.cells for line in (cell.output or "").splitlines()
                        if line.startswith(start))
            printed_y = numbers_in(line[len(start):])
            assert [float(o[2]) for o in data["o"]] == pytest.approx(printed_y, abs=0.5e-4), (page, line)
            assert len(data["o"]) == len(printed_y)
        seen += 1
    assert seen >= 20


def test_values_are_drawn_over_their_cells():
    """Values come after the cells in document order, or a cell would paint over its value."""
    conv, x = SAMPLES[1]
    root = parse(diagram(conv, x))
    drawing = list(root.find(SVG + "g")[0])
    cells = next(i for i, g in enumerate(drawing) if g.get("class") == "c1d-cell")
    assert not [t for g in drawing[:cells] for t in g.iter(SVG + "tspan") if t.text in cell_values(root)[:1]
                and g.get("class") is None]
    assert len(cell_values(root)) == 7 and all(g.tag == SVG + "g" for g in drawing[cells:cells + 2])
