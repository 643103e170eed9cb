# en: A 1-D tensor is not a valid input
# ko: 1차원 텐서는 입력이 될 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(1, 2, kernel_size=3)
signal = torch.randn(10)

# %%
# en: Fix: add a channel dim (unbatched) or channel + batch.
# ko: 해결: 채널 차원(배치 없음) 또는 채널과 배치 차원을 붙입니다.
print(tuple(conv(signal.unsqueeze(0)).shape))
print(tuple(conv(signal.view(1, 1, -1)).shape))

# %% raises RuntimeError
conv(signal)
