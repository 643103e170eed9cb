# en: A strided stack over 1 s of made-up audio: lengths, total stride, receptive field
# ko: 지어낸 1초 오디오 위의 스트라이드 스택: 길이, 누적 스트라이드, 수용 영역
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
# en: Made-up data: 4 clips of 1 s at 16 kHz, sines of 220, 440 or 880 Hz plus noise.
# ko: 지어낸 데이터: 16 kHz로 1초짜리 클립 4개. 220, 440, 880 Hz 사인파에 잡음을 더했습니다.
rate = 16000
t = torch.arange(rate) / rate
labels = torch.tensor([0, 1, 2, 1])
freqs = torch.tensor([220.0, 440.0, 880.0])[labels]
x = torch.sin(2 * math.pi * freqs[:, None] * t)[:, None, :] + 0.1 * torch.randn(4, 1, rate)
print("input:", tuple(x.shape))

# %%
# en: Each layer's length by the formula (no padding) and by running it; "rest" is
# en: (L_in - k) % s, the trailing positions no window reads; the total stride
# en: (jump) and the receptive field, in input samples.
# ko: 레이어마다 공식(패딩 없음)으로 구한 길이와 실행해서 얻은 길이, 어느 창도 읽지 않는
# ko: 끝 위치의 개수 rest = (L_in - k) % s, 누적 스트라이드(점프)와 수용 영역을
# ko: 입력 샘플 단위로 구합니다.
length, jump, field = rate, 1, 1
h = x
print("layer  k  s  formula    run  rest  jump  field")
for i, conv in enumerate(features[::2]):
    k, s = conv.kernel_size[0], conv.stride[0]
    rest = (length - k) % s
    length = (length - k) // s + 1
    field += (k - 1) * jump
    jump *= s
    h = F.relu(conv(h))
    print(f"{i:5} {k:2} {s:2} {length:8} {h.shape[-1]:6} {rest:5} {jump:5} {field:6}")
print(f"one output every {jump} samples = {1000 * jump / rate} ms")
print(f"each output sees {field} samples = {1000 * field / rate} ms")

# %%
# en: The first layer over the first 40 samples: windows of 10, every 5 samples.
# ko: 첫 레이어를 처음 40샘플에 적용합니다. 길이 10인 창이 5샘플마다 놓입니다.
first, clip = features[0], x[:1, :, :40]
print("clip:", tuple(clip.shape), "->", tuple(first(clip).shape))
