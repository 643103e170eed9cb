# en: A kernel-1 Conv1d equals nn.Linear
# ko: 커널 크기 1인 Conv1d는 nn.Linear와 같습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
conv, linear = nn.Conv1d(16, 32, 1), nn.Linear(16, 32)
linear.load_state_dict({"weight": conv.weight.squeeze(-1), "bias": conv.bias})
x = torch.randn(4, 16, 50)
y = linear(x.transpose(1, 2)).transpose(1, 2)
print("same values:", torch.allclose(conv(x), y, atol=1e-6))
print("parameters:", sum(p.numel() for p in conv.parameters()),
      sum(p.numel() for p in linear.parameters()))
