# en: A causal dilated block with residual connections, as in TCN and WaveNet
# ko: TCN과 WaveNet처럼 잔차 연결을 둔 인과 딜레이션 블록
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
# en: One causal layer, dilation 2: with the kernel [1, 10, 100], output t
# en: spells out the inputs it reads, t - 4, t - 2 and t.
# ko: 딜레이션 2인 인과 레이어 하나. 커널이 [1, 10, 100]이면 출력 t의 값에
# ko: 읽은 입력 t - 4, t - 2, t가 그대로 드러납니다.
layer = CausalConv1d(1, 1, 3, dilation=2, bias=False)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[[1.0, 10.0, 100.0]]]))
signal = torch.arange(1.0, 9.0).reshape(1, 1, 8)
padded = F.pad(signal, (layer.left, 0))
print("left padding:", layer.left)
print("padded input:", padded.flatten().tolist())
print("output:      ", layer(signal).flatten().tolist())

# %%
# en: Four blocks, kernel size 3, dilations 1, 2, 4, 8; 1 input channel, 8 inside.
# ko: 커널 크기 3, 딜레이션 1, 2, 4, 8인 블록 4개. 입력 채널 1개, 내부 채널 8개.
model = tcn(1, 8, 3, (1, 2, 4, 8))
x = torch.randn(2, 1, 64)
h = x
for block in model:
    h = block(h)
    conv = block.conv
    print(f"dilation {conv.dilation[0]}: {conv.in_channels} -> {conv.out_channels},"
          f" left pad {conv.left:2}, skip {type(block.skip).__name__:8} -> {tuple(h.shape)}")
print("parameters:", sum(p.numel() for p in model.parameters()))

# %%
# en: Without the 1x1 convolution, the 1-channel input is added to all 8
# en: channels: broadcasting, no error.
# ko: 1x1 합성곱이 없으면 채널 1개짜리 입력이 8개 채널 모두에 더해집니다.
# ko: 브로드캐스팅이므로 오류가 나지 않습니다.
first = model[0]
print("with skip:   ", tuple((F.relu(first.conv(x)) + first.skip(x)).shape))
print("without skip:", tuple((F.relu(first.conv(x)) + x).shape))

# %%
# en: Three steps of gradient descent: predict the next sample of a noisy sine.
# ko: 경사 하강법 세 단계: 잡음 섞인 사인파의 다음 샘플을 예측합니다.
head = nn.Conv1d(8, 1, 1)
series = torch.sin(torch.arange(65.0) / 4) + 0.1 * torch.randn(4, 1, 65)
inputs, targets = series[..., :-1], series[..., 1:]
params = list(model.parameters()) + list(head.parameters())
for step in range(3):
    loss = F.mse_loss(head(model(inputs)), targets)
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.05 * p.grad
    print(f"step {step}: loss {loss.item():.4f}")
