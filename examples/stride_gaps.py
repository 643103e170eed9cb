# en: A stride larger than the kernel skips samples between windows
# ko: 커널보다 큰 스트라이드는 창 사이의 샘플을 건너뜁니다
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# en: An all-ones kernel of size 2, stride 3, on the input 0, 1, ..., 7.
# ko: 모두 1인 크기 2 커널을 stride 3으로 입력 0, 1, ..., 7에 적용합니다.
x = torch.arange(8, dtype=torch.float32).reshape(1, 1, 8)
conv = nn.Conv1d(1, 1, kernel_size=2, stride=3, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
k, s = 2, 3

# %%
# en: The division is exact: no tail is left at the end.
# ko: 나누어떨어지므로 끝에 남는 샘플은 없습니다.
print("(L_in - kernel_size) % stride:", (8 - k) % s)
y = conv(x)
print("output:", y.flatten().tolist())

# %%
# en: Output i reads i*stride and i*stride + 1: positions 2 and 5 lie between windows.
# ko: 출력 i는 i*stride와 i*stride + 1을 읽습니다. 위치 2와 5는 창 사이에 있습니다.
read = sorted({i * s + j for i in range(y.shape[-1]) for j in range(k)})
print("read:", read)
print("never read:", [p for p in range(8) if p not in read])

# %%
# en: Setting them to 1000 leaves the output unchanged.
# ko: 그 두 샘플을 1000으로 바꿔도 출력은 그대로입니다.
x_changed = x.clone()
x_changed[..., [2, 5]] = 1000.0
print("equal:", torch.equal(conv(x), conv(x_changed)))
