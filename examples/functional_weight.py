# en: F.conv1d takes the weight and bias as arguments
# ko: F.conv1d는 가중치와 편향을 인자로 받습니다
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A weight of (out_channels, in_channels / groups, kernel_size) and an optional bias.
# ko: 가중치는 (out_channels, in_channels / groups, kernel_size) 모양이고, 편향은 넣어도 되고 빼도 됩니다.
x = torch.randn(2, 4, 10)
w = torch.randn(6, 4, 3)
b = torch.randn(6)
print("no bias:  ", tuple(F.conv1d(x, w).shape))
print("bias:     ", tuple(F.conv1d(x, w, b).shape))
print("unbatched:", tuple(F.conv1d(x[0], w, b).shape))

# %%
# en: stride, padding, dilation and groups mean what they mean in nn.Conv1d.
# ko: stride, padding, dilation, groups는 nn.Conv1d에서와 뜻이 같습니다.
w_grouped = torch.randn(6, 2, 3)  # groups=2: each filter reads 4 / 2 = 2 channels
print("grouped:", tuple(F.conv1d(x, w_grouped, b, stride=2, padding=1, dilation=2, groups=2).shape))
print("'same': ", tuple(F.conv1d(x, w, padding="same").shape))
print("'valid':", tuple(F.conv1d(x, w, padding="valid").shape))

# %%
# en: An nn.Conv1d's own weight and settings give exactly the layer's output.
# ko: nn.Conv1d의 가중치와 설정을 그대로 넘기면 레이어의 출력과 정확히 같습니다.
conv = nn.Conv1d(4, 6, 3, stride=2, padding=1, groups=2)
by_function = F.conv1d(x, conv.weight, conv.bias, conv.stride, conv.padding, conv.dilation, conv.groups)
print("equal:", torch.equal(conv(x), by_function))
