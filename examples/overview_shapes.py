# en: Input and output shapes: batched, unbatched, and not 1-D
# ko: 입력과 출력 모양: 배치 입력, 배치 없는 입력, 1차원 텐서는 안 됨
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: torch.randn(3, 3) is a 2-D tensor, not a 1-D one.
# ko: torch.randn(3, 3)은 1차원이 아니라 2차원 텐서입니다.
print("dims of randn(3, 3):", torch.randn(3, 3).dim())
print("dims of randn(2):   ", torch.randn(2).dim())

# %%
# en: Batched: (N, C_in, L_in) -> (N, C_out, L_out).
# ko: 배치 입력: (N, C_in, L_in) -> (N, C_out, L_out).
conv = nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3)
x = torch.randn(8, 3, 10)
print(tuple(x.shape), "->", tuple(conv(x).shape))

# %%
# en: Unbatched: (C_in, L_in) -> (C_out, L_out).
# ko: 배치 없는 입력: (C_in, L_in) -> (C_out, L_out).
x1 = torch.randn(3, 10)
print(tuple(x1.shape), "->", tuple(conv(x1).shape))
same = torch.allclose(conv(x1), conv(x1.unsqueeze(0))[0])
print("same as batched(x.unsqueeze(0))[0]:", same)

# %% raises RuntimeError
# en: A 1-D tensor has no channel axis: Conv1d refuses it.
# ko: 1차원 텐서에는 채널 축이 없어서 Conv1d가 받지 않습니다.
conv(torch.randn(2))
