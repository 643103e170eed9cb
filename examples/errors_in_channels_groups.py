# en: in_channels must be divisible by groups
# ko: in_channels는 groups로 나누어떨어져야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Works: 4 input and 6 output channels split into 2 groups.
# ko: 동작함: 입력 채널 4개와 출력 채널 6개를 그룹 2개로 나눕니다.
ok = nn.Conv1d(4, 6, kernel_size=3, groups=2)
print("weight:", tuple(ok.weight.shape))

# %% raises ValueError
# en: Fails: 3 input channels cannot be split into 2 groups.
# ko: 실패: 입력 채널 3개는 그룹 2개로 나눌 수 없습니다.
nn.Conv1d(3, 4, kernel_size=3, groups=2)
