# en: (batch, seq_len, features) needs a transpose
# ko: (배치, 길이, 특징)은 전치가 필요합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The fix: move the features to axis 1.
# ko: 해결책: 특징을 1번 축으로 옮깁니다.
conv = nn.Conv1d(16, 32, 3)
x = torch.randn(8, 100, 16)
print("permuted:", tuple(conv(x.permute(0, 2, 1)).shape))

# %% raises RuntimeError
conv(x)
