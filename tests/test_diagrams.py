"""The window and group diagrams (conv1d_site/diagrams.py): facts checked against torch, SVG checked as XML."""

import random
import re
import xml.etree.ElementTree as ET

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from conv1d_site import diagrams
from conv1d_site.diagrams import channel_groups, diagram, windows

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


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("number", range(len(SAMPLES)))
def test_svg_is_accessible_self_contained_xml(number, lang):
    conv, x = SAMPLES[number]
    svg = diagram(conv, x, lang)
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("width") == "100%" and "max-width" in root.get("style") and root.get("viewBox")
    ids = root.get("aria-labelledby").split()
    assert [e.tag for e in root if e.get("id") in ids] == [SVG + "title", SVG + "desc"]
    title, desc = text_of(root, "title"), text_of(root, "desc")
    assert title and len(desc) > 80
    if lang == "ko":
        assert HANGUL.search(desc) and HANGUL.search(title)
    else:
        assert not HANGUL.search(svg)
    # nothing from outside: the only URL is the SVG namespace; no script, no links, no images
    assert re.findall(r"https?://[^\s\"'<>]*", svg) == ["http://www.w3.org/2000/svg"]
    assert not re.search(r"<script|<image|<use|href|url\(|@import|<foreignObject", svg, re.I)
    # colours come from the theme: no fixed text colour outside var() fallbacks
    style = text_of(root, "style")
    assert "var(--md-default-fg-color" in style and "var(--md-accent-fg-color" in style
    assert not re.search(r"fill=\"#|stroke=\"#|fill:(?!var)|color:(?!var)", svg.replace(style, ""))
    assert len(svg.encode()) < 25_000
    assert svg == diagram(conv, x, lang)  # deterministic


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
    """How many shapes the path of class `cls` draws (one subpath each)."""
    return sum(p.get("d").count("M") for p in root.iter(SVG + "path") if p.get("class") == cls)


def test_many_outputs_draw_three_windows():
    conv, x = SAMPLES[4]
    root = parse(diagram(conv, x))
    assert shapes(root, "c1d-dot") == 3 * 3 + 1  # three windows of three taps, and the legend's dot
    assert windows(conv, x)["shown_outputs"] == [0, 1, 63]


def test_padding_and_unread_cells_are_styled():
    conv, x = SAMPLES[0]
    root = parse(diagram(conv, x))
    assert shapes(root, "c1d-cell c1d-unread") == 2  # input 4, and the legend's swatch
    assert shapes(root, "c1d-cell c1d-pad") == 0
    conv, x = SAMPLES[1]
    root = parse(diagram(conv, x))
    assert shapes(root, "c1d-cell c1d-pad") == 3  # one each side, and the legend's swatch
    assert shapes(root, "c1d-cell c1d-unread") == 0
    values = [t.text for t in root.iter(SVG + "tspan")][:7]
    assert values == ["2", "1", "2", "3", "4", "5", "4"]  # reflect: the padding holds x[1] and x[3]


def test_dilation_gaps_and_stride_jumps_are_drawn():
    root = parse(diagram(nn.Conv1d(1, 1, 3, dilation=2, stride=3), torch.arange(1.0, 13.0).reshape(1, 1, 12)))
    assert shapes(root, "c1d-tap c1d-skip") == 2 * 3  # outputs 0..2, two dashed gaps each
    facts = windows(nn.Conv1d(1, 1, 3, dilation=2, stride=3), torch.zeros(1, 12))
    assert [t[0] for t in facts["taps"]] == [0, 3, 6] and facts["taps"][0] == [0, 2, 4]
    assert facts["unread"] == [1, 9, 11]  # 3..8 and 10 fall in a window of another output


def phone_font(svg: str) -> float:
    """Size in CSS px of the diagram's text in a 328 px wide column (a 360 px phone)."""
    root = parse(svg)
    width = float(root.get("viewBox").split()[2])
    max_px = float(re.search(r"max-width:([\d.]+)px", root.get("style"))[1])
    font = float(root.find(SVG + "g").get("font-size"))
    return font * min(328, max_px) / width


@pytest.mark.parametrize("L", [3, 5, 8, 12, 16, 18, 20, 40, 64, 200])
def test_text_stays_legible_on_a_phone(L):
    for conv in [nn.Conv1d(1, 1, 3), nn.Conv1d(1, 1, 3, padding=2, stride=2), nn.Conv1d(1, 1, 2, dilation=2)]:
        if L < 3:
            continue
        x = torch.arange(float(L)).reshape(1, 1, L)
        assert phone_font(diagram(conv, x)) >= 11 - 1e-6, (conv, L)


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
def test_text_stays_legible_on_a_phone_for_typical_settings():
    """k <= 5, dilation <= 3, L_in <= 100: every diagram keeps its text at 11 px or more on a phone."""
    rng = random.Random(7)
    checked = 0
    while checked < 120:
        L, k, s, d = rng.randint(1, 100), rng.randint(1, 5), rng.randint(1, 4), rng.randint(1, 3)
        padding, mode = rng.choice([0, 1, 2, "same", "valid"]), rng.choice(MODES)
        s = 1 if padding == "same" else s
        conv = nn.Conv1d(1, 1, k, stride=s, padding=padding, dilation=d, padding_mode=mode)
        x = torch.randn(1, L, generator=torch.Generator().manual_seed(checked))
        try:
            windows(conv, x)
        except (ValueError, RuntimeError, NotImplementedError):
            continue  # a setting torch refuses
        checked += 1
        for lang in ("en", "ko"):
            assert phone_font(diagram(conv, x, lang)) >= 11 - 1e-6, (L, k, s, padding, d, mode, lang)


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
    assert shapes(root, "c1d-link") == sum(len(r) for r in channel_groups(grouped)["reads"]) == 12
    facts = channel_groups(grouped)
    assert facts["reads"] == [[0, 1]] * 3 + [[2, 3]] * 3
    desc = text_of(parse(diagram(grouped, x, "ko")), "desc")
    assert "그룹 2개" in desc and "출력 채널 0–2번은 입력 채널 0, 1번을 읽습니다" in desc


def test_value_format():
    assert [diagrams.fmt(v) for v in [3.0, -0.5, 1200.0, 0.5312, 12.34, 123.4, -0.0, 0.00005]] == [
        "3", "-0.5", "1.2e3", "0.53", "12", "123", "0", "5e-5"]
