# en: A 2-D input is one unbatched (C, L) sample
# ko: 2차원 입력은 배치 없는 (C, L) 샘플 하나입니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Meant as "3 signals of length 10", i.e. (N, L).
# ko: "길이 10인 신호 3개", 즉 (N, L)을 의도한 입력입니다.
signals = torch.randn(3, 10)
conv = nn.Conv1d(3, 4, 3)
y = conv(signals)
print("output:", tuple(y.shape))

# %%
# en: Torch read it as 3 channels of one signal: one sample.
# ko: torch는 이를 신호 하나의 채널 3개로, 즉 샘플 하나로 읽었습니다.
one = conv(signals.unsqueeze(0))
print("as (1, C, L):", tuple(one.shape))
print("same values:", torch.equal(y, one[0]))

# %%
# en: For N single-channel signals: unsqueeze(1), in_channels=1.
# ko: 채널 하나짜리 신호 N개라면 unsqueeze(1)에 in_channels=1을 씁니다.
x = signals.unsqueeze(1)
print("input:", tuple(x.shape))
print("output:", tuple(nn.Conv1d(1, 4, 3)(x).shape))
