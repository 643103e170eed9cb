# en: padding='same' needs stride 1
# ko: padding='same'은 stride가 1이어야 합니다
# %%
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 4, 10)
w = torch.randn(4, 4, 3)

# %% raises ValueError
# en: The module refuses the combination when it is built.
# ko: 모듈은 레이어를 만들 때 이 조합을 거부합니다.
nn.Conv1d(4, 4, kernel_size=3, stride=2, padding="same")

# %% raises RuntimeError
# en: The function gives the same text as a RuntimeError.
# ko: 함수형 API는 같은 문구를 RuntimeError로 냅니다.
F.conv1d(x, w, stride=2, padding="same")
