# en: Weight shape and parameter count for several groups
# ko: groups에 따른 가중치 모양과 매개변수 개수
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 8 input channels, 16 output channels, kernel size 3.
# ko: 입력 채널 8개, 출력 채널 16개, 커널 크기 3입니다.
x = torch.randn(1, 8, 10)
for g in [1, 2, 4, 8]:
    conv = nn.Conv1d(8, 16, kernel_size=3, groups=g)
    params = sum(p.numel() for p in conv.parameters())
    print(f"groups={g}: weight {tuple(conv.weight.shape)}, params {params}")

# %%
# en: The output shape does not depend on groups.
# ko: 출력 모양은 groups와 상관없습니다.
for g in [1, 2, 4, 8]:
    y = nn.Conv1d(8, 16, kernel_size=3, groups=g)(x)
    print(f"groups={g}: output {tuple(y.shape)}")

# %%
# en: out_channels * (in_channels // groups) * kernel_size + out_channels
# ko: out_channels * (in_channels // groups) * kernel_size + out_channels
for g in [1, 2, 4, 8]:
    weights = 16 * (8 // g) * 3
    print(f"groups={g}: 16*(8//{g})*3 = {weights}, + 16 = {weights + 16}")
