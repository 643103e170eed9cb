"""The words of the diagrams, in each language: labels, and the text alternative that
says what the picture shows."""

from __future__ import annotations

import math
import re

# Channels are folded beyond these counts in the groups panel.
MAX_GROUPS_DRAWN = 4
MAX_CHANNELS_PER_GROUP = 4

TEXT = {
    "en": {
        "title": "Which input positions each output position of this Conv1d reads",
        "input": "input x, channel 0 (with padding)",
        "output": "output y, channel 0",
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
        "next": "Each next output reads the positions of the one before it moved by the stride, {s}.",
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
        # explored in the page (overrides/assets/diagrams.js): each output's reads and arithmetic
        "list": "Output positions of channel 0",
        "option": "Output {i}",
        "hint": "Tap an output position to see what it reads and its arithmetic; the arrow keys step along.",
        "equation": "y[{i}] = {terms} = {y}",
        "others": "input channels {c}: {v}",
        "bias": "bias: {b}",
        "rounded": "values rounded to {p} decimals",
    },
    "ko": {
        "title": "이 Conv1d의 각 출력 위치가 읽는 입력 위치",
        "input": "입력 x, 채널 0 (패딩 포함)",
        "output": "출력 y, 채널 0",
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
        "next": "그다음 출력 위치마다 앞 출력이 읽는 위치를 스트라이드 {s}만큼 옮긴 위치를 읽습니다.",
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
        "list": "채널 0의 출력 위치",
        "option": "출력 {i}번",
        "hint": "출력 위치를 누르면 그 위치가 읽는 입력과 계산식이 나옵니다. 화살표 키로 옮겨 갈 수 있습니다.",
        "equation": "y[{i}] = {terms} = {y}",
        "others": "입력 채널 {c}번의 합: {v}",
        "bias": "편향: {b}",
        "rounded": "소수점 아래 {p}자리로 반올림한 값",
    },
}


def printed(value: float, precision: int) -> str:
    """A value as torch prints it with this precision (sci_mode off): 0.1483, 0.1040, -1.1258;
    a value that rounds to a whole number without its decimals: 210, 3, 0."""
    if value != value:
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = f"{value:.{precision}f}"
    if "." in text and not text.split(".")[1].strip("0"):
        text = text.split(".")[0]
    return "0" if text == "-0" else text


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


def ranges(numbers: list[int], limit: int = 12) -> str:
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




def number_list(items: list[int]) -> str:
    return ", ".join(map(str, items))


def fold(count: int, limit: int) -> list:
    """Indices 0..count-1, folded to 0, 1, None, count-1 beyond `limit`."""
    return list(range(count)) if count <= limit else [0, 1, None, count - 1]


# The words the page's script (overrides/assets/diagrams.js) puts together with a diagram's numbers.
SCRIPT_WORDS = ("reads", "left", "right", "x", "list", "option", "hint", "equation", "others", "bias", "rounded")


def script_words(lang: str) -> dict:
    return {key: TEXT[lang][key] for key in SCRIPT_WORDS}


def tap_names(facts: dict, lang: str) -> list[str]:
    """What each padded position holds, in words: left padding, x[j], right padding."""
    t = TEXT[lang]
    left, L = facts["padding_left"], facts["L_in"]
    return [t["left"] if p < left else t["right"] if p >= left + L else t["x"].format(j=p - left)
            for p in range(facts["L_padded"])]


def reads(facts: dict, lang: str, i: int) -> str:
    names = tap_names(facts, lang)
    taps = facts["taps"][i]
    return TEXT[lang]["reads"].format(i=i, pos=number_list(taps), what=", ".join(names[p] for p in taps))


def describe_windows(facts: dict, lang: str, folded: bool, shown: list[int] | None = None) -> list[str]:
    """The text alternative of the windows panel; `shown`: the outputs whose taps are drawn."""
    t = TEXT[lang]
    left, L = facts["padding_left"], facts["L_in"]
    out = [
        t["setting"].format(L=L, k=facts["kernel_size"], s=facts["stride"], l=left, r=facts["padding_right"],
                            d=facts["dilation"], m=facts["padding_mode"]),
        t["lout"].format(Lp=facts["L_padded"], Lout=facts["L_out"]),
    ]
    shown = facts["shown_outputs"] if shown is None else shown
    if len(shown) < facts["L_out"]:
        out.append(t["subset_desc"].format(n=facts["L_out"], shown=number_list(shown)))
    if len(shown) > 3 and shown == list(range(facts["L_out"])):  # the first, the rule, the last
        out += [reads(facts, lang, shown[0]), t["next"].format(s=facts["stride"]), reads(facts, lang, shown[-1])]
    else:
        out += [reads(facts, lang, i) for i in shown]
    if folded:
        out.append(t["folded"])
    unread = facts["unread"]
    if not unread:
        out.append(t["all_read"])
    elif len(unread) == 1:
        out.append(t["unread_one"].format(pos=unread[0]))
    else:
        out.append(t["unread"].format(pos=ranges(unread)))
    return out


def describe_groups(facts: dict, lang: str) -> list[str]:
    t = TEXT[lang]
    g, cig, cog = facts["groups"], facts["in_per_group"], facts["out_per_group"]
    if g == 1:
        return [t["one_group"]]
    key = "groups_desc_one" if cig == 1 else "groups_desc"
    out = [t[key].format(g=g, ci=facts["in_channels"], co=facts["out_channels"], cig=cig)]
    form = {(True, True): "group_reads_one", (True, False): "group_reads_one_many",
            (False, True): "group_reads_many_one", (False, False): "group_reads"}[(cog == 1, cig == 1)]
    for grp in [x for x in fold(g, MAX_GROUPS_DRAWN) if x is not None]:
        o = ranges(list(range(grp * cog, (grp + 1) * cog)))
        c = ranges(facts["reads"][grp * cog])
        out.append(t[form].format(o=o, c=c))
    if g > MAX_GROUPS_DRAWN:
        out.append(t["group_more"])
    return out
