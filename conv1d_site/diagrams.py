"""Inline SVG diagrams of which input positions each Conv1d output reads.

The build calls `diagram(conv, x, lang)` with a layer and an input taken from an
executed example, so the picture always follows the example:

* windows (always): the input row of the first channel (of the first batch
  item), with the padding actually applied drawn as dashed cells holding the
  values `padding_mode` puts there, the output row, and for each output the
  taps it reads (padded positions `i*stride + j*dilation`). Input positions that
  no output reads are drawn dotted and named in the text alternative.
* groups (when `conv.groups > 1`, or `groups=True`): a second panel with the
  input channels on the left, the output channels on the right and a line for
  every input channel an output channel reads.

`windows(conv, x)` and `channel_groups(conv)` return the facts the drawing is
made from, so tests can check them against torch.

The SVG has no script and no outside resource. Colours come from the CSS custom
properties of mkdocs-material (with fallbacks), so it reads in the light and the
dark scheme; its `<title>` and `<desc>` are the text alternative in the page's
language. The same arguments always give the same string.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from html import escape

import torch
import torch.nn.functional as F

__all__ = ["diagram", "windows", "channel_groups"]

# Taps are drawn for every output up to this many outputs; beyond it, for the
# first, second and last output only.
MAX_OUTPUTS_DRAWN = 8
# Values are written in the cells when the input has at most this many positions.
MAX_VALUES = 16
# Beyond this many padded positions, the middle is folded into ellipsis cells
# (more than about 20 two-digit labels cannot stay 11 px wide on a phone).
MAX_CELLS = 20
# Channels are folded beyond these counts in the groups panel.
MAX_GROUPS_DRAWN = 4
MAX_CHANNELS_PER_GROUP = 4

# Layout, in SVG user units. On a phone the content column is about 328 px
# wide (360 px minus Material's margins): text is sized so that it stays at
# least 11 px there, and `max-width` keeps it near 14 px on wider screens.
PHONE_WIDTH = 328
MIN_PHONE_FONT = 11
DESKTOP_FONT = 14
MIN_CELL = 22
MARGIN = 8
MIN_WIDTH = 260

STYLE = (
    ".c1d{color:var(--md-default-fg-color,#222)}"
    ".c1d text{fill:currentColor;font-family:var(--md-text-font-family,system-ui,sans-serif)}"
    ".c1d .c1d-lt{fill:var(--md-default-fg-color--light,#595959)}"
    ".c1d .c1d-b{font-weight:700}"
    ".c1d-cell{fill:var(--md-default-bg-color,#fff);stroke:var(--md-default-fg-color--light,#595959);stroke-width:1}"
    ".c1d-pad{fill:var(--md-default-fg-color--lightest,#eee);stroke-dasharray:4 3}"
    ".c1d-unread{stroke:var(--md-default-fg-color,#222);stroke-width:2;stroke-dasharray:1 3;stroke-linecap:round}"
    ".c1d-out{stroke:var(--md-primary-fg-color,#4051b5);stroke-width:1.5}"
    ".c1d-g1{fill:var(--md-default-fg-color--lightest,#eee)}"
    ".c1d-guide{stroke:var(--md-default-fg-color--lighter,#bbb);stroke-width:1;stroke-dasharray:1 3}"
    ".c1d-tap{stroke:var(--md-accent-fg-color,#526cfe);stroke-width:1.5;fill:none}"
    ".c1d-skip{stroke-dasharray:3 3}"
    ".c1d-dot{fill:var(--md-accent-fg-color,#526cfe)}"
    ".c1d-link{stroke:var(--md-accent-fg-color,#526cfe);stroke-width:1}"
)

TEXT = {
    "en": {
        "title": "Which input positions each output position of this Conv1d reads",
        "input": "input x, channel 0 (with padding)",
        "output": "output",
        "legend_pad": "padding ({mode})",
        "legend_unread": "never read",
        "legend_tap": "read by the output below",
        "subset": "Only the positions read by outputs {shown} are drawn (of {n} outputs).",
        "kernel": "kernel size {k}",
        "stride": "stride {s}",
        "padding": "padding {l} left, {r} right",
        "dilation": "dilation {d}",
        "mode": "padding mode '{m}'",
        "setting": "Conv1d with input length L_in = {L}, kernel size {k}, stride {s}, padding {l} on the left "
        "and {r} on the right, dilation {d}, padding mode '{m}'.",
        "lout": "The padded input has {Lp} positions; the output length L_out is {Lout}.",
        "reads": "Output {i} reads padded positions {pos} ({what}).",
        "left": "left padding",
        "right": "right padding",
        "x": "x[{j}]",
        "subset_desc": "There are {n} outputs: only the taps of outputs {shown} are drawn.",
        "folded": "The middle of the input is folded into ellipsis cells.",
        "unread": "Input positions never read: {pos}.",
        "unread_one": "Input position {pos} is never read.",
        "all_read": "Every input position is read by at least one output.",
        "groups_title": "Which input channels each output channel reads",
        "groups_desc": "Groups: {g} groups, {ci} input channels, {co} output channels. Each output channel "
        "reads only the {cig} input channels of its group.",
        "groups_desc_one": "Groups: {g} groups, {ci} input channels, {co} output channels. Each output channel "
        "reads only the one input channel of its group.",
        "group_reads": "Output channels {o} read input channels {c}.",
        "group_reads_one": "Output channel {o} reads input channel {c}.",
        "group_reads_many_one": "Output channels {o} read input channel {c}.",
        "group_reads_one_many": "Output channel {o} reads input channels {c}.",
        "group_more": "The remaining groups follow the same pattern.",
        "in_ch": "input channels",
        "out_ch": "output channels",
        "group": "group {g}",
        "groups_short": "{g} groups",
        "one_group": "1 group: every output channel reads every input channel.",
    },
    "ko": {
        "title": "이 Conv1d의 각 출력 위치가 읽는 입력 위치",
        "input": "입력 x, 채널 0 (패딩 포함)",
        "output": "출력",
        "legend_pad": "패딩 ({mode})",
        "legend_unread": "읽히지 않는 위치",
        "legend_tap": "아래 출력이 읽는 위치",
        "subset": "출력 {n}개 중 {shown}번 출력이 읽는 위치만 그렸습니다.",
        "kernel": "커널 크기 {k}",
        "stride": "스트라이드 {s}",
        "padding": "패딩 왼쪽 {l}, 오른쪽 {r}",
        "dilation": "딜레이션 {d}",
        "mode": "패딩 모드 '{m}'",
        "setting": "입력 길이 L_in = {L}, 커널 크기 {k}, 스트라이드 {s}, 패딩 왼쪽 {l}·오른쪽 {r}, "
        "딜레이션 {d}, 패딩 모드 '{m}'인 Conv1d입니다.",
        "lout": "패딩된 입력의 위치는 {Lp}개이고, 출력 길이 L_out은 {Lout}입니다.",
        "reads": "출력 {i}번 위치는 패딩된 입력의 {pos}번 위치({what})를 읽습니다.",
        "left": "왼쪽 패딩",
        "right": "오른쪽 패딩",
        "x": "입력 {j}번",
        "subset_desc": "출력 위치가 {n}개이므로 {shown}번 출력이 읽는 위치만 선으로 표시했습니다.",
        "folded": "입력의 가운데 부분은 줄임표 칸으로 접었습니다.",
        "unread": "입력의 {pos}번 위치는 한 번도 읽히지 않습니다.",
        "unread_one": "입력의 {pos}번 위치는 한 번도 읽히지 않습니다.",
        "all_read": "입력의 모든 위치를 적어도 한 번 읽습니다.",
        "groups_title": "각 출력 채널이 읽는 입력 채널",
        "groups_desc": "그룹 {g}개, 입력 채널 {ci}개, 출력 채널 {co}개입니다. 각 출력 채널은 자기 그룹의 "
        "입력 채널 {cig}개만 읽습니다.",
        "groups_desc_one": "그룹 {g}개, 입력 채널 {ci}개, 출력 채널 {co}개입니다. 각 출력 채널은 자기 그룹의 "
        "입력 채널 1개만 읽습니다.",
        "group_reads": "출력 채널 {o}번은 입력 채널 {c}번을 읽습니다.",
        "group_reads_one": "출력 채널 {o}번은 입력 채널 {c}번을 읽습니다.",
        "group_reads_many_one": "출력 채널 {o}번은 입력 채널 {c}번을 읽습니다.",
        "group_reads_one_many": "출력 채널 {o}번은 입력 채널 {c}번을 읽습니다.",
        "group_more": "나머지 그룹도 같은 방식으로 이어집니다.",
        "in_ch": "입력 채널",
        "out_ch": "출력 채널",
        "group": "그룹 {g}",
        "groups_short": "그룹 {g}개",
        "one_group": "그룹이 1개이므로 모든 출력 채널이 모든 입력 채널을 읽습니다.",
    },
}


# ---------------------------------------------------------------- Facts ------


def _one(value) -> int:
    return int(value[0]) if isinstance(value, (tuple, list)) else int(value)


def _signal(x: torch.Tensor) -> torch.Tensor:
    """The first input channel of the first batch item (or of the unbatched input), as a 1-D tensor."""
    if x.dim() == 3:
        return x[0, 0]
    if x.dim() == 2:
        return x[0]
    raise ValueError(f"expected a (C, L) or (N, C, L) input, got shape {tuple(x.shape)}")


def _padding(conv: torch.nn.Conv1d) -> tuple[int, int]:
    k, d = _one(conv.kernel_size), _one(conv.dilation)
    if conv.padding == "valid":
        return 0, 0
    if conv.padding == "same":
        total = d * (k - 1)
        return total // 2, total - total // 2
    p = _one(conv.padding)
    return p, p


def windows(conv: torch.nn.Conv1d, x: torch.Tensor) -> dict:
    """The facts the windows diagram is drawn from.

    Positions in `taps` count in the padded input (0 is the first left padding
    cell); `unread` counts in the input itself (0 .. L_in-1).
    """
    signal = _signal(x).detach()
    L = int(signal.shape[-1])
    k, s, d = _one(conv.kernel_size), _one(conv.stride), _one(conv.dilation)
    left, right = _padding(conv)
    mode = conv.padding_mode
    padded = F.pad(signal.reshape(1, 1, L), (left, right), mode="constant" if mode == "zeros" else mode)[0, 0]
    Lp = L + left + right
    L_out = (Lp - d * (k - 1) - 1) // s + 1
    if L_out < 1:
        raise ValueError(f"kernel span {d * (k - 1) + 1} is longer than the padded input ({Lp})")
    taps = [[i * s + j * d for j in range(k)] for i in range(L_out)]
    read = {p for window in taps for p in window}
    unread = [p - left for p in range(left, left + L) if p not in read]
    if L_out <= MAX_OUTPUTS_DRAWN:
        shown = list(range(L_out))
    else:
        shown = sorted({0, 1, L_out - 1})
    values = padded.tolist() if not padded.is_complex() else None
    return {
        "L_in": L,
        "kernel_size": k,
        "stride": s,
        "dilation": d,
        "padding": conv.padding if isinstance(conv.padding, str) else _one(conv.padding),
        "padding_mode": mode,
        "padding_left": left,
        "padding_right": right,
        "L_padded": Lp,
        "padded_values": values,
        "L_out": L_out,
        "taps": taps,
        "unread": unread,
        "shown_outputs": shown,
    }


def channel_groups(conv: torch.nn.Conv1d) -> dict:
    """Which input channels each output channel reads: output o reads the input
    channels of group o // (out_channels / groups)."""
    g, ci, co = int(conv.groups), int(conv.in_channels), int(conv.out_channels)
    cig, cog = ci // g, co // g
    return {
        "groups": g,
        "in_channels": ci,
        "out_channels": co,
        "in_per_group": cig,
        "out_per_group": cog,
        "reads": [list(range((o // cog) * cig, (o // cog + 1) * cig)) for o in range(co)],
    }


# ----------------------------------------------------------- Formatting ------


def fmt(value: float) -> str:
    """A value short enough for a cell: 3, -0.5, 0.53, 12, 123, 1.2e3, 5e-5."""
    if value != value:
        return "nan"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    a = abs(value)
    if value == int(value) and a < 1000:
        return str(int(value))
    if a >= 1000 or a < 0.01:
        text = format(value, ".2g")
    elif a >= 100:
        text = str(round(value))
    else:
        text = format(value, ".2g")
    return re.sub(r"e([+-])0*(\d)", lambda m: "e" + ("-" if m[1] == "-" else "") + m[2], text)


def _ranges(numbers: list[int], limit: int = 12) -> str:
    """`1, 2, 3, 7` → `1–3, 7`; long lists are cut with their count."""
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(n) if n == start else (f"{start}, {n}" if n == start + 1 else f"{start}–{n}"))
            start = None
    text = ", ".join(parts)
    if len(parts) > limit:
        text = ", ".join(parts[:limit]) + f", … ({len(numbers)})"
    return text


def _width(text: str, size: float) -> float:
    """An upper estimate of the rendered width of `text` in a sans-serif font."""
    em = 0.0
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3" or ch in "…∞":
            em += 1.0
        elif ch.isdigit():
            em += 0.56
        elif ch in ".,:;'|!il·":
            em += 0.3
        elif ch in " -()[]":
            em += 0.36
        elif ch.isupper() or ch in "mw–_":
            em += 0.75
        else:
            em += 0.58
    return em * size


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and _width(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line] if line else lines


def _n(v: float) -> str:
    """A coordinate, compact."""
    r = round(v, 1)
    return str(int(r)) if r == int(r) else str(r)


def _list(items: list[int]) -> str:
    return ", ".join(map(str, items))


# --------------------------------------------------------------- Layout ------


def _columns(facts: dict) -> list:
    """The padded positions drawn, in order, with None for an ellipsis cell.

    Up to MAX_CELLS positions, all. Beyond, the taps of the drawn outputs and the
    edges of the padding always; then, while they fit, unread inputs next to
    those and a little context at both ends. Hidden runs become one ellipsis.
    """
    Lp = facts["L_padded"]
    if Lp <= MAX_CELLS:
        return list(range(Lp))
    left, L = facts["padding_left"], facts["L_in"]
    base = set(_tapped(facts))
    base.update(p for p in (0, left - 1, left, left + L - 1, left + L, Lp - 1) if 0 <= p < Lp)
    unread = {u + left for u in facts["unread"]}
    near = base | {p for p in unread if p - 1 in base or p + 1 in base}
    context = set(near)
    context.update(range(left, min(left + 3, left + L)))  # the first inputs
    context.update(range(max(left + L - 3, left), left + L))  # the last inputs
    context.update(p for p in (1, left - 2, left + L + 1, Lp - 2) if 0 <= p < Lp)  # two cells of each padding end
    cols = []
    for keep in (context, near, base):
        cols = _fold_positions(keep, Lp)
        if len(cols) <= MAX_CELLS:
            break
    return cols


def _fold_positions(keep: set, Lp: int) -> list:
    cols, hidden = [], 0
    for p in range(Lp):
        if p in keep:
            if hidden == 1:
                cols.append(p - 1)
            elif hidden > 1:
                cols.append(None)
            hidden = 0
            cols.append(p)
        else:
            hidden += 1
    return cols


def _tapped(facts: dict) -> set:
    return {p for i in facts["shown_outputs"] for p in facts["taps"][i]}


def _fit(ncols: int, inside: list[str], below: list[str], rows: int = 1) -> tuple[float, float, float] | None:
    """Cell width, viewBox width and font size such that text is at least 11 px on a phone.

    `inside` labels sit in a cell (5 units of air), `below` labels under it (2 units),
    on `rows` staggered lines (2: a label may take two cells). None when no cell
    width satisfies all (too many long labels for a phone).
    """
    cell = MIN_CELL
    for _ in range(60):
        width = max(MIN_WIDTH, ncols * cell + 2 * MARGIN)
        font = max(12.0, (MIN_PHONE_FONT + 0.1) * width / PHONE_WIDTH)  # + 0.1: rounding
        need = max([_width(t, font) + 5 for t in inside] + [(_width(t, font) + 2) / rows for t in below]
                   + [MIN_CELL])
        if need <= cell + 0.01:
            return cell, width, font
        cell = need
    return None


def _layout(ncols: int, values: list[str], index_labels: list[str],
            out_labels: list[str]) -> tuple[float, float, float, bool, int]:
    """(cell, width, font, rotate_values, index_rows), the first that keeps text at 11 px on a phone:
    values upright, else written upwards, else index labels on two staggered lines too;
    failing all, the font shrinks below 11 px on a phone."""
    for inside, rotate, rows in ((values + out_labels, False, 1), (out_labels, bool(values), 1),
                                 (out_labels, bool(values), 2)):
        fit = _fit(ncols, inside, index_labels, rows)
        if fit:
            return (*fit, rotate, rows)
    cell = max(MIN_CELL, 36.0)
    width = max(MIN_WIDTH, ncols * cell + 2 * MARGIN)
    font = max(12.0, min((2 * cell - 2) / max(_width(t, 1.0) for t in index_labels),
                         (cell - 5) / max(_width(t, 1.0) for t in out_labels)))
    return cell, width, font, bool(values), 2


# ------------------------------------------------------------ Drawing -------


class _Svg:
    """Shapes collected by class and written as one path per class; texts grouped by style,
    labels on one baseline as tspans of one text. Keeps a diagram to a few KB."""

    LAYERS = ("c1d-guide", "c1d-link", "c1d-cell", "c1d-tap", "c1d-dot")

    def __init__(self):
        self.shapes: dict[str, list[str]] = {}
        self.texts: dict[tuple, list[tuple]] = {}

    def rect(self, x, y, w, h, cls):
        self.shapes.setdefault(cls, []).append(f"M{_n(x)} {_n(y)}h{_n(w)}v{_n(h)}h{_n(-w)}z")

    def line(self, x1, y1, x2, y2, cls):
        if _n(x1) == _n(x2):
            d = f"M{_n(x1)} {_n(y1)}V{_n(y2)}"
        elif _n(y1) == _n(y2):
            d = f"M{_n(x1)} {_n(y1)}H{_n(x2)}"
        else:
            d = f"M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}"
        self.shapes.setdefault(cls, []).append(d)

    def dot(self, x, y, r):
        r = _n(r)
        self.shapes.setdefault("c1d-dot", []).append(
            f"M{_n(x - float(r))} {_n(y)}a{r} {r} 0 1 0 {_n(2 * float(r))} 0a{r} {r} 0 1 0 -{_n(2 * float(r))} 0")

    def text(self, x, y, body, cls="", anchor="middle", rotate=False):
        """`rotate`: written upwards (rotated -90 degrees about its anchor point)."""
        if rotate:
            x, y = -y, x  # the same point in the frame rotate(-90)
        self.texts.setdefault((cls, anchor, rotate), []).append((_n(x), _n(y), escape(body, quote=False)))

    def render(self) -> str:
        def layer(cls):
            return next((i for i, prefix in enumerate(self.LAYERS) if cls.startswith(prefix)), len(self.LAYERS))

        out = [f'<path class="{cls}" d="{"".join(ds)}"/>' for cls, ds in
               sorted(self.shapes.items(), key=lambda item: layer(item[0]))]
        for (cls, anchor, rotate), items in self.texts.items():
            attrs = (f' class="{cls}"' if cls else "") + (f' text-anchor="{anchor}"' if anchor != "middle" else "")
            attrs += ' transform="rotate(-90)"' if rotate else ""
            body, i = [], 0
            while i < len(items):
                j = i
                while j + 1 < len(items) and items[j + 1][1] == items[i][1]:
                    j += 1
                if j == i:
                    x, y, text = items[i]
                    body.append(f'<text x="{x}" y="{y}">{text}</text>')
                else:
                    spans = "".join(f'<tspan x="{x}">{text}</tspan>' for x, _, text in items[i:j + 1])
                    body.append(f'<text y="{items[i][1]}">{spans}</text>')
                i = j + 1
            out.append(f"<g{attrs}>{''.join(body)}</g>" if attrs else "".join(body))
        return "".join(out)


def _windows_panel(svg: _Svg, facts: dict, lang: str, top: float, width: float, font: float, cell: float,
                   cols: list, rotate_values: bool, index_rows: int) -> float:
    t = TEXT[lang]
    left, L, Lp = facts["padding_left"], facts["L_in"], facts["L_padded"]
    show_values = facts["padded_values"] is not None and L <= MAX_VALUES
    values = [fmt(v) for v in facts["padded_values"]] if show_values else None
    unread = {u + left for u in facts["unread"]}
    line_h = font * 1.35
    x0 = (width - len(cols) * cell) / 2
    column = {p: i for i, p in enumerate(cols) if p is not None}

    def cx(p):
        return x0 + (column[p] + 0.5) * cell

    y = top
    # settings, wrapped
    settings = [
        t["kernel"].format(k=facts["kernel_size"]),
        t["stride"].format(s=facts["stride"]),
        t["padding"].format(l=left, r=facts["padding_right"]),
        t["dilation"].format(d=facts["dilation"]),
        t["mode"].format(m=facts["padding_mode"]),
    ]
    for row in _wrap(" · ".join(settings), width - 2 * MARGIN, font):
        y += line_h
        svg.text(MARGIN, y - font * 0.3, row, "c1d-b", "start")
    y += line_h
    svg.text(MARGIN, y - font * 0.3, t["input"], "", "start")
    # input cells
    cell_h = font * 1.9
    if show_values and rotate_values:
        cell_h = max(cell_h, max(_width(v, font) for v in values) + 10)
    y += 4
    for i, p in enumerate(cols):
        x = x0 + i * cell
        if p is None:
            svg.text(x + cell / 2, y + cell_h / 2 + font * 0.35, "…", "c1d-lt")
            continue
        cls = "c1d-cell"
        if p < left or p >= left + L:
            cls += " c1d-pad"
        elif p in unread:
            cls += " c1d-unread"
        svg.rect(x + 1, y, cell - 2, cell_h, cls)
        if show_values:
            if rotate_values:
                svg.text(x + cell / 2 + font * 0.35, y + cell_h / 2, values[p], rotate=True)
            else:
                svg.text(x + cell / 2, y + cell_h / 2 + font * 0.35, values[p])
    y += cell_h
    # input index labels (padding cells have none)
    y += line_h
    for n, p in enumerate(cols):
        if p is not None and left <= p < left + L:
            svg.text(cx(p), y - font * 0.3 + line_h * (n % index_rows), str(p - left), "c1d-lt")
    y += line_h * (index_rows - 1)
    # one lane per drawn output: its taps as dots, joined by a line (dashed across dilation gaps)
    shown = facts["shown_outputs"]
    lane_h = max(12.0, font * 0.9)
    lanes_top = y + 4
    tapped = sorted(_tapped(facts))
    lanes_bottom = lanes_top + lane_h * len(shown)
    for p in tapped:
        svg.line(cx(p), y + 2, cx(p), lanes_bottom - lane_h / 2, "c1d-guide")
    out_top = lanes_bottom + font * 1.2
    out_h = font * 1.9
    centers = {}
    for n, i in enumerate(shown):
        ly = lanes_top + lane_h * (n + 0.5)
        taps = facts["taps"][i]
        center = (cx(taps[0]) + cx(taps[-1])) / 2
        centers[i] = center
        svg.line(center, ly, center, out_top, "c1d-link")
        for a, b in zip(taps, taps[1:]):
            skip = facts["dilation"] > 1 or column[b] - column[a] > 1
            svg.line(cx(a), ly, cx(b), ly, "c1d-tap c1d-skip" if skip else "c1d-tap")
        for p in taps:
            svg.dot(cx(p), ly, max(3.0, font * 0.22))
    # output cells: all of them when they fit, else the drawn ones with an ellipsis
    L_out = facts["L_out"]
    every = len(cols) == Lp
    outputs = range(L_out) if every else shown
    ow = cell
    for i in outputs:
        if every:
            taps = facts["taps"][i]
            c = (cx(taps[0]) + cx(taps[-1])) / 2
            box = cell
        else:
            c = centers[i]
            box = max(cell, _width(str(i), font) + 6)
            c = min(max(c, MARGIN + box / 2), width - MARGIN - box / 2)  # a wide box stays inside
        svg.rect(c - box / 2 + 1, out_top, box - 2, out_h, "c1d-cell c1d-out")
        svg.text(c, out_top + out_h / 2 + font * 0.35, str(i))
    if not every and L_out > len(shown):
        a, b = centers[shown[-2]], centers[shown[-1]]
        if b - a >= 2 * ow:
            svg.text((a + b) / 2, out_top + out_h / 2 + font * 0.35, "…", "c1d-lt")
    y = out_top + out_h + line_h
    svg.text(MARGIN, y - font * 0.3, t["output"], "", "start")
    if len(shown) < L_out:
        for row in _wrap(t["subset"].format(shown=_list(shown), n=L_out), width - 2 * MARGIN, font):
            y += line_h
            svg.text(MARGIN, y - font * 0.3, row, "c1d-lt", "start")
    # legend, wrapped
    items = [("tap", t["legend_tap"])]
    if left or facts["padding_right"]:
        items.append(("pad", t["legend_pad"].format(mode=facts["padding_mode"])))
    if unread & set(column):
        items.append(("unread", t["legend_unread"]))
    y += 6
    x = MARGIN
    sw = font * 1.2
    for kind, label in items:
        need = sw + 6 + _width(label, font) + 14
        if x > MARGIN and x + need > width - MARGIN:
            x, y = MARGIN, y + line_h + 4
        if kind == "tap":
            svg.line(x, y + sw / 2, x + sw, y + sw / 2, "c1d-tap")
            svg.dot(x + sw / 2, y + sw / 2, max(3.0, font * 0.22))
        else:
            svg.rect(x, y, sw, sw, "c1d-cell " + ("c1d-pad" if kind == "pad" else "c1d-unread"))
        svg.text(x + sw + 6, y + sw / 2 + font * 0.35, label, "", "start")
        x += need
    return y + sw


def _fold(count: int, limit: int) -> list:
    """Indices 0..count-1, folded to 0, 1, None, count-1 beyond `limit`."""
    return list(range(count)) if count <= limit else [0, 1, None, count - 1]


def _groups_panel(svg: _Svg, facts: dict, lang: str, top: float, width: float, font: float) -> float:
    t = TEXT[lang]
    g, cig, cog = facts["groups"], facts["in_per_group"], facts["out_per_group"]
    line_h = font * 1.35
    y = top + line_h
    svg.text(MARGIN, y - font * 0.3, t["groups_short"].format(g=g), "c1d-b", "start")
    label_w = _width(t["group"].format(g=g - 1), font) + 8
    box_w = max(MIN_CELL, _width(str(max(facts["in_channels"], facts["out_channels"]) - 1), font) + 10)
    in_x = MARGIN + label_w
    out_x = width - MARGIN - box_w
    y += line_h
    svg.text(in_x, y - font * 0.3, t["in_ch"], "", "start")
    svg.text(out_x + box_w, y - font * 0.3, t["out_ch"], "", "end")
    y += 4
    # rows per side: (group, channel or None for an ellipsis), None for the groups ellipsis
    in_rows, out_rows = [], []
    for grp in _fold(g, MAX_GROUPS_DRAWN):
        if grp is None:
            in_rows.append(None)
            out_rows.append(None)
            continue
        in_rows += [(grp, None if c is None else grp * cig + c) for c in _fold(cig, MAX_CHANNELS_PER_GROUP)]
        out_rows += [(grp, None if c is None else grp * cog + c) for c in _fold(cog, MAX_CHANNELS_PER_GROUP)]
    row_h = font * 1.6
    gap = 4
    height = max(len(in_rows), len(out_rows)) * (row_h + gap)

    def place(rows):
        pitch = height / len(rows)
        return [y + pitch * (i + 0.5) for i in range(len(rows))]

    in_y, out_y = place(in_rows), place(out_rows)
    where_in = {}
    group_ys = {}
    for row, cy in zip(in_rows, in_y):
        if row is None or row[1] is None:
            svg.text(in_x + box_w / 2, cy + font * 0.35, "…", "c1d-lt")
            continue
        grp, c = row
        where_in[c] = cy
        group_ys.setdefault(grp, []).append(cy)
        svg.rect(in_x, cy - row_h / 2, box_w, row_h, f"c1d-cell c1d-g{grp % 2}")
        svg.text(in_x + box_w / 2, cy + font * 0.35, str(c))
    for grp, ys in group_ys.items():
        svg.text(in_x - 6, (ys[0] + ys[-1]) / 2 + font * 0.35, t["group"].format(g=grp), "c1d-lt", "end")
    for row, cy in zip(out_rows, out_y):
        if row is None or row[1] is None:
            svg.text(out_x + box_w / 2, cy + font * 0.35, "…", "c1d-lt")
            continue
        grp, o = row
        for c in facts["reads"][o]:
            if c in where_in:
                svg.line(in_x + box_w, where_in[c], out_x, cy, "c1d-link")
        svg.rect(out_x, cy - row_h / 2, box_w, row_h, f"c1d-cell c1d-out c1d-g{grp % 2}")
        svg.text(out_x + box_w / 2, cy + font * 0.35, str(o))
    return y + height


# ---------------------------------------------------------- Alternative ------


def _describe_windows(facts: dict, lang: str, folded: bool) -> list[str]:
    t = TEXT[lang]
    left, L = facts["padding_left"], facts["L_in"]
    out = [
        t["setting"].format(L=L, k=facts["kernel_size"], s=facts["stride"], l=left, r=facts["padding_right"],
                            d=facts["dilation"], m=facts["padding_mode"]),
        t["lout"].format(Lp=facts["L_padded"], Lout=facts["L_out"]),
    ]
    shown = facts["shown_outputs"]
    if len(shown) < facts["L_out"]:
        out.append(t["subset_desc"].format(n=facts["L_out"], shown=_list(shown)))
    for i in shown:
        what = []
        for p in facts["taps"][i]:
            if p < left:
                what.append(t["left"])
            elif p >= left + L:
                what.append(t["right"])
            else:
                what.append(t["x"].format(j=p - left))
        out.append(t["reads"].format(i=i, pos=_list(facts["taps"][i]), what=", ".join(what)))
    if folded:
        out.append(t["folded"])
    unread = facts["unread"]
    if not unread:
        out.append(t["all_read"])
    elif len(unread) == 1:
        out.append(t["unread_one"].format(pos=unread[0]))
    else:
        out.append(t["unread"].format(pos=_ranges(unread)))
    return out


def _describe_groups(facts: dict, lang: str) -> list[str]:
    t = TEXT[lang]
    g, cig, cog = facts["groups"], facts["in_per_group"], facts["out_per_group"]
    if g == 1:
        return [t["one_group"]]
    key = "groups_desc_one" if cig == 1 else "groups_desc"
    out = [t[key].format(g=g, ci=facts["in_channels"], co=facts["out_channels"], cig=cig)]
    form = {(True, True): "group_reads_one", (True, False): "group_reads_one_many",
            (False, True): "group_reads_many_one", (False, False): "group_reads"}[(cog == 1, cig == 1)]
    for grp in [x for x in _fold(g, MAX_GROUPS_DRAWN) if x is not None]:
        o = _ranges(list(range(grp * cog, (grp + 1) * cog)))
        c = _ranges(facts["reads"][grp * cog])
        out.append(t[form].format(o=o, c=c))
    if g > MAX_GROUPS_DRAWN:
        out.append(t["group_more"])
    return out


# ------------------------------------------------------------------ API ------


def diagram(conv: torch.nn.Conv1d, x: torch.Tensor, lang: str = "en", key: str | None = None,
            groups: bool | None = None) -> str:
    """An inline <svg> (a string) for this layer applied to this input, labels in `lang` ('en' or 'ko').

    `key` goes into the element ids; give different keys to identical diagrams
    on one page. `groups` adds the channel panel (default: when conv.groups > 1).
    """
    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}, got {lang!r}")
    facts = windows(conv, x)
    group_facts = channel_groups(conv)
    draw_groups = group_facts["groups"] > 1 if groups is None else bool(groups)
    cols = _columns(facts)
    folded = len(cols) < facts["L_padded"]

    values = []
    if facts["padded_values"] is not None and facts["L_in"] <= MAX_VALUES:
        values = [fmt(v) for v in facts["padded_values"]]
    # output boxes are all drawn side by side only when nothing is folded; folded, the last one may be wider
    out_labels = [str(facts["L_out"] - 1)] if not folded else [str(min(facts["L_out"] - 1, 9))]
    cell, width, font, rotate_values, index_rows = _layout(len(cols), values, [str(facts["L_in"] - 1)], out_labels)

    seed = json.dumps([facts, group_facts, lang, key, draw_groups], sort_keys=True, default=str)
    uid = "c1d-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", key) + "-" if key else "")
    uid += hashlib.sha1(seed.encode()).hexdigest()[:8]

    svg = _Svg()
    bottom = _windows_panel(svg, facts, lang, MARGIN, width, font, cell, cols, rotate_values, index_rows)
    body = svg.render()
    desc = _describe_windows(facts, lang, folded)
    title = TEXT[lang]["title"]
    if draw_groups:
        panel = _Svg()
        panel.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10, "c1d-guide")
        bottom = _groups_panel(panel, group_facts, lang, bottom + 12, width, font)
        body += f'<g class="c1d-groups">{panel.render()}</g>'
        desc += _describe_groups(group_facts, lang)
        title += " · " + TEXT[lang]["groups_title"]
    height = bottom + MARGIN
    max_px = width * DESKTOP_FONT / font
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="c1d" id="{uid}" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="100%" style="max-width:{_n(max_px)}px;height:auto" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" lang="{lang}">'
        f'<title id="{uid}-t">{escape(title, quote=False)}</title>'
        f'<desc id="{uid}-d">{escape(" ".join(desc), quote=False)}</desc>'
        f"<style>{STYLE}</style>"
        f'<g font-size="{_n(font)}" text-anchor="middle">'
    )
    return head + body + "</g></svg>"


def calculator_query(conv, x) -> str:
    """The calculator's URL query for this layer and input, in the constructor's own names."""
    padding = conv.padding if isinstance(conv.padding, str) else conv.padding[0]
    settings = {
        "input": ",".join(str(n) for n in x.shape),
        "in_channels": conv.in_channels,
        "out_channels": conv.out_channels,
        "kernel_size": conv.kernel_size[0],
        "stride": conv.stride[0],
        "padding": padding,
        "dilation": conv.dilation[0],
        "groups": conv.groups,
        "bias": "true" if conv.bias is not None else "false",
        "padding_mode": conv.padding_mode,
    }
    return "&amp;".join(f"{key}={value}" for key, value in settings.items())
