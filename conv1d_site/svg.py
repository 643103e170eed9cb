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
    labels on one baseline as tspans of one text; groups of their own (`group`) after them.
    Keeps a diagram to a few KB.

    A shape given `attrs` (such as ` data-p="3"`) is a path of its own, so that a script
    can find it; texts are never rotated.
    """

    LAYERS = ("c1d-guide", "c1d-link", "c1d-cell", "c1d-tap", "c1d-dot")

    def __init__(self, attrs: str = ""):
        self.attrs = attrs
        self.shapes: dict[tuple[str, str], list[str]] = {}
        self.texts: dict[tuple, list[tuple]] = {}
        self.groups: list[Svg] = []

    def rect(self, x, y, w, h, cls, attrs=""):
        self.shapes.setdefault((cls, attrs), []).append(f"M{num(x)} {num(y)}h{num(w)}v{num(h)}h{num(-w)}z")

    def line(self, x1, y1, x2, y2, cls, attrs=""):
        if num(x1) == num(x2):
            d = f"M{num(x1)} {num(y1)}V{num(y2)}"
        elif num(y1) == num(y2):
            d = f"M{num(x1)} {num(y1)}H{num(x2)}"
        else:
            d = f"M{num(x1)} {num(y1)}L{num(x2)} {num(y2)}"
        self.shapes.setdefault((cls, attrs), []).append(d)

    def dot(self, x, y, attrs="", cls="c1d-dot"):
        """A dot: a line of no length with round caps (its size is the stroke width of .c1d-dot)."""
        self.shapes.setdefault((cls, attrs), []).append(f"M{num(x)} {num(y)}h0")

    def text(self, x, y, body, cls="", anchor="middle"):
        self.texts.setdefault((cls, anchor), []).append((num(x), num(y), escape(body, quote=False)))

    def group(self, attrs: str) -> Svg:
        """A <g> of its own (`attrs` such as ` class="c1d-o" data-i="2"`), drawn after this one's shapes."""
        child = Svg(attrs)
        self.groups.append(child)
        return child

    def render(self) -> str:
        def layer(key):
            return next((i for i, prefix in enumerate(self.LAYERS) if key[0].startswith(prefix)), len(self.LAYERS))

        out = []
        for (cls, attrs), ds in sorted(self.shapes.items(), key=lambda item: layer(item[0])):
            cls = f' class="{cls}"' if cls else ""
            out.append(f'<path{cls}{attrs} d="{"".join(ds)}"/>')
        for (cls, anchor), items in self.texts.items():
            items = sorted(items, key=lambda item: float(item[1]))  # one <text> per baseline
            attrs = (f' class="{cls}"' if cls else "") + (f' text-anchor="{anchor}"' if anchor != "middle" else "")
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
        out += [f"<g{child.attrs}>{child.render()}</g>" for child in self.groups]
        return "".join(out)
