# en: A 2-tuple kernel_size makes a Conv2d weight
# ko: 원소 두 개짜리 kernel_size는 Conv2d 가중치를 만듭니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=(3, 3))
print("weight:", tuple(conv.weight.shape))

# %% raises RuntimeError
conv(torch.randn(2, 4, 10))
