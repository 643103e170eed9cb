# en: 'reflect' padding must be shorter than the input
# ko: 반사 패딩('reflect')은 입력보다 짧아야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(2, 4, 10)

# %%
# en: Works: 9 per side on a length of 10.
# ko: 동작함: 길이 10에 한쪽 9입니다.
ok = nn.Conv1d(4, 4, 3, padding=9, padding_mode="reflect")
print(tuple(ok(x).shape))

# %% raises RuntimeError
# en: Fails: 10 per side on a length of 10.
# ko: 실패: 길이 10에 한쪽 10입니다.
nn.Conv1d(4, 4, 3, padding=10, padding_mode="reflect")(x)

# %% raises RuntimeError
# en: "same" can hit it too: kernel 5 pads 2 per side, length 2.
# ko: same 패딩도 걸립니다: 커널 5는 한쪽 2, 입력 길이는 2입니다.
short = torch.randn(1, 4, 2)
nn.Conv1d(4, 4, 5, padding="same", padding_mode="reflect")(short)
