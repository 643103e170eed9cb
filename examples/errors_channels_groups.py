# en: Channel mismatch in a grouped layer
# ko: 그룹 합성곱 레이어의 채널 수 불일치
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(6, 4, kernel_size=3, groups=2)
print("weight:", tuple(conv.weight.shape))

# %% raises RuntimeError
# en: Expected channels = groups * weight.shape[1] = 2 * 3.
# ko: 기대하는 채널 수 = groups * weight.shape[1] = 2 * 3입니다.
conv(torch.randn(2, 4, 10))
