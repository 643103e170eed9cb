# en: groups=2 is two separate convolutions on channel slices
# ko: groups=2는 채널을 나눈 두 개의 합성곱과 같습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 4 input channels, 6 output channels, 2 groups.
# ko: 입력 채널 4개, 출력 채널 6개, 그룹 2개입니다.
grouped = nn.Conv1d(4, 6, kernel_size=3, groups=2)
x = torch.randn(1, 4, 10)
print("weight:", tuple(grouped.weight.shape))
print("output:", tuple(grouped(x).shape))

# %%
# en: Group 0: input channels 0-1 -> output channels 0-2.
# en: Group 1: input channels 2-3 -> output channels 3-5.
# ko: 그룹 0: 입력 채널 0-1 -> 출력 채널 0-2.
# ko: 그룹 1: 입력 채널 2-3 -> 출력 채널 3-5.
parts = []
for g in range(2):
    conv = nn.Conv1d(2, 3, kernel_size=3)
    with torch.no_grad():
        conv.weight.copy_(grouped.weight[3 * g : 3 * g + 3])
        conv.bias.copy_(grouped.bias[3 * g : 3 * g + 3])
    parts.append(conv(x[:, 2 * g : 2 * g + 2]))
separate = torch.cat(parts, dim=1)
print("separate:", tuple(separate.shape))
print("allclose:", torch.allclose(grouped(x), separate))

# %%
# en: Changing input channel 3 changes only group 1's outputs.
# ko: 입력 채널 3을 바꾸면 그룹 1의 출력만 바뀝니다.
x2 = x.clone()
x2[:, 3] += 1.0
changed = (grouped(x) != grouped(x2)).any(dim=-1)[0]
print("output channels changed:", changed.nonzero().flatten().tolist())
