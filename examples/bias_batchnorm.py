# en: A bias before BatchNorm1d has no effect
# ko: BatchNorm1d 앞의 편향은 효과가 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Same weights, with and without bias, each followed by BatchNorm1d.
# ko: 가중치는 같고 편향만 다른 두 레이어 뒤에 각각 BatchNorm1d를 둡니다.
with_bias = nn.Conv1d(4, 8, kernel_size=3)
without = nn.Conv1d(4, 8, kernel_size=3, bias=False)
with torch.no_grad():
    without.weight.copy_(with_bias.weight)
x = torch.randn(16, 4, 20)
a = nn.BatchNorm1d(8)(with_bias(x))
b = nn.BatchNorm1d(8)(without(x))
print("outputs equal:", torch.allclose(a, b, atol=1e-5))
