# en: Conv1d computed by hand with loops
# ko: 반복문으로 직접 계산한 Conv1d
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 2 input channels of length 6, 3 output channels, kernel size 3.
# ko: 입력 채널 2개(길이 6), 출력 채널 3개, 커널 크기 3입니다.
conv = nn.Conv1d(in_channels=2, out_channels=3, kernel_size=3)
x = torch.randn(1, 2, 6)
y = conv(x)
print("input: ", tuple(x.shape))
print("weight:", tuple(conv.weight.shape))
print("bias:  ", tuple(conv.bias.shape))
print("output:", tuple(y.shape))

# %%
# en: y[o, i] = bias[o] + sum over c and j of weight[o, c, j] * x[c, i + j]
# ko: y[o, i] = bias[o] + (c와 j에 대한 합) weight[o, c, j] * x[c, i + j]
w, b, xs = conv.weight.detach(), conv.bias.detach(), x[0]
C_out, C_in, k = w.shape
L_out = xs.shape[1] - k + 1
by_hand = torch.zeros(C_out, L_out)
for o in range(C_out):
    for i in range(L_out):
        total = b[o]
        for c in range(C_in):
            for j in range(k):
                total = total + w[o, c, j] * xs[c, i + j]
        by_hand[o, i] = total
print(by_hand)
y = y.detach()
print(y[0])
print("same as torch:", torch.allclose(by_hand, y[0]))
