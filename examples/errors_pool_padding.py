# en: Pooling padding larger than half the window
# ko: 창의 절반보다 큰 풀링 패딩
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 2, 10)

# %%
# en: Fix: padding at most kernel_size // 2.
# ko: 해결: 패딩을 kernel_size // 2 이하로 줍니다.
print(tuple(nn.MaxPool1d(3, padding=1)(x).shape))
print(tuple(nn.AvgPool1d(3, padding=1)(x).shape))

# %% raises RuntimeError
# en: MaxPool1d(3, padding=2).
# ko: MaxPool1d(3, padding=2)입니다.
nn.MaxPool1d(3, padding=2)(x)

# %% raises RuntimeError
# en: AvgPool1d(3, padding=2).
# ko: AvgPool1d(3, padding=2)입니다.
nn.AvgPool1d(3, padding=2)(x)
