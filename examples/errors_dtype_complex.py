# en: A real input into a complex layer
# ko: complex 레이어에 실수 입력을 넣을 때
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The fix: make the input complex too (its imaginary part is then 0).
# ko: 해결: 입력도 complex로 바꿉니다(허수부는 0이 됩니다).
conv = nn.Conv1d(2, 3, 3, dtype=torch.complex64)
x = torch.randn(1, 2, 10)
print("x.to(torch.complex64):", conv(x.to(torch.complex64)).dtype)

# %% raises RuntimeError
# en: A float32 input and a complex64 layer.
# ko: float32 입력과 complex64 레이어입니다.
conv(x)
