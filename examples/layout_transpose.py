# en: Swap the last two axes before and after the convolution
# ko: 합성곱 앞뒤로 마지막 두 축을 바꾸기
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: x comes from an embedding: (N, L, C) = (8, 100, 16).
# ko: x는 임베딩에서 나온 (N, L, C) = (8, 100, 16)입니다.
x = torch.randn(8, 100, 16)
a = x.transpose(1, 2)
b = x.permute(0, 2, 1)
print("transpose:", tuple(a.shape))
print("permute:  ", tuple(b.shape))
print("identical:", torch.equal(a, b))
print("contiguous:", a.is_contiguous())

# %%
# en: The conv accepts the non-contiguous view as it is.
# ko: 합성곱은 연속적이지 않은 뷰도 그대로 받습니다.
conv = nn.Conv1d(16, 32, 3, padding=1)
y = conv(a)
print("conv out:", tuple(y.shape))

# %%
# en: Swap back for the next (N, L, C) layer.
# ko: 다음 (N, L, C) 레이어를 위해 다시 바꿉니다.
z = y.transpose(1, 2)
print("back:", tuple(z.shape))
print("Linear:", tuple(nn.Linear(32, 5)(z).shape))
