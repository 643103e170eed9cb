# en: unsqueeze(1) fixes a 2-D input only when in_channels is 1
# ko: unsqueeze(1)은 in_channels가 1일 때만 2차원 입력을 고칩니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(4, 512)
print("in_channels=1:", tuple(nn.Conv1d(1, 64, 1)(x.unsqueeze(1)).shape))

# %% raises RuntimeError
nn.Conv1d(512, 64, 1)(x.unsqueeze(1))
