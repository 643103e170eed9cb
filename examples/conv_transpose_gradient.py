# en: ConvTranspose1d computes the gradient of Conv1d with respect to its input
# ko: ConvTranspose1d는 입력에 대한 Conv1d의 기울기를 계산합니다
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A strided Conv1d in float64, and the gradient autograd gives for its input.
# ko: float64로 만든 스트라이드 있는 Conv1d와, 입력에 대해 autograd가 구한 기울기입니다.
conv = nn.Conv1d(2, 4, kernel_size=3, stride=2, padding=1, dtype=torch.float64)
x = torch.randn(1, 2, 10, dtype=torch.float64, requires_grad=True)
y = conv(x)
grad_y = torch.randn_like(y)  # the gradient arriving from the layers above
(grad_x,) = torch.autograd.grad(y, x, grad_y)
print("y:", tuple(y.shape), " grad_x:", tuple(grad_x.shape))

# %%
# en: A ConvTranspose1d with the same weight, no bias, and output_padding for length 10.
# ko: 같은 가중치를 쓰고 편향은 없으며, 길이 10이 되도록 output_padding을 준 ConvTranspose1d입니다.
up = nn.ConvTranspose1d(4, 2, kernel_size=3, stride=2, padding=1, output_padding=1,
                        bias=False, dtype=torch.float64)
with torch.no_grad():
    up.weight.copy_(conv.weight)
print("up(grad_y):", tuple(up(grad_y).shape))
print("allclose:", torch.allclose(up(grad_y), grad_x))
print("equal:   ", torch.equal(up(grad_y), grad_x))

# %%
# en: The functional form takes the Conv1d's weight as it is.
# ko: 함수형은 Conv1d의 가중치를 그대로 받습니다.
by_function = F.conv_transpose1d(grad_y, conv.weight, stride=2, padding=1, output_padding=1)
print("F.conv_transpose1d equal:", torch.equal(by_function, grad_x))

# %%
# en: Other strides, paddings, dilations, groups and input lengths: output_padding
# en: is what the formula leaves to reach L_in.
# ko: 다른 스트라이드, 패딩, 딜레이션, groups, 입력 길이에서도 확인합니다. output_padding은
# ko: 공식의 결과를 L_in에 맞추는 데 모자란 만큼입니다.
equal = settings = 0
for s, p, d, g, L in itertools.product([1, 2, 3], [0, 1], [1, 2], [1, 2], [10, 11, 12]):
    c = nn.Conv1d(4, 6, 3, stride=s, padding=p, dilation=d, groups=g, dtype=torch.float64)
    x = torch.randn(2, 4, L, dtype=torch.float64, requires_grad=True)
    y = c(x)
    grad_y = torch.randn_like(y)
    (grad_x,) = torch.autograd.grad(y, x, grad_y)
    op = L - ((y.shape[-1] - 1) * s - 2 * p + d * (3 - 1) + 1)
    by_function = F.conv_transpose1d(grad_y, c.weight, stride=s, padding=p, dilation=d, groups=g, output_padding=op)
    settings += 1
    equal += torch.equal(by_function, grad_x)
print(f"equal in {equal} of {settings} settings")
