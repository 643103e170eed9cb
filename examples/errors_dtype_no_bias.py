# en: Without a bias the dtype message changes
# ko: 편향이 없으면 자료형 오류 메시지가 달라집니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv = nn.Conv1d(4, 4, kernel_size=3, bias=False)
x = torch.randn(2, 4, 10, dtype=torch.float64)
print("input:", x.dtype, "layer:", conv.weight.dtype)

# %% raises RuntimeError
conv(x)
