# en: padding='same' sees the future
# ko: padding='same'은 미래를 봅니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Change only input 5; which outputs move? Causal: pad 2 on the left.
# ko: 입력 5만 바꾸면 어떤 출력이 바뀔까요? 인과 합성곱은 왼쪽에만 2를 패딩합니다.
x = torch.randn(1, 1, 10)
later = x.clone()
later[..., 5] += 1.0
same, conv = nn.Conv1d(1, 1, 3, padding="same"), nn.Conv1d(1, 1, 3)


def causal(t):
    return conv(nn.functional.pad(t, (2, 0)))


for name, f in [("same", same), ("causal", causal)]:
    moved = (f(x) != f(later)).nonzero()[:, 2].tolist()
    print(f"{name}: outputs changed {moved}, L_out {f(x).shape[-1]}")
