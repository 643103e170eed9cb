# en: padding='same' with an even kernel: uneven split, one-time warning
# ko: 짝수 커널의 padding='same': 한쪽이 더 긴 패딩과 한 번만 나오는 경고
# %%
import warnings

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The first forward pass of an even kernel with 'same' (dilation 1) warns.
# ko: 짝수 커널에 same 패딩을 쓴 레이어(딜레이션 1)는 첫 순전파에서 경고를 냅니다.
x = torch.randn(1, 2, 10)
conv = nn.Conv1d(2, 4, kernel_size=2, padding="same")
print("input: ", tuple(x.shape))
print("output:", tuple(conv(x).shape))

# %%
# en: Later calls, even of new layers, do not warn: count the warnings.
# en: Compare with padding by hand: left = total // 2, right = total - left.
# ko: 이후 호출은 새 레이어라도 경고를 내지 않습니다. 경고 수를 셉니다.
# ko: 직접 패딩한 결과와 비교합니다: left = total // 2, right = total - left.
for k in [2, 4, 6]:
    conv = nn.Conv1d(2, 4, k, padding="same")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y = conv(x)
    total = k - 1
    left = total // 2
    right = total - left
    by_hand = F.conv1d(F.pad(x, (left, right)), conv.weight, conv.bias)
    same = torch.allclose(y, by_hand, atol=1e-6)
    print(f"k={k}: left {left}, right {right}, same: {same}")
    print(f"     L_out {y.shape[-1]}, warnings: {len(caught)}")
