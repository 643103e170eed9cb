# en: padding_mode accepts four names
# ko: padding_mode는 네 가지 이름만 받습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %% raises ValueError
# en: "zero" is not a mode; the default is "zeros".
# ko: "zero"라는 모드는 없습니다. 기본값은 "zeros"입니다.
nn.Conv1d(4, 4, kernel_size=3, padding=1, padding_mode="zero")
