# en: Conv1d as unfold (im2col) and one matrix product
# ko: unfold(im2col)와 행렬 곱 한 번으로 계산하는 Conv1d
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A small layer in float64: 2 channels of length 8, kernel_size 3, stride 2, padding 1.
# ko: float64로 만든 작은 레이어: 길이 8인 채널 2개, kernel_size 3, stride 2, padding 1.
conv = nn.Conv1d(2, 3, kernel_size=3, stride=2, padding=1, dtype=torch.float64)
x = torch.randn(1, 2, 8, dtype=torch.float64)
print("layer output:", tuple(conv(x).shape))

# %%
# en: Pad, then cut a window of kernel_size samples every stride samples: (N, C, L_out, k).
# ko: 패딩한 다음 stride마다 kernel_size 샘플짜리 창을 잘라 냅니다: (N, C, L_out, k).
windows = F.pad(x, (1, 1)).unfold(2, 3, 2)
print("windows:", tuple(windows.shape))

# %%
# en: One column per window, holding the C * k = 6 numbers it reads; the weight as a (3, 6) matrix.
# ko: 창마다 열 하나에 그 창이 읽는 C * k = 6개 숫자를 담고, 가중치는 (3, 6) 행렬로 바꿉니다.
columns = windows.transpose(2, 3).reshape(1, 2 * 3, 4)
W = conv.weight.reshape(3, 2 * 3)
print("columns:", tuple(columns.shape), " W:", tuple(W.shape))

# %%
# en: One matrix product plus the bias gives the layer's output.
# ko: 행렬 곱 한 번에 편향을 더하면 레이어의 출력이 됩니다.
y = W @ columns + conv.bias[:, None]
print(tuple(y.shape), "allclose:", torch.allclose(y, conv(x)), " equal:", torch.equal(y, conv(x)))
print("largest difference:", (y - conv(x)).abs().max().item())

# %%
# en: The same with einsum, straight from the windows.
# ko: einsum으로 창에서 바로 계산해도 같습니다.
y2 = torch.einsum("nclk,ock->nol", windows, conv.weight) + conv.bias[:, None]
print("einsum allclose:", torch.allclose(y2, conv(x)))
