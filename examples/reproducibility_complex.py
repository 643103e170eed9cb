# en: A complex64 layer on a complex64 input
# ko: complex64 입력에 complex64 레이어
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Weight, bias and output are complex64.
# ko: 가중치, 편향, 출력이 모두 complex64입니다.
conv = nn.Conv1d(2, 3, 3, dtype=torch.complex64)
z = torch.randn(1, 2, 10, dtype=torch.complex64)
out = conv(z)
print("weight:", conv.weight.dtype, " bias:", conv.bias.dtype)
print("output:", out.dtype, tuple(out.shape))

# %%
# en: The same as four real convolutions: (a + ib)(x + iy) = (ax - by) + i(ay + bx).
# ko: 실수 합성곱 네 번과 같습니다: (a + ib)(x + iy) = (ax - by) + i(ay + bx).
with torch.no_grad():
    a, b = conv.weight.real, conv.weight.imag
    x, y = z.real, z.imag
    real = F.conv1d(x, a) - F.conv1d(y, b) + conv.bias.real[:, None]
    imag = F.conv1d(y, a) + F.conv1d(x, b) + conv.bias.imag[:, None]
    print("same as the real convolutions:", torch.allclose(out, torch.complex(real, imag), atol=1e-6))

# %% raises RuntimeError
# en: A real input does not go into a complex layer.
# ko: 실수 입력은 complex 레이어에 들어가지 않습니다.
conv(torch.randn(1, 2, 10))
