# en: in_channels is the number of features per time step
# ko: in_channels는 시간 스텝마다 있는 특징의 수입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 10 time steps, 3 features per step (say x, y, z of a sensor).
# en: Conv1d wants (batch, channels, length): the features are the channels.
# ko: 시간 스텝 10개, 스텝마다 특징 3개(예: 센서의 x, y, z)가 있습니다.
# ko: Conv1d는 (배치, 채널, 길이)를 받으므로 특징이 채널이 됩니다.
x = torch.randn(1, 3, 10)
conv = nn.Conv1d(in_channels=3, out_channels=8, kernel_size=3)
print("input: ", tuple(x.shape))
print("x.shape[-2]:", x.shape[-2], "== in_channels:", conv.in_channels)
print("output:", tuple(conv(x).shape))

# %%
# en: The length is not part of the layer: the same layer takes any length.
# ko: 길이는 레이어에 들어 있지 않습니다. 같은 레이어가 어떤 길이든 받습니다.
for length in [10, 50, 200]:
    y = conv(torch.randn(1, 3, length))
    print(f"length {length}: output {tuple(y.shape)}")

# %%
# en: The weight holds in_channels // groups values per kernel position.
# ko: 가중치의 두 번째 축은 in_channels // groups입니다.
for groups in [1, 2, 4]:
    c = nn.Conv1d(in_channels=4, out_channels=8, kernel_size=3, groups=groups)
    print(f"groups={groups}: weight {tuple(c.weight.shape)}")
