"""Where a windows diagram puts things: the columns it draws (folding the middle of a long
input), which outputs get a lane, where labels fit, and on which row each output box goes.
Sizes are in SVG units, which are CSS pixels in the content column of a 360 px phone.
"""

from __future__ import annotations

from conv1d_site.svg import text_width

# The viewBox is as wide as the content column of a 360 px phone (360 px minus
# Material's margins), so a unit is a CSS pixel there and FONT is the text's size
# in px; wider columns scale it up to MAX_WIDTH (text at FONT * MAX_WIDTH / WIDTH).
WIDTH = 328
FONT = 12
MAX_WIDTH = 410
MARGIN = 8
INNER = WIDTH - 2 * MARGIN
LINE = 16  # one line of text
MAX_CELL = 36
MIN_CELL = 7  # narrower cells would merge the dots of neighbouring taps
CELL_H, CELL_H_VALUES = 18, 24
LANE_H = 10
BOX = 24  # an output position: a target of at least 24 x 24 px
MAX_BOX_ROWS = 2

def min_cell(facts: dict) -> float:
    """Output boxes are `stride` cells apart; two staggered rows keep them 24 px wide."""
    return max(MIN_CELL, BOX / MAX_BOX_ROWS / facts["stride"])


def plan(facts: dict) -> tuple[list, list[int]]:
    """(columns, outputs whose taps are drawn): every position when they fit at the
    narrowest cell; else folded around the taps of fewer and fewer outputs."""
    most = int(INNER // min_cell(facts))
    L_out = facts["L_out"]
    tries = [facts["shown_outputs"], sorted({0, 1, L_out - 1}), sorted({0, L_out - 1}), [0]]
    for shown in tries:
        cols = columns(facts, shown, most)
        if len(cols) <= most:
            return cols, shown
    return cols, shown


def columns(facts: dict, shown: list[int], most: int) -> list:
    """The padded positions drawn, in order, with None for an ellipsis cell.

    Up to `most` positions, all. Beyond, the taps of the drawn outputs and the
    edges of the padding always; then, while they fit, unread inputs next to
    those and a little context at both ends. Hidden runs become one ellipsis.
    """
    Lp = facts["L_padded"]
    if Lp <= most:
        return list(range(Lp))
    left, L = facts["padding_left"], facts["L_in"]
    base = {p for i in shown for p in facts["taps"][i]}
    base.update(p for p in (0, left - 1, left, left + L - 1, left + L, Lp - 1) if 0 <= p < Lp)
    unread = {u + left for u in facts["unread"]}
    near = base | {p for p in unread if p - 1 in base or p + 1 in base}
    context = set(near)
    context.update(range(left, min(left + 3, left + L)))  # the first inputs
    context.update(range(max(left + L - 3, left), left + L))  # the last inputs
    context.update(p for p in (1, left - 2, left + L + 1, Lp - 2) if 0 <= p < Lp)  # two cells of each padding end
    cols = []
    for keep in (context, near, base):
        cols = fold_positions(keep, Lp)
        if len(cols) <= most:
            break
    return cols


def fold_positions(keep: set, Lp: int) -> list:
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


def labelled(centers: list[tuple[float, str]], gap: float = 3) -> list[tuple[float, str]]:
    """The labels that fit side by side at FONT: every n-th, the smallest n that leaves a gap
    between any two (fewer labels, never smaller ones)."""
    if not centers:
        return []
    for n in range(1, len(centers) + 1):
        chosen = centers[::n]
        if all(b[0] - a[0] >= (text_width(a[1], FONT) + text_width(b[1], FONT)) / 2 + gap
               for a, b in zip(chosen, chosen[1:])):
            return chosen
    return centers[:1]


def box_rows(boxes: list[tuple[float, float, int]]) -> list[int]:
    """A row for each (center, width, output) box, in the order given, so that none overlaps
    another in its row: the first row with room."""
    ends: list[float] = []
    rows = []
    for center, width, _ in boxes:
        for r, end in enumerate(ends):
            if center - width / 2 >= end + 2:
                ends[r] = center + width / 2
                rows.append(r)
                break
        else:
            ends.append(center + width / 2)
            rows.append(len(ends) - 1)
    return rows
