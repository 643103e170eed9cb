# en: The matrix product, equal to the layer to the last digit
# ko: 마지막 자리까지 레이어와 같은 행렬 곱
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Any stride, padding, dilation and groups: one product per sample and group,
# en: started from the bias (addmm) instead of adding the bias at the end.
# ko: stride, padding, dilation, groups가 무엇이든 샘플과 그룹마다 행렬 곱을 한 번씩 하고,
# ko: 편향을 끝에 더하지 않고 편향에서 합을 시작합니다(addmm).
def by_matrix(x, conv, bias_last=False):
    k, s, p, d, g = conv.kernel_size[0], conv.stride[0], conv.padding[0], conv.dilation[0], conv.groups
    windows = F.pad(x, (p, p)).unfold(2, d * (k - 1) + 1, s)[..., ::d]  # every d-th sample of a span
    N, C, L_out, _ = windows.shape
    columns = windows.transpose(2, 3).reshape(N, g, C // g * k, L_out)
    W = conv.weight.reshape(g, -1, C // g * k)
    b = conv.bias.reshape(g, -1, 1) if conv.bias is not None else None
    out = []
    for n in range(N):
        for j in range(g):
            cols = columns[n, j].contiguous()
            if b is None:
                out.append(W[j] @ cols)
            elif bias_last:
                out.append(W[j] @ cols + b[j])
            else:
                out.append(torch.addmm(b[j], W[j], cols))
    return torch.stack(out).reshape(N, -1, L_out)


x = torch.randn(2, 4, 17, dtype=torch.float64)
for settings in [dict(stride=2, padding=1), dict(dilation=2, padding=2), dict(groups=2), dict(bias=False)]:
    conv = nn.Conv1d(4, 8, 3, dtype=torch.float64, **settings)
    print(f"{settings}: equal {torch.equal(by_matrix(x, conv), conv(x))}")

# %%
# en: The same numbers with the bias added last: a different rounding.
# ko: 편향을 마지막에 더하면 반올림이 달라집니다.
conv = nn.Conv1d(4, 8, 3, dtype=torch.float64)
print("bias last: equal", torch.equal(by_matrix(x, conv, bias_last=True), conv(x)),
      " largest difference", (by_matrix(x, conv, bias_last=True) - conv(x)).abs().max().item())

# %%
# en: 432 settings in float64 and in float32 (kernel 1, 2, 3 and 5, stride 1-3, padding 0-2,
# en: dilation 1-2, groups 1, 2, 4, with and without bias).
# ko: float64와 float32에서 설정 432가지를 시험합니다(kernel 1, 2, 3, 5, stride 1–3, padding 0–2,
# ko: dilation 1–2, groups 1, 2, 4, 편향 있음과 없음).
grid = list(itertools.product([1, 2, 3, 5], [1, 2, 3], [0, 1, 2], [1, 2], [1, 2, 4], [True, False]))
for dtype in [torch.float64, torch.float32]:
    x = torch.randn(2, 4, 17, dtype=dtype)
    equal = close = 0
    largest = 0.0
    for k, s, p, d, g, bias in grid:
        conv = nn.Conv1d(4, 8, k, s, p, d, g, bias, dtype=dtype)
        y, ref = by_matrix(x, conv), conv(x)
        equal += torch.equal(y, ref)
        close += torch.allclose(y, ref, atol=1e-6)
        largest = max(largest, (y - ref).abs().max().item())
    print(f"{dtype}: all {len(grid)} equal {equal == len(grid)}, all allclose {close == len(grid)},"
          f" largest difference below 1e-6 {largest < 1e-6}")
