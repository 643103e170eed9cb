# en: F.conv1d checks the weight and bias you pass
# ko: F.conv1d는 직접 넘긴 가중치와 편향을 검사합니다
# %%
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(2, 4, 10)

# %% raises RuntimeError
# en: The weight must be (out, in / groups, kernel): 3-D.
# ko: 가중치는 (out, in / groups, kernel) 모양의 3차원이어야 합니다.
F.conv1d(x, torch.randn(4, 4))

# %% raises RuntimeError
# en: The bias needs one value per output channel.
# ko: 편향은 출력 채널마다 값이 하나씩 있어야 합니다.
F.conv1d(x, torch.randn(4, 4, 3), torch.randn(5))
