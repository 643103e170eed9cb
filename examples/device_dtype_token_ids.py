# en: Token ids go through nn.Embedding, not .float()
# ko: 토큰 id는 .float()가 아니라 nn.Embedding을 거칩니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: 2 sentences of 7 token ids from a vocabulary of 100: int64, (N, L).
# ko: 어휘 크기 100에서 뽑은 토큰 id 7개짜리 문장 2개: int64, (N, L)입니다.
tokens = torch.randint(0, 100, (2, 7))
print("tokens:", tuple(tokens.shape), tokens.dtype)

# %%
# en: nn.Embedding looks up a learned float32 vector per id: (N, L, C).
# en: Conv1d reads (N, C, L), so swap the last two axes.
# ko: nn.Embedding은 id마다 학습되는 float32 벡터를 찾아 (N, L, C)를 만듭니다.
# ko: Conv1d는 (N, C, L)을 읽으므로 마지막 두 축을 바꿉니다.
embedding = nn.Embedding(100, 16)
vectors = embedding(tokens)
print("embedding:", tuple(vectors.shape), vectors.dtype)
x = vectors.transpose(1, 2)
print("transposed:", tuple(x.shape))
conv = nn.Conv1d(16, 32, kernel_size=3)
print("conv:", tuple(conv(x).shape))

# %%
# en: .float() only changes the number type: the ids become magnitudes, and
# en: the (N, L) tensor is read as one unbatched sample with N channels.
# ko: .float()는 숫자 형식만 바꿉니다. id가 크기를 가진 값이 되고, (N, L) 텐서는
# ko: 채널이 N개인 배치 없는 샘플 하나로 읽힙니다.
as_float = tokens.float()
print("tokens.float():", tuple(as_float.shape), as_float.dtype)
print("Conv1d(2, 32, 3):", tuple(nn.Conv1d(2, 32, kernel_size=3)(as_float).shape))
