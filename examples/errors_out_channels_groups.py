# en: out_channels must be divisible by groups
# ko: out_channels는 groups로 나누어떨어져야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %% raises ValueError
# en: 4 input channels split into 2 groups, but 3 outputs do not.
# ko: 입력 채널 4개는 2로 나뉘지만 출력 채널 3개는 나뉘지 않습니다.
nn.Conv1d(4, 3, kernel_size=3, groups=2)
