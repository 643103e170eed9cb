# en: groups must divide both channel counts
# ko: groups는 두 채널 수를 모두 나누어떨어지게 해야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %% raises ValueError
# en: 3 input channels cannot be split into 2 groups.
# ko: 입력 채널 3개는 그룹 2개로 나눌 수 없습니다.
nn.Conv1d(3, 4, kernel_size=3, groups=2)

# %% raises ValueError
# en: 3 output channels cannot be split into 2 groups either.
# ko: 출력 채널 3개도 그룹 2개로 나눌 수 없습니다.
nn.Conv1d(4, 3, kernel_size=3, groups=2)

# %% raises ValueError
# en: groups=0 is refused too.
# ko: groups=0도 거부합니다.
nn.Conv1d(4, 4, kernel_size=3, groups=0)
