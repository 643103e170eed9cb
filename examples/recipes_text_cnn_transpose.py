# en: Forgetting the transpose after nn.Embedding
# ko: nn.Embedding 뒤에 전치를 잊으면
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

embedding = nn.Embedding(50, 8)
conv = nn.Conv1d(8, 4, 3)

# %%
# en: The embedding returns (N, L, E); Conv1d wants (N, E, L).
# ko: 임베딩은 (N, L, E)를 내고, Conv1d는 (N, E, L)을 받습니다.
h = embedding(torch.randint(1, 50, (2, 7)))
print("embedding:     ", tuple(h.shape))
print("transposed:    ", tuple(h.transpose(1, 2).shape))
print("conv output:   ", tuple(conv(h.transpose(1, 2)).shape))

# %%
# en: With sentences of exactly 8 tokens (L == E) the mistake raises nothing.
# ko: 문장 길이가 정확히 8토큰이면(L == E) 전치를 빠뜨려도 오류가 나지 않습니다.
h8 = embedding(torch.randint(1, 50, (2, 8)))
right, wrong = conv(h8.transpose(1, 2)), conv(h8)
print("shapes:", tuple(right.shape), tuple(wrong.shape))
print("same values:", torch.allclose(right, wrong))

# %% raises RuntimeError
# en: Any other length: the 7 tokens are read as 7 channels.
# ko: 다른 길이에서는 토큰 7개를 채널 7개로 읽습니다.
conv(h)
