# en: A zero size builds a layer with an empty weight
# ko: 크기 0으로 만들면 가중치가 빈 레이어가 됩니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: kernel_size=0 warns; the weight has no elements.
# ko: kernel_size=0은 경고를 냅니다. 가중치에 원소가 없습니다.
conv = nn.Conv1d(4, 4, kernel_size=0)
print("weight:", tuple(conv.weight.shape))
print("elements:", conv.weight.numel())
