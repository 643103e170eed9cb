# en: The output length of MaxPool1d and AvgPool1d
# ko: MaxPool1d와 AvgPool1d의 출력 길이
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Conv1d's formula with stride defaulting to kernel_size. ceil_mode rounds up,
# en: but drops a last window that would start in the right padding (n: the third
# en: row rounded up without that rule).
# ko: Conv1d와 같은 공식이고 stride의 기본값만 kernel_size입니다. ceil_mode는 올림하지만,
# ko: 오른쪽 패딩에서 시작할 마지막 창은 버립니다(n: 이 규칙 없이 셋째 행을 올림한 값).
def pool_length(L, k, s=None, p=0, d=1, ceil_mode=False):
    s = k if s is None else s
    q = L + 2 * p - d * (k - 1) - 1
    n = (math.ceil(q / s) if ceil_mode else q // s) + 1
    if ceil_mode and (n - 1) * s >= L + p:
        n -= 1
    return n


# (L, kernel_size, stride, padding, dilation, ceil_mode)
for row in [(10, 3, 2, 0, 1, False), (10, 3, 2, 0, 1, True), (5, 2, 2, 1, 1, True)]:
    torch_L = nn.MaxPool1d(*row[1:5], ceil_mode=row[5])(torch.zeros(1, 1, row[0])).shape[-1]
    print(row, "formula", pool_length(*row), "torch", torch_L)
n = math.ceil((5 + 2 * 1 - 2) / 2) + 1
print("rounded up:", n, "windows; the last would start at", (n - 1) * 2, "= L + padding")
print("AvgPool1d(3, 2, 1) on 10: formula", pool_length(10, 3, 2, 1), "torch", nn.AvgPool1d(3, 2, 1)(torch.zeros(1, 1, 10)).shape[-1])

# %%
# en: MaxPool1d with L 1-16, k 1-5, s 1-3, d 1-3, padding up to k // 2, both roundings.
# ko: L 1–16, k 1–5, s 1–3, d 1–3, k // 2 이하의 패딩, 두 가지 반올림 방식의 MaxPool1d입니다.
settings = [(L, k, s, p, d, c) for L in range(1, 17) for k in range(1, 6) for s in range(1, 4)
            for p in range(k // 2 + 1) for d in range(1, 4) for c in (False, True)]
same, failed = 0, []  # failed: the formula's values where torch raised
for L, k, s, p, d, c in settings:
    try:
        same += nn.MaxPool1d(k, s, p, d, ceil_mode=c)(torch.zeros(1, 1, L)).shape[-1] == pool_length(L, k, s, p, d, c)
    except RuntimeError:
        failed.append(pool_length(L, k, s, p, d, c))
print(f"{len(settings)} settings: {same} same length, {len(failed)} raised (formula at most {max(failed)})")

# %%
# en: Padding: MaxPool1d pads with -inf, AvgPool1d with zeros that count in the mean by default.
# ko: 패딩: MaxPool1d는 -inf를, AvgPool1d는 0을 붙이며 기본값에서는 0도 평균에 들어갑니다.
x = torch.tensor([[[-3.0, -1, -4, -1, -5, -9]]])
print("max:         ", nn.MaxPool1d(3, 2, padding=1)(x))
print("avg:         ", nn.AvgPool1d(3, 2, padding=1)(x))
print("avg, no pads:", nn.AvgPool1d(3, 2, padding=1, count_include_pad=False)(x))
