# en: When the formula gives no output position
# ko: 공식 값이 1보다 작을 때
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: kernel_size 3 with dilation 5 spans 11 samples; the input has 10.
# ko: kernel_size 3에 dilation 5면 11칸을 덮는데, 입력 길이는 10입니다.
L_in, k, d = 10, 3, 5
print("span:", d * (k - 1) + 1)
print("formula:", (L_in - d * (k - 1) - 1) // 1 + 1)
conv = nn.Conv1d(1, 1, kernel_size=k, dilation=d)

# %% raises RuntimeError
# en: The error names the dilated span as "Kernel size".
# ko: 오류 메시지의 "Kernel size"는 딜레이션을 적용한 폭입니다.
conv(torch.randn(1, 1, L_in))
