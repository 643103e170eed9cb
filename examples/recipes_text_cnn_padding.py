# en: Max over time and padding tokens
# ko: 시간 축 최대 풀링과 패딩 토큰
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

embedding = nn.Embedding(20, 8, padding_idx=0)
conv = nn.Conv1d(8, 4, 3)


@torch.no_grad()
def features(ids):
    return F.relu(conv(embedding(ids).transpose(1, 2))).amax(dim=2)


# %%
# en: With padding_idx=0 the padding token's vector is all zeros,
# en: so a window over padding only outputs the bias.
# ko: padding_idx=0이면 패딩 토큰의 벡터가 모두 0이므로,
# ko: 패딩만 읽는 창은 편향만 출력합니다.
print("vector of id 0:", embedding.weight[0].tolist())
only_padding = embedding(torch.zeros(1, 3, dtype=torch.long)).transpose(1, 2)
print("conv over padding:", conv(only_padding).flatten().detach())
print("bias:             ", conv.bias.detach())

# %%
# en: A sentence of 4 tokens, alone and in a batch padded to 9 tokens.
# ko: 토큰 4개짜리 문장을 혼자 넣을 때와, 9토큰으로 패딩된 배치에 넣을 때.
short = [5, 9, 3, 7]
long = [4, 8, 2, 6, 1, 3, 9, 2, 5]
batch = torch.tensor([short + [0] * 5, long])
alone = features(torch.tensor([short]))
in_batch = features(batch)[0]
print("alone:   ", alone[0])
print("in batch:", in_batch)
print("close:", torch.allclose(alone[0], in_batch))

# %%
# en: Mask the windows that reach into the padding before taking the max:
# en: window i reads tokens i .. i+k-1, so it is full when i <= length - k.
# ko: 최댓값을 구하기 전에 패딩까지 닿는 창을 가립니다.
# ko: 창 i는 토큰 i .. i+k-1을 읽으므로 i <= length - k일 때 패딩이 없습니다.
@torch.no_grad()
def masked_features(ids, lengths):
    y = F.relu(conv(embedding(ids).transpose(1, 2)))
    k = conv.kernel_size[0]
    full = torch.arange(y.shape[-1]) <= (lengths - k)[:, None]
    return y.masked_fill(~full[:, None, :], float("-inf")).amax(dim=2)


masked = masked_features(batch, torch.tensor([4, 9]))
print("masked:  ", masked[0])
print("close:", torch.allclose(alone[0], masked[0]))
print("bit for bit:", torch.equal(alone[0], masked[0]))

# %% raises RuntimeError
# en: A batch shorter than the kernel has no window at all.
# ko: 커널보다 짧은 배치에는 창이 하나도 없습니다.
features(torch.tensor([[5, 9]]))
