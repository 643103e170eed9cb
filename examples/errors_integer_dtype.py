# en: A layer cannot have integer weights
# ko: 레이어의 가중치는 정수 자료형일 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Works: a floating dtype.
# ko: 동작함: 부동소수점 자료형입니다.
ok = nn.Conv1d(4, 4, kernel_size=3, dtype=torch.float64)
print(ok.weight.dtype)

# %% raises RuntimeError
# en: Fails: torch.long is an integer dtype.
# ko: 실패: torch.long은 정수 자료형입니다.
nn.Conv1d(4, 4, kernel_size=3, dtype=torch.long)
