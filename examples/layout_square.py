# en: When L equals C, a forgotten transpose raises nothing
# ko: L과 C가 같으면 전치를 잊어도 오류가 나지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 16 steps with 16 features: (N, L, C) = (2, 16, 16).
# ko: 길이 16, 특징 16개: (N, L, C) = (2, 16, 16).
conv = nn.Conv1d(16, 8, 3)
x = torch.randn(2, 16, 16)

# %%
# en: Both run and give the same shape...
# ko: 두 경우 모두 실행되고 모양도 같습니다...
right = conv(x.transpose(1, 2))
wrong = conv(x)
print("right:", tuple(right.shape))
print("wrong:", tuple(wrong.shape))

# %%
# en: ...but the values are not the same.
# ko: ...하지만 값은 다릅니다.
print("same values:", torch.allclose(right, wrong))
print(f"max difference: {(right - wrong).abs().max().item():.4f}")
