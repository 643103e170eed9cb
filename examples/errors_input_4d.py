# en: A 4-D tensor is not a valid input
# ko: 4차원 텐서는 입력이 될 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 2, kernel_size=3)
x = torch.randn(2, 4, 10, 1)

# %%
# en: Fix: drop the extra size-1 dim.
# ko: 해결: 크기 1인 남는 차원을 없앱니다.
print(tuple(conv(x.squeeze(-1)).shape))

# %% raises RuntimeError
conv(x)
