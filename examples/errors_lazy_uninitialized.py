# en: A lazy layer is used before its first forward pass
# ko: 첫 순전파 전에 Lazy 레이어를 사용합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Fix: one forward pass with a dummy batch first.
# ko: 해결: 먼저 가짜 배치로 순전파를 한 번 합니다.
ready = nn.Sequential(nn.LazyConv1d(32, 5), nn.Flatten(), nn.LazyLinear(10))
ready(torch.zeros(1, 4, 20))
print("parameters:", sum(p.numel() for p in ready.parameters()))

# %% raises ValueError
# en: Counting the parameters of a model that has not seen an input.
# ko: 아직 입력을 받지 않은 모델의 매개변수를 셉니다.
model = nn.Sequential(nn.LazyConv1d(32, 5), nn.Flatten(), nn.LazyLinear(10))
sum(p.numel() for p in model.parameters())

# %% raises RuntimeError
# en: Reading a weight's shape.
# ko: 가중치의 모양을 읽습니다.
model[0].weight.shape
