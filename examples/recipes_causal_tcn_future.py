# en: No output reads the future: perturb one input, compare the outputs before it
# ko: 어떤 출력도 미래를 읽지 않습니다: 입력 하나를 바꾸고 그 앞의 출력을 비교하기
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)


# %%
# en: A causal layer pads dilation * (kernel_size - 1) samples on the left only.
# en: A block adds its input to its output (a residual connection); when the
# en: channel count changes, a 1x1 convolution brings the input to it.
# ko: 인과 레이어는 왼쪽에만 dilation * (kernel_size - 1) 샘플을 패딩합니다.
# ko: 블록은 입력을 출력에 더하고(잔차 연결), 채널 수가 바뀌면
# ko: 1x1 합성곱으로 입력의 채널 수를 맞춥니다.
class CausalConv1d(nn.Conv1d):
    def __init__(self, in_channels, out_channels, kernel_size, dilation=1, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size, dilation=dilation, **kwargs)
        self.left = dilation * (kernel_size - 1)

    def forward(self, x):
        return super().forward(F.pad(x, (self.left, 0)))


class Block(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size, dilation):
        super().__init__()
        self.conv = CausalConv1d(in_channels, out_channels, kernel_size, dilation)
        if in_channels == out_channels:
            self.skip = nn.Identity()
        else:
            self.skip = nn.Conv1d(in_channels, out_channels, 1)

    def forward(self, x):
        return F.relu(self.conv(x)) + self.skip(x)


def tcn(in_channels, channels, kernel_size, dilations):
    blocks = []
    for d in dilations:
        blocks.append(Block(in_channels, channels, kernel_size, d))
        in_channels = channels
    return nn.Sequential(*blocks)


# %%
# en: Change input 40 only. Outputs 0..39 must stay exactly the same.
# ko: 입력 40만 바꿉니다. 출력 0..39는 정확히 그대로여야 합니다.
model = tcn(1, 8, 3, (1, 2, 4, 8))
x = torch.randn(1, 1, 64)
later = x.clone()
later[..., 40] += 1.0
with torch.no_grad():
    before, after = model(x), model(later)
changed = (before != after).any(dim=1)[0].nonzero().flatten().tolist()
print("outputs 0..39 identical:", torch.equal(before[..., :40], after[..., :40]))
print("changed outputs:", f"{changed[0]}..{changed[-1]}")

# %%
# en: The same weights with padding='same' instead: earlier outputs move.
# ko: 같은 가중치에 padding='same'을 쓰면 앞쪽 출력도 바뀝니다.
for block in model:
    c = block.conv
    block.conv = nn.Conv1d(c.in_channels, c.out_channels, c.kernel_size[0],
                           dilation=c.dilation[0], padding="same")
    block.conv.load_state_dict(c.state_dict())
with torch.no_grad():
    before, after = model(x), model(later)
changed = (before != after).any(dim=1)[0].nonzero().flatten().tolist()
print("outputs 0..39 identical:", torch.equal(before[..., :40], after[..., :40]))
print("changed outputs:", f"{changed[0]}..{changed[-1]}")
