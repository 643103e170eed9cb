# en: padding='same' with dilation: the total is dilation*(kernel_size - 1)
# ko: 딜레이션이 있을 때의 padding='same': 전체 패딩은 dilation*(kernel_size - 1)입니다
# %%
import warnings

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: total = dilation*(kernel_size - 1), left = total // 2, right = total - left.
# en: Compare with padding by hand, then an unpadded convolution.
# ko: total = dilation*(kernel_size - 1), left = total // 2, right = total - left입니다.
# ko: 직접 패딩한 뒤 패딩 없이 합성곱한 결과와 비교합니다.
x = torch.randn(1, 2, 10)
for k, d in [(3, 1), (3, 2), (4, 1), (4, 2), (4, 3)]:
    conv = nn.Conv1d(2, 4, k, dilation=d, padding="same")
    total = d * (k - 1)
    left = total // 2
    right = total - left
    with warnings.catch_warnings(record=True):
        y = conv(x)
    by_hand = F.conv1d(F.pad(x, (left, right)), conv.weight, conv.bias, dilation=d)
    same = torch.allclose(y, by_hand, atol=1e-6)
    print(f"k={k}, d={d}: total {total}, left {left}, right {right},"
          f" L_out {y.shape[-1]}, same: {same}")

# %%
# en: Only an odd total warns. set_warn_always(True) shows the once-only
# en: warning at every call, so each layer is counted on its own.
# ko: 전체 패딩이 홀수일 때만 경고합니다. set_warn_always(True)는 한 번만 나오는
# ko: 경고를 호출마다 보여 주므로, 레이어마다 따로 셀 수 있습니다.
torch.set_warn_always(True)
try:
    for k, d in [(4, 1), (4, 2)]:
        conv = nn.Conv1d(2, 4, k, dilation=d, padding="same")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            conv(x)
        print(f"k={k}, d={d}: total {d * (k - 1)}, warnings: {len(caught)}")
finally:
    torch.set_warn_always(False)
