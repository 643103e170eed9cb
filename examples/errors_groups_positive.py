# en: groups must be 1 or more
# ko: groups는 1 이상이어야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %% raises ValueError
# en: groups=0 is refused when the layer is built.
# ko: groups=0은 레이어를 만들 때 거부됩니다.
nn.Conv1d(4, 4, kernel_size=3, groups=0)
