# en: (k-1)//2 keeps the length only for odd k (dilation 1)
# ko: (k-1)//2는 홀수 k에서만 길이를 유지합니다(딜레이션 1)
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
x = torch.randn(1, 1, 10)
for k in [3, 4, 5, 6]:
    conv = nn.Conv1d(1, 1, k, padding=(k - 1) // 2)
    print(f"k={k}: padding {(k - 1) // 2}, L_out {conv(x).shape[-1]}")

# %%
# en: padding="same", k=4: the (left, right) padding the layer stores.
# ko: padding="same", k=4일 때 레이어가 저장하는 (왼쪽, 오른쪽) 패딩입니다.
conv = nn.Conv1d(1, 1, 4, padding="same")
print("(left, right):", conv._reversed_padding_repeated_twice)

# %%
# en: With dilation 2 the total is 2 * (4 - 1) = 6: 3 on each side.
# ko: 딜레이션이 2이면 전체 패딩은 2 * (4 - 1) = 6이므로 양쪽에 3씩입니다.
conv = nn.Conv1d(1, 1, 4, dilation=2, padding="same")
print("dilation 2, (left, right):", conv._reversed_padding_repeated_twice)
