# en: Negative padding fails at the forward pass
# ko: 음수 패딩은 순전파에서 실패합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3, padding=-1)
print(conv)

# %% raises RuntimeError
conv(torch.randn(2, 4, 10))
