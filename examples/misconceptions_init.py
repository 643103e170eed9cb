# en: The default initialization is not He for ReLU
# ko: 기본 초기화는 ReLU용 He 초기화가 아닙니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
import math

conv = nn.Conv1d(16, 33, 3)
fan_in = 16 * 3
print(f"max |w|:          {conv.weight.abs().max().item():.4f}")
print(f"1/sqrt(fan_in):   {1 / math.sqrt(fan_in):.4f}")
print(f"He (ReLU) bound:  {math.sqrt(6 / fan_in):.4f}")
