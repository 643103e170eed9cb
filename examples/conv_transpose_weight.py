# en: The weight of ConvTranspose1d: (in_channels, out_channels / groups, kernel_size)
# ko: ConvTranspose1d의 가중치: (in_channels, out_channels / groups, kernel_size)
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: in_channels comes first, the opposite of Conv1d.
# ko: Conv1d와 반대로 in_channels가 먼저 옵니다.
up = nn.ConvTranspose1d(4, 2, kernel_size=3)
down = nn.Conv1d(2, 4, kernel_size=3)
print("ConvTranspose1d(4, 2, 3):", tuple(up.weight.shape), " bias", tuple(up.bias.shape))
print("Conv1d(2, 4, 3):         ", tuple(down.weight.shape), " bias", tuple(down.bias.shape))

# %%
# en: With groups, the second axis is out_channels / groups.
# ko: groups를 주면 둘째 축이 out_channels / groups가 됩니다.
grouped = nn.ConvTranspose1d(4, 6, kernel_size=3, groups=2)
print("ConvTranspose1d(4, 6, 3, groups=2):", tuple(grouped.weight.shape))
print("parameters:", sum(p.numel() for p in grouped.parameters()))
print("Conv1d(6, 4, 3, groups=2):         ", tuple(nn.Conv1d(6, 4, 3, groups=2).weight.shape))
