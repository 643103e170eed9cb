# en: The padding of ConvTranspose1d leaves no output
# ko: ConvTranspose1d의 패딩이 출력을 남기지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
y = torch.randn(1, 4, 2)

# %%
# en: Fix: padding that leaves at least one sample: (2 - 1) - 2 * 1 + (3 - 1) + 1 = 2.
# ko: 해결: 샘플이 하나 이상 남는 패딩을 줍니다. (2 - 1) - 2 * 1 + (3 - 1) + 1 = 2입니다.
print(tuple(nn.ConvTranspose1d(4, 2, kernel_size=3, padding=1)(y).shape))

# %% raises RuntimeError
# en: padding=2 on a length of 2: (2 - 1) - 2 * 2 + (3 - 1) + 1 = 0.
# ko: 길이 2에 padding=2를 줍니다. (2 - 1) - 2 * 2 + (3 - 1) + 1 = 0입니다.
nn.ConvTranspose1d(4, 2, kernel_size=3, padding=2)(y)
