# en: Adaptive and global pooling: a fixed output length for any input length
# ko: 적응형 풀링과 전역 풀링: 입력 길이와 상관없이 정해진 출력 길이
# %%
import math

import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: You give the output length; the windows follow from the input length.
# ko: 출력 길이를 정해 주면, 창은 입력 길이에 맞춰 정해집니다.
adaptive = nn.AdaptiveAvgPool1d(4)
for L in [3, 10, 50, 101]:
    print(f"L_in {L:3} -> {tuple(adaptive(torch.randn(8, 16, L)).shape)}")

# %%
# en: Window i covers floor(i*L/out) to ceil((i+1)*L/out): the windows may overlap.
# ko: i번째 창은 floor(i*L/out)부터 ceil((i+1)*L/out) 앞까지이며, 창끼리 겹칠 수 있습니다.
def adaptive_windows(L, out):
    return [(math.floor(i * L / out), math.ceil((i + 1) * L / out)) for i in range(out)]


x = torch.arange(10.0).reshape(1, 1, 10)
by_hand = torch.stack([x[..., a:b].mean(-1) for a, b in adaptive_windows(10, 4)], -1)
print(adaptive_windows(10, 4), adaptive(x), "by hand equal:", torch.equal(adaptive(x), by_hand))

# %%
# en: An input shorter than the output repeats samples.
# ko: 입력이 출력보다 짧으면 같은 샘플을 여러 번 씁니다.
print(adaptive_windows(3, 4), adaptive(torch.arange(3.0).reshape(1, 1, 3)))

# %%
# en: Global pooling: output length 1, one number per channel; then flatten to (N, C).
# ko: 전역 풀링: 출력 길이 1, 채널마다 숫자 하나이고, 평탄화하면 (N, C)가 됩니다.
features = torch.randn(8, 64, 37)
pooled = nn.AdaptiveAvgPool1d(1)(features)
print(tuple(pooled.shape), "->", tuple(nn.Flatten()(pooled).shape))
print("mean equal:", torch.equal(pooled, features.mean(-1, keepdim=True)))
print("max equal: ", torch.equal(nn.AdaptiveMaxPool1d(1)(features), features.amax(-1, keepdim=True)))
