# en: Sizing the Linear layer after a stack of Conv1d and pooling layers
# ko: Conv1d와 풀링 레이어 뒤에 오는 Linear 레이어의 크기 정하기
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 8 signals of length 52; the shape after every layer.
# ko: 길이 52인 신호 8개를 넣고, 레이어마다 모양을 봅니다.
features = nn.Sequential(
    nn.Conv1d(1, 32, kernel_size=5), nn.ReLU(), nn.MaxPool1d(2),
    nn.Conv1d(32, 64, kernel_size=5), nn.ReLU(), nn.MaxPool1d(2),
    nn.Flatten(),
)
x = torch.randn(8, 1, 52)
h = x
for layer in features:
    h = layer(h)
    if not isinstance(layer, nn.ReLU):
        print(f"{type(layer).__name__:9} -> {tuple(h.shape)}")

# %%
# en: By the formulas: each Conv1d takes off kernel_size - 1, each MaxPool1d(2) halves (floor).
# ko: 공식으로: Conv1d마다 kernel_size - 1이 줄고, MaxPool1d(2)마다 절반이 됩니다(내림).
L = (52 - (5 - 1)) // 2  # Conv1d(1, 32, 5), MaxPool1d(2)
L = (L - (5 - 1)) // 2   # Conv1d(32, 64, 5), MaxPool1d(2)
print("last length:", L, " in_features:", 64 * L)

# %%
# en: Or let torch count: one dummy forward pass, without gradients.
# ko: torch에 맡겨 셀 수도 있습니다. 기울기 없이 가짜 입력으로 순전파를 한 번 합니다.
with torch.no_grad():
    in_features = features(torch.zeros(1, 1, 52)).shape[1]
print("in_features:", in_features)
model = nn.Sequential(features, nn.Linear(in_features, 10))
print("output:", tuple(model(x).shape))

# %% raises RuntimeError
# en: Linear(64, 10) right after Flatten: 64 channels, but 64 * 10 values per sample.
# ko: Flatten 바로 뒤의 Linear(64, 10): 채널은 64개이지만 샘플마다 값은 64 * 10개입니다.
head = nn.Linear(64, 10)
head(features(x))

# %% raises RuntimeError
# en: The model sized for length 52, on length 100.
# ko: 길이 52에 맞춘 모델에 길이 100을 넣습니다.
longer = torch.randn(8, 1, 100)
print("before Flatten:", tuple(features[:-1](longer).shape))
model(longer)
