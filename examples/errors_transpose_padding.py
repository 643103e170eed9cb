# en: ConvTranspose1d has no padding='same' and no padding_mode but 'zeros'
# ko: ConvTranspose1d에는 padding='same'도, 제로 패딩('zeros') 말고 다른 padding_mode도 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
y = torch.randn(1, 4, 10)

# %%
# en: Fix: with stride 1 and an odd kernel, padding=(k - 1) // 2 keeps the length.
# ko: 해결: 스트라이드 1에 홀수 커널이면 padding=(k - 1) // 2가 길이를 유지합니다.
print(tuple(nn.ConvTranspose1d(4, 2, kernel_size=3, padding=1)(y).shape))

# %% raises TypeError
# en: padding='same' is accepted when the layer is built, and fails on the first input.
# ko: padding='same'은 레이어를 만들 때는 받아들여지고, 첫 입력에서 실패합니다.
same = nn.ConvTranspose1d(4, 2, kernel_size=3, padding="same")
print("stored:", same.padding)
same(y)

# %% raises ValueError
# en: Any padding_mode but 'zeros' is refused when the layer is built.
# ko: 제로 패딩('zeros')이 아닌 padding_mode는 레이어를 만들 때 거부됩니다.
nn.ConvTranspose1d(4, 2, kernel_size=3, padding=1, padding_mode="reflect")
