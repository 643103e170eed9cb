# en: output_padding too large for the stride and the dilation
# ko: 스트라이드와 딜레이션에 비해 너무 큰 output_padding
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
y = torch.randn(1, 4, 10)

# %%
# en: Fix: output_padding below the stride (here 0 or 1), or below the dilation.
# ko: 해결: output_padding을 스트라이드보다 작게(여기서는 0이나 1), 또는 딜레이션보다 작게 줍니다.
print(tuple(nn.ConvTranspose1d(4, 2, 3, stride=2, output_padding=1)(y).shape))
print(tuple(nn.ConvTranspose1d(4, 2, 3, dilation=2, output_padding=1)(y).shape))

# %% raises RuntimeError
# en: stride=2 with output_padding=2. The layer is built; the forward pass fails.
# ko: stride=2에 output_padding=2입니다. 레이어는 만들어지고, 순전파에서 실패합니다.
nn.ConvTranspose1d(4, 2, 3, stride=2, output_padding=2)(y)

# %% raises RuntimeError
# en: output_padding=1 with the default stride and dilation, 1.
# ko: 기본값인 스트라이드 1, 딜레이션 1에 output_padding=1입니다.
nn.ConvTranspose1d(4, 2, 3, output_padding=1)(y)
