# en: padding='same' keeps the length (stride 1 only)
# ko: padding='same'은 길이를 유지합니다(stride 1에서만)
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Odd kernels, dilation 1: the padding is split evenly, (k - 1) // 2 per side.
# en: Compare with padding by hand: F.pad(x, (left, right)).
# ko: 딜레이션 1의 홀수 커널에서는 패딩이 양쪽에 (k - 1) // 2씩 똑같이 나뉩니다.
# ko: F.pad(x, (left, right))로 직접 패딩한 결과와 비교합니다.
x = torch.randn(1, 2, 10)
print("input:", tuple(x.shape))
for k in [1, 3, 5, 7]:
    conv = nn.Conv1d(2, 4, k, padding="same")
    left = right = (k - 1) // 2
    by_hand = F.conv1d(F.pad(x, (left, right)), conv.weight, conv.bias)
    y = conv(x)
    same = torch.allclose(y, by_hand, atol=1e-6)
    print(f"k={k}: L_out {y.shape[-1]}, left {left}, right {right}, same: {same}")

# %%
# en: The layer stores the string, not a number.
# ko: 레이어에는 숫자가 아니라 문자열이 저장됩니다.
print(repr(nn.Conv1d(2, 4, 3, padding="same").padding))

# %% raises ValueError
# en: With stride 2 the output cannot keep the length.
# ko: stride가 2이면 출력이 길이를 유지할 수 없습니다.
nn.Conv1d(2, 4, kernel_size=3, stride=2, padding="same")

# %% raises ValueError
# en: The strings are case-sensitive.
# ko: 문자열은 대소문자를 구분합니다.
nn.Conv1d(2, 4, kernel_size=3, padding="SAME")
