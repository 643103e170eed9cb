# en: Which input positions each output reads, with dilation 2
# ko: dilation 2에서 출력마다 읽는 입력 위치
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: Input 0, 1, ..., 9 and kernel [1, 10, 100] make positions readable.
# ko: 입력 0, 1, ..., 9와 커널 [1, 10, 100]이면 읽은 위치가 출력값에 드러납니다.
x = torch.arange(10, dtype=torch.float32).reshape(1, 1, 10)
conv = nn.Conv1d(1, 1, kernel_size=3, dilation=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, 10.0, 100.0]]]))
print("torch:", conv(x).flatten().tolist())

# %%
# en: By hand: tap j of output i reads input i + j*dilation.
# ko: 직접 계산: 출력 i의 j번째 탭은 입력 i + j*dilation을 읽습니다.
w = conv.weight.flatten().tolist()
values = x.flatten().tolist()
d, k = 2, 3
by_hand = []
for i in range(len(values) - d * (k - 1)):
    taps = [i + j * d for j in range(k)]
    total = sum(w[j] * values[p] for j, p in enumerate(taps))
    by_hand.append(total)
    print(f"output[{i}] reads input{taps} -> {total}")
print("same as torch:", torch.allclose(torch.tensor(by_hand), conv(x).flatten()))
