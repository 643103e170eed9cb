# en: out_channels sets the channel axis, not the output size
# ko: out_channels는 출력 크기가 아니라 채널 축을 정합니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 3 -> 4 channels can give fewer values than the input has.
# ko: 채널 3 -> 4여도 입력보다 값이 적어질 수 있습니다.
x = torch.randn(3, 3)
for k in [1, 2]:
    y = nn.Conv1d(3, 4, k)(x)
    print(f"k={k}: {tuple(y.shape)}, {y.numel()} values (input {x.numel()})")
x = torch.randn(1, 3, 10)
for c_out in [1, 4, 64]:
    print(f"out_channels={c_out}:", tuple(nn.Conv1d(3, c_out, 3)(x).shape))
