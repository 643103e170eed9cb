# en: One weight for several inputs and settings
# ko: 여러 입력과 설정에 가중치 하나를 씁니다
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One weight applied to two inputs of different lengths.
# ko: 길이가 다른 두 입력에 가중치 하나를 적용합니다.
weight = nn.Parameter(torch.randn(4, 2, 3))
a, b = torch.randn(1, 2, 10), torch.randn(1, 2, 12)
print(tuple(F.conv1d(a, weight).shape), tuple(F.conv1d(b, weight).shape))

# %%
# en: Both uses add to the one gradient.
# ko: 두 번 쓴 기울기가 하나의 기울기에 더해집니다.
(F.conv1d(a, weight).sum() + F.conv1d(b, weight).sum()).backward()
both = weight.grad.clone()
grad_a, grad_b = (torch.autograd.grad(F.conv1d(t, weight).sum(), weight)[0] for t in (a, b))
print("sum of the two:", torch.allclose(both, grad_a + grad_b))

# %%
# en: A layer's own weight used again at dilation 2: the same 3 taps, twice as far apart.
# ko: 레이어의 가중치를 딜레이션 2로 한 번 더 씁니다. 같은 탭 3개를 두 배 간격으로 놓습니다.
conv = nn.Conv1d(2, 4, 3)
x = torch.randn(1, 2, 20)
print("layer:     ", tuple(conv(x).shape))
print("dilation 2:", tuple(F.conv1d(x, conv.weight, conv.bias, dilation=2).shape))
