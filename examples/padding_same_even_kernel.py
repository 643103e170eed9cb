# en: padding='same' with an even kernel: uneven split, one-time warning
# ko: 짝수 커널의 padding='same': 한쪽이 더 긴 패딩과 한 번만 나오는 경고
# %%
import subprocess
import sys

import torch

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: The warning appears once per process. To show that reliably, this
# en: code runs in a fresh Python process and counts the warnings per call.
# ko: 이 경고는 프로세스마다 한 번만 나옵니다. 이를 확실히 보여 주려고, 이
# ko: 코드는 새 파이썬 프로세스에서 실행하며 호출마다 경고 수를 셉니다.
code = """
import textwrap
import warnings

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))
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
    print(f"k={k}: L_out {y.shape[-1]}, left {left}, right {right}, same: {same}")
    print(f"      warnings: {len(caught)}")
    for w in caught:
        print(textwrap.fill(f"{w.category.__name__}: {w.message}", 66))
"""
fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
print(fresh.stdout, end="")
