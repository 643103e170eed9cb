# en: Sizes must be integers, not floats
# ko: 크기는 실수가 아니라 정수여야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: `/` always gives a float, `//` an int.
# ko: `/`는 항상 실수를, `//`는 정수를 돌려줍니다.
features = 8
print(features / 2, features // 2)
ok = nn.Conv1d(features // 2, 4, kernel_size=3)
print("weight:", tuple(ok.weight.shape))

# %% raises TypeError
# en: A float kernel_size fails (pos 3 = kernel_size).
# ko: 실수 kernel_size는 실패합니다(pos 3 = kernel_size).
nn.Conv1d(4, 4, kernel_size=3.0)

# %% raises TypeError
# en: A float in_channels fails too (pos 2).
# ko: 실수 in_channels도 실패합니다(pos 2).
nn.Conv1d(features / 2, 4, kernel_size=3)
