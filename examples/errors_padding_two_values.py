# en: padding takes one number, not one per side
# ko: padding은 양쪽 각각이 아니라 숫자 하나를 받습니다
# %%
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(2, 4, 10)

# %%
# en: Fix: pad 1 left and 2 right with F.pad, then padding=0.
# ko: 해결: F.pad로 왼쪽 1, 오른쪽 2를 채운 뒤 padding=0으로 둡니다.
conv = nn.Conv1d(4, 4, kernel_size=3)
print(tuple(conv(F.pad(x, (1, 2))).shape))

# %% raises RuntimeError
# en: (1, 2) builds, but fails on the first input.
# ko: (1, 2)는 만들어지지만 첫 입력에서 실패합니다.
nn.Conv1d(4, 4, kernel_size=3, padding=(1, 2))(x)

# %% raises RuntimeError
# en: With 'reflect', F.pad reads (1, 2) from the last axis backwards: 2 per side
# en: of the length, 1 per side of the channels. 4 channels become 6.
# ko: 반사 패딩('reflect')이면 F.pad가 (1, 2)를 마지막 축부터 거꾸로 읽습니다. 길이 양쪽에 2,
# ko: 채널 양쪽에 1을 붙이므로 채널 4개가 6개가 됩니다.
nn.Conv1d(4, 4, kernel_size=3, padding=(1, 2), padding_mode="reflect")(x)
