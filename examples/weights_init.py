# en: The default initialization: bound 1/sqrt(fan_in)
# ko: 기본 초기화: 경계값 1/sqrt(fan_in)
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: fan_in = (in_channels // groups) * kernel_size
# ko: fan_in = (in_channels // groups) * kernel_size
conv = nn.Conv1d(16, 33, 3)
fan_in = (16 // 1) * 3
print("fan_in:", fan_in)
print(f"1/sqrt(fan_in): {1 / math.sqrt(fan_in):.4f}")
print(f"max |weight|:   {conv.weight.abs().max().item():.4f}")
print(f"max |bias|:     {conv.bias.abs().max().item():.4f}")

# %%
# en: kaiming_uniform_ with a=sqrt(5): gain sqrt(2/(1+a^2)) = sqrt(1/3)
# ko: a=sqrt(5)인 kaiming_uniform_: gain sqrt(2/(1+a^2)) = sqrt(1/3)
a = math.sqrt(5)
gain = math.sqrt(2 / (1 + a**2))
bound = gain * math.sqrt(3 / fan_in)
print(f"gain: {gain:.4f}, bound: {bound:.4f}")

# %%
# en: The same call, from the same seed, gives the same weights.
# ko: 같은 시드에서 같은 함수를 부르면 가중치가 똑같이 나옵니다.
torch.manual_seed(1)
layer = nn.Conv1d(16, 33, 3)
torch.manual_seed(1)
w = torch.empty(33, 16, 3)
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
print("identical:", torch.equal(layer.weight, w))

# %%
# en: A depthwise layer has a small fan_in, so a wide bound.
# ko: 깊이별 합성곱은 fan_in이 작아서 경계값이 큽니다.
dw = nn.Conv1d(8, 8, 5, groups=8)
print("fan_in:", 1 * 5)
print(f"bound: {1 / math.sqrt(5):.4f}")
print(f"max |weight|: {dw.weight.abs().max().item():.4f}")
