# en: The receptive field of the stack, by gradients, and the shortest input it takes
# ko: 스택의 수용 영역을 기울기로 확인하고, 받을 수 있는 가장 짧은 입력 찾기
# %%
import math

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The kernel sizes and strides of wav2vec 2.0's feature encoder,
# en: with 16 channels instead of 512.
# ko: wav2vec 2.0 특징 인코더의 커널 크기와 스트라이드를 쓰고,
# ko: 채널은 512개 대신 16개로 둡니다.
kernels = [10, 3, 3, 3, 3, 2, 2]
strides = [5, 2, 2, 2, 2, 2, 2]
layers, channels = [], 1
for k, s in zip(kernels, strides):
    layers += [nn.Conv1d(channels, 16, k, stride=s), nn.ReLU()]
    channels = 16
features = nn.Sequential(*layers)

# %%
# en: Backpropagate from output position 2 and find the inputs it depends on.
# ko: 출력 위치 2에서 역전파해서 이 출력이 의존하는 입력을 찾습니다.
x = torch.randn(1, 1, 2000, requires_grad=True)
y = features(x)
y[0, :, 2].sum().backward()
reached = (x.grad[0, 0] != 0).nonzero().flatten().tolist()
print("output length:", y.shape[-1])
print(f"output 2 reads inputs {reached[0]}..{reached[-1]}: {len(reached)} samples")
jump = math.prod(strides)
print(f"total stride {jump}: output 2 starts at input 2 * {jump} = {2 * jump}")

# %%
# en: For 1 s, which inputs reach no output at all? The stride leaves the end unread.
# ko: 1초 입력에서 어떤 출력에도 닿지 않는 입력은? 스트라이드 때문에 끝부분을 읽지 않습니다.
x = torch.randn(1, 1, 16000, requires_grad=True)
features(x).sum().backward()
unread = (x.grad[0, 0] == 0).nonzero().flatten().tolist()
print(f"unread: inputs {unread[0]}..{unread[-1]}, {len(unread)} samples")

# %%
# en: The receptive field is also the shortest input: 400 samples give one output.
# ko: 수용 영역은 가장 짧은 입력 길이이기도 합니다. 400샘플이면 출력이 하나 나옵니다.
print("400 samples ->", tuple(features(torch.randn(1, 1, 400)).shape))

# %% raises RuntimeError
# en: 399 samples: the last layer finds 1 sample for its kernel of 2.
# ko: 399샘플이면 마지막 레이어에 남는 샘플이 1개뿐인데 커널은 2입니다.
features(torch.randn(1, 1, 399))
