# en: Adding a layer's input to its output (a residual) when the shapes differ
# ko: 모양이 다른데 레이어의 입력을 출력에 더할 때(잔차 연결)
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The fixes: a 1x1 convolution for the channels, left padding for the length.
# ko: 해결: 채널은 1x1 합성곱으로, 길이는 왼쪽 패딩으로 맞춥니다.
x = torch.randn(2, 4, 16)
conv = nn.Conv1d(4, 8, 3)
skip = nn.Conv1d(4, 8, 1)
print("with 1x1 skip:", tuple((conv(F.pad(x, (2, 0))) + skip(x)).shape))
same_channels = nn.Conv1d(4, 4, 3)
print("left padding: ", tuple((same_channels(F.pad(x, (2, 0))) + x).shape))

# %% raises RuntimeError
# en: 4 channels in, 8 out: the residual cannot add them.
# ko: 채널 4개가 들어가 8개가 나오므로 잔차를 더할 수 없습니다.
conv(F.pad(x, (2, 0))) + x

# %% raises RuntimeError
# en: padding=2 on both sides makes the output 18 long, the input is 16.
# ko: 양쪽에 padding=2를 주면 출력 길이가 18이 되고, 입력은 16입니다.
nn.Conv1d(4, 4, 3, padding=2)(x) + x
