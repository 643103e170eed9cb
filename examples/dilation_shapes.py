# en: Kernel span and output length for several dilations
# ko: dilation에 따른 커널 폭과 출력 길이
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One batch, 2 channels, length 20; kernel_size stays 3.
# ko: 배치 1개, 채널 2개, 길이 20인 입력입니다. kernel_size는 3으로 둡니다.
x = torch.randn(1, 2, 20)
print("input:", tuple(x.shape))

# %%
# en: Only the dilation changes.
# ko: dilation만 바꿉니다.
for d in [1, 2, 3, 4]:
    conv = nn.Conv1d(2, 4, kernel_size=3, dilation=d)
    span = d * (3 - 1) + 1
    params = sum(p.numel() for p in conv.parameters())
    print(f"d={d}: span {span}, output {tuple(conv(x).shape)}, params {params}")

# %%
# en: L_out = L_in - dilation*(kernel_size - 1) (stride 1, no padding)
# ko: L_out = L_in - dilation*(kernel_size - 1) (stride 1, padding 없음)
for d in [1, 2, 3, 4]:
    print(f"d={d}: 20 - {d}*(3 - 1) = {20 - d * (3 - 1)}")

# %% raises RuntimeError
# en: dilation=10 spans 21 samples, more than the 20 the input has.
# ko: dilation=10이면 커널 폭이 21로, 입력 길이 20보다 깁니다.
nn.Conv1d(2, 4, kernel_size=3, dilation=10)(x)
