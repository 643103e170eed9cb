# en: The output length of ConvTranspose1d
# ko: ConvTranspose1d의 출력 길이
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The formula, next to the length torch returns.
# ko: 공식과 torch가 돌려주는 길이를 나란히 놓습니다.
def transpose_length(L, k, s=1, p=0, d=1, output_padding=0):
    return (L - 1) * s - 2 * p + d * (k - 1) + output_padding + 1


# (L, kernel_size, stride, padding, dilation, output_padding)
for row in [(10, 3, 1, 0, 1, 0), (10, 3, 1, 1, 1, 0), (10, 3, 2, 1, 1, 0), (10, 3, 2, 1, 1, 1), (10, 4, 2, 1, 1, 0)]:
    L, k, s, p, d, op = row
    up = nn.ConvTranspose1d(4, 2, k, stride=s, padding=p, dilation=d, output_padding=op)
    print(row, "formula", transpose_length(*row), "torch", up(torch.zeros(1, 4, L)).shape[-1])

# %%
# en: Every setting with L 1-12, k 1-4, s 1-3, p 0-2, d 1-2 and each allowed output_padding.
# ko: L 1–12, k 1–4, s 1–3, p 0–2, d 1–2와 허용되는 모든 output_padding을 시험합니다.
grid = itertools.product(range(1, 13), range(1, 5), range(1, 4), range(3), range(1, 3))
settings = [(L, k, s, p, d, op) for L, k, s, p, d in grid for op in range(max(s, d))]
same, failed = 0, []  # failed: the formula's values where torch raised
for L, k, s, p, d, op in settings:
    up = nn.ConvTranspose1d(1, 1, k, stride=s, padding=p, dilation=d, output_padding=op)
    try:
        same += up(torch.zeros(1, 1, L)).shape[-1] == transpose_length(L, k, s, p, d, op)
    except RuntimeError:
        failed.append(transpose_length(L, k, s, p, d, op))
print(f"{len(settings)} settings: {same} same length, {len(failed)} raised (formula at most {max(failed)})")
