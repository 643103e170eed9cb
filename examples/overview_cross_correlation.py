# en: Conv1d does not flip the kernel (cross-correlation)
# ko: Conv1d는 커널을 뒤집지 않습니다(교차 상관)
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: x = [1, 2, 3, 4, 5], kernel [1, 0, -1], no bias.
# ko: x = [1, 2, 3, 4, 5], 커널 [1, 0, -1], 편향 없음.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
conv = nn.Conv1d(1, 1, kernel_size=3, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, 0.0, -1.0]]]))
print("Conv1d:", conv(x).flatten().tolist())

# %%
# en: Cross-correlation: y[i] = 1*x[i] + 0*x[i+1] - 1*x[i+2]
# ko: 교차 상관: y[i] = 1*x[i] + 0*x[i+1] - 1*x[i+2]
v, w = x.flatten().tolist(), [1.0, 0.0, -1.0]
corr = [sum(w[j] * v[i + j] for j in range(3)) for i in range(3)]
print("cross-correlation:", corr)

# %%
# en: A textbook convolution flips the kernel first: w[2-j].
# ko: 교과서의 합성곱은 커널을 먼저 뒤집습니다: w[2-j].
conv_flip = [sum(w[2 - j] * v[i + j] for j in range(3)) for i in range(3)]
print("flipped convolution:", conv_flip)
with torch.no_grad():
    conv.weight.copy_(conv.weight.flip(-1))
print("Conv1d, weight.flip(-1):", conv(x).flatten().tolist())
