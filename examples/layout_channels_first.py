# en: Conv1d is channels-first; most sequence layers are not
# ko: Conv1d는 채널 우선이고, 다른 시퀀스 레이어는 대부분 그렇지 않습니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Conv1d reads (N, C, L): batch, channels, length.
# ko: Conv1d는 (N, C, L), 즉 배치, 채널, 길이 순서로 읽습니다.
conv = nn.Conv1d(16, 32, 3)
print("conv:", tuple(conv(torch.randn(8, 16, 100)).shape))

# %%
# en: Other layers give (N, L, C): features on the last axis.
# ko: 다른 레이어는 (N, L, C)를 냅니다. 특징이 마지막 축에 있습니다.
tokens = torch.randint(0, 1000, (8, 100))
emb = nn.Embedding(1000, 16)(tokens)
print("embedding:", tuple(emb.shape))
rnn_out, _ = nn.GRU(16, 16, batch_first=True)(emb)
print("GRU batch_first:", tuple(rnn_out.shape))
print("Linear:", tuple(nn.Linear(16, 16)(emb).shape))
enc = nn.TransformerEncoderLayer(16, nhead=4, batch_first=True)
print("Transformer:", tuple(enc(emb).shape))

# %%
# en: Without batch_first=True, RNNs and Transformer layers take and return
# en: (L, N, C): length first. permute(1, 2, 0) turns that into (N, C, L).
# ko: batch_first=True가 없으면 RNN과 Transformer 레이어는 길이가 먼저인
# ko: (L, N, C)를 받고 돌려줍니다. permute(1, 2, 0)으로 (N, C, L)을 만듭니다.
gru = nn.GRU(16, 16)
enc = nn.TransformerEncoderLayer(16, nhead=4)
print("batch_first by default:", gru.batch_first, enc.self_attn.batch_first)
seq = emb.transpose(0, 1)
print("(L, N, C) input:", tuple(seq.shape))
gru_out, _ = gru(seq)
print("GRU:", tuple(gru_out.shape))
print("Transformer:", tuple(enc(seq).shape))
print("conv after permute(1, 2, 0):", tuple(conv(gru_out.permute(1, 2, 0)).shape))
