# en: 'same' looks ahead; left-only padding does not
# ko: same 패딩은 뒤쪽 샘플을 미리 보고, 왼쪽 패딩은 그렇지 않습니다
# %%
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4, sci_mode=False)

# %%
# en: One spike at position 5; an all-ones kernel of size 3, no bias.
# ko: 위치 5에만 값이 있는 입력과, 모두 1인 크기 3 커널(편향 없음)입니다.
x = torch.zeros(1, 1, 10)
x[0, 0, 5] = 1.0
k = 3
weight = torch.ones(1, 1, k)
print("input: ", x.flatten().tolist())

# %%
# en: 'same' pads one sample on each side: output 4 already sees input 5.
# ko: same 패딩은 양쪽에 한 샘플씩 패딩하므로, 출력 4가 이미 입력 5를 봅니다.
same = F.conv1d(x, weight, padding="same")
print("same:  ", same.flatten().tolist())

# %%
# en: Causal: pad k - 1 samples on the left only, then no padding.
# ko: 인과 합성곱: 왼쪽에만 k - 1 샘플을 패딩하고, 합성곱에는 패딩을 주지 않습니다.
causal = F.conv1d(F.pad(x, (k - 1, 0)), weight)
print("causal:", causal.flatten().tolist())
print("length:", tuple(causal.shape))

# %%
# en: The same with a layer: padding=0 and F.pad before it.
# ko: 레이어로 쓸 때도 같습니다: padding=0으로 두고 앞에서 F.pad를 합니다.
conv = nn.Conv1d(1, 1, k, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)
print("layer: ", conv(F.pad(x, (k - 1, 0))).flatten().tolist())
