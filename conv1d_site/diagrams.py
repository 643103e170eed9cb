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
import re
from html import escape

import torch

from conv1d_site.diagram_text import (MAX_CHANNELS_PER_GROUP, MAX_GROUPS_DRAWN, TEXT, describe_groups,
                                      describe_windows, fmt, fold, number_list)
from conv1d_site.svg import Svg, num, text_width, wrap
from conv1d_site.windows import channel_groups, windows

__all__ = ["diagram", "windows", "channel_groups"]

# Values are written in the cells when the input has at most this many positions.
MAX_VALUES = 16
# Beyond this many padded positions, the middle is folded into ellipsis cells
# (more than about 20 two-digit labels cannot stay 11 px wide on a phone).
MAX_CELLS = 20
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
        need = max([text_width(t, font) + 5 for t in inside] + [(text_width(t, font) + 2) / rows for t in below]
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
    font = max(12.0, min((2 * cell - 2) / max(text_width(t, 1.0) for t in index_labels),
                         (cell - 5) / max(text_width(t, 1.0) for t in out_labels)))
    return cell, width, font, bool(values), 2


def _windows_panel(svg: Svg, facts: dict, lang: str, top: float, width: float, font: float, cell: float,
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
    for row in wrap(" · ".join(settings), width - 2 * MARGIN, font):
        y += line_h
        svg.text(MARGIN, y - font * 0.3, row, "c1d-b", "start")
    y += line_h
    svg.text(MARGIN, y - font * 0.3, t["input"], "", "start")
    # input cells
    cell_h = font * 1.9
    if show_values and rotate_values:
        cell_h = max(cell_h, max(text_width(v, font) for v in values) + 10)
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
            box = max(cell, text_width(str(i), font) + 6)
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
        for row in wrap(t["subset"].format(shown=number_list(shown), n=L_out), width - 2 * MARGIN, font):
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
        need = sw + 6 + text_width(label, font) + 14
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


def _groups_panel(svg: Svg, facts: dict, lang: str, top: float, width: float, font: float) -> float:
    t = TEXT[lang]
    g, cig, cog = facts["groups"], facts["in_per_group"], facts["out_per_group"]
    line_h = font * 1.35
    y = top + line_h
    svg.text(MARGIN, y - font * 0.3, t["groups_short"].format(g=g), "c1d-b", "start")
    label_w = text_width(t["group"].format(g=g - 1), font) + 8
    box_w = max(MIN_CELL, text_width(str(max(facts["in_channels"], facts["out_channels"]) - 1), font) + 10)
    in_x = MARGIN + label_w
    out_x = width - MARGIN - box_w
    y += line_h
    svg.text(in_x, y - font * 0.3, t["in_ch"], "", "start")
    svg.text(out_x + box_w, y - font * 0.3, t["out_ch"], "", "end")
    y += 4
    # rows per side: (group, channel or None for an ellipsis), None for the groups ellipsis
    in_rows, out_rows = [], []
    for grp in fold(g, MAX_GROUPS_DRAWN):
        if grp is None:
            in_rows.append(None)
            out_rows.append(None)
            continue
        in_rows += [(grp, None if c is None else grp * cig + c) for c in fold(cig, MAX_CHANNELS_PER_GROUP)]
        out_rows += [(grp, None if c is None else grp * cog + c) for c in fold(cog, MAX_CHANNELS_PER_GROUP)]
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

    svg = Svg()
    bottom = _windows_panel(svg, facts, lang, MARGIN, width, font, cell, cols, rotate_values, index_rows)
    body = svg.render()
    desc = describe_windows(facts, lang, folded)
    title = TEXT[lang]["title"]
    if draw_groups:
        panel = Svg()
        panel.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10, "c1d-guide")
        bottom = _groups_panel(panel, group_facts, lang, bottom + 12, width, font)
        body += f'<g class="c1d-groups">{panel.render()}</g>'
        desc += describe_groups(group_facts, lang)
        title += " · " + TEXT[lang]["groups_title"]
    height = bottom + MARGIN
    max_px = width * DESKTOP_FONT / font
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="c1d" id="{uid}" viewBox="0 0 {num(width)} {num(height)}" '
        f'width="100%" style="max-width:{num(max_px)}px;height:auto" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" lang="{lang}">'
        f'<title id="{uid}-t">{escape(title, quote=False)}</title>'
        f'<desc id="{uid}-d">{escape(" ".join(desc), quote=False)}</desc>'
        f"<style>{STYLE}</style>"
        f'<g font-size="{num(font)}" text-anchor="middle">'
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
