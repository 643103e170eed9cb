# en: A text CNN, step by step: shapes, parameters, three training steps
# ko: 텍스트 CNN을 한 단계씩: 모양, 매개변수, 학습 세 단계
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Made-up data: 2 sentences of 7 token ids (id 0 is kept for padding).
# en: Embeddings of size 8, then 4 filters for each kernel size 2, 3 and 4.
# ko: 지어낸 데이터: 토큰 id 7개짜리 문장 2개(id 0은 패딩용으로 남겨 둡니다).
# ko: 크기 8인 임베딩 뒤에 커널 크기 2, 3, 4마다 필터 4개를 둡니다.
vocab, E = 50, 8
ids = torch.randint(1, vocab, (2, 7))
embedding = nn.Embedding(vocab, E, padding_idx=0)
convs = nn.ModuleList(nn.Conv1d(E, 4, k) for k in (2, 3, 4))
fc = nn.Linear(3 * 4, 2)

print("ids:       ", tuple(ids.shape))
h = embedding(ids)
print("embedding: ", tuple(h.shape))
x = h.transpose(1, 2)
print("transpose: ", tuple(x.shape))
pooled = []
for conv in convs:
    y = F.relu(conv(x))
    m = y.amax(dim=2)
    print(f"k={conv.kernel_size[0]}: conv {tuple(y.shape)} -> max {tuple(m.shape)}")
    pooled.append(m)
z = torch.cat(pooled, dim=1)
print("concat:    ", tuple(z.shape))
print("linear:    ", tuple(fc(z).shape))

# %%
# en: The same steps as one module.
# ko: 같은 단계를 모듈 하나로 묶습니다.
class TextCNN(nn.Module):
    def __init__(self, vocab, E, filters, sizes, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, E, padding_idx=0)
        self.convs = nn.ModuleList(nn.Conv1d(E, filters, k) for k in sizes)
        self.fc = nn.Linear(filters * len(sizes), classes)

    def forward(self, ids):
        x = self.embedding(ids).transpose(1, 2)  # (N, L, E) -> (N, E, L)
        pooled = [F.relu(conv(x)).amax(dim=2) for conv in self.convs]
        return self.fc(torch.cat(pooled, dim=1))


model = TextCNN(vocab, E, 4, (2, 3, 4), 2)
for name, p in model.named_parameters():
    print(f"{name:16} {str(tuple(p.shape)):10} {p.numel():4}")
print("total:", sum(p.numel() for p in model.parameters()))
print("conv, 4*8*k + 4:", [4 * 8 * k + 4 for k in (2, 3, 4)])

# %%
# en: Three steps of plain gradient descent on 16 made-up sentences of 12 tokens.
# ko: 토큰 12개짜리 지어낸 문장 16개로 경사 하강법을 세 단계 돌립니다.
ids = torch.randint(1, vocab, (16, 12))
labels = torch.randint(0, 2, (16,))
for step in range(3):
    loss = F.cross_entropy(model(ids), labels)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.1 * p.grad
    print(f"step {step}: loss {loss.item():.4f}")
