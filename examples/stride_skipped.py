# en: Trailing samples a stride never reads
# ko: stride 때문에 읽히지 않는 마지막 샘플
# %%
import torch
from torch import nn

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: All-ones kernel of size 2, stride 2: each output is the sum of its window.
# ko: 크기 2짜리 커널을 모두 1로 두고 stride 2로 움직이면 출력은 창(window) 안의 합입니다.
conv = nn.Conv1d(1, 1, kernel_size=2, stride=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
for length in [4, 5, 6, 7]:
    x = torch.arange(1, length + 1, dtype=torch.float32).reshape(1, 1, length)
    y = conv(x)
    read = y.shape[-1] * 2
    print(f"input {x.flatten().tolist()} -> {y.flatten().tolist()}, unread: {x.flatten().tolist()[read:]}")

# %%
# en: No error, no warning: changing the last sample does not change the output.
# ko: 오류도 경고도 없습니다. 마지막 샘플을 바꿔도 출력은 그대로입니다.
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
x_changed = x.clone()
x_changed[..., -1] = 1000.0
print(conv(x).tolist(), conv(x_changed).tolist())
print("equal:", torch.equal(conv(x), conv(x_changed)))

# %%
# en: padding=1 makes the length 7: now every sample is read.
# ko: padding=1로 길이를 7로 만들면 모든 샘플이 읽힙니다.
padded = nn.Conv1d(1, 1, kernel_size=2, stride=2, padding=1, bias=False)
with torch.no_grad():
    padded.weight.fill_(1.0)
print(padded(x).tolist(), padded(x_changed).tolist())
