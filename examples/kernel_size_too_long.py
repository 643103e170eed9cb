# en: A kernel as long as the input, and one longer
# ko: 입력과 길이가 같은 커널, 입력보다 긴 커널
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: kernel_size equal to the length: exactly one window fits.
# ko: kernel_size가 길이와 같으면 창이 딱 하나 들어갑니다.
x = torch.randn(1, 2, 10)
print("k=10:", tuple(nn.Conv1d(2, 4, kernel_size=10)(x).shape))

# %%
# en: Padding counts: padding=1 makes the length 12, so k=11 fits.
# ko: 패딩도 길이에 들어갑니다. padding=1이면 길이가 12가 되어 k=11이 들어갑니다.
conv = nn.Conv1d(2, 4, kernel_size=11, padding=1)
print("padded length:", x.shape[-1] + 2 * conv.padding[0])
print("k=11, padding=1:", tuple(conv(x).shape))

# %% raises RuntimeError
# en: kernel_size 11 on length 10, no padding.
# ko: 길이 10에 kernel_size 11, 패딩 없음.
nn.Conv1d(2, 4, kernel_size=11)(x)

# %% raises RuntimeError
# en: The message counts the dilated span: 5 * (3 - 1) + 1 = 11.
# ko: 메시지의 크기는 딜레이션을 반영한 폭입니다: 5 * (3 - 1) + 1 = 11.
nn.Conv1d(2, 4, kernel_size=3, dilation=5)(x)
