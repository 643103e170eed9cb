"""The facts a windows diagram is drawn from: which input positions each output of a
Conv1d reads, and which input channels each output channel reads.

`windows(conv, x)` and `channel_groups(conv)` take a layer and an input from an executed
example; tests/test_diagrams.py checks them against torch itself.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

# Taps are drawn for every output up to this many outputs (a lane each); beyond
# it, for the first, second and last output only.
MAX_OUTPUTS_DRAWN = 12


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


def arithmetic(conv: torch.nn.Conv1d, x: torch.Tensor) -> dict | None:
    """What output channel 0 (of the first batch item) computes at each position, term by term.

    `weights[c][j]` is conv.weight[0, c, j] for the input channels c of group 0,
    `padded[c]` is input channel c padded as the layer pads it, and `y` is what
    nn.Conv1d's own forward returns (a subclass's forward is not asked: the
    diagram draws the layer over the input it is given). `others[i]` adds up
    the terms of input channels 1 .. of group 0 (None with one channel per group).
    None when the values are not real floating-point numbers.
    """
    if not (x.is_floating_point() and conv.weight.is_floating_point()):
        return None
    first = x.detach()[0] if x.dim() == 3 else x.detach()
    k, s, d = _one(conv.kernel_size), _one(conv.stride), _one(conv.dilation)
    left, right = _padding(conv)
    cig = int(conv.in_channels) // int(conv.groups)
    mode = conv.padding_mode
    padded = F.pad(first[:cig].unsqueeze(0), (left, right), mode="constant" if mode == "zeros" else mode)[0]
    with torch.no_grad():
        y = torch.nn.Conv1d.forward(conv, x.detach())
    y = (y[0, 0] if x.dim() == 3 else y[0]).tolist()
    weights = conv.weight.detach()[0].tolist()
    wide = padded.double()
    w64 = conv.weight.detach()[0].double()
    others = None
    if cig > 1:
        others = [sum(float((w64[c] * wide[c, i * s: i * s + d * (k - 1) + 1: d]).sum()) for c in range(1, cig))
                  for i in range(len(y))]
    return {
        "weights": weights,
        "bias": None if conv.bias is None else float(conv.bias.detach()[0]),
        "padded": padded.tolist(),
        "y": y,
        "others": others,
        "channels": cig,
    }
