# en: MaxPool1d and AvgPool1d: the maximum and the mean of each window
# ko: MaxPool1d와 AvgPool1d: 창마다 최댓값과 평균
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One channel of length 10, windows of 3 samples that start 2 apart.
# ko: 길이 10인 채널 하나에, 3샘플짜리 창을 2칸 간격으로 놓습니다.
x = torch.tensor([[[3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3]]])
max_pool = nn.MaxPool1d(kernel_size=3, stride=2)
avg_pool = nn.AvgPool1d(kernel_size=3, stride=2)
print("max:", max_pool(x))
print("avg:", avg_pool(x))

# %%
# en: The same numbers as the maximum and the mean of each window of unfold.
# ko: unfold로 잘라 낸 창마다 최댓값과 평균을 구한 것과 같습니다.
windows = x.unfold(2, 3, 2)  # (N, C, L_out, kernel_size)
print(tuple(windows.shape), "max equal:", torch.equal(max_pool(x), windows.amax(-1)),
      "avg equal:", torch.equal(avg_pool(x), windows.mean(-1)))

# %%
# en: Each channel is pooled on its own, and a pooling layer has no parameters.
# ko: 채널마다 따로 풀링하며, 풀링 레이어에는 매개변수가 없습니다.
features = torch.randn(8, 16, 10)
print(tuple(features.shape), "->", tuple(max_pool(features).shape))
pools = [max_pool, avg_pool, nn.AdaptiveMaxPool1d(4), nn.AdaptiveAvgPool1d(4)]
print("parameters:", [sum(p.numel() for p in pool.parameters()) for pool in pools])

# %%
# en: Without a stride, pooling steps by kernel_size; Conv1d steps by 1. A Conv1d
# en: with the pooling's kernel_size and stride reads the same windows (drawn below).
# ko: stride를 주지 않으면 풀링은 kernel_size만큼, Conv1d는 1만큼 움직입니다. 풀링과
# ko: kernel_size, stride가 같은 Conv1d는 같은 창을 읽습니다(아래 그림).
print(nn.MaxPool1d(3))
print("MaxPool1d(3) L_out:", nn.MaxPool1d(3)(x).shape[-1], " Conv1d(1, 1, 3) L_out:", nn.Conv1d(1, 1, 3)(x).shape[-1])
conv = nn.Conv1d(1, 1, kernel_size=3, stride=2)
print("Conv1d(1, 1, 3, stride=2) L_out:", conv(x).shape[-1])
