# en: (N, L, C) passed where (N, C, L) is expected
# ko: (N, C, L) 자리에 (N, L, C)를 넣은 경우
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(16, 32, kernel_size=3)
# en: 8 sequences, 100 steps, 16 features per step.
# ko: 시퀀스 8개, 100스텝, 스텝마다 특징 16개입니다.
x = torch.randn(8, 100, 16)

# %%
# en: The fix: move the features to dim 1.
# ko: 해결: 특징 축을 1번 차원으로 옮깁니다.
y = conv(x.transpose(1, 2))
print("output:", tuple(y.shape))

# %% raises RuntimeError
# en: Without the transpose, 100 is read as the channel count.
# ko: transpose 없이 넣으면 100을 채널 수로 읽습니다.
conv(x)
