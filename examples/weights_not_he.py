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
# en: Through 10 ReLU layers, the default shrinks the signal.
# ko: ReLU 레이어 10개를 지나면 기본 초기화는 신호를 줄입니다.
x = torch.randn(8, 64, 200)
for name in ["default", "He"]:
    torch.manual_seed(0)
    y = x
    for _ in range(10):
        layer = nn.Conv1d(64, 64, 3, padding=1, bias=False)
        if name == "He":
            nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
        y = torch.relu(layer(y))
    print(f"{name}: input std {x.std().item():.4f},"
          f" output std {y.std().item():.4f}")
