# en: The input has a different number of channels
# ko: 입력의 채널 수가 다릅니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(3, 4, kernel_size=3)
x = torch.randn(2, 4, 10)
print("weight:", tuple(conv.weight.shape))
print("input: ", tuple(x.shape))

# %% raises RuntimeError
# en: The layer expects 3 channels in dim 1; the input has 4.
# ko: 레이어는 1번 차원에 채널 3개를 기대하는데 입력은 4개입니다.
conv(x)
