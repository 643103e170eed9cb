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


# ------------------------------------------------------------- real numbers --


def _decimal(rng: random.Random) -> str:
    """A value as a reader types it: a few decimals, sometimes negative, sometimes whole."""
    value = round(rng.uniform(-5, 5), rng.choice([0, 1, 2, 4]))
    text = f"{value:g}" if rng.random() < 0.5 else repr(value)
    return "0" if text in ("-0", "-0.0") else text


def _typed(values: list[str], rng: random.Random) -> str:
    """Values joined the ways a reader might: commas, spaces, new lines, brackets."""
    style = rng.random()
    if style < 0.55:
        return ",".join(values)
    if style < 0.75:
        return ", ".join(values)
    if style < 0.9:
        return " ".join(values)
    return "[" + ",\n ".join(values) + "]"


def random_value_setting(rng: random.Random) -> dict:
    """A setting small enough for real numbers (up to 4 channels, 32 samples), with the values
    typed: x always or mostly, w and b sometimes (the page states the values it uses otherwise)."""
    while True:
        g = rng.choice([1, 1, 1, 2, 2, 4])
        ci = g * rng.choice([m for m in (1, 2, 4) if g * m <= 4])
        co = g * rng.choice([m for m in (1, 2, 3, 4) if g * m <= 4])
        length = rng.randint(1, 32)
        k = rng.randint(1, min(7, length + 4))
        mode = rng.choice(MODES)
        d = rng.choice([1, 1, 1, 2, 3])
        r = rng.random()
        if r < 0.2:
            p, s = "same", 1
        else:
            p = "valid" if r < 0.27 else rng.randint(-2 if mode != "zeros" else 0, 4)
            s = rng.choice([1, 1, 2, 3])
        shape = [rng.randint(1, 4), ci, length] if rng.random() < 0.7 else [ci, length]
        candidate = setting(shape, ci, co, k, stride=s, padding=p, dilation=d, groups=g,
                            bias=rng.random() < 0.75, padding_mode=mode)
        if torch_outcome(candidate)["error"] == "":
            break
    count = {"x": _size(shape), "w": co * (ci // g) * k, "b": co if candidate["bias"] else 0}
    typed = {}
    for name, chance in (("x", 0.9), ("w", 0.6), ("b", 0.6)):
        if count[name] and rng.random() < chance:
            typed[name] = _typed([_decimal(rng) for _ in range(count[name])], rng)
    return {"setting": candidate, **typed}


def _size(shape) -> int:
    size = 1
    for n in shape:
        size *= n
    return size


def value_settings(count: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed + 7)
    return [random_value_setting(rng) for _ in range(count)]


def _numbers(text: str) -> list[float]:
    return [float(t) for t in re.sub(r"[\[\]]", " ", text).replace(",", " ").split()]


def torch_values(case: dict) -> list[float]:
    """nn.Conv1d with the case's weights and bias on its input, in float64, flattened; where
    the case leaves them out, the values the page states: x = 1, 2, 3, ..., weights 1, bias 0."""
    s = case["setting"]
    conv = nn.Conv1d(s["in_channels"], s["out_channels"], s["kernel_size"], stride=s["stride"],
                     padding=s["padding"], dilation=s["dilation"], groups=s["groups"], bias=s["bias"],
                     padding_mode=s["padding_mode"], dtype=torch.float64)
    size = _size(s["input"])
    x = torch.tensor(_numbers(case["x"]) if "x" in case else [i + 1.0 for i in range(size)], dtype=torch.float64)
    with torch.no_grad():
        conv.weight.copy_(torch.tensor(_numbers(case["w"]), dtype=torch.float64).reshape(conv.weight.shape)
                          if "w" in case else torch.ones_like(conv.weight))
        if conv.bias is not None:
            conv.bias.copy_(torch.tensor(_numbers(case["b"]), dtype=torch.float64) if "b" in case
                            else torch.zeros_like(conv.bias))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return conv(x.reshape(s["input"])).flatten().tolist()


# --------------------------------------------------------------------- stacks --


def random_stack(rng: random.Random) -> dict:
    """Layers as the page's `layers=` writes them, mostly ones torch builds, and an input length."""
    groups = []
    for _ in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6])):
        kind = rng.choices(["conv", "max", "avg"], [0.7, 0.15, 0.15])[0]
        k = rng.randint(1, 7) if rng.random() < 0.985 else rng.choice([0, -1])
        s = rng.choice([1, 1, 1, 2, 2, 3]) if rng.random() < 0.985 else rng.choice([0, -1])
        p = rng.randint(0, 3 if kind == "conv" else max(0, k) // 2) if rng.random() < 0.985 else rng.choice([-1, 3])
        d = rng.choice([1, 1, 1, 2, 3, 4]) if rng.random() < 0.985 else 0
        if kind == "conv":
            if rng.random() < 0.12:
                p, s = rng.choice(["same", "valid"]), rng.choice([1, 1, 1, 1, 1, 2])
            groups.append(f"{k},{s},{p},{d}" if rng.random() < 0.8 else f"{k}")
        elif kind == "max":
            groups.append(f"max:{k},{s},{p},{d}" if rng.random() < 0.8 else f"max:{k}")
        else:
            groups.append(f"avg:{k},{s},{p}" if rng.random() < 0.8 else f"avg:{k}")
    length = rng.randint(40, 400) if rng.random() < 0.75 else rng.choice([1, 2, 3, 5, 8, 13, 21, 3000])
    return {"length": length, "layers": ";".join(groups)}


def stacks(count: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed + 11)
    edge = [{"length": 100, "layers": "3,1,0,1;3,2,1,2"}, {"length": 3, "layers": "max:5"},
            {"length": 3, "layers": "avg:5"}, {"length": 10, "layers": "3;max:3,2,2,1"},
            {"length": 10, "layers": "3;avg:3,2,2"}, {"length": 10, "layers": "11"},
            {"length": 64, "layers": "2,1,0,1;2,1,0,2;2,1,0,4;2,1,0,8"}, {"length": 50, "layers": "3,2,same,1"},
            {"length": 20, "layers": "5,1,same,1;max:2;3,1,valid,2;avg:2"}]
    return edge + [random_stack(rng) for _ in range(count)]


def parse_layers(text: str) -> list[tuple]:
    """("conv" | "max" | "avg", kernel_size, stride, padding, dilation) per layer, with the
    defaults of each layer's own constructor (a pooling layer's stride is its kernel_size)."""
    layers = []
    for group in text.split(";"):
        kind, _, numbers = group.rpartition(":")
        kind = kind or "conv"
        parts = [p if p in ("same", "valid") else int(p) for p in numbers.split(",")]
        k = parts[0]
        s = parts[1] if len(parts) > 1 else (1 if kind == "conv" else k)
        p = parts[2] if len(parts) > 2 else 0
        d = parts[3] if len(parts) > 3 else 1
        layers.append((kind, k, s, p, d))
    return layers


def torch_layer(kind, k, s, p, d, linear=False):
    """The layer itself; with `linear`, one whose gradient shows its windows: every weight 1,
    and a MaxPool1d (whose gradient picks one input) as a Conv1d with the same windows."""
    if kind == "conv" or (kind == "max" and linear):
        conv = nn.Conv1d(1, 1, k, stride=s, padding=p, dilation=d, bias=not linear)
        if linear:
            with torch.no_grad():
                conv.weight.fill_(1.0)
        return conv
    if kind == "max":
        return nn.MaxPool1d(k, s, p, d)
    return nn.AvgPool1d(k, s, p)


def torch_stack(case: dict) -> dict:
    """A real nn.Sequential on torch.zeros(1, 1, length): each layer's output length (forward
    hooks), and the error with the layer that raised it."""
    layers = parse_layers(case["layers"])
    built = []
    for index, layer in enumerate(layers):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # kernel_size=0: "Initializing zero-element tensors"
                built.append(torch_layer(*layer))
        except Exception as error:
            return {"lengths": [], "error": {"layer": index, "message": f"{type(error).__name__}: {error}"}}
    model = nn.Sequential(*built)
    lengths = []
    for module in model:
        module.register_forward_hook(lambda m, i, out: lengths.append(out.shape[-1]))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model(torch.zeros(1, 1, case["length"]))
    except Exception as error:
        return {"lengths": lengths, "error": {"layer": len(lengths), "message": f"{type(error).__name__}: {error}"}}
    return {"lengths": lengths, "error": None}


def gradient_support(layers, length: int, output: int, causal: bool = False) -> tuple[list[int], int]:
    """The input positions output `output` of the stack depends on, from its gradient (every
    layer linear, so that no tap is lost). `causal`: each layer pads dilation·(kernel_size − 1)
    on the left with F.pad and nothing else."""
    import torch.nn.functional as F

    modules = []
    for kind, k, s, p, d in layers:
        if causal:
            modules.append((d * (k - 1), torch_layer(kind, k, s, 0, d, linear=True)))
        else:
            modules.append((0, torch_layer(kind, k, s, p, d, linear=True)))
    x = torch.zeros(1, 1, length, dtype=torch.float32, requires_grad=True)
    y = x + 1.0
    for left, module in modules:
        y = module(F.pad(y, (left, 0)) if left else y)
    y[0, 0, output].backward()
    return torch.nonzero(x.grad[0, 0]).flatten().tolist(), y.shape[-1]


def runs(positions: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for p in positions:
        if out and out[-1][1] == p - 1:
            out[-1][1] = p
        else:
            out.append([p, p])
    return out
