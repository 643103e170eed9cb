# en: The default is not He initialization for ReLU
# ko: 기본 초기화는 ReLU용 He 초기화가 아닙니다
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: He (Kaiming) for ReLU: a=0, std sqrt(2/fan_in).
# ko: ReLU용 He(Kaiming) 초기화: a=0, 표준편차 sqrt(2/fan_in).
conv = nn.Conv1d(64, 512, 3)
fan_in = 64 * 3
he = torch.empty_like(conv.weight)
nn.init.kaiming_uniform_(he, nonlinearity="relu")
print(f"default std: {conv.weight.std().item():.4f}")
print(f"He std:      {he.std().item():.4f}")
print(f"1/sqrt(3*fan_in): {1 / math.sqrt(3 * fan_in):.4f}")
print(f"sqrt(2/fan_in):   {math.sqrt(2 / fan_in):.4f}")

# %%
# en: One layer without ReLU: the default keeps about 1/3 of the variance.
# ko: ReLU 없는 레이어 하나: 기본 초기화는 분산을 약 1/3로 줄입니다.
x = torch.randn(8, 256, 200)
layer = nn.Conv1d(256, 256, 3, padding=1, bias=False)
y = layer(x)
print(f"input variance {x.var().item():.4f}, output variance {y.var().item():.4f}")
print(f"ratio {y.var().item() / x.var().item():.4f}")

# %%
# en: Through 10 Conv1d + ReLU layers: the mean square E[y^2] after each layer.
# en: He for ReLU keeps it near the input's 1; the default divides it by about 6.
# ko: Conv1d + ReLU 레이어 10개를 지나며 레이어마다 평균 제곱 E[y^2]를 봅니다.
# ko: ReLU용 He 초기화는 입력의 1 근처를 유지하고, 기본 초기화는 약 6으로 나눕니다.
print(f"input: mean square {x.pow(2).mean().item():.4f}, std {x.std().item():.4f}")
for name in ["default", "He"]:
    torch.manual_seed(0)
    y = x
    squares = []
    for _ in range(10):
        layer = nn.Conv1d(256, 256, 3, padding=1, bias=False)
        if name == "He":
            nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
        y = torch.relu(layer(y))
        squares.append(f"{y.pow(2).mean().item():.4f}")
    print(f"{name}: mean square", ", ".join(squares))
    print(f"{name}: output std {y.std().item():.4f}")
