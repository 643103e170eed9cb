# en: LazyLinear and LazyConv1d take their input size from the first forward pass
# ko: LazyLinear와 LazyConv1d는 첫 순전파에서 입력 크기를 정합니다
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Before the first forward pass: in_features is 0, the weight has no shape yet.
# ko: 첫 순전파 전: in_features는 0이고, 가중치에는 아직 모양이 없습니다.
head = nn.LazyLinear(10)
print(head)
print(type(head.weight).__name__)

# %%
# en: The first input fixes in_features; the layer becomes a plain Linear.
# ko: 첫 입력이 in_features를 정하고, 레이어는 평범한 Linear가 됩니다.
head(torch.randn(8, 640))
print(head)
print(type(head.weight).__name__, tuple(head.weight.shape))

# %%
# en: LazyConv1d does the same for in_channels.
# ko: LazyConv1d는 in_channels를 같은 방식으로 정합니다.
conv = nn.LazyConv1d(4, kernel_size=3)
print(conv, type(conv.weight).__name__)
conv(torch.randn(1, 7, 10))
print(conv, tuple(conv.weight.shape))
