# en: The Linear layer after Flatten expects another number of features
# ko: Flatten 뒤의 Linear 레이어가 다른 특징 개수를 기대합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 8 samples, 64 channels of length 10, flattened.
# ko: 샘플 8개, 길이 10인 채널 64개를 평탄화합니다.
flat = nn.Flatten()(torch.randn(8, 64, 10))
print("flattened:", tuple(flat.shape))

# %%
# en: Fix: in_features = channels * length = 640 (or nn.LazyLinear(10)).
# ko: 해결: in_features = 채널 수 * 길이 = 640입니다(또는 nn.LazyLinear(10)).
print(tuple(nn.Linear(640, 10)(flat).shape))
print(tuple(nn.LazyLinear(10)(flat).shape))

# %% raises RuntimeError
# en: Linear(64, 10) counts the channels only.
# ko: Linear(64, 10)은 채널 수만 셌습니다.
nn.Linear(64, 10)(flat)
