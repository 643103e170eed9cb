# en: The pooling window is longer than the input
# ko: 풀링 창이 입력보다 깁니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 2, 3)

# %%
# en: Fix: a window that fits, padding, or adaptive pooling.
# ko: 해결: 입력에 들어가는 창을 쓰거나, 패딩을 주거나, 적응형 풀링을 씁니다.
print(tuple(nn.MaxPool1d(3)(x).shape))
print(tuple(nn.MaxPool1d(5, padding=2)(x).shape))
print(tuple(nn.AdaptiveMaxPool1d(1)(x).shape))

# %% raises RuntimeError
# en: MaxPool1d(5) on a length of 3: no window fits.
# ko: 길이 3에 MaxPool1d(5)를 적용합니다. 창이 하나도 들어가지 않습니다.
nn.MaxPool1d(5)(x)

# %% raises RuntimeError
# en: AvgPool1d says the same in other words.
# ko: AvgPool1d는 같은 내용을 다른 문구로 알립니다.
nn.AvgPool1d(5)(x)
