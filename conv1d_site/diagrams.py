"""Inline SVG diagrams of which input positions each Conv1d output reads.

The build calls `diagram(conv, x, lang)` with a layer and an input taken from an
executed example, so the picture always follows the example:

* windows (always): the input row of the first channel (of the first batch
  item), with the padding actually applied drawn as dashed cells holding the
  values `padding_mode` puts there, the output row of output channel 0, and for
  each output the taps it reads (padded positions `i*stride + j*dilation`).
  Input positions that no output reads are drawn dotted and named in the text
  alternative.
* groups (when `conv.groups > 1`, or `groups=True`): a second panel with the
  input channels on the left, the output channels on the right and a line for
  every input channel an output channel reads.

Drawn for a phone first: the viewBox is as wide as a 360 px phone's content
column, every text 12 px there and never turned; a setting with more positions
than fit at that size is folded (ellipsis cells), or labels fewer positions.

`windows(conv, x)`, `channel_groups(conv)` and `arithmetic(conv, x)` return the
facts and numbers the drawing is made from, so tests can check them against torch.
The numbers go into one `data-c1d` attribute, written as the example prints them,
for the page's script (overrides/assets/diagrams.js) to light up and spell out
each output; without it, the figure is the same static picture.

The SVG has no script, no style and no outside resource: overrides/assets/site.css
colours it with the CSS custom properties of mkdocs-material, so it reads in the
light and the dark scheme; its `<title>` and `<desc>` are the text alternative in
the page's language. The same arguments always give the same string.
"""

from __future__ import annotations

import hashlib
import json
import re
from html import escape

import torch

from conv1d_site.diagram_layout import (
    BOX, CELL_H, CELL_H_VALUES, FONT, INNER, LANE_H, LINE, MARGIN, MAX_CELL, WIDTH, box_rows, labelled, plan,
)
from conv1d_site.diagram_text import (MAX_CHANNELS_PER_GROUP, MAX_GROUPS_DRAWN, TEXT, describe_groups,
                                      describe_windows, fmt, fold, number_list, printed, ranges)
from conv1d_site.svg import Svg, num, text_width, wrap
from conv1d_site.windows import arithmetic, channel_groups, windows

__all__ = ["diagram", "windows", "channel_groups", "arithmetic"]

# --------------------------------------------------------------- Panels ------


def _windows_panel(svg: Svg, outs: Svg, labels: Svg, facts: dict, lang: str, cols: list, shown: list[int],
                   values: list[str] | None, explore: bool) -> tuple[float, list[int]]:
    """Draws the windows; (its bottom, the outputs drawn as boxes in `outs`, labelled in `labels`)."""
    t = TEXT[lang]
    left, L, Lp = facts["padding_left"], facts["L_in"], facts["L_padded"]
    unread = {u + left for u in facts["unread"]}
    cell = min(MAX_CELL, INNER / len(cols))
    cell = int(cell) if cell >= 10 else round(cell, 1)  # short coordinates
    x0 = round((WIDTH - len(cols) * cell) / 2)
    column = {p: i for i, p in enumerate(cols) if p is not None}

    def cx(p):
        return x0 + (column[p] + 0.5) * cell

    y = MARGIN
    settings = [
        t["kernel"].format(k=facts["kernel_size"]),
        t["stride"].format(s=facts["stride"]),
        t["padding"].format(l=left, r=facts["padding_right"]),
        t["dilation"].format(d=facts["dilation"]),
        t["mode"].format(m=facts["padding_mode"]),
    ]
    for row in wrap(" · ".join(settings), INNER, FONT):
        y += LINE
        svg.text(MARGIN, y - 4, row, "c1d-b", "start")
    y += LINE
    svg.text(MARGIN, y - 4, t["input"], "", "start")
    # input cells; explored, each a path of its own (data-p: its padded position), styled by its group
    show_values = values is not None and all(
        text_width(values[p], FONT) + 4 <= cell for p in cols if p is not None)
    cell_h = CELL_H_VALUES if show_values else CELL_H
    cells = svg.group(' class="c1d-cell"') if explore else svg
    over = svg.group("") if explore else svg  # the values, over the cells
    y += 4
    for i, p in enumerate(cols):
        x = x0 + i * cell
        if p is None:
            svg.text(x + cell / 2, y + cell_h / 2 + FONT * 0.35, "…", "c1d-lt")
            continue
        cls = "" if explore else "c1d-cell"
        if p < left or p >= left + L:
            cls += " c1d-pad"
        elif p in unread:
            cls += " c1d-unread"
        pad = min(1, cell / 8)
        if explore:
            cells.rect(x + pad, y, cell - 2 * pad, cell_h, cls.strip(), f' data-p="{p}"')
        else:
            svg.rect(x + pad, y, cell - 2 * pad, cell_h, cls)
        if show_values:
            over.text(x + cell / 2, y + cell_h / 2 + FONT * 0.35, values[p])
    y += cell_h
    # input index labels (padding cells have none), as many as fit
    y += LINE
    inputs = [(cx(p), str(p - left)) for p in cols if p is not None and left <= p < left + L]
    for x, label in labelled(inputs):
        svg.text(x, y - 4, label, "c1d-lt")
    # one lane per drawn output: its taps as dots, joined by a line (dashed across dilation gaps)
    lanes_top = y + 4
    lanes_bottom = lanes_top + LANE_H * len(shown)
    for p in sorted({p for i in shown for p in facts["taps"][i]}):
        svg.line(cx(p), y + 2, cx(p), lanes_bottom - LANE_H / 2, "c1d-guide")
    out_top = lanes_bottom + 8
    # output boxes: all of them when nothing is folded, else the drawn ones with an ellipsis
    every = len(cols) == Lp
    boxed = list(range(facts["L_out"])) if every else list(shown)
    boxes = []
    for i in boxed:
        taps = facts["taps"][i]
        width = max(BOX, min(cell * facts["stride"] - 2, MAX_CELL), text_width(str(i), FONT) + 8)
        center = min(max((cx(taps[0]) + cx(taps[-1])) / 2, MARGIN + width / 2), WIDTH - MARGIN - width / 2)
        boxes.append((center, width, i))
    rows = box_rows(boxes)
    where = {i: (center, width, out_top + row * (BOX + 4)) for (center, width, i), row in zip(boxes, rows)}
    # the lanes: lines and links drawn once; each lane's dots a path of its own (data-i), evenly
    # spaced dots as one dashed line of round dots (stroke-dasharray "0 gap")
    gaps = {num(cx(b) - cx(a)) for i in shown for a, b in zip(facts["taps"][i], facts["taps"][i][1:])}
    # every lane's dots equally spaced, at whole coordinates: one dash pattern draws them all
    even = len(gaps) == 1 and isinstance(cell, int) and float(x0).is_integer()
    dots = svg.group(' class="c1d-dot"' + (f' stroke-dasharray="0 {min(gaps)}"' if even else ""))
    for n, i in enumerate(shown):
        ly = lanes_top + LANE_H * (n + 0.5)
        taps = facts["taps"][i]
        center, _, top = where[i]
        svg.line(center, ly, center, top, "c1d-link")
        skips = [facts["dilation"] > 1 or column[b] - column[a] > 1 for a, b in zip(taps, taps[1:])]
        if len(set(skips)) == 1:  # one line from the first tap to the last
            svg.line(cx(taps[0]), ly, cx(taps[-1]), ly, "c1d-tap c1d-skip" if skips[0] else "c1d-tap")
        else:
            for a, b, skip in zip(taps, taps[1:], skips):
                svg.line(cx(a), ly, cx(b), ly, "c1d-tap c1d-skip" if skip else "c1d-tap")
        attrs = f' data-i="{i}"'
        if even and len(taps) > 1:
            dots.line(cx(taps[0]), ly, cx(taps[-1]), ly, "", attrs)
        elif len(taps) == 1:
            dots.dot(cx(taps[0]), ly, attrs, "")
        else:
            for p in taps:
                dots.dot(cx(p), ly, attrs, "")
    for i in boxed:  # the boxes (targets), and over them their labels (which let taps through)
        center, width, top = where[i]
        outs.group(f' data-i="{i}"').rect(center - width / 2, top, width, BOX, "")
        labels.text(center, top + BOX / 2 + FONT * 0.35, str(i))
    out_bottom = out_top + (max(rows) + 1) * (BOX + 4) - 4
    if not every and len(shown) > 1 and facts["L_out"] > len(shown):
        (a, wa, ta), (b, wb, tb) = where[shown[-2]], where[shown[-1]]
        gap = (b - wb / 2) - (a + wa / 2)
        if gap >= FONT + 4:
            svg.text((a + wa / 2 + b - wb / 2) / 2, tb + BOX / 2 + FONT * 0.35, "…", "c1d-lt")
    y = out_bottom + LINE + 2
    svg.text(MARGIN, y - 4, t["output"], "", "start")
    if len(shown) < facts["L_out"]:
        for row in wrap(t["subset"].format(shown=number_list(shown), n=facts["L_out"]), INNER, FONT):
            y += LINE
            svg.text(MARGIN, y - 4, row, "c1d-lt", "start")
    # legend, wrapped
    items = [("tap", t["legend_tap"])]
    if left or facts["padding_right"]:
        items.append(("pad", t["legend_pad"].format(mode=facts["padding_mode"])))
    if unread & set(column):
        items.append(("unread", t["legend_unread"]))
    y += 6
    x = MARGIN
    sw = 14
    for kind, label in items:
        need = sw + 6 + text_width(label, FONT) + 14
        if x > MARGIN and x + need > WIDTH - MARGIN:
            x, y = MARGIN, y + LINE + 4
        if kind == "tap":
            svg.line(x, y + sw / 2, x + sw, y + sw / 2, "c1d-tap")
            svg.dot(x + sw / 2, y + sw / 2, "", "c1d-dot")
        else:
            svg.rect(x, y, sw, sw, "c1d-cell " + ("c1d-pad" if kind == "pad" else "c1d-unread"))
        svg.text(x + sw + 6, y + sw / 2 + FONT * 0.35, label, "", "start")
        x += need
    return y + sw, boxed


def _groups_panel(svg: Svg, facts: dict, lang: str, top: float) -> float:
    """Input channels on the left, output channels on the right, a line for each read.
    Output channel 0, its input channels and their lines are paths of their own (c1d-blk):
    the block that lights up with an output position."""
    t = TEXT[lang]
    g, cig, cog = facts["groups"], facts["in_per_group"], facts["out_per_group"]
    y = top + LINE
    svg.text(MARGIN, y - 4, t["groups_short"].format(g=g), "c1d-b", "start")
    label_w = text_width(t["group"].format(g=g - 1), FONT) + 8
    box_w = max(BOX, text_width(str(max(facts["in_channels"], facts["out_channels"]) - 1), FONT) + 10)
    in_x = MARGIN + label_w
    out_x = WIDTH - MARGIN - box_w
    y += LINE
    svg.text(in_x, y - 4, t["in_ch"], "", "start")
    svg.text(out_x + box_w, y - 4, t["out_ch"], "", "end")
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
    row_h = 20
    gap = 4
    height = max(len(in_rows), len(out_rows)) * (row_h + gap)

    def place(rows):
        pitch = height / len(rows)
        return [y + pitch * (i + 0.5) for i in range(len(rows))]

    in_y, out_y = place(in_rows), place(out_rows)
    where_in = {}
    group_ys = {}
    block = set(facts["reads"][0])
    for row, cy in zip(in_rows, in_y):
        if row is None or row[1] is None:
            svg.text(in_x + box_w / 2, cy + FONT * 0.35, "…", "c1d-lt")
            continue
        grp, c = row
        where_in[c] = cy
        group_ys.setdefault(grp, []).append(cy)
        svg.rect(in_x, cy - row_h / 2, box_w, row_h, f"c1d-cell c1d-g{grp % 2}" + (" c1d-blk" if c in block else ""))
        svg.text(in_x + box_w / 2, cy + FONT * 0.35, str(c))
    for grp, ys in group_ys.items():
        svg.text(in_x - 6, (ys[0] + ys[-1]) / 2 + FONT * 0.35, t["group"].format(g=grp), "c1d-lt", "end")
    for row, cy in zip(out_rows, out_y):
        if row is None or row[1] is None:
            svg.text(out_x + box_w / 2, cy + FONT * 0.35, "…", "c1d-lt")
            continue
        grp, o = row
        mark = " c1d-blk" if o == 0 else ""
        for c in facts["reads"][o]:
            if c in where_in:
                svg.line(in_x + box_w, where_in[c], out_x, cy, "c1d-link" + mark)
        svg.rect(out_x, cy - row_h / 2, box_w, row_h, f"c1d-cell c1d-out c1d-g{grp % 2}" + mark)
        svg.text(out_x + box_w / 2, cy + FONT * 0.35, str(o))
    return y + height


# ----------------------------------------------------------- Exploring ------


def _explore_data(facts: dict, numbers: dict, boxed: list[int], precision: int) -> dict:
    """What the page's script shows for each output box, every number written here as the
    example prints it: {"p": the decimals, "w": the weights of input channel 0, "x": the value
    of each padded position of channel 0 that a box reads (else null), "n": what it holds ("l"
    left padding, "r" right padding, j for x[j]), "b": the bias, "c": the group's other input
    channels, "o": [output, its taps, y, what the other channels add] per box}. The script only
    puts these together with the words of diagram_text.SCRIPT_WORDS."""

    def p(v):
        return printed(v, precision)

    left, L = facts["padding_left"], facts["L_in"]
    read = sorted({q for i in boxed for q in facts["taps"][i]})
    xs, ns = [None] * facts["L_padded"], [None] * facts["L_padded"]
    for q in read:
        xs[q] = p(numbers["padded"][0][q])
        ns[q] = "l" if q < left else "r" if q >= left + L else q - left
    others = numbers["others"]
    data = {
        "p": precision,
        "w": [p(w) for w in numbers["weights"][0]],
        "x": xs,
        "n": ns,
        "o": [[i, facts["taps"][i], p(numbers["y"][i])] + ([p(others[i])] if others else []) for i in boxed],
    }
    if numbers["bias"] is not None:
        data["b"] = p(numbers["bias"])
    if others:
        data["c"] = ranges(list(range(1, numbers["channels"])))
    return data


def _attribute(data: dict) -> str:
    """JSON in a single-quoted attribute: only & ' and < need escaping there."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return "'" + text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;") + "'"


# ------------------------------------------------------------------ API ------


def diagram(conv: torch.nn.Conv1d, x: torch.Tensor, lang: str = "en", key: str | None = None,
            groups: bool | None = None, precision: int | None = None) -> str:
    """An inline <svg> (a string) for this layer applied to this input, labels in `lang` ('en' or 'ko').

    `key` goes into the element's id; give different keys to identical diagrams
    on one page. `groups` adds the channel panel (default: when conv.groups > 1).
    Its `data-c1d` attribute holds what each output box computes, from this layer
    and input, numbers written with `precision` decimals (default: torch's print
    option now, which in the build is the example's own).
    """
    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}, got {lang!r}")
    if precision is None:
        precision = torch._tensor_str.PRINT_OPTS.precision
    facts = windows(conv, x)
    group_facts = channel_groups(conv)
    numbers = arithmetic(conv, x)
    draw_groups = group_facts["groups"] > 1 if groups is None else bool(groups)
    cols, shown = plan(facts)
    folded = len(cols) < facts["L_padded"]
    values = None
    if numbers is not None:
        values = [printed(v, precision) for v in numbers["padded"][0]]
    elif facts["padded_values"] is not None:
        values = [fmt(v) for v in facts["padded_values"]]

    seed = json.dumps([facts, group_facts, numbers, lang, key, draw_groups, precision], sort_keys=True, default=str)
    uid = "c1d-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", key) + "-" if key else "")
    uid += hashlib.sha1(seed.encode()).hexdigest()[:8]

    svg, outs, labels = Svg(), Svg(' class="c1d-outs"'), Svg(' class="c1d-ol" aria-hidden="true"')
    bottom, boxed = _windows_panel(svg, outs, labels, facts, lang, cols, shown, values, numbers is not None)
    desc = describe_windows(facts, lang, folded, shown)
    title = TEXT[lang]["title"]
    if draw_groups:
        panel = svg.group(' class="c1d-groups"')
        panel.line(MARGIN, bottom + 10, WIDTH - MARGIN, bottom + 10, "c1d-guide")
        bottom = _groups_panel(panel, group_facts, lang, bottom + 12)
        desc += describe_groups(group_facts, lang)
        title += " · " + TEXT[lang]["groups_title"]
    height = bottom + MARGIN
    data = ""
    if numbers is not None:
        data = " data-c1d=" + _attribute(_explore_data(facts, numbers, boxed, precision))
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="c1d" id="{uid}" viewBox="0 0 {WIDTH} {num(height)}" '
        f'width="100%" role="img" lang="{lang}"{data}>'
        f"<title>{escape(title, quote=False)}</title>"
        f'<desc>{escape(" ".join(desc), quote=False)}</desc>'
        f'<g font-size="{FONT}" text-anchor="middle"><g aria-hidden="true">'
    )
    parts = [f"<g{part.attrs}>{part.render()}</g>" for part in (outs, labels)]
    return head + svg.render() + "</g>" + "".join(parts) + "</g></svg>"


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
