# en: Passing (N, L, C) to Conv1d
# ko: Conv1d에 (N, L, C)를 넣으면
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 8 sequences of 100 steps with 16 features, not transposed.
# ko: 특징 16개, 길이 100인 시퀀스 8개를 전치하지 않고 넣습니다.
conv = nn.Conv1d(16, 32, 3)
x = torch.randn(8, 100, 16)

# %% raises RuntimeError
# en: Axis 1 (100) is taken as the channel axis.
# ko: 1번 축(100)을 채널 축으로 읽습니다.
conv(x)
