# en: Output length for several strides
# ko: stride에 따른 출력 길이
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One batch, 2 channels, 10 time steps.
# ko: 배치 1개, 채널 2개, 시간 축 길이 10인 입력입니다.
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))

# %%
# en: Only the stride changes; kernel_size stays 3.
# ko: kernel_size는 3으로 두고 stride만 바꿉니다.
for stride in [1, 2, 3, 4]:
    conv = nn.Conv1d(in_channels=2, out_channels=4, kernel_size=3, stride=stride)
    y = conv(x)
    params = sum(p.numel() for p in conv.parameters())
    print(f"stride={stride}: output {tuple(y.shape)}, parameters {params}")

# %%
# en: The formula gives the same lengths: floor((L_in - kernel_size) / stride) + 1
# ko: 공식으로 계산해도 같은 길이가 나옵니다: floor((L_in - kernel_size) / stride) + 1
L_in, kernel_size = 10, 3
for stride in [1, 2, 3, 4]:
    print(f"stride={stride}: ({L_in} - {kernel_size}) // {stride} + 1 = {(L_in - kernel_size) // stride + 1}")
