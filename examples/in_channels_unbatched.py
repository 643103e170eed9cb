# en: Batched (N, C, L) and unbatched (C, L) input
# ko: 배치 입력 (N, C, L)과 배치 없는 입력 (C, L)
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: A 2-D tensor is read as one sample: (channels, length).
# ko: 2차원 텐서는 샘플 하나, 즉 (채널, 길이)로 읽힙니다.
conv = nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3)
x = torch.randn(3, 10)
print("dims:", x.dim(), "input:", tuple(x.shape))
print("output:", tuple(conv(x).shape))

# %%
# en: The blog post's (3, 3) tensor is 2-D too, but with a square shape
# en: you cannot tell the channel axis from the length axis.
# ko: 블로그 글의 (3, 3) 텐서도 2차원이지만, 두 축의 크기가 같아서
# ko: 어느 축이 채널이고 어느 축이 길이인지 알 수 없습니다.
square = torch.randn(3, 3)
print("dims:", square.dim(), "input:", tuple(square.shape))
print("output:", tuple(conv(square).shape))

# %%
# en: (3, 10) gives the same values as a batch of one.
# ko: (3, 10) 입력은 배치 크기 1로 넣은 결과와 값이 같습니다.
batched = conv(x.unsqueeze(0))
print("batched input: ", tuple(x.unsqueeze(0).shape))
print("batched output:", tuple(batched.shape))
print("same values:", torch.allclose(conv(x), batched[0]))

# %%
# en: A batch is a 3-D tensor (N, C_in, L_in), not a product of sizes.
# ko: 배치는 곱이 아니라 3차원 텐서 (N, C_in, L_in)입니다.
x = torch.randn(5, 3, 10)
print("input: ", tuple(x.shape))
print("output:", tuple(conv(x).shape))

# %% raises RuntimeError
# en: A wrong count in unbatched input: the message shows a batch of 1.
# ko: 배치 없는 입력의 채널 수가 틀리면, 메시지에는 배치 1이 붙어 나옵니다.
conv(torch.randn(4, 10))
