# en: A negative size cannot make a weight
# ko: 음수 크기로는 가중치를 만들 수 없습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %% raises RuntimeError
# en: kernel_size=-1: the last number of the list is -1.
# ko: kernel_size=-1이면 목록의 마지막 값이 -1입니다.
nn.Conv1d(4, 4, kernel_size=-1)

# %% raises RuntimeError
# en: in_channels=-1: the -1 moves to the middle.
# ko: in_channels=-1이면 -1이 가운데로 옵니다.
nn.Conv1d(-1, 4, kernel_size=3)
