# en: A float out_channels gives its own message
# ko: 실수 out_channels는 따로 다른 메시지를 냅니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: `/` gives a float even when the division is exact; `//` an int.
# ko: `/`는 나누어떨어져도 실수를, `//`는 정수를 돌려줍니다.
channels = 8
print(channels / 2, channels // 2)
ok = nn.Conv1d(2, channels // 2, kernel_size=3)
print("weight:", tuple(ok.weight.shape))

# %% raises TypeError
# en: out_channels is the first size of the weight: "at pos 0".
# ko: out_channels는 가중치 모양의 첫 크기입니다: "at pos 0".
nn.Conv1d(2, channels / 2, kernel_size=3)
