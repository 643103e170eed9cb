# en: out_channels=0 builds, then fails
# ko: out_channels=0은 만들어지지만 순전파에서 실패합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 0, kernel_size=3)
print("weight:", tuple(conv.weight.shape))

# %% raises RuntimeError
conv(torch.randn(2, 4, 10))
