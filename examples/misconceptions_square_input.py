# en: A (3, 3) input hides which axis is which
# ko: (3, 3) 입력으로는 어느 축이 무엇인지 알 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: With (3, 10) the roles show; the output starts with out_channels.
# ko: (3, 10)이면 역할이 드러나고, 출력은 out_channels로 시작합니다.
x = torch.randn(3, 10)
print("Conv1d(3, 5, 3):", tuple(nn.Conv1d(3, 5, 3)(x).shape))

# %% raises RuntimeError
nn.Conv1d(10, 5, 3)(x)
