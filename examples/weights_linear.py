# en: A kernel-1 Conv1d is nn.Linear over the channels
# ko: 커널 크기 1인 Conv1d는 채널에 적용한 nn.Linear입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Same sizes; the conv weight has an extra kernel axis of size 1.
# ko: 크기는 같고, 합성곱 가중치에만 크기 1인 커널 축이 더 있습니다.
conv = nn.Conv1d(16, 32, kernel_size=1)
linear = nn.Linear(16, 32)
print("conv weight:  ", tuple(conv.weight.shape))
print("linear weight:", tuple(linear.weight.shape))
print("parameters:", sum(p.numel() for p in conv.parameters()),
      sum(p.numel() for p in linear.parameters()))

# %%
# en: Copy the conv's weights into the linear layer.
# ko: 합성곱의 가중치를 Linear 레이어에 복사합니다.
with torch.no_grad():
    linear.weight.copy_(conv.weight.squeeze(-1))
    linear.bias.copy_(conv.bias)

# %%
# en: Conv1d reads (N, C, L); Linear reads (N, L, C): transpose around it.
# ko: Conv1d는 (N, C, L), Linear는 (N, L, C)를 읽으므로 앞뒤로 전치합니다.
x = torch.randn(4, 16, 50)
y_conv = conv(x)
y_linear = linear(x.transpose(1, 2)).transpose(1, 2)
print("conv:  ", tuple(y_conv.shape))
print("linear:", tuple(y_linear.shape))
print("same values:", torch.allclose(y_conv, y_linear, atol=1e-6))
