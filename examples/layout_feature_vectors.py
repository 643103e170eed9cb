# en: unsqueeze(1) does not fix every 2-D input
# ko: unsqueeze(1)이 모든 2차원 입력을 고쳐 주지는 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 4 feature vectors of size 512 for a layer with 512 channels.
# ko: 크기 512인 특징 벡터 4개를 채널 512개짜리 레이어에 넣습니다.
conv = nn.Conv1d(512, 64, 1)
x = torch.randn(4, 512)

# %%
# en: Here the features are channels: unsqueeze(-1) gives L = 1.
# ko: 여기서는 특징이 채널이므로 unsqueeze(-1)로 L = 1을 만듭니다.
print("input:", tuple(x.unsqueeze(-1).shape))
print("output:", tuple(conv(x.unsqueeze(-1)).shape))

# %% raises RuntimeError
# en: unsqueeze(1) makes (4, 1, 512): 1 channel, length 512.
# ko: unsqueeze(1)은 (4, 1, 512), 즉 채널 1개에 길이 512를 만듭니다.
conv(x.unsqueeze(1))
