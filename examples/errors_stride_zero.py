# en: stride 0 fails only when an input arrives
# ko: stride 0은 입력이 들어올 때 비로소 실패합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The layer is built without complaint.
# ko: 레이어는 아무 문제 없이 만들어집니다.
conv = nn.Conv1d(4, 4, kernel_size=3, stride=0)
print(conv)

# %% raises RuntimeError
conv(torch.randn(2, 4, 10))
