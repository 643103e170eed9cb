# en: Default initialization of the bias
# ko: 편향의 기본 초기화
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: fan_in = (in_channels // groups) * kernel_size, bound = 1/sqrt(fan_in)
# ko: fan_in = (in_channels // groups) * kernel_size, 경계값 = 1/sqrt(fan_in)
for c_in, c_out, k, g in [(16, 33, 3, 1), (64, 512, 3, 1), (8, 512, 5, 8)]:
    conv = nn.Conv1d(c_in, c_out, k, groups=g)
    fan_in = (c_in // g) * k
    bound = 1 / math.sqrt(fan_in)
    b = conv.bias.detach()
    print(f"Conv1d({c_in}, {c_out}, {k}, groups={g}): fan_in {fan_in}")
    print(f"  bound {bound:.4f}, bias min {b.min():.4f} max {b.max():.4f}")
