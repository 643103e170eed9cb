# en: Weight and bias shapes, and the parameter count
# ko: 가중치와 편향의 모양, 매개변수 개수
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: weight: (out_channels, in_channels // groups, kernel_size)
# ko: weight: (out_channels, in_channels // groups, kernel_size)
conv = nn.Conv1d(16, 33, 3)
print("weight:", tuple(conv.weight.shape))
print("bias:", tuple(conv.bias.shape))

# %%
# en: The count from the shapes, and the count torch reports.
# ko: 모양으로 계산한 개수와 torch가 세는 개수를 비교합니다.
def formula(c_in, c_out, k, groups=1, bias=True):
    return c_out * (c_in // groups) * k + (c_out if bias else 0)


def counted(conv):
    return sum(p.numel() for p in conv.parameters())


layers = {
    "Conv1d(16, 33, 3)": ((16, 33, 3), {}),
    "Conv1d(16, 33, 3, bias=False)": ((16, 33, 3), {"bias": False}),
    "Conv1d(8, 8, 5, groups=8)": ((8, 8, 5), {"groups": 8}),
    "Conv1d(4, 6, 1, groups=2)": ((4, 6, 1), {"groups": 2}),
}
for name, (args, kwargs) in layers.items():
    conv = nn.Conv1d(*args, **kwargs)
    print(f"{name}: {formula(*args, **kwargs)} / {counted(conv)}")
    print(f"  weight {tuple(conv.weight.shape)}, bias",
          None if conv.bias is None else tuple(conv.bias.shape))

# %%
# en: stride, padding, dilation and padding_mode add nothing.
# ko: stride, padding, dilation, padding_mode는 매개변수를 늘리지 않습니다.
for kwargs in [{}, {"stride": 2}, {"padding": 4},
               {"dilation": 3}, {"padding": 1, "padding_mode": "reflect"}]:
    name = ", ".join(f"{k}={v!r}" for k, v in kwargs.items()) or "defaults"
    print(f"{name}: {counted(nn.Conv1d(16, 33, 3, **kwargs))}")
