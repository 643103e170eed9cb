"""SVG written small: shapes gathered into one path per class, texts grouped by style."""

from __future__ import annotations

from html import escape


def text_width(text: str, size: float) -> float:
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


def wrap(text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and text_width(trial, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line] if line else lines


def num(v: float) -> str:
    """A coordinate, compact."""
    r = round(v, 1)
    return str(int(r)) if r == int(r) else str(r)


class Svg:
    """Shapes collected by class and written as one path per class; texts grouped by style,
    labels on one baseline as tspans of one text. Keeps a diagram to a few KB."""

    LAYERS = ("c1d-guide", "c1d-link", "c1d-cell", "c1d-tap", "c1d-dot")

    def __init__(self):
        self.shapes: dict[str, list[str]] = {}
        self.texts: dict[tuple, list[tuple]] = {}

    def rect(self, x, y, w, h, cls):
        self.shapes.setdefault(cls, []).append(f"M{num(x)} {num(y)}h{num(w)}v{num(h)}h{num(-w)}z")

    def line(self, x1, y1, x2, y2, cls):
        if num(x1) == num(x2):
            d = f"M{num(x1)} {num(y1)}V{num(y2)}"
        elif num(y1) == num(y2):
            d = f"M{num(x1)} {num(y1)}H{num(x2)}"
        else:
            d = f"M{num(x1)} {num(y1)}L{num(x2)} {num(y2)}"
        self.shapes.setdefault(cls, []).append(d)

    def dot(self, x, y, r):
        r = num(r)
        self.shapes.setdefault("c1d-dot", []).append(
            f"M{num(x - float(r))} {num(y)}a{r} {r} 0 1 0 {num(2 * float(r))} 0a{r} {r} 0 1 0 -{num(2 * float(r))} 0")

    def text(self, x, y, body, cls="", anchor="middle", rotate=False):
        """`rotate`: written upwards (rotated -90 degrees about its anchor point)."""
        if rotate:
            x, y = -y, x  # the same point in the frame rotate(-90)
        self.texts.setdefault((cls, anchor, rotate), []).append((num(x), num(y), escape(body, quote=False)))

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
