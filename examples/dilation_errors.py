# en: Invalid dilations fail only when an input goes through
# ko: 잘못된 dilation은 입력을 넣을 때에야 실패합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The constructor accepts 0 and negative values without a word.
# ko: 생성자는 0과 음수를 아무 말 없이 받아들입니다.
zero = nn.Conv1d(2, 4, kernel_size=3, dilation=0)
negative = nn.Conv1d(2, 4, kernel_size=3, dilation=-1)
print(zero.dilation, negative.dilation)
x = torch.randn(1, 2, 10)

# %% raises RuntimeError
# en: dilation=0: the error comes at the forward pass.
# ko: dilation=0: 오류는 순전파에서 납니다.
zero(x)

# %% raises RuntimeError
# en: dilation=-1: a different message, also at the forward pass.
# ko: dilation=-1: 메시지는 다르지만 역시 순전파에서 납니다.
negative(x)
