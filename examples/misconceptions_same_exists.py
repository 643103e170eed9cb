# en: padding='same' exists, for stride 1 only
# ko: padding='same'은 있지만 stride 1에서만 됩니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 2, 10)
print("output:", tuple(nn.Conv1d(2, 4, 3, padding="same")(x).shape))

# %% raises ValueError
nn.Conv1d(2, 4, 3, stride=2, padding="same")
