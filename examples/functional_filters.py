# en: Fixed filters: a moving average and a difference
# ko: 고정 필터: 이동 평균과 차분
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A moving average of 3 samples: a fixed weight of 1/3, nothing to learn.
# ko: 3샘플 이동 평균: 1/3로 고정한 가중치이고, 학습할 것이 없습니다.
x = torch.tensor([[[1.0, 2, 6, 4, 5, 9, 7, 8]]])
average = torch.full((1, 1, 3), 1 / 3)
print("average:", F.conv1d(x, average))

# %%
# en: The difference x[i+1] - x[i] is the weight [-1, 1]: Conv1d does not flip it.
# ko: 차분 x[i+1] - x[i]는 가중치 [-1, 1]입니다. Conv1d는 가중치를 뒤집지 않습니다.
difference = torch.tensor([[[-1.0, 1.0]]])
print("difference:", F.conv1d(x, difference))
print("torch.diff equal:", torch.equal(F.conv1d(x, difference), torch.diff(x)))

# %%
# en: The same filter on each of 3 channels: repeat it 3 times and set groups=3.
# ko: 채널 3개에 같은 필터를 따로 적용합니다. 필터를 3번 반복하고 groups=3으로 둡니다.
signals = torch.randn(2, 3, 8)
per_channel = average.repeat(3, 1, 1)
smoothed = F.conv1d(signals, per_channel, groups=3)
print(tuple(per_channel.shape), "->", tuple(smoothed.shape))
print("channel 1 alone equal:", torch.equal(smoothed[:, 1:2], F.conv1d(signals[:, 1:2], average)))

# %%
# en: An nn.Conv1d holding the filter gives the same values (drawn below).
# ko: 이 필터를 가중치로 넣은 nn.Conv1d도 같은 값을 냅니다(아래 그림).
conv = nn.Conv1d(1, 1, kernel_size=3, bias=False)
with torch.no_grad():
    conv.weight.copy_(average)
print("layer equal:", torch.equal(conv(x), F.conv1d(x, average)))
