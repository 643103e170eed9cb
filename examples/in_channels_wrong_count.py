# en: What a wrong channel count raises
# ko: 채널 수가 맞지 않을 때 나는 오류
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Sequence data often comes as (batch, length, features).
# en: Swap the last two axes to get (batch, features, length).
# ko: 시퀀스 데이터는 흔히 (배치, 길이, 특징) 순서로 옵니다.
# ko: 마지막 두 축을 바꿔 (배치, 특징, 길이)로 만듭니다.
conv = nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3)
x_nlc = torch.randn(2, 10, 3)
x_ncl = x_nlc.transpose(1, 2)
print("transposed:", tuple(x_ncl.shape))
print("output:    ", tuple(conv(x_ncl).shape))

# %% raises RuntimeError
# en: Without the transpose, the 10 steps are taken for channels.
# ko: 축을 바꾸지 않으면 길이 10을 채널 수로 읽습니다.
conv(x_nlc)

# %% raises RuntimeError
# en: 4 channels into a layer built for 3.
# ko: 채널 3개용 레이어에 채널 4개를 넣습니다.
conv(torch.randn(2, 4, 10))
