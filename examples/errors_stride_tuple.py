# en: A 2-tuple stride or dilation is for Conv2d
# ko: 원소 두 개짜리 stride나 dilation은 Conv2d용입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(2, 4, 10)

# %% raises RuntimeError
nn.Conv1d(4, 4, kernel_size=3, stride=(1, 1))(x)

# %% raises RuntimeError
nn.Conv1d(4, 4, kernel_size=3, dilation=(1, 1))(x)
