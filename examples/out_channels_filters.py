# en: Each output channel is one filter
# ko: 출력 채널 하나는 필터 하나입니다
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Run each filter alone and compare with the layer's output.
# ko: 필터를 하나씩 따로 적용해 레이어의 출력과 비교합니다.
conv = nn.Conv1d(3, 4, 3)
x = torch.randn(1, 3, 10)
y = conv(x)
for o in range(conv.out_channels):
    w_o = conv.weight[o : o + 1]
    alone = F.conv1d(x, w_o, conv.bias[o : o + 1])
    same = torch.allclose(alone, y[:, o : o + 1])
    print(f"channel {o}: filter {tuple(w_o.shape)} -> {tuple(alone.shape)}, same: {same}")
