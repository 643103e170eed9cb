# en: ConvTranspose1d cannot give the output_size asked for
# ko: ConvTranspose1d가 요청한 output_size를 만들 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
up = nn.ConvTranspose1d(4, 2, kernel_size=3, stride=2)
y = torch.randn(1, 4, 4)

# %%
# en: Fix: a length within the range, here 9 or 10.
# ko: 해결: 범위 안의 길이를 줍니다. 여기서는 9나 10입니다.
print(tuple(up(y, output_size=[9]).shape), tuple(up(y, output_size=[10]).shape))

# %% raises ValueError
# en: 11 would need output_padding=2, which stride 2 does not allow.
# ko: 11을 만들려면 output_padding=2가 필요한데, 스트라이드 2에서는 허용되지 않습니다.
up(y, output_size=[11])
