"""Conv1d settings for the calculator's tests, and what torch 2.13 itself does with each.

`settings()` gives seeded settings, mostly ones torch accepts, with every kind of mistake
mixed in; `torch_outcome(s)` builds `nn.Conv1d(...)` and runs it on a zero input of the
setting's shape, and returns what the calculator must show: shapes, the parameter count,
the exception's type and message, and the warnings.
"""

import random
import re
import warnings

import torch
from torch import nn

MODES = ["zeros", "reflect", "replicate", "circular"]
NONE = "—"
SEED = 20261125


def random_setting(rng: random.Random) -> dict:
    """Mostly settings torch accepts, with every kind of mistake mixed in."""
    g = rng.choice([1, 1, 1, 2, 3, 4]) if rng.random() < 0.93 else rng.choice([0, -1, 5, 8])
    unit = g if g > 0 else 1
    c = unit * rng.choice([1, 1, 2, 3, 4]) if rng.random() < 0.85 else rng.choice([1, 2, 3, 4, 6, 8])
    ci = c if rng.random() < 0.85 else rng.choice([0, 1, 2, 3, 4, 5, 6, -1])
    co = unit * rng.choice([1, 2, 3, 4]) if rng.random() < 0.85 else rng.choice([0, -2, 1, 2, 3, 5, 6])
    length = rng.randint(1, 24) if rng.random() < 0.9 else rng.choice([1, 2, 3, 200, 2100])
    batched = rng.random() < 0.65
    rank = 3 if batched else 2
    if rng.random() < 0.03:
        rank = rng.choice([1, 4, 5])  # torch raises: a 1-D or 4-D tensor is no Conv1d input
    n = rng.choice([1, 2, 3]) if rng.random() < 0.95 else 16
    k = rng.randint(1, 9) if rng.random() < 0.9 else rng.choice([0, -1, 12, 30])
    d = rng.randint(1, 4) if rng.random() < 0.9 else rng.choice([0, -1, -3])
    r = rng.random()
    if r < 0.25:
        p = "same"
    elif r < 0.32:
        p = "valid"
    elif r < 0.36:
        p = rng.choice(["SAME", "full", "foo", "it's", "같음"])
    elif r < 0.43:
        p = rng.choice([-1, -2, -5])
    else:
        p = rng.randint(0, 12)
    if p == "same" and rng.random() < 0.8:
        s = 1
    else:
        s = rng.randint(1, 4) if rng.random() < 0.9 else rng.choice([0, -1, -2])
    mode = rng.choice(MODES) if rng.random() < 0.95 else rng.choice(["zero", "constant", "Reflect"])
    shape = {1: [length], 2: [c, length], 3: [n, c, length], 4: [n, c, length, 1], 5: [1, n, c, length, 1]}[rank]
    return {"input": shape, "in_channels": ci, "out_channels": co,
            "kernel_size": k, "stride": s, "padding": p, "dilation": d, "groups": g,
            "bias": rng.random() < 0.7, "padding_mode": mode}


def setting(input, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
            bias=True, padding_mode="zeros"):
    return {"input": list(input), "in_channels": in_channels, "out_channels": out_channels,
            "kernel_size": kernel_size, "stride": stride, "padding": padding, "dilation": dilation,
            "groups": groups, "bias": bias, "padding_mode": padding_mode}


EDGE_CASES = [
    setting((2, 3, 10), 3, 4, 3),
    setting((3, 10), 3, 4, 3),  # unbatched
    setting((2, 4, 10), 3, 4, 3),  # wrong channel count
    setting((4, 10), 3, 4, 3),  # wrong channel count, unbatched: the message shows input[1, 4, 10]
    setting((2, 3, 10), 3, 4, 11),  # kernel longer than the input
    setting((2, 3, 10), 3, 4, 3, dilation=5),  # dilated kernel longer than the input
    setting((2, 3, 10), 3, 4, 10),  # kernel as long as the input
    setting((2, 3, 10), 3, 4, 3, padding=10, padding_mode="reflect"),  # reflect padding >= L_in
    setting((2, 3, 10), 3, 4, 3, padding=9, padding_mode="reflect"),
    setting((2, 3, 10), 3, 4, 3, padding=11, padding_mode="circular"),  # circular padding > L_in
    setting((2, 3, 10), 3, 4, 3, padding=10, padding_mode="circular"),
    setting((2, 3, 10), 3, 4, 3, padding=20, padding_mode="replicate"),
    setting((1, 4, 2), 4, 4, 5, padding="same", padding_mode="reflect"),
    setting((2, 3, 10), 3, 4, 3, stride=0),
    setting((2, 3, 10), 3, 4, 3, stride=-1),
    setting((2, 3, 10), 3, 4, 3, padding=-1),
    setting((2, 3, 10), 3, 4, 3, padding=-1, padding_mode="reflect"),  # crops instead
    setting((2, 3, 10), 3, 4, 3, dilation=0),
    setting((3, 10), 3, 4, 3, dilation=0),  # another backend, another message
    setting((2, 3, 10), 3, 4, 3, dilation=-1),
    setting((2, 3, 10), 3, 0, 3),  # out_channels=0 builds, then fails
    setting((2, 3, 10), 3, 4, 0),  # kernel_size=0 builds, then fails
    setting((3, 10), 3, 4, 0),
    setting((2, 3, 10), 3, 4, -1),
    setting((2, 3, 10), -3, 4, 3),
    setting((2, 3, 10), 3, 4, 3, groups=0),
    setting((2, 3, 10), 3, 4, 3, groups=-1),
    setting((2, 3, 10), 3, 4, 3, groups=2),  # does not divide in_channels
    setting((2, 4, 10), 4, 3, 3, groups=2),  # does not divide out_channels
    setting((2, 4, 10), 4, 8, 3, groups=4),
    setting((2, 3, 10), 3, 4, 3, padding="SAME"),
    setting((2, 3, 10), 3, 4, 3, padding="foo"),
    setting((2, 3, 10), 3, 4, 3, stride=2, padding="same"),
    setting((2, 3, 10), 3, 4, 3, padding_mode="constant"),
    setting((2, 3, 10), 3, 4, 3, groups=2, padding="foo", padding_mode="bar"),  # the first check wins
    setting((2, 3, 10), 3, 4, 4, padding="same"),  # even kernel: one more on the right
    setting((2, 3, 10), 3, 4, 4, padding="same", dilation=2),
    setting((2, 3, 10), 3, 4, 4, padding="same", dilation=3),
    setting((2, 3, 10), 3, 4, 2, padding="same", padding_mode="circular"),
    setting((3, 10), 3, 4, 6, padding="same", padding_mode="replicate"),
    setting((2, 3, 10), 3, 4, 3, padding="valid"),
    setting((2, 3, 10), 3, 4, 3, bias=False),
    setting((20, 16, 50), 16, 33, 3, stride=2),
    setting((10,), 3, 4, 3),  # a 1-D input
    setting((10,), 3, 4, 3, padding_mode="reflect"),  # F.pad says it first
    setting((2, 3, 10, 1), 3, 4, 3),
    setting((2, 3, 10, 1), 3, 4, 3, padding_mode="circular"),
    setting((2, 3, 10), 3, 4, 3, padding=" same "),  # a padding string is taken as it is
]


def settings(count: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    return EDGE_CASES + [random_setting(rng) for _ in range(count)]


def as_params(s: dict) -> dict:
    """The setting as the page's query string holds it."""
    params = {name: str(value) for name, value in s.items()}
    params["input"] = ",".join(str(size) for size in s["input"])
    params["bias"] = "true" if s["bias"] else "false"
    return params


# --------------------------------------------------------------------- torch --


def sorted_sets(message: str) -> str:
    """Python prints sets in an order that changes from run to run: compare them sorted."""
    return re.sub(r"\{('[^{}]*')\}", lambda m: "{" + ", ".join(sorted(m[1].split(", "))) + "}", message)


def torch_outcome(s: dict) -> dict:
    """What the page should show, from torch itself, warnings included."""
    warn_always = torch.is_warn_always_enabled()
    torch.set_warn_always(True)  # TORCH_WARN_ONCE warnings too, every time
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            shown = _torch_outcome(s)
    finally:
        torch.set_warn_always(warn_always)
    texts = [f"{w.category.__name__}: {re.sub(r' [(]Triggered internally at .*', '', str(w.message))}" for w in caught]
    return {**shown, "warnings": "\n".join(dict.fromkeys(texts))}


def _torch_outcome(s: dict) -> dict:
    none = {"output-shape": NONE, "weight-shape": NONE, "bias-shape": NONE, "parameter-count": NONE, "error": ""}
    try:
        conv = nn.Conv1d(s["in_channels"], s["out_channels"], s["kernel_size"], stride=s["stride"],
                         padding=s["padding"], dilation=s["dilation"], groups=s["groups"], bias=s["bias"],
                         padding_mode=s["padding_mode"])
    except Exception as error:
        return {**none, "error": f"{type(error).__name__}: {sorted_sets(str(error))}"}
    shown = {**none,
             "weight-shape": str(list(conv.weight.shape)),
             "bias-shape": "None" if conv.bias is None else str(list(conv.bias.shape)),
             "parameter-count": str(sum(p.numel() for p in conv.parameters()))}
    try:
        with torch.no_grad():
            output = conv(torch.zeros(s["input"]))
    except Exception as error:
        return {**shown, "error": f"{type(error).__name__}: {sorted_sets(str(error))}"}
    return {**shown, "output-shape": str(list(output.shape))}

