# en: Input and layer must have the same dtype
# ko: 입력과 레이어의 자료형이 같아야 합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A float32 layer (the default) and a float64 input.
# ko: float32 레이어(기본값)와 float64 입력입니다.
conv = nn.Conv1d(4, 8, kernel_size=3)
x = torch.randn(2, 4, 10, dtype=torch.float64)
print("layer:", conv.weight.dtype, "input:", x.dtype)

# %%
# en: Fix 1: convert the input to the layer's dtype.
# ko: 해결 1: 입력을 레이어의 자료형으로 바꿉니다.
print("x.float():", conv(x.float()).dtype)

# %%
# en: Fix 2: convert the layer to the input's dtype.
# ko: 해결 2: 레이어를 입력의 자료형으로 바꿉니다.
conv64 = nn.Conv1d(4, 8, kernel_size=3).double()
print("layer.double():", conv64(x).dtype)
conv64 = nn.Conv1d(4, 8, kernel_size=3).to(x.dtype)
print("layer.to(x.dtype):", conv64(x).dtype)

# %% raises RuntimeError
# en: float64 input, float32 layer with bias.
# ko: float64 입력, 편향이 있는 float32 레이어.
conv(x)

# %% raises RuntimeError
# en: The same without bias: another message.
# ko: 편향이 없으면 메시지가 다릅니다.
nn.Conv1d(4, 8, kernel_size=3, bias=False)(x)

# %% raises RuntimeError
# en: Integer input (int64), for example token ids.
# ko: 정수(int64) 입력, 예를 들어 토큰 id.
conv(torch.randint(0, 10, (2, 4, 10)))
