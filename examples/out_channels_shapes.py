# en: out_channels changes the channel axis, never the length
# ko: out_channels는 채널 축만 바꾸고 길이는 바꾸지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Same input, same kernel_size; only out_channels changes.
# ko: 입력과 kernel_size는 그대로 두고 out_channels만 바꿉니다.
x = torch.randn(1, 3, 10)
print("input:", tuple(x.shape))
for co in [1, 4, 64]:
    conv = nn.Conv1d(3, co, 3)
    print(f"out_channels={co}: output {tuple(conv(x).shape)}")

# %%
# en: One filter of shape (in_channels, kernel_size) per output channel.
# ko: 출력 채널마다 (in_channels, kernel_size) 모양의 필터가 하나씩 있습니다.
for co in [1, 4, 64]:
    conv = nn.Conv1d(3, co, 3)
    params = sum(p.numel() for p in conv.parameters())
    w, b = tuple(conv.weight.shape), tuple(conv.bias.shape)
    print(f"out_channels={co}: weight {w}, bias {b}, params {params}")
