# en: Receptive field of the causal stack: the formula, then the gradients
# ko: 인과 스택의 수용 영역: 공식으로 계산하고 기울기로 확인하기
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
# en: Which inputs change the last output? Backpropagate from it and list the
# en: input positions whose gradient is not zero.
# ko: 마지막 출력을 바꾸는 입력은 어디까지일까요? 마지막 출력에서 역전파해서
# ko: 기울기가 0이 아닌 입력 위치를 찾습니다.
def reached(kernel_size, dilations, length=128):
    model = tcn(1, 8, kernel_size, dilations)
    x = torch.randn(1, 1, length, requires_grad=True)
    model(x)[0, :, -1].sum().backward()
    return (x.grad[0, 0] != 0).nonzero().flatten().tolist()


for k, dilations in [(3, (1, 2, 4, 8)), (2, (1, 2, 4, 8)), (3, (1, 2, 4, 8) * 2)]:
    positions = reached(k, dilations)
    formula = 1 + sum(d * (k - 1) for d in dilations)
    print(f"k={k}, dilations {dilations}:")
    print(f"  formula {formula}, measured {len(positions)}: inputs {positions[0]}..{positions[-1]}")
