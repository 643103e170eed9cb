# en: 1D means one length axis, not a 1-D tensor
# ko: 1D는 1차원 텐서가 아니라 길이 축 하나를 뜻합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 2-D (C, L) or 3-D (N, C, L): a batch is one more axis.
# ko: 2차원 (C, L) 또는 3차원 (N, C, L): 배치는 축 하나가 더 붙을 뿐입니다.
conv = nn.Conv1d(3, 4, 2)
for x in [torch.randn(3, 3), torch.randn(5, 3, 3)]:
    print(f"dim {x.dim()}: {tuple(x.shape)} -> {tuple(conv(x).shape)}")
v = torch.randn(2)
print(f"dim {v.dim()}: {tuple(v.shape)}")

# %% raises RuntimeError
# en: A vector has no channel axis.
# ko: 벡터에는 채널 축이 없습니다.
conv(v)
