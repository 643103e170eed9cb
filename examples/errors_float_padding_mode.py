# en: A float padding with 'reflect', 'replicate' or 'circular'
# ko: 반사·복제·순환 패딩('reflect', 'replicate', 'circular')에 실수 padding을 준 경우
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: These modes pad with F.pad before the convolution, so F.pad is the
# en: first to see the float.
# ko: 이 모드들은 합성곱 전에 F.pad로 패딩하므로, 실수를 먼저 만나는 것은 F.pad입니다.
conv = nn.Conv1d(4, 4, kernel_size=3, padding=1.0, padding_mode="reflect")
print(conv.padding, conv.padding_mode)

# %% raises TypeError
conv(torch.randn(2, 4, 10))
