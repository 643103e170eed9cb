# en: What a Conv1d costs: multiply-adds and activation memory
# ko: Conv1d의 비용: 곱셈-덧셈 횟수와 활성값 메모리
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Each output element sums (in_channels / groups) * kernel_size products.
# ko: 출력 원소 하나가 (in_channels / groups) * kernel_size개의 곱을 더합니다.
def multiply_adds(conv, y):
    N, C_out, L_out = y.shape
    return N * C_out * L_out * (conv.in_channels // conv.groups) * conv.kernel_size[0]


# %%
# en: torch's FLOP counter on the CPU, next to the formula: 2 FLOPs per multiply-add, the bias not counted.
# ko: CPU에서 torch의 FLOP 카운터를 공식과 나란히 놓습니다. 곱셈-덧셈 하나가 2 FLOP이고 편향은 세지 않습니다.
from torch.utils.flop_counter import FlopCounterMode

layers = [(nn.Conv1d(2, 3, 3, stride=2, padding=1), torch.randn(1, 2, 8)),
          (nn.Conv1d(16, 32, 5), torch.randn(8, 16, 100)),
          (nn.Conv1d(16, 32, 5, bias=False), torch.randn(8, 16, 100)),
          (nn.Conv1d(16, 32, 5, groups=4), torch.randn(8, 16, 100))]
for conv, x in layers:
    with FlopCounterMode(display=False) as counter:
        y = conv(x)
    macs = multiply_adds(conv, y)
    print(f"{tuple(y.shape)}, groups {conv.groups}, bias {conv.bias is not None}:"
          f" {macs} multiply-adds, counter {counter.get_total_flops()} FLOPs")

# %%
# en: The backward pass counts twice the forward pass: the gradients of the input and of the weight.
# ko: 역전파는 순전파의 두 배입니다. 입력에 대한 기울기와 가중치에 대한 기울기를 구하기 때문입니다.
conv, x = nn.Conv1d(16, 32, 5), torch.randn(8, 16, 100, requires_grad=True)
with FlopCounterMode(display=False) as counter:
    conv(x).sum().backward()
print({str(op): flops for op, flops in counter.get_flop_counts()["Global"].items()})

# %%
# en: Activation memory: output elements times bytes per element. The im2col columns
# en: hold each input sample up to k times.
# ko: 활성값 메모리는 출력 원소 수 곱하기 원소당 바이트 수입니다. im2col 열에는 입력 샘플 하나가
# ko: 최대 k번 들어갑니다.
x = torch.randn(8, 16, 100)
for dtype in [torch.float32, torch.float64]:
    y = nn.Conv1d(16, 32, 5, dtype=dtype)(x.to(dtype))
    print(f"{dtype}: {y.numel()} elements x {y.element_size()} bytes = {y.numel() * y.element_size()} bytes")
columns = x.unfold(2, 5, 1)
print("input:", x.numel(), "elements; im2col columns:", columns.numel(), "elements")
