# en: When ConvTranspose1d gives back the input length of a Conv1d
# ko: ConvTranspose1d가 Conv1d의 입력 길이를 되돌려 주는 경우
# %%
import itertools

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: With stride 2, the lengths 9 and 10 both give 4.
# ko: 스트라이드가 2이면 길이 9와 10이 둘 다 4가 됩니다.
conv = nn.Conv1d(2, 4, kernel_size=3, stride=2)
for L in [8, 9, 10, 11]:
    print(f"Conv1d: L_in {L:2} -> L_out {conv(torch.randn(1, 2, L)).shape[-1]}")

# %%
# en: The transposed layer maps 4 back to 9; output_padding=1 picks 10.
# ko: 전치 레이어는 4를 9로 되돌리고, output_padding=1이면 10을 고릅니다.
y = torch.randn(1, 4, 4)
for op in [0, 1]:
    up = nn.ConvTranspose1d(4, 2, kernel_size=3, stride=2, output_padding=op)
    print(f"output_padding={op}: {tuple(up(y).shape)}")

# %%
# en: Or give the length at the call: output_size sets output_padding for you.
# en: The length comes back, not the values.
# ko: 호출할 때 길이를 지정해도 됩니다. output_size를 주면 output_padding이 알아서 정해집니다.
# ko: 돌아오는 것은 길이이지 값이 아닙니다.
up = nn.ConvTranspose1d(4, 2, kernel_size=3, stride=2)
x = torch.randn(1, 2, 10)
restored = up(conv(x), output_size=x.shape)
print("output_size=x.shape:", tuple(restored.shape))
print("same values as x:", torch.allclose(restored, x))

# %%
# en: With stride 1 each length has its own output length: nothing to choose.
# ko: 스트라이드가 1이면 길이마다 출력 길이가 달라서 고를 것이 없습니다.
same_length = nn.Conv1d(2, 4, kernel_size=3, padding=1)
back = nn.ConvTranspose1d(4, 2, kernel_size=3, padding=1)
for L in [9, 10]:
    h = same_length(torch.randn(1, 2, L))
    print(f"L_in {L} -> Conv1d {h.shape[-1]} -> ConvTranspose1d {back(h).shape[-1]}")

# %% raises RuntimeError
# en: output_padding must be smaller than the stride (or the dilation).
# ko: output_padding은 스트라이드(또는 딜레이션)보다 작아야 합니다.
nn.ConvTranspose1d(4, 2, kernel_size=3, stride=2, output_padding=2)(y)
