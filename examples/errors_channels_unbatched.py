# en: Channel mismatch with an unbatched input
# ko: 배치 없는 입력의 채널 수 불일치
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(3, 4, kernel_size=3)
x = torch.randn(4, 10)
print("input:", tuple(x.shape))

# %% raises RuntimeError
# en: The message shows the input with a batch of 1 added.
# ko: 메시지는 배치 차원 1을 붙인 모양으로 입력을 보여 줍니다.
conv(x)
