# en: Keras's padding, strides, dilation_rate, groups and use_bias in PyTorch
# ko: Keras의 padding, strides, dilation_rate, groups, use_bias를 PyTorch로
# %%
import math

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

x = torch.randn(1, 4, 10)  # channels first, length 10

# %%
# en: padding="same" with strides=1 is padding="same".
# en: padding="causal" is F.pad on the left by dilation * (kernel_size - 1).
# ko: strides=1인 padding="same"은 padding="same"입니다.
# ko: padding="causal"은 왼쪽에 dilation * (kernel_size - 1)만큼 F.pad를 하는 것입니다.
same = nn.Conv1d(4, 8, 3, padding="same")
print("same:  ", tuple(same(x).shape))
causal = nn.Conv1d(4, 8, 3, dilation=2)
print("causal:", tuple(causal(F.pad(x, (2 * (3 - 1), 0))).shape))


# %%
# en: padding="same" with strides=2: torch refuses it (see the error below); pad
# en: as TensorFlow does, to ceil(L / stride) outputs, the extra sample on the right.
# ko: strides=2의 padding="same"은 torch가 거부합니다(아래 오류). TensorFlow처럼
# ko: 출력이 ceil(L / stride)개가 되도록, 남는 샘플은 오른쪽에 패딩합니다.
def tf_same_pad(x, kernel_size, stride, dilation=1):
    length = x.shape[-1]
    out = math.ceil(length / stride)
    total = max((out - 1) * stride + dilation * (kernel_size - 1) + 1 - length, 0)
    return F.pad(x, (total // 2, total - total // 2))


strided = nn.Conv1d(4, 8, 3, stride=2)
print("same, strides=2:", tuple(strided(tf_same_pad(x, 3, 2)).shape), "ceil(10 / 2) =", math.ceil(10 / 2))

# %%
# en: dilation_rate -> dilation, groups -> groups, use_bias=False -> bias=False.
# en: torch also takes stride and dilation together.
# ko: dilation_rate는 dilation, groups는 groups, use_bias=False는 bias=False입니다.
# ko: torch는 stride와 dilation을 함께 받기도 합니다.
grouped = nn.Conv1d(4, 8, 3, groups=2, bias=False)
print("groups=2:", tuple(grouped.weight.shape), "bias:", grouped.bias)
print("stride 2 and dilation 2:", tuple(nn.Conv1d(4, 8, 3, stride=2, dilation=2)(x).shape))

# %% raises ValueError
# en: torch has no padding="causal".
# ko: torch에는 padding="causal"이 없습니다.
nn.Conv1d(4, 8, 3, padding="causal")

# %% raises ValueError
# en: And no padding="same" with a stride above 1.
# ko: 스트라이드가 1보다 큰 padding="same"도 없습니다.
nn.Conv1d(4, 8, 3, stride=2, padding="same")
