# en: Keras's default initializers, and their torch equivalents
# ko: Keras의 기본 초기화와 torch에서 같은 초기화
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Conv1d(128, 32, 3): fan_in = in * k, fan_out = out * k, as Keras counts them.
# ko: Conv1d(128, 32, 3): Keras처럼 fan_in = in * k, fan_out = out * k로 셉니다.
conv = nn.Conv1d(128, 32, 3)
fan_in, fan_out = 128 * 3, 32 * 3
print("fan_in, fan_out:", fan_in, fan_out)

# %%
# en: torch's default: weight and bias within 1/sqrt(fan_in).
# ko: torch 기본값: 가중치와 편향이 1/sqrt(fan_in) 안에 있습니다.
print(f"1/sqrt(fan_in):         {1 / math.sqrt(fan_in):.4f}")
print(f"max |weight|, |bias|:   {conv.weight.abs().max().item():.4f}, {conv.bias.abs().max().item():.4f}")

# %%
# en: Keras's default, glorot_uniform and zeros, in torch.
# ko: Keras 기본값 glorot_uniform과 zeros를 torch로.
nn.init.xavier_uniform_(conv.weight)
nn.init.zeros_(conv.bias)
print(f"sqrt(6/(fan_in+fan_out)): {math.sqrt(6 / (fan_in + fan_out)):.4f}")
print(f"max |weight|:             {conv.weight.abs().max().item():.4f}")
print("bias all zero:", bool((conv.bias == 0).all()))
