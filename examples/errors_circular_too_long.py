# en: 'circular' padding may wrap around only once
# ko: 순환 패딩('circular')은 한 바퀴까지만 감쌀 수 있습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(2, 4, 10)

# %%
# en: Works: 10 per side on a length of 10.
# ko: 동작함: 길이 10에 한쪽 10입니다.
ok = nn.Conv1d(4, 4, 3, padding=10, padding_mode="circular")
print(tuple(ok(x).shape))

# %% raises RuntimeError
# en: Fails: 11 per side on a length of 10.
# ko: 실패: 길이 10에 한쪽 11입니다.
nn.Conv1d(4, 4, 3, padding=11, padding_mode="circular")(x)
