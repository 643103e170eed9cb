# en: Keras's channels-last input, in PyTorch
# ko: Keras의 채널 마지막 입력을 PyTorch에서
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Keras's own example: 4 sequences of 10 steps with 128 features, 32 filters
# en: of size 3. In torch: transpose in, convolve, transpose back.
# ko: Keras 문서의 예: 특징 128개, 10스텝짜리 시퀀스 4개와 크기 3인 필터 32개.
# ko: torch에서는 전치해서 넣고, 합성곱한 뒤, 다시 전치합니다.
x = torch.randn(4, 10, 128)
conv = nn.Conv1d(128, 32, 3)
y = conv(x.transpose(1, 2))
print("channels first:", tuple(y.shape))
print("channels last: ", tuple(y.transpose(1, 2).shape))


# %%
# en: The same as a module, for code that keeps (N, L, C) between layers.
# ko: 레이어 사이에서 (N, L, C)를 유지하는 코드를 위한 모듈입니다.
class ChannelsLast(nn.Module):
    def __init__(self, layer):
        super().__init__()
        self.layer = layer

    def forward(self, x):
        return self.layer(x.transpose(1, 2)).transpose(1, 2)


print("module:        ", tuple(ChannelsLast(conv)(x).shape))
