# en: Global pooling and a classifier head, trained for three steps
# ko: 전역 풀링과 분류 헤드, 학습 세 단계
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
# en: The same made-up clips: 1 s at 16 kHz, one of three frequencies each.
# ko: 같은 지어낸 클립입니다. 16 kHz로 1초씩, 각각 세 주파수 중 하나입니다.
rate = 16000
t = torch.arange(rate) / rate
labels = torch.tensor([0, 1, 2, 1])
freqs = torch.tensor([220.0, 440.0, 880.0])[labels]
x = torch.sin(2 * math.pi * freqs[:, None] * t)[:, None, :] + 0.1 * torch.randn(4, 1, rate)

# %%
# en: Global average pooling: the mean over the length axis, one value per channel.
# ko: 전역 평균 풀링: 길이 축의 평균으로, 채널마다 값 하나를 남깁니다.
head = nn.Linear(16, 3)


def classify(clips):
    return head(features(clips).mean(dim=2))


print("features:", tuple(features(x).shape))
print("pooled:  ", tuple(features(x).mean(dim=2).shape))
print("logits:  ", tuple(classify(x).shape))
print("0.5 s:   ", tuple(features(x[..., :8000]).shape), "->", tuple(classify(x[..., :8000]).shape))
params = list(features.parameters()) + list(head.parameters())
print("parameters:", sum(p.numel() for p in params))

# %%
# en: Three steps of gradient descent.
# ko: 경사 하강법 세 단계.
for step in range(3):
    loss = F.cross_entropy(classify(x), labels)
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.1 * p.grad
    print(f"step {step}: loss {loss.item():.4f}")
