# en: Depthwise, pointwise, and depthwise-separable convolution
# ko: 깊이별 합성곱, 점별 합성곱, 깊이별 분리 합성곱
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)


def count(module):
    return sum(p.numel() for p in module.parameters())


x = torch.randn(1, 16, 50)

# %%
# en: Depthwise: groups = in_channels, one kernel per channel.
# ko: 깊이별 합성곱: groups = in_channels, 채널마다 커널 하나.
depthwise = nn.Conv1d(16, 16, kernel_size=5, groups=16)
print("depthwise weight:", tuple(depthwise.weight.shape))
print("depthwise output:", tuple(depthwise(x).shape))

# %%
# en: Pointwise: kernel_size=1, mixes channels at each position.
# ko: 점별 합성곱: kernel_size=1, 위치마다 채널을 섞습니다.
pointwise = nn.Conv1d(16, 32, kernel_size=1)
print("pointwise weight:", tuple(pointwise.weight.shape))

# %%
# en: Depthwise then pointwise, against one ordinary convolution.
# ko: 깊이별 다음 점별 합성곱과 보통의 합성곱 하나를 비교합니다.
separable = nn.Sequential(depthwise, pointwise)
full = nn.Conv1d(16, 32, kernel_size=5)
print("separable output:", tuple(separable(x).shape))
print("full output:     ", tuple(full(x).shape))
print("params:", count(depthwise), "+", count(pointwise), "=", count(separable))
print("params of full:", count(full))
