# en: reshape and view are not a transpose
# ko: reshape와 view는 전치가 아닙니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One sequence, 3 steps, 2 features: (N, L, C) = (1, 3, 2).
# ko: 길이 3, 특징 2개인 시퀀스 하나: (N, L, C) = (1, 3, 2).
x = torch.tensor([[[1, 10], [2, 20], [3, 30]]])
print("steps:", x[0].tolist())

# %%
# en: transpose keeps each feature in its own channel...
# ko: transpose는 특징마다 자기 채널을 지킵니다...
print("transpose:", x.transpose(1, 2)[0].tolist())

# %%
# en: ...reshape only regroups the same memory order.
# ko: ...reshape는 메모리 순서를 그대로 다시 묶을 뿐입니다.
print("reshape:  ", x.reshape(1, 2, 3)[0].tolist())
print("view:     ", x.view(1, 2, 3)[0].tolist())

# %%
# en: Same shape, different data, no error from the conv.
# ko: 모양은 같지만 데이터가 다르고, 합성곱은 오류를 내지 않습니다.
x = torch.randn(8, 100, 16)
t = x.transpose(1, 2)
r = x.reshape(8, 16, 100)
print("shapes:", tuple(t.shape), tuple(r.shape))
print("equal:", torch.equal(t, r))
conv = nn.Conv1d(16, 32, 3)
print("conv(reshape):", tuple(conv(r).shape))
