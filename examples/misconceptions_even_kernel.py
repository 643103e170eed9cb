# en: (k-1)//2 keeps the length only for odd k
# ko: (k-1)//2는 홀수 k에서만 길이를 유지합니다
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
