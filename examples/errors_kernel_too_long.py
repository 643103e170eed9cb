# en: The kernel is longer than the (padded) input
# ko: 커널이 (패딩된) 입력보다 깁니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 4, 10)

# %%
# en: Fix: pad the input (10 + 2 * 1 = 12 >= 11).
# ko: 해결: 입력에 패딩을 줍니다(10 + 2 * 1 = 12 >= 11).
ok = nn.Conv1d(4, 4, kernel_size=11, padding=1)
print("output:", tuple(ok(x).shape))

# %% raises RuntimeError
# en: kernel_size=11 on a length of 10.
# ko: 길이 10에 kernel_size=11을 적용합니다.
nn.Conv1d(4, 4, kernel_size=11)(x)

# %% raises RuntimeError
# en: With dilation the span is 5 * (3 - 1) + 1 = 11.
# ko: dilation을 주면 커널 폭은 5 * (3 - 1) + 1 = 11입니다.
nn.Conv1d(4, 4, kernel_size=3, dilation=5)(x)
