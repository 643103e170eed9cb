# en: Which input positions each output reads
# ko: 출력 위치마다 읽는 입력 위치
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Input 0, 1, ..., 9 makes positions easy to follow.
# ko: 입력을 0, 1, ..., 9로 두면 위치를 따라가기 쉽습니다.
x = torch.arange(10, dtype=torch.float32).reshape(1, 1, 10)
conv = nn.Conv1d(1, 1, kernel_size=3, stride=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, 10.0, 100.0]]]))
print("weight:", conv.weight.flatten().tolist())
print("torch: ", conv(x).flatten().tolist())

# %%
# en: By hand: output i reads inputs i*stride, i*stride+1, i*stride+2.
# ko: 직접 계산: 출력 i는 입력 i*stride, i*stride+1, i*stride+2를 읽습니다.
w = conv.weight.flatten().tolist()
values = x.flatten().tolist()
stride, k = 2, 3
by_hand = []
for i in range((len(values) - k) // stride + 1):
    window = list(range(i * stride, i * stride + k))
    total = sum(w[j] * values[p] for j, p in enumerate(window))
    by_hand.append(total)
    print(f"output[{i}] reads input{window} -> {total}")
print("by hand:", by_hand)
read = {p for i in range(len(by_hand)) for p in range(i * stride, i * stride + k)}
print("never read:", [p for p in range(len(values)) if p not in read])
print("same as torch:", torch.allclose(torch.tensor(by_hand), conv(x).flatten()))
